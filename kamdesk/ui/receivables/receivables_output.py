"""Export… and Print… for the Receivables section's tables: the aging of every client with a
balance (as of today, with the search and "Only overdue" printed, totals per currency) and the
chosen client's invoices and payments (the client's name in the title)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.money import ZERO
from kamdesk.reports.sheets import Value
from kamdesk.ui.receivables.tables import BUCKET_COLUMNS
from kamdesk.ui.reports.report_output import Described
from kamdesk.ui.widgets.numbers import short_date

if TYPE_CHECKING:
    from kamdesk.services.receivables.views import ClientLedger
    from kamdesk.ui.receivables.tables import AgingLine


def _tr(text: str) -> str:
    return QCoreApplication.translate("Receivables", text)


def as_of(day: date, *, iso: bool = False) -> str:
    """ "as of 05/12/2026" (iso: "as of 2026-12-05", for a file's name)."""
    return _tr("as of {day}").format(day=day.isoformat() if iso else short_date(day))


def aging_totals(lines: Sequence[AgingLine]) -> list[dict[str, Value]]:
    """A line of totals per currency (balance, buckets, credit), currencies in order."""
    sums: dict[str, dict[str, Decimal]] = {}
    for row, _step in lines:
        total = sums.setdefault(row.currency, {})
        for name, value in (
            ("balance", row.balance),
            ("credit", row.credit),
            *((b, row.buckets[b]) for b in BUCKET_COLUMNS),
        ):
            total[name] = total.get(name, ZERO) + value
    return [{"currency": currency, **sums[currency]} for currency in sorted(sums)]


class AgingShown(Protocol):
    """What the section shows (its module imports this one: no import back)."""

    @property
    def today(self) -> date: ...

    def shown_lines(self) -> tuple[AgingLine, ...]: ...

    def search_text(self) -> str: ...

    def overdue_only(self) -> bool: ...


def aging_described(section: AgingShown) -> Described | None:
    lines = section.shown_lines()
    if not lines:
        return None
    filters = []
    if section.overdue_only():
        filters.append(_tr("only overdue"))
    if section.search_text():
        filters.append(_tr("name contains “{text}”").format(text=section.search_text()))
    filters.append(_tr("amounts in each client's currency"))
    return Described(
        _tr("Receivables by age"),
        tuple(filters),
        aging_totals(lines),
        period=as_of(section.today),
        file_period=as_of(section.today, iso=True),
    )


def ledger_described(
    ledger: Callable[[], ClientLedger | None], today: Callable[[], date], what: str
) -> Callable[[], Described | None]:
    """The chosen client's invoices (`what` "invoices") or payments, as of today."""

    def describe() -> Described | None:
        shown = ledger()
        if shown is None:
            return None
        money = _tr("amounts in {currency}").format(currency=shown.currency)
        if what == "invoices":
            if not shown.invoices:
                return None
            totals: dict[str, Value] = {
                "amount": sum((i.amount for i in shown.invoices), ZERO),
                "open": sum((i.open for i in shown.invoices), ZERO),
            }
            title = _tr("Invoices of {client}").format(client=shown.name)
        else:
            if not shown.payments:
                return None
            standing = [p for p in shown.payments if not p.is_reversal]
            totals = {
                "amount": sum((p.amount for p in shown.payments), ZERO),
                "allocated": sum((p.allocated for p in standing), ZERO),
                "free": sum((p.free for p in standing), ZERO),
            }
            title = _tr("Payments of {client}").format(client=shown.name)
        day = today()
        return Described(
            title, (money,), totals, period=as_of(day), file_period=as_of(day, iso=True)
        )

    return describe
