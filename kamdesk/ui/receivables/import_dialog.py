"""Import payments from a bank statement: choose the file; a 1C file or a CSV with the standard
headers goes straight to the preview, another layout first to the column mapping; the preview
shows every payment with its client, invoices and status; Import (only when nothing is wrong)
posts the new ones in one unit of work.

Services are imported inside functions: the main window may import this module before the
database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import UserError
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.receivables.import_mapping import MappingPage, PreviewPage
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.numbers import money
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STRONG

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.domain.bank_statement import Statement
    from kamdesk.services.receivables.bank_files import BankFile
    from kamdesk.services.receivables.bank_import import ImportPlan, ImportResult

OK_STYLE = f"color: {OK_STRONG};"
BUSY_ROWS = 200  # from this many payments on, a progress dialog while checking or importing


def _tr(text: str) -> str:
    return QCoreApplication.translate("BankImportDialog", text)


def open_import_dialog(parent: QWidget, db: Database, hub: ChangeHub) -> None:
    """Open the bank statement import over `parent` (window-modal; returns at once)."""
    dialog = BankImportDialog(db, hub, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class BankImportDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import payments from a bank statement"))
        self.setObjectName("bankImportDialog")
        self._db = db
        self._hub = hub
        self.today = date.today()
        self.file: BankFile | None = None
        self.statement: Statement | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self._path: Path | None = None

        self.mapping_page = MappingPage()
        self.mapping_page.ready.connect(self._mapping_ready)
        self.preview_page = PreviewPage()
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self.mapping_page)
        self.pages.addWidget(self.preview_page)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)

        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        layout.addWidget(self.file_message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())
        self.resize(1180, 700)
        self._update()

    # --- layout -------------------------------------------------------------------------------
    def _file_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose the statement your bank exported"))
        self.choose_button = QPushButton(icon("open"), self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self._choose_file)
        self.file_message = WrappingLabel()  # wraps, as tall as its lines
        self.file_message.setObjectName("fileMessage")
        self.file_message.setStyleSheet(ERROR_STYLE)
        self.file_message.setWordWrap(True)
        self.file_message.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        return row

    def _start_page(self) -> QWidget:
        hint = QLabel(
            self.tr(
                "A 1C client-bank file (1CClientBankExchange, as Russian banks export it) or a "
                "CSV with the columns date, amount, currency, payer_tax_id, payer_name, "
                "reference, purpose is read as it is. Any other CSV or Excel sheet: you say "
                "which column is which.\n\nPayments are matched to clients by the payer's tax "
                "id (ИНН and КПП, or the EU VAT number) and to the invoices their purpose names; "
                "the rest goes to the oldest invoices, and what is left stays as the client's "
                "credit. A payment imported before is recognised and skipped; one from a payer "
                "who is no client (bank interest, a refund) is left out and listed. Money in "
                "another currency than the client's is converted at the payment day's rate."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        box = QGroupBox(self.tr("Bank statement"))
        QVBoxLayout(box).addWidget(hint)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("◀ Columns"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.mapping_page))
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        return row

    # --- the file -----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            "bank statement",
            self.tr("Choose the bank statement"),
            self.tr("Bank statements (*.txt *.csv *.xlsx);;All files (*)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Read the file: to the preview, or to the column mapping first."""
        from kamdesk.services.receivables.bank_files import read_bank_file

        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self.file, self.statement, self.plan, self.imported = None, None, None, None
        try:
            self.file = read_bank_file(self._path, today=self.today)
        except UserError as exc:
            self.file_message.setText(str(exc))
            self.file_message.show()
            self.pages.setCurrentIndex(0)
            self._update()
            return
        self.file_message.hide()
        if self.file.statement is not None:
            self._check(self.file.statement)
        else:
            assert self.file.sheet is not None
            self.mapping_page.show_sheet(self.file.sheet)
            self.pages.setCurrentWidget(self.mapping_page)
            self._update()

    def _mapping_ready(self) -> None:
        """The user pressed "Show the payments" with the columns chosen."""
        from kamdesk.services.receivables.bank_files import statement_from_sheet

        if self.file is None or self.file.sheet is None:
            return
        columns = self.mapping_page.columns()
        self._check(statement_from_sheet(self.file.sheet, columns, today=self.today))

    # --- checking and importing ---------------------------------------------------------------
    def _check(self, statement: Statement) -> None:
        from kamdesk.services.receivables.bank_import import plan_import

        self.statement, self.imported = statement, None
        label = self.tr("Checking %n payment(s)…", "", len(statement.payments))
        with self._progress(len(statement.payments), label) as step, self._db.reading() as s:
            self.plan = plan_import(s, statement, today=self.today, progress=step)
        self.preview_page.show_plan(self.plan)
        self.pages.setCurrentWidget(self.preview_page)
        self._update()

    @contextmanager
    def _progress(self, total: int, label: str) -> Iterator[Callable[[int, int], None] | None]:
        """A progress dialog for a long file (none for a short one); yields its callback.
        `label` is translated already, with the count in it."""
        if total < BUSY_ROWS:
            yield None
            return
        dialog = QProgressDialog(label, "", 0, total, self)
        dialog.setObjectName("progress")
        dialog.setCancelButton(None)  # one transaction: it cannot stop half-way
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()

        def step(done: int, of: int) -> None:
            dialog.setMaximum(of)
            dialog.setValue(done)
            QApplication.processEvents()

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            yield step
        finally:
            QApplication.restoreOverrideCursor()
            dialog.close()
            dialog.deleteLater()

    def run_import(self) -> None:
        """Post the new payments in one unit of work; the file is checked again inside it."""
        from kamdesk.services.receivables.bank_import import apply_import, plan_import

        plan, statement = self.plan, self.statement
        if plan is None or statement is None or plan.problems or not plan.new:
            return
        refused: list[str] = []

        def refuse(exc: UserError) -> bool:
            refused.append(str(exc))
            return True

        label = self.tr("Importing %n payment(s)…", "", len(plan.new))
        with self._progress(len(plan.new), label) as step:
            result = run_op(
                self,
                self._db,
                self._hub,
                lambda s: apply_import(
                    s, plan_import(s, statement, today=self.today), today=self.today, progress=step
                ),
                handle=refuse,
                backup=True,
            )
        if result is None:
            self._check(statement)  # what the database says now
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText("\n".join(refused))
            return
        self.imported = result
        self.preview_page.show_imported(result)
        self._update()

    # --- what the user sees -------------------------------------------------------------------
    def _update(self) -> None:
        plan, result = self.plan, self.imported
        on_preview = self.pages.currentWidget() is self.preview_page
        self.back_button.setVisible(
            on_preview and self.file is not None and self.file.layout == "sheet" and result is None
        )
        self.import_button.setEnabled(
            on_preview and plan is not None and plan.ok and bool(plan.new) and result is None
        )
        self.summary.setStyleSheet("")
        if result is not None:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(result_text(result))
        elif self.pages.currentWidget() is self.mapping_page:
            self.summary.setText(
                self.tr("Say which column holds each field, then press Show the payments.")
            )
        elif plan is None:
            self.summary.setText(self.tr("Choose a file to see what would be imported."))
        elif plan.problems:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr(
                    "Nothing will be imported until the problems listed (%1) are corrected in the "
                    "file (or in the clients' tax ids)."
                ).replace("%1", str(len(plan.problems)))
            )
        elif not plan.new:
            self.summary.setText(
                self.tr(
                    "Nothing to import: every payment of the file was imported before or is "
                    "not from a client."
                )
            )
        else:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                self.tr("New payments: %1; to skip: %2. Press Import to post the new ones.")
                .replace("%1", str(len(plan.new)))
                .replace("%2", str(len(plan.skipped)))
            )
        if plan is not None and plan.notes and result is None and on_preview:
            # what reading the file changed (control characters removed), where
            self.summary.setText("\n".join([self.summary.text(), *plan.notes]))


