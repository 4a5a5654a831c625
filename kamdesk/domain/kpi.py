"""The KPI dashboard's arithmetic: growth, shares, which way a figure moved, and the monthly
trend of receivables rebuilt from ledger sums grouped by month.

Pure functions over plain figures; the services read and convert, the screen shows.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

ZERO = Decimal(0)

# how a figure is shown: an amount, a share (0..1) or a count
MONEY, SHARE, COUNT = "money", "share", "count"
# which way is good for a figure: up (turnover), down (overdue share), or neither
UP, DOWN, NEITHER = "up", "down", "neither"


@dataclass(frozen=True)
class Contribution:
    """A client behind a figure and its part in it (in the figure's unit: an amount in the
    reporting currency, or a count); `share` is that part of the figure's whole, when the
    figure has one."""

    client_id: str
    name: str
    amount: Decimal
    share: Decimal | None = None


@dataclass(frozen=True)
class Figure:
    """One tile of the dashboard: its value for the period, the same figure a year before, and
    the clients behind it, the biggest contribution first."""

    key: str
    value: Decimal | None  # None: nothing to measure (no plan, no receivables...)
    previous: Decimal | None
    unit: str  # MONEY, SHARE or COUNT
    better: str  # UP, DOWN or NEITHER
    clients: tuple[Contribution, ...] = ()
    # what the value is made of, by name ("actual", "plan"...), in the reporting currency
    # (or counts): the screen says it in words
    parts: tuple[tuple[str, Decimal], ...] = ()

    def part(self, name: str) -> Decimal | None:
        return dict(self.parts).get(name)

    @property
    def change(self) -> Decimal | None:
        """value - previous (for shares: in points of the share), None when either is."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def trend(self) -> str:
        """ "up", "down" or "flat" against the previous value ("" when there is none)."""
        change = self.change
        if change is None:
            return ""
        return "up" if change > 0 else "down" if change < 0 else "flat"

    @property
    def verdict(self) -> str:
        """ "good", "bad" or "" (no comparison, no change, or neither way is better)."""
        trend = self.trend
        if trend in ("", "flat") or self.better == NEITHER:
            return ""
        return "good" if trend == self.better else "bad"


def growth(current: Decimal, previous: Decimal) -> Decimal | None:
    """(current - previous) / previous; None when there was nothing before to grow from."""
    if previous <= 0:
        return None
    return (current - previous) / previous


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole, None when the whole is not above zero."""
    if whole <= 0:
        return None
    return part / whole


def contributions(
    amounts: dict[str, Decimal],
    names: dict[str, str],
    *,
    whole: Decimal | None = None,
    by_size: bool = True,
) -> tuple[Contribution, ...]:
    """The clients with a non-zero amount, the biggest (by absolute value) first, ties by
    name; each with its share of `whole` when given."""
    out = [
        Contribution(
            cid, names.get(cid, cid), amount, share(amount, whole) if whole is not None else None
        )
        for cid, amount in amounts.items()
        if amount != 0
    ]
    if by_size:
        out.sort(key=lambda c: (-abs(c.amount), c.name.casefold(), c.client_id))
    else:
        out.sort(key=lambda c: (c.amount, c.name.casefold(), c.client_id))
    return tuple(out)


def same_period_last_year(start: date, end: date) -> tuple[date, date]:
    """The period a year before (29 February falls back to the 28th)."""
    return _year_before(start), _year_before(end)


def _year_before(day: date) -> date:
    last = calendar.monthrange(day.year - 1, day.month)[1]
    return date(day.year - 1, day.month, min(day.day, last))


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def trend_days(today: date, points: int = 12) -> list[date]:
    """The month ends of the `points - 1` months before this one, then today, oldest first."""
    out = [today]
    year, month = today.year, today.month
    for _ in range(points - 1):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        out.append(month_end(date(year, month, 1)))
    return out[::-1]


class LedgerSum(NamedTuple):
    """Receivable money of one currency, summed by the database per month:
    `minor` units (+ an invoice's gross, - an allocation or a credit note) that count from the
    end of month `on` ("YYYY-MM"), are overdue from the end of month `overdue_from` (the month
    of the day after the invoice's due date), and stop counting at the end of month `until`
    (an allocation reversed that month; None: never)."""

    currency: str
    on: str
    overdue_from: str
    until: str | None
    minor: int


@dataclass(frozen=True)
class Receivables:
    """Open and overdue money at a day, in minor units per currency."""

    day: date
    open: dict[str, int]
    overdue: dict[str, int]


def receivables_at_month_ends(days: Sequence[date], sums: Iterable[LedgerSum]) -> list[Receivables]:
    """What was open and overdue at each month end in `days`, from the ledger sums.

    At the end of month m an entry counts when on <= m < until, and is overdue when also
    overdue_from <= m: an invoice due on day d is overdue at the month end M exactly when
    d + 1 <= M, and since M is its month's last day that is month(d + 1) <= month(M). So sums
    grouped by these months give exact figures at month ends, whatever the number of
    invoices. (Open amounts are not clamped at zero invoice by invoice: an allocation merged
    beyond its invoice lowers the total by its excess, which the cache keeps as credit.)"""
    keys = [month_key(d) for d in days]
    out = [Receivables(d, {}, {}) for d in days]
    for currency, on, overdue_from, until, minor in sums:
        for key, point in zip(keys, out, strict=True):
            if on > key or (until is not None and until <= key):
                continue
            point.open[currency] = point.open.get(currency, 0) + minor
            if overdue_from <= key:
                point.overdue[currency] = point.overdue.get(currency, 0) + minor
    return out


@dataclass(frozen=True)
class TrendPoint:
    """Receivables at a day in the reporting currency, and the overdue part of them."""

    day: date
    receivables: Decimal
    overdue: Decimal

    @property
    def overdue_share(self) -> Decimal | None:
        return share(self.overdue, self.receivables)
