"""Key-client classification from invoiced revenue over a period, in the reporting currency.

Revenue is read grouped per (client, currency, day) in SQL, the reporting currency's per
client only, and converted in Python at each day's rate (domain.reporting): a few queries
whatever the number of clients; the whole months of a period come from the local cache of
monthly revenue (services.kpi.revenue_cache) when it is at the rates of the book.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.classification import (
    Classification,
    ClientRevenue,
    Thresholds,
    classify,
)
from kamdesk.domain.fx import RateBook
from kamdesk.domain.plans import next_month
from kamdesk.domain.reporting import Converted, ConvertedSum, Converter, DatedSum, convert_sums
from kamdesk.domain.revenue_months import whole_months
from kamdesk.models import Client, ClientKeyReason, Invoice, SalesReturn
from kamdesk.services.kpi.revenue_cache import CREDIT_NOTE, INVOICE, cached_sums
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import live
from kamdesk.services.settings import get_rules

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        return cls(start=today - timedelta(days=365) + timedelta(days=1), end=today)


def dated_sums(
    session: Session,
    period: Period,
    reporting: str,
    *,
    table: type[Invoice] | type[SalesReturn],
    day: Any,
    amount: Any,
    kind: str,
    sign: int = 1,
    where: Sequence[Any] = (),
) -> list[DatedSum]:
    """Amounts of `table` dated (`day`) in the period, summed per client and currency, and per
    day for the currencies other than `reporting` (each day has its own rate): one pass over
    the period, read as plain integers and text (no type processing for each of many rows)."""
    currency = table.currency
    when = case((currency == reporting, None), else_=type_coerce(day, String))
    query = (
        select(
            table.client_id,
            currency,
            when.label("day"),
            func.sum(type_coerce(amount, Integer)),  # minor units
            func.count(),
        )
        .where(live(table), day >= period.start, day <= period.end, *where)
        .group_by(table.client_id, currency, when)
    )
    rows = session.connection().execute(query).all()
    days = {text: _day(text) for text in {row[2] for row in rows} if text is not None}
    return [DatedSum(c, cur, days.get(t), sign * m, n, kind) for c, cur, t, m, n in rows]


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


@dataclass(frozen=True)
class RevenueSums:
    """A period's invoices and credit notes (positive) per client and currency: its whole
    months as the local cache converted them (services.kpi.revenue_cache), the days at its
    ends (or all of it, when the cache is not at the book's rates) per day to convert now."""

    invoices: list[DatedSum]
    notes: list[DatedSum]
    cached_invoices: list[ConvertedSum]
    cached_notes: list[ConvertedSum]

    def revenue(self, book: RateBook) -> Converted:
        """Net invoiced less credit notes, per client, in the reporting currency."""
        return convert_sums(
            book,
            self.invoices + [n._replace(minor=-n.minor) for n in self.notes],
            self.cached_invoices + [_negated(n) for n in self.cached_notes],
        )

    def credits(self, book: RateBook) -> Converted:
        """The credit notes' net (positive), per client, in the reporting currency."""
        return convert_sums(book, self.notes, self.cached_notes)


def _negated(s: ConvertedSum) -> ConvertedSum:
    return s._replace(minor=-s.minor, converted=-s.converted)


def revenue_sums(
    session: Session, period: Period, book: RateBook, *, use_cache: bool = True
) -> RevenueSums:
    """The period's documents, its whole months from the cache when it is at the book's rates
    (the same figures, without converting every day of every client again); every day read
    and converted now when `use_cache` is false."""
    whole = whole_months(period.start, period.end) if use_cache else None
    cached = cached_sums(session, *whole, book) if whole is not None else None
    if whole is None or cached is None:
        live_days = [period]
        cached = {INVOICE: [], CREDIT_NOTE: []}
    else:
        live_days = [
            Period(a, b)
            for a, b in ((period.start, whole[0] - ONE_DAY), (next_month(whole[1]), period.end))
            if a <= b
        ]
    invoices: list[DatedSum] = []
    notes: list[DatedSum] = []
    for days in live_days:
        invoices += _invoice_sums(session, days, book.reporting)
        notes += _note_sums(session, days, book.reporting)
    return RevenueSums(invoices, notes, cached[INVOICE], cached[CREDIT_NOTE])


def _invoice_sums(session: Session, period: Period, reporting: str) -> list[DatedSum]:
    return dated_sums(
        session,
        period,
        reporting,
        table=Invoice,
        day=Invoice.issue_date,
        amount=Invoice.__table__.c.total_net,
        kind="invoice",
    )


def _note_sums(session: Session, period: Period, reporting: str) -> list[DatedSum]:
    """Credit notes (returns of invoiced goods), positive."""
    return dated_sums(
        session,
        period,
        reporting,
        table=SalesReturn,
        day=SalesReturn.return_date,
        amount=SalesReturn.__table__.c.total_net,
        kind="credit note",
        where=(SalesReturn.invoice_id.is_not(None),),
    )


def converted_revenue(session: Session, period: Period, book: RateBook | None = None) -> Converted:
    """Net invoiced revenue per client in the period, less the credit notes (returns of
    invoiced goods) dated in the period, each document in the reporting currency at the rate
    of its own date (domain.reporting)."""
    book = book or rate_book(session)
    return revenue_sums(session, period, book).revenue(book)


def client_revenues(
    session: Session,
    period: Period,
    converted: Converted | None = None,
    book: RateBook | None = None,
) -> list[ClientRevenue]:
    """Revenue per live client in the period in the reporting currency (converted_revenue);
    a client's estimated spend is taken in the reporting currency at the period's last day
    (unknown when its currency has no rate then)."""
    book = book or rate_book(session)
    converted = converted or converted_revenue(session, period, book)
    revenue = converted.totals
    rows = session.execute(
        select(Client.id, Client.name, Client.estimated_spend, Client.currency).where(
            live(Client), Client.id.in_(list(revenue))
        )
    ).all()
    spends = Converter(book)  # one rate per currency: the period's last day
    out = []
    for cid, name, spend, currency in rows:
        if spend is not None:
            spend = spends.convert(spend, currency or book.reporting, period.end, "estimate")
        out.append(ClientRevenue(cid, name, revenue[cid].quantize(Decimal("0.01")), spend))
    return out


@dataclass(frozen=True)
class KeyClientReport:
    period: Period
    thresholds: Thresholds
    classification: Classification
    reasons: dict[str, tuple[str, ...]]  # client id -> key reasons recorded by the KAM
    # issue 13: every amount above is in this currency, each document at its own date's rate
    currency: str = ""
    # client id -> currency -> the client's revenue as invoiced (credit notes deducted)
    originals: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    # documents left out for want of a rate, as the user reads it ("2 invoices in RUB ...")
    warnings: tuple[str, ...] = ()
    converted: Converted | None = None


def key_clients(
    session: Session, period: Period, thresholds: Thresholds | None = None
) -> KeyClientReport:
    """Shares, ABC and categories of every client with revenue in the period, biggest first."""
    thresholds = thresholds or get_rules(session).thresholds
    book = rate_book(session)
    converted = converted_revenue(session, period, book)
    result = classify(client_revenues(session, period, converted, book), thresholds)
    reasons: dict[str, list[str]] = {}
    for cid, reason in session.execute(
        select(ClientKeyReason.client_id, ClientKeyReason.reason)
        .where(live(ClientKeyReason))
        .order_by(ClientKeyReason.reason)
    ):
        reasons.setdefault(cid, []).append(reason)
    return KeyClientReport(
        period=period,
        thresholds=thresholds,
        classification=result,
        reasons={cid: tuple(r) for cid, r in reasons.items()},
        currency=converted.reporting,
        originals=converted.originals,
        warnings=converted.warnings,
        converted=converted,
    )
