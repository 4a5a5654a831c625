"""Key-client classification from invoiced revenue over a period, in the reporting currency.

Revenue is read grouped per (client, currency, day) in SQL, the reporting currency's per
client only, and converted in Python at each day's rate (domain.reporting): a few queries
whatever the number of clients; the whole months of a period come from the local cache of
monthly revenue (services.kpi.revenue_cache) when it is at the rates of the book, and so does
a month at either end that the period mostly covers, less the days it leaves out.

At 10 000 clients (issue 17) the sums are added up in integer minor units and made Decimal
once per client, the live clients are read in one plain pass, and classify sorts once: the
figures are the same to the cent (tests/unit/services/test_key_clients.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Sequence
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
from kamdesk.domain.reporting import Converted, ConvertedSum, Converter, DatedSum, convert_sums
from kamdesk.domain.revenue_months import month_plan
from kamdesk.models import Client, ClientKeyReason, Invoice, SalesReturn
from kamdesk.services.kpi.revenue_cache import CREDIT_NOTE, INVOICE, cached_sums
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import live
from kamdesk.services.settings import get_rules


@contextlib.contextmanager
def no_cycle_passes() -> Iterator[None]:
    """The cycle collector held back (when it is on) while the block runs."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
    make = tuple.__new__  # DatedSum's fields in its order, without the per-field call
    return [make(DatedSum, (c, cur, days.get(t), sign * m, n, kind)) for c, cur, t, m, n in rows]


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
            self.invoices,
            self.cached_invoices,
            less=self.notes,
            less_done=self.cached_notes,
        )

    def credits(self, book: RateBook) -> Converted:
        """The credit notes' net (positive), per client, in the reporting currency."""
        return convert_sums(book, self.notes, self.cached_notes)


def revenue_sums(
    session: Session, period: Period, book: RateBook, *, use_cache: bool = True
) -> RevenueSums:
    """The period's documents: its months from the cache when it is at the book's rates (the
    same figures, without converting every day of every client again), a month it covers
    mostly as the cached month less the few days left out (domain.revenue_months.month_plan),
    whole months only when that cannot be done to the cent; every day read and converted now
    when `use_cache` is false."""
    live_days = [(period.start, period.end)]
    cached: dict[str, list[ConvertedSum]] | None = {INVOICE: [], CREDIT_NOTE: []}
    for partial in (True, False) if use_cache else ():
        plan = month_plan(period.start, period.end, partial=partial)
        found = cached_sums(session, plan.first, plan.last, book) if plan is not None else None
        if plan is None or found is None:
            break  # no month to read, or the cache is at other rates: every day now
        if plan.less:
            found = _less_days(session, found, plan.less, book)
        if found is not None:
            live_days, cached = list(plan.live), found
            break
    assert cached is not None
    invoices: list[DatedSum] = []
    notes: list[DatedSum] = []
    for a, b in live_days:
        invoices += _invoice_sums(session, Period(a, b), book.reporting)
        notes += _note_sums(session, Period(a, b), book.reporting)
    return RevenueSums(invoices, notes, cached[INVOICE], cached[CREDIT_NOTE])


def _less_days(
    session: Session,
    cached: dict[str, list[ConvertedSum]],
    days: Sequence[tuple[date, date]],
    book: RateBook,
) -> dict[str, list[ConvertedSum]] | None:
    """The cached months' sums less the documents dated `days` (in those months): each day's
    documents converted as the cache converted them, so the difference is exact. None when
    it cannot be: a document of those days without a rate (the cache keeps the first and
    last dates of those, not each one's: with none left out, they are the period's), or sums
    the cache does not have (out of step)."""
    convert = Converter(book).convert_minor
    out: dict[str, list[ConvertedSum]] = {}
    for kind, sums in cached.items():
        read = _invoice_sums if kind == INVOICE else _note_sums
        left_out: dict[tuple[str, str], tuple[int, int, int]] = {}
        for a, b in days:
            for key, currency, day, minor, documents, _ in read(
                session, Period(a, b), book.reporting
            ):
                value = convert(minor, currency, day, kind, documents)
                if value is None:
                    return None
                n, m, v = left_out.get((key, currency), (0, 0, 0))
                left_out[(key, currency)] = (n + documents, m + minor, v + value)
        kept: list[ConvertedSum] = []
        for s in sums:
            less = left_out.pop((s.key, s.currency), None)
            if less is None:
                kept.append(s)
                continue
            documents, minor, value = (
                s.documents - less[0],
                s.minor - less[1],
                s.converted - less[2],
            )
            if documents < 0 or (documents == 0 and (minor or value)):
                return None
            if documents:
                kept.append(s._replace(documents=documents, minor=minor, converted=value))
        if left_out:
            return None
        out[kind] = kept
    return out


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
    (unknown when its currency has no rate then). The live clients are read in one pass, as
    plain integers and text, and those without revenue skipped here."""
    book = book or rate_book(session)
    converted = converted or converted_revenue(session, period, book)
    revenue = converted.totals
    spend_minor = type_coerce(Client.__table__.c.estimated_spend, Integer)
    rows = (
        session.connection()
        .execute(
            select(
                Client.__table__.c.id, Client.__table__.c.name, spend_minor, Client.currency
            ).where(live(Client))
        )
        .all()
    )
    spends = Converter(book).convert_minor  # one rate per currency: the period's last day
    reporting, end, cent, get = book.reporting, period.end, Decimal("0.01"), revenue.get
    out: list[ClientRevenue] = []
    make = tuple.__new__  # ClientRevenue's fields in its order
    for cid, name, spend, currency in rows:
        amount = get(cid)
        if amount is None:
            continue
        if spend is not None:
            minor = spends(int(spend), (currency or reporting).upper(), end, "estimate")
            spend = None if minor is None else Decimal(minor).scaleb(-2)
        out.append(make(ClientRevenue, (cid, name, amount.quantize(cent), spend)))
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
    """Shares, ABC and categories of every client with revenue in the period, biggest first.

    Some hundred thousand short-lived objects and no cycles at 10 000 clients: the cycle
    collector's passes they would set off (a full one costs more than the rest) are held
    back meanwhile. (The application's collector runs on the GUI thread, ui.operations.)"""
    thresholds = thresholds or get_rules(session).thresholds
    with no_cycle_passes():
        book = rate_book(session)
        converted = converted_revenue(session, period, book)
        result = classify(client_revenues(session, period, converted, book), thresholds)
    reasons: dict[str, list[str]] = {}
    for cid, reason in session.connection().execute(  # plain rows: no ORM pass per row
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
