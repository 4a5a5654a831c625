"""The reconciliation statement of a client for a period (акт сверки взаиморасчётов): the
client (given, or found by typing), the period (this year so far unless chosen; last quarter,
this year, last year at a click), the document's language, a preview inside the dialog (the
system viewer where this Qt has no PDF view), Save as and Print.

The statement is built and rendered off the GUI thread whenever a choice changes; Save as and
Print use the last one made for the choices on screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.documents import LANGUAGE_NAMES, LANGUAGES
from kamdesk.domain.reconciliation import StatementDoc, last_quarter, year_to_date
from kamdesk.errors import UserError
from kamdesk.ui.documents import document_actions as out
from kamdesk.ui.operations import Reader, read_now
from kamdesk.ui.orders.order_header import ClientPicker
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.period import PeriodBar
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.client_list import ClientRow
    from kamdesk.services.receivables.statement import StatementClient
    from kamdesk.ui.operations import ChangeHub


@dataclass(frozen=True)
class Made:
    """A statement built and rendered for these choices."""

    choices: tuple[str, date, date, str]  # client id, from, to, language
    doc: StatementDoc
    pdf: bytes


def open_statement_dialog(
    parent: QWidget, db: Database, hub: ChangeHub, client_id: str | None
) -> None:
    """Open the statement dialog (not modal) for `client_id`, or with the client to choose."""
    dialog = StatementDialog(db, hub, client_id, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def app_language() -> str:
    """The interface's language when documents speak it, else English."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class StatementDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        client_id: str | None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setWindowTitle(self.tr("Reconciliation statement"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.db, self.hub = db, hub
        self.today = today or date.today()
        self.client: StatementClient | None = None
        self.made: Made | None = None
        self.last_path: Path | None = None
        self.reader = Reader(self)

        self.picker = ClientPicker(self._search_clients)
        self.picker.setObjectName("statementClient")
        self.period = PeriodBar(
            ("statementFrom", "statementTo", "statementQuick"), today=lambda: self.today
        )
        self.period.set_period(*year_to_date(self.today))
        menu = self.period.quick.menu()
        self.last_quarter = menu.addAction(self.tr("Last quarter"))
        menu.insertAction(menu.actions()[0], self.last_quarter)
        self.language = QComboBox()
        self.language.setObjectName("statementLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.summary = QLabel()
        self.summary.setObjectName("statementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = out.pdf_view(self)
        if self.view is not None:
            # a QPdfDocument deleted as the view's own child, after the view, crashes Qt: the
            # dialog owns it, and deletes it after the view
            self.view.document().setParent(self)  # type: ignore[attr-defined]
        self._lay_out()

        self.picker.chosen.connect(self._choose_client)
        self.period.changed.connect(self.refresh)
        self.last_quarter.triggered.connect(
            lambda: self.period.set_period(*last_quarter(self.today))
        )
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.hub.changed.connect(self._on_changed)
        self.resize(980, 820)
        self._set_language(app_language())
        if client_id is not None:
            self._choose_client(client_id)
        else:
            self._say(self.tr("Type the client's name and choose it from the list."))
            self._update_buttons()

    # --- building -----------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.picker)
        form.addRow(self.period)  # "Period from … to … Quick periods" says what it is
        language = QHBoxLayout()
        language.addWidget(self.language)
        language.addStretch(1)
        form.addRow(self.tr("Language"), language)

        self.preview_button = QPushButton(icon("preview"), self.tr("Preview"))
        self.preview_button.setObjectName("statementPreview")
        self.preview_button.setToolTip(self.tr("Open the statement in your PDF viewer"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"))
        self.save_button.setObjectName("statementSave")
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setObjectName("statementPrint")
        close = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.open_preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        if self.view is None:  # no PDF view in this Qt: the system viewer shows it
            buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        if self.view is not None:
            self.view.setObjectName("statementView")
            layout.addWidget(self.view, 1)
        else:
            layout.addStretch(1)
        layout.addLayout(buttons)

    def _search_clients(self, text: str) -> list[ClientRow]:
        from kamdesk.services.clients.client_list import list_clients

        with self.db.reading() as session:
            return list_clients(session, search=text, limit=20)

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def _choose_client(self, client_id: str) -> None:
        from kamdesk.services.receivables.statement import client_for_statement

        found = read_now(self, self.db, lambda s: client_for_statement(s, client_id))
        if found is None:
            return
        self.client = found
        self.picker.setText(found.name)
        self.setWindowTitle(self.tr("Reconciliation statement: {client}").format(client=found.name))
        self._set_language(found.language or app_language())
        self.refresh()

    # --- the statement ------------------------------------------------------------------------
    def choices(self) -> tuple[str, date, date, str] | None:
        if self.client is None:
            return None
        start, end = self.period.period()
        return self.client.id, start, end, str(self.language.currentData())

    def refresh(self) -> None:
        """Build and render the statement for the choices on screen, off the GUI thread."""
        from kamdesk.reports.documents.reconciliation import render_statement
        from kamdesk.services.receivables.statement import build_statement

        self.made = None
        self._update_buttons()
        choices = self.choices()
        if choices is None:
            return
        client_id, start, end, language = choices
        if start > end:
            self.reader.cancel()
            self._say(self.tr("The period must start before it ends."), error=True)
            return
        self._say(self.tr("Making the statement…"))
        today = self.today

        def make(session: Session) -> Made | str:
            """The statement, or why there is none (said under the choices, not in a box)."""
            try:
                doc = build_statement(
                    session, client_id, start, end, today=today, language=language
                )
            except UserError as exc:
                return str(exc)
            buffer = BytesIO()
            render_statement(doc, buffer)
            return Made(choices, doc, buffer.getvalue())

        self.reader.run(self.db, make, self._show)

    def _show(self, made: Made | str) -> None:
        if isinstance(made, str):
            self._say(made, error=True)
            return
        if made.choices != self.choices():
            return  # the choices changed meanwhile: their own statement is on its way
        self.made = made
        self._say(self._summary(made.doc))
        self._update_buttons()
        if self.view is None:
            return
        self.view.document().close()  # type: ignore[attr-defined]  # let go before rewriting
        path = self._write(out.outbox(self) / ("preview " + self._file_name()), made.pdf)
        if path is not None:
            out.show_in_view(self.view, path)

    def _summary(self, doc: StatementDoc) -> str:
        figures = doc.reconciliation
        day = short_date(figures.end)
        amount = money(abs(figures.closing), doc.currency)
        lines = self.tr("%n document(s) in the period.", "", len(figures.lines))
        if figures.debtor == "client":
            owes = self.tr("On {day} {client} owes us {amount}.")
        elif figures.debtor == "company":
            owes = self.tr("On {day} we owe {client} {amount} (its credit).")
        else:
            owes = self.tr("On {day} neither side owes the other.")
        client = doc.buyer.name
        return f"{owes.format(day=day, client=client, amount=amount)} {lines}"

    def _on_changed(self, _changes: object) -> None:
        """A payment posted or allocated meanwhile: the statement is made again."""
        self.refresh()

    def _file_name(self) -> str:
        assert self.made is not None
        _client, start, end, _language = self.made.choices
        name = self.client.name if self.client else "client"
        return out.file_name(f"Statement {name} {start.isoformat()} {end.isoformat()}")

    def _write(self, path: Path, pdf: bytes) -> Path | None:
        try:
            written = out.write_pdf(path, pdf)
        except OSError as exc:
            message = out.write_error(path, exc)
            self._say(message, error=True)
            QMessageBox.warning(self, self.tr("Not saved"), message)
            return None
        self.last_path = written
        return written

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setStyleSheet(ERROR_STYLE if error else MUTED_STYLE)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        ready = self.made is not None
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(ready)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.cancel()
        super().closeEvent(event)

    # --- the buttons --------------------------------------------------------------------------
    def open_preview(self) -> Path | None:
        """The statement in the system's PDF viewer (where this Qt shows none itself)."""
        if self.made is None:
            return None
        path = self._write(out.outbox(self) / ("preview " + self._file_name()), self.made.pdf)
        if path is not None:
            out.open_file(path)
        return path

    def save_as(self) -> Path | None:
        if self.made is None:
            return None
        chosen = file_dialogs.save_file(
            self,
            "document pdf",
            self.tr("Save the statement as"),
            self._file_name(),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen is None:
            return None
        path = self._write(chosen, self.made.pdf)
        if path is not None:
            self._say(self.tr("Saved: {path}").format(path=path))
        return path

    def print_(self) -> Path | None:
        if self.made is None:
            return None
        path = self._write(out.outbox(self) / self._file_name(), self.made.pdf)
        if path is None:
            return None
        printed = out.print_pdf(self, path)
        if printed is None:
            out.open_file(path)
            self._say(self.tr("Opened in your PDF viewer: print it from there."))
        elif printed:
            self._say(self.tr("Sent to the printer."))
        return path
