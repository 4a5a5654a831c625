"""The Receivables section: every client with a balance, how late its open money is (aging
buckets) and the last dunning step; below, the chosen client's ledger. Payments are recorded
and allocated, allocations undone and payments reversed (with a reason, as reversing entries),
dunning steps recorded; bank statements and reconciliation statements open their own dialogs.

Reads run off the GUI thread (operations.Reader); services are imported inside methods: the
main window imports this module before the database layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import ZERO
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.operations import Reader, run_op
from kamdesk.ui.receivables.ledger_panel import LedgerPanel, _empty
from kamdesk.ui.receivables.receivables_output import aging_described, ledger_described
from kamdesk.ui.receivables.tables import AgingModel
from kamdesk.ui.reports.report_output import ReportOutput
from kamdesk.ui.widgets.columns import header_text_width, readable_name_column
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.table_state import remember_table

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.receivables.views import AllocationLine, ClientLedger, Overview
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.receivables.tables import AgingLine

WATCHED = frozenset({Change.PAYMENTS, Change.INVOICES, Change.RETURNS, Change.CLIENTS})


class ReceivablesSection(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivablesSection")
        self._today = today
        self.db: Database | None = None
        self.hub: ChangeHub | None = None
        self.client_id: str | None = None
        self.lines: list[AgingLine] = []
        self._stale = True
        self._overview_reader = Reader(self)
        self._ledger_reader = Reader(self)
        self._allocation_reader = Reader(self)
        self.dialog: QDialog | None = None  # the last dialog opened (tests answer it)

        self.heading = QLabel(self.tr("<h2>Receivables</h2>"))
        self.count_label = QLabel(self.tr("Opening the database…"))
        self.count_label.setObjectName("receivablesCount")
        self.search = QLineEdit()
        self.search.setObjectName("receivablesSearch")
        self.search.setPlaceholderText(self.tr("Search clients by name"))
        self.search.setClearButtonEnabled(True)
        self.only_overdue = QCheckBox(self.tr("Only overdue"))
        self.only_overdue.setObjectName("onlyOverdue")
        self.search.textChanged.connect(lambda _t: self._show_rows())
        self.only_overdue.toggled.connect(lambda _on: self._show_rows())

        self.model = AgingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsTableModel.SORT_ROLE)
        self.table = list_table("agingTable", word_wrap=False)
        self.table.setModel(self.proxy)
        remember_table(self.table, "agingTable")  # unsorted, as read: the biggest first
        header = self.table.horizontalHeader()
        # the name takes the spare width; figures fit their widest value (of the rows shown)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # the name gives way first, down to its header's word in this language
        header.setMinimumSectionSize(max(40, header_text_width(header, 0)))
        # fitted to the first rows only (the biggest balances, so the widest figures): fitting
        # to all of 10 000 clients takes seconds
        header.setResizeContentsPrecision(60)
        readable_name_column(self.table, 0)  # narrow window: "Sző…" no more, it scrolls
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._client_moved())
        self.table.doubleClicked.connect(lambda _i: self.open_client())
        self.table.setToolTip(self.tr("Double-click a client to open its dossier."))
        self.no_rows = _empty("", "noBalances")
        self.totals = QLabel()
        self.totals.setObjectName("agingTotals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setWordWrap(True)  # many currencies never hold the window wide

        self.panel = LedgerPanel()
        self.panel.paymentChosen.connect(self._payment_moved)
        self.panel.allocationChosen.connect(lambda _a: self._enable())
        self._make_outputs()
        self._build_layout()
        self._enable()

    # --- building -----------------------------------------------------------------------------
    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _make_outputs(self) -> None:
        """Export… and Print… of the aging table and of the client's invoices and payments."""
        self.aging_output = ReportOutput(
            self, self.table, lambda: aging_described(self), name="aging"
        )
        panel = self.panel
        ledger, today = (lambda: panel.ledger), (lambda: self.today)
        self.invoice_output = ReportOutput(
            self,
            panel.invoice_table,
            ledger_described(ledger, today, "invoices"),
            name="ledgerInvoices",
        )
        self.payment_output = ReportOutput(
            self,
            panel.payment_table,
            ledger_described(ledger, today, "payments"),
            name="ledgerPayments",
        )
        for bar, output in (
            (panel.invoice_bar, self.invoice_output),
            (panel.payment_bar, self.payment_output),
        ):
            for i, button in enumerate(output.buttons):
                bar.insertWidget(i, button)  # at the left: the actions stay at the right

    def shown_lines(self) -> tuple[AgingLine, ...]:
        """The clients the aging table shows (the search and the filter applied)."""
        return self.model.rows

    def search_text(self) -> str:
        return self.search.text().strip()

    def overdue_only(self) -> bool:
        return self.only_overdue.isChecked()

    def _build_layout(self) -> None:
        self.buttons = {
            "record": self._button(
                "recordPayment", self.tr("Record payment…"), self.record_payment
            ),
            "allocate": self._button("allocatePayment", self.tr("Allocate…"), self.allocate),
            "undo": self._button(
                "undoAllocation", self.tr("Undo allocation"), self.undo_allocation
            ),
            "reverse": self._button(
                "reversePayment", self.tr("Reverse payment…"), self.reverse_payment
            ),
            "dunning": self._button("dunningStep", self.tr("Dunning step…"), self.dunning_step),
            "import": self._button(
                "importStatement", self.tr("Import bank statement…"), self.import_statement
            ),
            "statement": self._button(
                "reconciliation", self.tr("Reconciliation statement…"), self.reconciliation
            ),
        }
        self.buttons["import"].setIcon(icon("import"))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_overdue)
        actions = QHBoxLayout()
        actions.addWidget(self.buttons["record"])
        actions.addStretch(1)
        actions.addWidget(self.buttons["import"])
        actions.addWidget(self.buttons["statement"])
        # the others beside what they act on: a payment, an allocation, the dunning steps
        for bar, keys in (
            (self.panel.payment_bar, ("allocate", "reverse")),
            (self.panel.allocation_bar, ("undo",)),
            (self.panel.step_bar, ("dunning",)),
        ):
            for key in keys:
                bar.addWidget(self.buttons[key])

        upper = QWidget()
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addWidget(self.table, 1)
        upper_box.addWidget(self.no_rows, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.totals, 1)
        for button in self.aging_output.buttons:
            foot.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        upper_box.addLayout(foot)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("receivablesSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.panel)
        self.splitter.setSizes([360, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    # --- reading ------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self.db, self.hub = db, hub
        hub.changed.connect(self._on_changed)
        self._enable()
        if self.isVisible():
            self.refresh()

    @property
    def today(self) -> date:
        return self._today()

    @property
    def loading(self) -> bool:
        readers = (self._overview_reader, self._ledger_reader, self._allocation_reader)
        return any(r.busy for r in readers)

    def _on_changed(self, changes: Changes) -> None:
        if changes & WATCHED:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.db is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the overview and the chosen client's ledger again (off the GUI thread)."""
        if self.db is None:
            return
        from kamdesk.services.receivables.views import overview

        self._stale = False
        today = self.today
        self._overview_reader.run(self.db, lambda s: overview(s, today=today), self._apply)
        self._read_ledger()

    def _apply(self, found: Overview) -> None:
        self.lines = [(row, found.last_steps.get(row.client_id)) for row in found.rows]
        self._show_rows()

    def _show_rows(self) -> None:
        text = self.search.text().strip().casefold()
        overdue = self.only_overdue.isChecked()
        shown = [
            (row, step)
            for row, step in self.lines
            if (not text or text in row.name.casefold()) and (not overdue or row.overdue > 0)
        ]
        self.model.replace_rows(shown)
        self._say_counts(shown)
        self._select_client(self.client_id)

    def _say_counts(self, shown: list[AgingLine]) -> None:
        filtered = bool(self.search.text().strip() or self.only_overdue.isChecked())
        n = len(shown)
        self.count_label.setText(
            self.tr("%n client(s) found", "", n)
            if filtered
            else self.tr("%n client(s) with a balance", "", n)
        )
        by_currency: dict[str, tuple[Decimal, Decimal]] = {}
        for row, _step in shown:
            balance, overdue = by_currency.get(row.currency, (ZERO, ZERO))
            by_currency[row.currency] = (balance + row.balance, overdue + row.overdue)
        parts = [
            self.tr("{balance} owed, {overdue} overdue").format(
                balance=money(b, cur), overdue=money(o, cur)
            )
            for cur, (b, o) in sorted(by_currency.items())
        ]
        self.totals.setText(
            self.tr("Total: {amounts}").format(amounts=" · ".join(parts)) if parts else ""
        )
        self.table.setVisible(bool(shown))
        self.no_rows.setVisible(not shown)
        if filtered:
            self.no_rows.setText(self.tr("No client matches the search or the filter."))
        else:
            self.no_rows.setText(
                self.tr(
                    "No client owes anything and none is in credit. Invoices issued and "
                    "payments recorded (“Record payment…”, “Import bank statement…”) show here."
                )
            )

    def _select_client(self, client_id: str | None) -> None:
        source = next(
            (i for i, (r, _s) in enumerate(self.model.rows) if r.client_id == client_id), -1
        )
        if source >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(source, 0)).row())

    def _client_moved(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        client_id = self.proxy.data(index, RowsTableModel.KEY_ROLE)
        if client_id and client_id != self.client_id:
            self.client_id = str(client_id)
            self._read_ledger()
        self._enable()

    def _read_ledger(self) -> None:
        if self.db is None or self.client_id is None:
            self.panel.show_ledger(None)
            self._enable()
            return
        from kamdesk.services.receivables.views import client_ledger

        cid, today = self.client_id, self.today
        self._ledger_reader.run(
            self.db, lambda s: client_ledger(s, cid, today=today), self._ledger_read
        )

    def _ledger_read(self, ledger: ClientLedger) -> None:
        self.panel.show_ledger(ledger)
        self._enable()

    def _payment_moved(self, payment_id: str) -> None:
        self._enable()
        if not payment_id or self.db is None:
            self.panel.show_allocations([])
            return
        from kamdesk.services.receivables.views import allocations_of

        self._allocation_reader.run(
            self.db, lambda s: allocations_of(s, payment_id), self._allocations_read
        )

    def _allocations_read(self, rows: list[AllocationLine]) -> None:
        self.panel.show_allocations(rows)
        self._enable()

    def _enable(self) -> None:
        attached = self.db is not None
        client = attached and self.panel.ledger is not None
        payment = self.panel.payment() if client else None
        standing = payment is not None and not payment.is_reversal and not payment.reversed_on
        allocation = self.panel.allocation() if payment is not None else None
        self.buttons["record"].setEnabled(attached)
        self.buttons["allocate"].setEnabled(bool(standing and payment and payment.free > 0))
        self.buttons["undo"].setEnabled(allocation is not None and allocation.undone_on is None)
        self.buttons["reverse"].setEnabled(bool(standing))
        self.buttons["dunning"].setEnabled(bool(client))
        self.buttons["import"].setEnabled(attached)
        self.buttons["statement"].setEnabled(attached)
        self.search.setEnabled(attached)
        self.only_overdue.setEnabled(attached)

    # --- actions ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_payment(self) -> QDialog | None:
        if self.db is None or self.hub is None:
            return None
        from kamdesk.ui.receivables.payment_dialog import PaymentDialog

        client = self.panel.ledger.client_id if self.panel.ledger else None
        return self._open(
            PaymentDialog(self.db, self.hub, client_id=client, today=self.today, parent=self)
        )

    def allocate(self) -> QDialog | None:
        payment, ledger = self.panel.payment(), self.panel.ledger
        if self.db is None or self.hub is None or payment is None or ledger is None:
            return None
        from kamdesk.ui.receivables.payment_dialog import AllocateDialog

        return self._open(
            AllocateDialog(
                self.db,
                self.hub,
                client_id=ledger.client_id,
                payment=payment,
                today=self.today,
                parent=self,
            )
        )

    def undo_allocation(self) -> QDialog | None:
        allocation = self.panel.allocation()
        if self.db is None or self.hub is None or allocation is None:
            return None
        from kamdesk.services.receivables.posting import reverse_allocation
        from kamdesk.ui.receivables.step_dialogs import ReasonDialog

        db, hub, aid, on = self.db, self.hub, allocation.id, self.today
        dialog = ReasonDialog(
            self.tr("Undo allocation"),
            self.tr(
                "Undo the allocation of {amount} to {number}? The money goes back to the "
                "payment, free to allocate again; the allocation stays on the ledger as undone."
            ).format(amount=money(allocation.amount), number=allocation.invoice_number),
            self.tr("Undo allocation"),
            self,
        )

        def undo(reason: str) -> None:
            run_op(self, db, hub, lambda s: reverse_allocation(s, aid, on=on, reason=reason))

        dialog.given.connect(undo)
        return self._open(dialog)

    def reverse_payment(self) -> QDialog | None:
        payment = self.panel.payment()
        if self.db is None or self.hub is None or payment is None:
            return None
        from kamdesk.services.receivables.posting import reverse_payment
        from kamdesk.ui.receivables.step_dialogs import ReasonDialog

        db, hub, pid, on = self.db, self.hub, payment.id, self.today
        dialog = ReasonDialog(
            self.tr("Reverse payment"),
            self.tr(
                "Reverse the payment of {amount} received {day}? Its allocations are undone and "
                "a reversing entry is posted today; nothing posted is erased."
            ).format(amount=money(payment.amount), day=short_date(payment.paid_on)),
            self.tr("Reverse payment"),
            self,
        )

        def reverse(reason: str) -> None:
            run_op(self, db, hub, lambda s: reverse_payment(s, pid, on=on, reason=reason))

        dialog.given.connect(reverse)
        return self._open(dialog)

    def dunning_step(self) -> QDialog | None:
        ledger = self.panel.ledger
        if self.db is None or self.hub is None or ledger is None:
            return None
        from kamdesk.ui.receivables.step_dialogs import DunningDialog

        return self._open(
            DunningDialog(
                self.db,
                self.hub,
                client_id=ledger.client_id,
                client_name=ledger.name,
                today=self.today,
                parent=self,
            )
        )

    def open_client(self) -> QWidget | None:
        """The chosen client's dossier (raised when it is open already)."""
        if self.db is None or self.hub is None or self.client_id is None:
            return None
        return windows.open_dossier(self.db, self.hub, self.client_id, parent=self.window())

    def import_statement(self) -> None:
        if self.db is None or self.hub is None:
            return
        from kamdesk.ui.receivables.import_dialog import open_import_dialog

        open_import_dialog(self, self.db, self.hub)

    def reconciliation(self) -> None:
        if self.db is None or self.hub is None:
            return
        from kamdesk.ui.receivables.statement_dialog import open_statement_dialog

        client = self.panel.ledger.client_id if self.panel.ledger else None
        open_statement_dialog(self, self.db, self.hub, client)
