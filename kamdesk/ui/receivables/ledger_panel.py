"""The lower half of the Receivables section: the chosen client's invoices, payments (with the
allocations of the payment selected) and dunning steps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import ZERO
from kamdesk.ui.receivables.tables import (
    AllocationsModel,
    InvoicesModel,
    PaymentsModel,
    StepsModel,
)
from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.layout_rules import title_label
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.style import MUTED_STYLE, PLACEHOLDER_STYLE
from kamdesk.ui.widgets.table_state import remember_table

if TYPE_CHECKING:
    from kamdesk.services.receivables.views import AllocationLine, ClientLedger, PaymentLine


def _table(
    name: str, model: RowsTableModel[Any], widths: tuple[int, ...], *, stretch: int = -1
) -> QTableView:
    """`stretch`: the column that takes the spare width (the last one unless given)."""
    table = list_table(name, word_wrap=False)
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(RowsTableModel.SORT_ROLE)
    table.setModel(proxy)
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch < 0)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fit_columns(table, widths)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    remember_table(table, name)  # in the ledger's order until a header is clicked
    return table


def _bar() -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.setContentsMargins(0, 4, 0, 4)
    bar.addStretch(1)
    return bar


def _empty(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(PLACEHOLDER_STYLE)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class LedgerPanel(QWidget):
    """`paymentChosen` (payment id or '') and `allocationChosen` (allocation id or '') fire as
    the selection moves; the section reads a payment's allocations and enables its buttons."""

    paymentChosen = Signal(str)
    allocationChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger: ClientLedger | None = None
        self.title = title_label(name="ledgerTitle")  # a long name gives way
        self.figures = QLabel()
        self.figures.setObjectName("ledgerFigures")
        self.figures.setStyleSheet(MUTED_STYLE)
        self.invoices = InvoicesModel(self)
        self.payments = PaymentsModel(self)
        self.allocations = AllocationsModel(self)
        self.steps = StepsModel(self)
        self.invoice_table = _table(
            "ledgerInvoices", self.invoices, (150, 95, 95, 130, 130, 110), stretch=0
        )
        self.payment_table = _table("ledgerPayments", self.payments, (95, 130, 220, 110, 120, 120))
        self.allocation_table = _table("paymentAllocations", self.allocations, (150, 110, 130))
        self.step_table = _table("dunningSteps", self.steps, (95, 150, 160))
        # selectionChanged, not currentRowChanged: a reset clears the selection, not the current
        self.payment_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._payment_moved()
        )
        self.allocation_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._allocation_moved()
        )

        self.no_client = _empty(
            self.tr("Choose a client above to see its invoices, payments and dunning steps."),
            "noClientChosen",
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledgerTabs")
        # the section puts its buttons in these bars, beside what they act on
        self.invoice_bar, self.payment_bar = _bar(), _bar()
        self.allocation_bar, self.step_bar = _bar(), _bar()
        self.tabs.addTab(self._with_empty(self.invoice_table, "noInvoices", self.invoice_bar), "")
        payments = QSplitter(Qt.Orientation.Vertical)
        payments.addWidget(self._with_empty(self.payment_table, "noPayments", self.payment_bar))
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        self.allocations_title = QLabel(self.tr("Allocations of the payment selected"))
        self.allocations_title.setStyleSheet(MUTED_STYLE)
        self.allocation_bar.insertWidget(0, self.allocations_title)
        lower_box.addLayout(self.allocation_bar)
        lower_box.addWidget(self.allocation_table)
        payments.addWidget(lower)
        payments.setSizes([220, 120])
        self.tabs.addTab(payments, "")
        self.tabs.addTab(self._with_empty(self.step_table, "noSteps", self.step_bar), "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.no_client, 1)
        layout.addWidget(self.tabs, 1)
        self.show_ledger(None)

    def _with_empty(self, table: QTableView, name: str, bar: QHBoxLayout | None = None) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        if bar is not None:
            box.addLayout(bar)
        texts = {
            "noInvoices": self.tr("No invoices for this client yet."),
            "noPayments": self.tr(
                "No payments from this client yet: “Record payment…” enters one by hand, "
                "“Import bank statement…” reads them from the bank."
            ),
            "noSteps": self.tr(
                "No dunning steps: “Dunning step…” records a reminder, a call or a block."
            ),
        }
        label = _empty(texts[name], name)
        box.addWidget(table)
        box.addWidget(label)
        setattr(self, f"_{name}", (table, label))
        return page

    def _toggle(self, name: str, has_rows: bool) -> None:
        table, label = getattr(self, f"_{name}")
        table.setVisible(has_rows)
        label.setVisible(not has_rows)

    def show_ledger(self, ledger: ClientLedger | None) -> None:
        """Fill the tabs (keeping the payment selected when it is still there)."""
        kept = self.payment_id()
        self.ledger = ledger
        self.no_client.setVisible(ledger is None)
        self.tabs.setVisible(ledger is not None)
        self.title.setVisible(ledger is not None)
        self.figures.setVisible(ledger is not None)
        if ledger is None:
            for model in (self.invoices, self.payments, self.allocations, self.steps):
                model.replace_rows(())
            self.paymentChosen.emit("")
            return
        cur = ledger.currency
        self.title.setText(ledger.name)
        owed = sum((i.open for i in ledger.invoices), ZERO)
        overdue = sum((i.open for i in ledger.invoices if i.days_overdue), ZERO)
        self.figures.setText(
            self.tr("Balance {balance} · open on invoices {open} · overdue {overdue} · "
                    "credit {credit}").format(
                balance=money(ledger.balance, cur),
                open=money(owed, cur),
                overdue=money(overdue, cur),
                credit=money(ledger.credit, cur),
            )
        )  # fmt: skip
        self.invoices.replace_rows(ledger.invoices)
        self.payments.replace_rows(ledger.payments)
        self.steps.replace_rows(ledger.steps)
        self._toggle("noInvoices", bool(ledger.invoices))
        self._toggle("noPayments", bool(ledger.payments))
        self._toggle("noSteps", bool(ledger.steps))
        self.tabs.setTabText(0, self.tr("Invoices (%n)", "", len(ledger.invoices)))
        self.tabs.setTabText(1, self.tr("Payments (%n)", "", len(ledger.payments)))
        self.tabs.setTabText(2, self.tr("Dunning (%n)", "", len(ledger.steps)))
        self.select_payment(kept)

    def select_payment(self, payment_id: str | None) -> None:
        rows = [p.id for p in self.payments.rows]
        if payment_id in rows:
            proxy = self.payment_table.model()
            shown = proxy.mapFromSource(self.payments.index(rows.index(payment_id), 0))  # type: ignore[attr-defined]
            self.payment_table.selectRow(shown.row())
        else:
            self.payment_table.clearSelection()
            self.allocations.replace_rows(())
            self.paymentChosen.emit("")

    def payment(self) -> PaymentLine | None:
        index = self.payment_table.currentIndex()
        if not index.isValid() or not self.payment_table.selectionModel().hasSelection():
            return None
        return self.payments.row_at(self.payment_table.model().mapToSource(index))  # type: ignore[attr-defined]

    def payment_id(self) -> str | None:
        payment = self.payment()
        return None if payment is None else payment.id

    def allocation(self) -> AllocationLine | None:
        index = self.allocation_table.currentIndex()
        if not index.isValid() or not self.allocation_table.selectionModel().hasSelection():
            return None
        return self.allocations.row_at(self.allocation_table.model().mapToSource(index))  # type: ignore[attr-defined]

    def show_allocations(self, rows: list[AllocationLine]) -> None:
        self.allocations.replace_rows(rows)
        self.allocationChosen.emit("")

    def _payment_moved(self) -> None:
        self.paymentChosen.emit(self.payment_id() or "")

    def _allocation_moved(self) -> None:
        allocation = self.allocation()
        self.allocationChosen.emit("" if allocation is None else allocation.id)
