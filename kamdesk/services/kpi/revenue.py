"""Revenue figures of the dashboard in the reporting currency, each document at its own date's
rate (services.clients.classification): turnover and its growth, the returns rate, key-client
concentration and the monthly revenue of the biggest clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.classification import Classification, ClientRevenue, Thresholds, classify
from kamdesk.domain.fx import RateBook
from kamdesk.domain.kpi import (
    DOWN,
    MONEY,
    SHARE,
    UP,
    Contribution,
    Figure,
    contributions,
    growth,
    month_key,
    share,
)
from kamdesk.domain.money import ZERO
from kamdesk.domain.reporting import Converted, DatedSum, convert_sums
from kamdesk.services.clients.classification import Period, revenue_sums


@dataclass(frozen=True)
class Revenue:
    """A period's revenue (invoiced net less credit notes) and its credit notes, per client."""

    period: Period
    converted: Converted
    credits: dict[str, Decimal]  # client id -> credit notes' net (positive)

    @property
    def total(self) -> Decimal:
        return sum(self.converted.totals.values(), ZERO)

    @property
    def credit_total(self) -> Decimal:
        return sum(self.credits.values(), ZERO)

    @property
    def invoiced(self) -> Decimal:
        return self.total + self.credit_total


def revenue(session: Session, period: Period, book: RateBook) -> Revenue:
    """The period's revenue: its whole months from the local cache (services.kpi.revenue_cache)
    and the days at its ends live; all of it live when the cache is not at the book's rates."""
    sums = revenue_sums(session, period, book)
    return Revenue(period, sums.revenue(book), sums.credits(book).totals)


def turnover(now: Revenue, before: Revenue, names: dict[str, str]) -> Figure:
    """The period's revenue against the year before; each client with its change."""
    changes = dict(now.converted.totals)
    for cid, amount in before.converted.totals.items():
        changes[cid] = changes.get(cid, ZERO) - amount
    change = now.total - before.total
    rise = growth(now.total, before.total)
    parts = [("change", change)] + ([("growth", rise)] if rise is not None else [])
    return Figure(
        "turnover", now.total, before.total, MONEY, UP, contributions(changes, names), tuple(parts)
    )


def returns_rate(now: Revenue, before: Revenue, names: dict[str, str]) -> Figure:
    """Credit notes' net as a share of the net invoiced in the period."""
    return Figure(
        "returns",
        share(now.credit_total, now.invoiced),
        share(before.credit_total, before.invoiced),
        SHARE,
        DOWN,
        contributions(now.credits, names, whole=now.credit_total),
        (("credit notes", now.credit_total), ("invoiced", now.invoiced)),
    )


def classification(
    rev: Revenue, names: dict[str, str], thresholds: Thresholds | None = None
) -> Classification:
    """ABC classes of the live clients (`names`) by the period's revenue (domain.classification;
    the estimated spend the key-client report adds is not needed here)."""
    revenues = [
        ClientRevenue(cid, names[cid], amount)
        for cid, amount in rev.converted.totals.items()
        if cid in names
    ]
    return classify(revenues, thresholds)


def a_class(c: Classification) -> tuple[Decimal, list[Contribution]]:
    members = [s for s in c.clients if s.abc == "A" and s.revenue > 0]
    return sum((s.share for s in members), ZERO), [
        Contribution(s.client_id, s.name, s.revenue, s.share) for s in members
    ]


def concentration(now: Classification, before: Classification) -> Figure:
    """The share of revenue brought by the A class (the clients making the first 80 %)."""
    value, members = a_class(now)
    previous, _ = a_class(before)
    total = now.concentration.total_revenue
    return Figure(
        "concentration",
        value if members else None,
        previous if before.clients else None,
        SHARE,
        DOWN,
        tuple(members),
        (
            ("clients", Decimal(len(members))),
            ("top1", now.concentration.top1_share),
            ("total", total),
        ),
    )


@dataclass(frozen=True)
class ClientSeries:
    """A client's revenue month by month (first day of each month, amount)."""

    client_id: str
    name: str
    points: tuple[tuple[date, Decimal], ...]


_MONTHLY = (
    "SELECT client_id, currency, {day}, SUM({amount}), COUNT(*) FROM {table} "
    "WHERE deleted_at IS NULL {extra} AND {day} >= ? AND {day} <= ? AND client_id IN ({marks}) "
    "GROUP BY 1, 2, 3"
)


def monthly_revenue(
    session: Session,
    clients: Sequence[tuple[str, str]],
    months: Sequence[date],
    end: date,
    book: RateBook,
) -> tuple[ClientSeries, ...]:
    """Revenue of each (client id, name) in each month from months[0] to `end`, by the
    key-client definition (invoices less credit notes, each at its date's rate)."""
    if not clients or not months:
        return ()
    ids = tuple(cid for cid, _ in clients)
    marks = ", ".join("?" * len(ids))
    args = (months[0].isoformat(), end.isoformat(), *ids)
    sums: list[DatedSum] = []
    for table, day, sign, kind, extra in (
        ("invoice", "issue_date", 1, "invoice", ""),
        ("sales_return", "return_date", -1, "credit note", "AND invoice_id IS NOT NULL"),
    ):
        sql = _MONTHLY.format(day=day, amount="total_net", table=table, extra=extra, marks=marks)
        for cid, currency, text, minor, n in run(session.connection(), sql, args):
            on = date.fromisoformat(str(text)[:10])
            key = f"{cid}|{month_key(on)}"
            sums.append(DatedSum(key, str(currency), on, sign * int(minor), int(n), kind))
    totals = convert_sums(book, sums).totals
    return tuple(
        ClientSeries(
            cid,
            name,
            tuple((m, totals.get(f"{cid}|{month_key(m)}", ZERO)) for m in months),
        )
        for cid, name in clients
    )