def result_text(result: ImportResult) -> str:
    """Imported: how many, how much per currency, on invoices and as credit, what was skipped."""
    totals: dict[str, list[Decimal]] = {}
    for p in result.posted:
        paid, spent, credit = totals.setdefault(p.currency, [Decimal(0)] * 3)
        spent_now = sum((a for _n, a in p.allocations), Decimal(0))
        totals[p.currency] = [paid + p.amount, spent + spent_now, credit + p.credit]
    parts = []
    for currency, (paid, spent, credit) in sorted(totals.items()):
        part = (
            _tr("%1 received, %2 of it on invoices, %3 kept as credit")
            if credit > 0
            else _tr("%1 received, %2 of it on invoices")
        )
        parts.append(
            part.replace("%1", money(paid, currency))
            .replace("%2", money(spent, currency))
            .replace("%3", money(credit, currency))
        )
    text = _tr("Payments imported: %1.").replace("%1", str(len(result.posted)))
    if parts:
        text += " " + "; ".join(parts) + "."
    if result.skipped:
        text += " " + _tr("Skipped (imported before, or twice in the file): %1.").replace(
            "%1", str(len(result.skipped))
        )
    if result.not_clients:
        text += " " + _tr("Left out, not a client: %1.").replace("%1", str(len(result.not_clients)))
    return text
