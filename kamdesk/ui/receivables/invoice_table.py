"""A client's open invoices with an amount to put on each, as a person types it: prefilled by
the oldest-first plan, the total and what stays as credit shown live, an amount above what is
open flagged at its row. Shared by the payment and the allocate dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import ZERO, AmountError
from kamdesk.domain.receivables import OpenInvoice, ReceivablesError, allocate
from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.numbers import read_money, short_date
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, money
from kamdesk.ui.widgets.style import BAD_CELL, ERROR_STYLE, MUTED_STYLE
from kamdesk.ui.widgets.table_state import keep_order

AMOUNT_COLUMN = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("AllocationTable", text)


def oldest_first_plan(
    amount: Decimal | None, invoices: Sequence[OpenInvoice]
) -> dict[str, Decimal]:
    """What oldest-first allocation puts on each invoice (nothing for no amount or a bad one)."""
    if amount is None or amount <= 0:
        return {}
    try:
        return dict(allocate(amount, invoices).lines)
    except ReceivablesError:
        return {}


class AllocationTable(QWidget):
    """`changed` fires on every edit; `rows()` reads the amounts typed (None and the problems
    marked at their rows when any is wrong)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoices: tuple[OpenInvoice, ...] = ()
        self.currency = ""
        self.payment: Decimal | None = None
        self.touched = False  # typed by hand: a new payment amount no longer refills the plan
        self._filling = False
        self.table = QTableWidget(0, 5)
        keep_order(self.table, "open invoices with an amount typed on each, oldest first as paid")
        self.table.setObjectName("allocationTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("Invoice"), _tr("Issued"), _tr("Due"), _tr("Open"), _tr("Allocate")]
        )
        for column in (3, 4):
            header_item = self.table.horizontalHeaderItem(column)
            assert header_item is not None
            header_item.setTextAlignment(RIGHT_ALIGN)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fit_columns(self.table, (150, 90, 90, 110, 110))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # figures stay in view
        self.table.itemChanged.connect(self._edited)
        self.empty = QLabel(_tr("Nothing is open: the whole payment stays as the client's credit."))
        self.empty.setObjectName("noOpenInvoices")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("allocationSummary")
        self.problems = WrappingLabel()  # wraps, as tall as its lines
        self.problems.setObjectName("allocationProblems")
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)

    def set_invoices(self, invoices: Sequence[OpenInvoice], currency: str) -> None:
        self.invoices, self.currency = tuple(invoices), currency
        self._filling = True
        self.table.setRowCount(len(self.invoices))
        for row, inv in enumerate(self.invoices):
            cells = (inv.number, short_date(inv.issue_date), short_date(inv.due_date))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            open_item = QTableWidgetItem(money(inv.open_amount))
            open_item.setFlags(open_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            open_item.setTextAlignment(RIGHT_ALIGN)
            self.table.setItem(row, 3, open_item)
            amount = QTableWidgetItem("")
            amount.setTextAlignment(RIGHT_ALIGN)
            amount.setToolTip(_tr("What of the payment goes on this invoice"))
            self.table.setItem(row, AMOUNT_COLUMN, amount)
        self._filling = False
        self.table.setVisible(bool(self.invoices))
        self.empty.setVisible(not self.invoices)
        self.empty.setText(
            _tr("Nothing is open: the whole payment stays as the client's credit.")
            if currency
            else _tr("Choose the client first: its open invoices show here.")
        )
        self.touched = False
        self.prefill(self.payment)

    def prefill(self, payment: Decimal | None) -> None:
        """Amounts as oldest-first would spread `payment` (kept when typed by hand)."""
        self.payment = payment
        if not self.touched:
            plan = oldest_first_plan(payment, self.invoices)
            self._filling = True
            for row, inv in enumerate(self.invoices):
                value = plan.get(inv.id)
                self._cell(row).setText("" if value is None else str(value))
            self._filling = False
        self._check(show=False)

    def _cell(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, AMOUNT_COLUMN)
        assert item is not None
        return item

    def set_amount(self, row: int, text: str) -> None:
        """As a person types into the row's amount cell."""
        self._cell(row).setText(text)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != AMOUNT_COLUMN:
            return
        self.touched = True
        self._check(show=False)
        self.changed.emit()

    def rows(self) -> list[tuple[str, Decimal]] | None:
        """(invoice id, amount) for every row with an amount; None when any row is wrong (the
        rows are marked and the problems listed under the table)."""
        return self._check(show=True)

    def _check(self, *, show: bool) -> list[tuple[str, Decimal]] | None:
        lines: list[tuple[str, Decimal]] = []
        problems: list[str] = []
        for row, inv in enumerate(self.invoices):
            item = self._cell(row)
            problem = self._problem(inv, item.text().strip(), lines)
            self._mark(item, problem)
            if problem:
                problems.append(problem)
        self._summarize(lines)
        visible = problems if show else [p for p in problems if "more than" in p]
        self.problems.setText("\n".join(visible))
        self.problems.setVisible(bool(visible))
        return None if problems else lines

    def _problem(self, inv: OpenInvoice, text: str, lines: list[tuple[str, Decimal]]) -> str:
        if not text:
            return ""
        try:
            amount = read_money(text)
        except AmountError:
            return _tr("{number}: type an amount such as 1250.50, not “{text}”.").format(
                number=inv.number, text=text
            )
        if amount < 0:
            return _tr("{number}: an amount cannot be below zero.").format(number=inv.number)
        if amount > inv.open_amount:
            return _tr("{number}: {amount} is more than the {open} open.").format(
                number=inv.number, amount=money(amount), open=money(inv.open_amount)
            )
        if amount > 0:
            lines.append((inv.id, amount))
        return ""

    def _mark(self, item: QTableWidgetItem, problem: str) -> None:
        self._filling = True
        item.setBackground(QBrush(QColor(BAD_CELL)) if problem else QBrush())
        item.setToolTip(problem or _tr("What of the payment goes on this invoice"))
        self._filling = False

    def _summarize(self, lines: list[tuple[str, Decimal]]) -> None:
        total = sum((amount for _i, amount in lines), ZERO)
        cur = self.currency
        if self.payment is None:
            text = _tr("Allocated {total}").format(total=money(total, cur))
            self.summary.setStyleSheet("")
        elif total > self.payment:
            text = _tr("Allocated {total}: {over} more than the payment").format(
                total=money(total, cur), over=money(total - self.payment, cur)
            )
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            text = _tr("Allocated {total} · stays as credit {credit}").format(
                total=money(total, cur), credit=money(self.payment - total, cur)
            )
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    def allocated(self) -> Decimal:
        return sum((a for _i, a in self._check(show=False) or []), ZERO)
