"""The tables of the Receivables section: clients by balance and aging, and one client's
invoices, payments, allocations and dunning steps. Figures are right-aligned and sort as
numbers (SORT_ROLE)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets.numbers import money, short_date
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.style import ERROR, TEXT_INACTIVE, TEXT_MUTED

if TYPE_CHECKING:
    from kamdesk.services.receivables.aging import AgingRow
    from kamdesk.services.receivables.dunning import DunningEntry
    from kamdesk.services.receivables.views import AllocationLine, InvoiceLine, PaymentLine

    AgingLine = tuple[AgingRow, DunningEntry | None]

R = TypeVar("R")
BUCKET_COLUMNS = ("current", "1-30", "31-60", "61-90", "90+")
OVERDUE = QT_TRANSLATE_NOOP("Receivables", "Open amounts by days past the due date")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Receivables", text)


def step_label(step: str) -> str:
    labels = {
        "reminder": _tr("Reminder sent"),
        "call": _tr("Call made"),
        "blocked": _tr("Supplies blocked"),
        "unblocked": _tr("Supplies unblocked"),
    }
    return labels.get(step, step)


def _day(value: date | None) -> str:
    return short_date(value)


def _amount(value: Decimal) -> str:
    return money(value) if value else "–"


class _Table(RowsTableModel[R]):
    """Headers from COLUMNS (translated when asked: the language is the one installed when the
    table shows, not the one when this module was imported), aligned as their figures; TIPS
    say in a word what a short title means."""

    TIPS: dict[str, str] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(self.field(section))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = self.TIPS.get(self.field(section))
            return _tr(tip) if tip else None
        return super().headerData(section, orientation, role)


class AgingModel(_Table["AgingLine"]):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("Receivables", "Client")),
        ("currency", QT_TRANSLATE_NOOP("Receivables", "Cur.")),
        ("balance", QT_TRANSLATE_NOOP("Receivables", "Balance")),
        ("current", QT_TRANSLATE_NOOP("Receivables", "Current")),
        ("1-30", QT_TRANSLATE_NOOP("Receivables", "1–30")),
        ("31-60", QT_TRANSLATE_NOOP("Receivables", "31–60")),
        ("61-90", QT_TRANSLATE_NOOP("Receivables", "61–90")),
        ("90+", QT_TRANSLATE_NOOP("Receivables", "90+")),
        ("oldest", QT_TRANSLATE_NOOP("Receivables", "Days late")),
        ("credit", QT_TRANSLATE_NOOP("Receivables", "Overpaid")),
        ("step", QT_TRANSLATE_NOOP("Receivables", "Last dunning step")),
        ("step_date", QT_TRANSLATE_NOOP("Receivables", "Step date")),
    )
    TIPS = {
        "currency": QT_TRANSLATE_NOOP("Receivables", "Currency"),
        "balance": QT_TRANSLATE_NOOP(
            "Receivables", "What the client owes in all; below zero: overpaid"
        ),
        "current": QT_TRANSLATE_NOOP(
            "Receivables", "Open amounts not yet due, less what the client overpaid"
        ),
        **dict.fromkeys(BUCKET_COLUMNS[1:], OVERDUE),
        "oldest": QT_TRANSLATE_NOOP("Receivables", "Days past due of the oldest unpaid invoice"),
        "credit": QT_TRANSLATE_NOOP(
            "Receivables", "Paid by the client and not yet allocated to an invoice"
        ),
        "step_date": QT_TRANSLATE_NOOP("Receivables", "When the last dunning step was taken"),
    }
    RIGHT = frozenset({"balance", *BUCKET_COLUMNS, "oldest", "credit"})
    DESCENDING = frozenset({"step_date"})

    def sort_value(self, row: AgingLine, field: str) -> Any:
        aging, step = row
        if field == "balance":
            return float(aging.balance)  # ordering only: money is never computed as float
        if field in BUCKET_COLUMNS:
            return float(aging.buckets[field])
        if field == "credit":
            return float(aging.credit)
        if field == "oldest":
            return aging.oldest_overdue_days or 0
        if field == "step_date":  # by the day, not its text in the locale's order
            return step.step_date.isoformat() if step and step.step_date else ""
        return self.display(row, field).casefold()

    def display(self, row: AgingLine, field: str) -> str:
        aging, step = row
        if field == "name":
            return aging.name
        if field == "currency":
            return aging.currency
        if field == "balance":
            return money(aging.balance)
        if field in BUCKET_COLUMNS:
            return _amount(aging.buckets[field])
        if field == "oldest":
            days = aging.oldest_overdue_days
            return "" if days is None else str(days)
        if field == "credit":
            return _amount(aging.credit)
        if field == "step":
            return "" if step is None else step_label(step.step)
        if field == "step_date":
            return _day(step.step_date if step else None)
        return ""

    def export_value(self, row: AgingLine, field: str) -> Any:
        aging, step = row
        figures: dict[str, Any] = {
            "balance": aging.balance,
            "oldest": aging.oldest_overdue_days,
            "credit": aging.credit,
            "step_date": step.step_date if step else None,
        }
        if field in BUCKET_COLUMNS:
            return aging.buckets[field]
        if field in figures:
            return figures[field]
        return self.display(row, field) or None

    def key(self, row: AgingLine) -> str:
        return row[0].client_id

    def cell(self, row: AgingLine, field: str, role: int) -> Any:
        aging, step = row
        if role == Qt.ItemDataRole.ForegroundRole:
            if field in BUCKET_COLUMNS[1:] and aging.buckets[field] > 0:
                return QColor(ERROR)
            if field == "step" and step is not None and step.step == "blocked":
                return QColor(ERROR)
            if field == "balance" and aging.balance < 0:
                return QColor(TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and field == "step" and step is not None:
            return f"{step.done_by}: {step.note}" if step.note else step.done_by
        return None


class InvoicesModel(_Table["InvoiceLine"]):
    COLUMNS = (
        ("number", QT_TRANSLATE_NOOP("Receivables", "Invoice")),
        ("issued", QT_TRANSLATE_NOOP("Receivables", "Issued")),
        ("due", QT_TRANSLATE_NOOP("Receivables", "Due")),
        ("amount", QT_TRANSLATE_NOOP("Receivables", "Amount")),
        ("open", QT_TRANSLATE_NOOP("Receivables", "Open")),
        ("late", QT_TRANSLATE_NOOP("Receivables", "Days overdue")),
    )
    TIPS = {
        "amount": QT_TRANSLATE_NOOP("Receivables", "The invoice's total"),
        "open": QT_TRANSLATE_NOOP("Receivables", "What is still unpaid of it"),
    }
    RIGHT = frozenset({"amount", "open", "late"})

    def display(self, row: InvoiceLine, field: str) -> str:
        values = {
            "number": row.number,
            "issued": _day(row.issued),
            "due": _day(row.due),
            "amount": money(row.amount),
            "open": _amount(row.open),
            "late": str(row.days_overdue) if row.days_overdue else "",
        }
        return values[field]

    def sort_value(self, row: InvoiceLine, field: str) -> Any:
        numbers: dict[str, Decimal | int] = {
            "amount": row.amount,
            "open": row.open,
            "late": row.days_overdue,
        }
        return float(numbers[field]) if field in numbers else self.display(row, field)

    def export_value(self, row: InvoiceLine, field: str) -> Any:
        if field == "late":
            return row.days_overdue or None
        return super().export_value(row, field)

    def key(self, row: InvoiceLine) -> str:
        return row.id

    def cell(self, row: InvoiceLine, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.days_overdue and field in {"late", "open", "due"}:
                return QColor(ERROR)
            if not row.open:
                return QColor(TEXT_INACTIVE)
        return None


class PaymentsModel(_Table["PaymentLine"]):
    COLUMNS = (
        ("date", QT_TRANSLATE_NOOP("Receivables", "Date")),
        ("amount", QT_TRANSLATE_NOOP("Receivables", "Amount")),
        ("reference", QT_TRANSLATE_NOOP("Receivables", "Reference / doc. no.")),
        ("method", QT_TRANSLATE_NOOP("Receivables", "Method")),
        ("allocated", QT_TRANSLATE_NOOP("Receivables", "Allocated")),
        ("free", QT_TRANSLATE_NOOP("Receivables", "Free")),
        ("state", QT_TRANSLATE_NOOP("Receivables", "State")),
    )
    TIPS = {
        "allocated": QT_TRANSLATE_NOOP("Receivables", "Allocated to invoices"),
        "free": QT_TRANSLATE_NOOP("Receivables", "Not yet allocated to an invoice"),
    }
    RIGHT = frozenset({"amount", "allocated", "free"})

    def display(self, row: PaymentLine, field: str) -> str:
        ref = " · ".join(x for x in (row.reference, row.doc_number) if x)
        if row.is_reversal:
            state = _tr("reversing entry: {note}").format(note=row.note)
        elif row.reversed_on is not None:
            state = _tr("reversed {day}").format(day=short_date(row.reversed_on))
        else:
            state = _tr("posted")
        values = {
            "date": _day(row.paid_on),
            "amount": money(row.amount),
            "reference": ref,
            "method": row.method,
            "allocated": "" if row.is_reversal else _amount(row.allocated),
            "free": "" if row.is_reversal else _amount(row.free),
            "state": state,
        }
        return values[field]

    def sort_value(self, row: PaymentLine, field: str) -> Any:
        numbers = {"amount": row.amount, "allocated": row.allocated, "free": row.free}
        return float(numbers[field]) if field in numbers else self.display(row, field)

    def export_value(self, row: PaymentLine, field: str) -> Any:
        if field == "date":
            return row.paid_on
        if field in ("allocated", "free") and row.is_reversal:
            return None
        return super().export_value(row, field)

    def key(self, row: PaymentLine) -> str:
        return row.id

    def cell(self, row: PaymentLine, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.is_reversal or row.reversed_on):
            return QColor(TEXT_INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class AllocationsModel(_Table["AllocationLine"]):
    COLUMNS = (
        ("invoice", QT_TRANSLATE_NOOP("Receivables", "Invoice")),
        ("on", QT_TRANSLATE_NOOP("Receivables", "Allocated on")),
        ("amount", QT_TRANSLATE_NOOP("Receivables", "Amount")),
        ("state", QT_TRANSLATE_NOOP("Receivables", "State")),
    )
    RIGHT = frozenset({"amount"})

    def display(self, row: AllocationLine, field: str) -> str:
        if row.undone_on is None:
            state = _tr("standing")
        else:
            state = _tr("undone {day}").format(day=short_date(row.undone_on))
            state += f": {row.reason}" if row.reason else ""
        values = {
            "invoice": row.invoice_number,
            "on": _day(row.allocated_on),
            "amount": money(row.amount),
            "state": state,
        }
        return values[field]

    def key(self, row: AllocationLine) -> str:
        return row.id

    def cell(self, row: AllocationLine, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.undone_on is not None:
            return QColor(TEXT_INACTIVE)
        return None


class StepsModel(_Table["DunningEntry"]):
    COLUMNS = (
        ("date", QT_TRANSLATE_NOOP("Receivables", "Date")),
        ("step", QT_TRANSLATE_NOOP("Receivables", "Step")),
        ("by", QT_TRANSLATE_NOOP("Receivables", "By")),
        ("note", QT_TRANSLATE_NOOP("Receivables", "Note")),
    )

    def display(self, row: DunningEntry, field: str) -> str:
        values = {
            "date": _day(row.step_date),
            "step": step_label(row.step),
            "by": row.done_by,
            "note": row.note,
        }
        return values[field]

    def key(self, row: DunningEntry) -> str:
        return row.id

    def cell(self, row: DunningEntry, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.step == "blocked" and field == "step":
            return QColor(ERROR)
        return None
