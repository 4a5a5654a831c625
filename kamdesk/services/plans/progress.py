"""Each client's plan for a period against its actual (kamdesk.domain.plans for the rules).

Actual is the key-client report's revenue: invoices net of VAT dated in the period, less the
credit notes of returned invoiced goods dated in it (services.clients.classification), counted
up to the day asked about. A client's plan and actual are in the plan's currency: documents in
that currency count as they are; one in another currency at the rate of its own date (none on
or before it: left out and named in a warning). The plan for new clients is in the reporting
currency, against the revenue (converted_revenue) of the clients whose first invoice falls in
the plan's year. A handful of grouped queries whatever the number of clients.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import itemgetter

from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids, json_values, run
from kamdesk.domain.fx import MissingRate, RateBook
from kamdesk.domain.money import ZERO, from_minor, round_money
from kamdesk.domain.plans import PlanPeriod, Progress, progress
from kamdesk.domain.reporting import Converted, DatedSum
from kamdesk.messages import ngettext
from kamdesk.services.clients.classification import RevenueSums
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import IN_CHUNK

# the documents of the actual, one row each: client, currency, day, net (credit notes negative)
_DOCUMENTS = (
    "SELECT client_id, currency, issue_date AS day, total_net AS net FROM invoice "
    "WHERE deleted_at IS NULL AND issue_date >= :start AND issue_date <= :end "
    "UNION ALL SELECT client_id, currency, return_date, -total_net FROM sales_return "
    "WHERE deleted_at IS NULL AND invoice_id IS NOT NULL "
    "AND return_date >= :start AND return_date <= :end"
)


@dataclass(frozen=True)
class ClientPlan:
    client_id: str
    name: str
    currency: str
    progress: Progress


@dataclass(frozen=True)
class PlanReport:
    """The period's plans against actual at `today`: the clients with a plan, by name, and
    the plan for new clients in total (plan 0 when there is none)."""

    period: PlanPeriod
    today: date
    reporting: str
    clients: tuple[ClientPlan, ...]
    new_clients: Progress
    new_clients_planned: bool
    warnings: tuple[str, ...] = ()


def plan_sums(session: Session, period: PlanPeriod) -> dict[str, tuple[str, int]]:
    """client id -> (currency, planned minor units) of the months in the period."""
    return _plans(session, period)[0]


def _plans(
    session: Session, period: PlanPeriod
) -> tuple[dict[str, tuple[str, int]], dict[str, str]]:
    """plan_sums, and plan_currencies from the same rows (one pass over the plans)."""
    rows = run(
        session.connection(),
        "SELECT client_id, currency, SUM(amount) FROM sales_plan WHERE deleted_at IS NULL "
        "AND client_id IS NOT NULL AND period_start >= ? AND period_start <= ? "
        "GROUP BY client_id, currency",
        (period.start.isoformat(), period.end.isoformat()),
    ).all()  # fetched at once: a row at a time costs more than the sums
    out: dict[str, tuple[str, int]] = {}
    first: dict[str, str] = {}
    for cid, currency, minor in rows:
        had = out.get(cid)
        if had is None:
            out[cid], first[cid] = (currency, int(minor)), currency
        else:  # a second currency (the plan is summed across them, as ever)
            out[cid] = (currency, had[1] + int(minor))
            first[cid] = min(first[cid], currency)
    return out, first


def new_clients_plan(session: Session, period: PlanPeriod) -> int | None:
    """The planned minor units for new clients in the period; None when there is no plan."""
    total = run(
        session.connection(),
        "SELECT SUM(amount) FROM sales_plan WHERE deleted_at IS NULL AND client_id IS NULL "
        "AND period_start >= ? AND period_start <= ?",
        (period.start.isoformat(), period.end.isoformat()),
    ).scalar()
    return None if total is None else int(total)


def actual_sums(
    session: Session, start: date, end: date, client_ids: Sequence[str] | None = None
) -> dict[str, int]:
    """client id -> invoiced net less credit notes' net dated start..end, minor units, as the
    documents are (whatever their currency)."""
    out: dict[str, int] = {}
    for cid, minor in run(
        session.connection(),
        f"SELECT client_id, SUM(net) FROM ({_DOCUMENTS}) AS d GROUP BY client_id",
        {"start": start.isoformat(), "end": end.isoformat()},
    ):
        out[str(cid)] = int(minor)
    if client_ids is not None:
        wanted = set(client_ids)
        out = {c: m for c, m in out.items() if c in wanted}
    return out


def plan_currencies(session: Session, period: PlanPeriod) -> dict[str, str]:
    """client id -> the currency of its plans in the period (the first, should there be two)."""
    rows = run(
        session.connection(),
        "SELECT client_id, MIN(currency) FROM sales_plan WHERE deleted_at IS NULL "
        "AND client_id IS NOT NULL AND period_start >= ? AND period_start <= ? GROUP BY client_id",
        (period.start.isoformat(), period.end.isoformat()),
    )
    return {str(cid): str(currency) for cid, currency in rows}


def actual_in_plan_currency(
    session: Session,
    period: PlanPeriod,
    until: date,
    book: RateBook | None = None,
    targets: Mapping[str, str] | None = None,
) -> tuple[dict[str, Decimal], tuple[str, ...]]:
    """client id -> actual from the period's start to `until` in the currency of its plan
    (the clients with a plan in the period only: `targets`, client id -> the plan's currency,
    when the caller has read them), and what was left out for want of a rate.

    The documents are summed per client and currency in one grouped pass (a hash of some
    thousand groups on either dialect, not a join of every document with the plans); only
    the clients with documents in another currency than their plan's are read again, per
    day, to convert each day's sum at its own rate."""
    if until < period.start:
        return {}, ()
    if targets is None:
        targets = plan_currencies(session, period)
    days = {"start": period.start.isoformat(), "end": min(until, period.end).isoformat()}
    out: dict[str, Decimal] = {}
    foreign: set[str] = set()
    for cid, currency, minor in run(
        session.connection(),
        f"SELECT client_id, currency, SUM(net) FROM ({_DOCUMENTS}) AS d GROUP BY 1, 2",
        days,
    ).all():
        target = targets.get(str(cid))
        if target is None:
            continue  # no plan in the period
        if currency == target:
            out[str(cid)] = out.get(str(cid), ZERO) + from_minor(int(minor))
        else:
            foreign.add(str(cid))
    missing: dict[tuple[str, str], int] = {}
    if foreign:
        book = book or rate_book(session)
        _add_converted(session, days, sorted(foreign), targets, book, out, missing)
    warnings = tuple(
        ngettext(
            "{n} document in {currency} not counted in plans in {target}: no rate on or before "
            "the date; enter rates in File > Exchange rates",
            "{n} documents in {currency} not counted in plans in {target}: no rate on or before "
            "the date; enter rates in File > Exchange rates",
            n,
        ).format(n=n, currency=currency, target=target)
        for (currency, target), n in sorted(missing.items())
    )
    return out, warnings


def _add_converted(
    session: Session,
    days: Mapping[str, str],
    client_ids: Sequence[str],
    targets: Mapping[str, str],
    book: RateBook,
    out: dict[str, Decimal],
    missing: dict[tuple[str, str], int],
) -> None:
    """The documents of `client_ids` in another currency than their plan's, each day's sum at
    that day's rate, added to `out`; those without a rate counted in `missing` instead."""
    query = in_ids(
        "SELECT client_id, currency, day, SUM(net), COUNT(*) "
        f"FROM ({_DOCUMENTS}) AS d WHERE client_id IN :ids GROUP BY 1, 2, 3",
        "ids",
    )
    conn = session.connection()
    for first in range(0, len(client_ids), IN_CHUNK):
        chunk = list(client_ids[first : first + IN_CHUNK])
        for cid, currency, day, minor, documents in conn.execute(query, {**days, "ids": chunk}):
            target = targets[str(cid)]
            if currency == target:
                continue  # summed already
            try:
                on = date.fromisoformat(str(day)[:10])
                amount = book.convert(from_minor(int(minor)), currency, target, on).amount
            except MissingRate:
                missing[(currency, target)] = missing.get((currency, target), 0) + documents
                continue
            out[str(cid)] = out.get(str(cid), ZERO) + amount


def first_invoiced_in(session: Session, year: int) -> frozenset[str]:
    """The clients whose first (live) invoice is dated in `year`: the year's new clients.
    (Invoiced in the year and never before: each client's earlier invoices are looked up by
    the (client, date) index rather than every invoice grouped.)"""
    rows = run(
        session.connection(),
        "SELECT y.client_id FROM (SELECT DISTINCT client_id FROM invoice "
        "WHERE deleted_at IS NULL AND issue_date >= :first AND issue_date <= :last) AS y "
        "WHERE NOT EXISTS (SELECT 1 FROM invoice AS e WHERE e.client_id = y.client_id "
        "AND e.issue_date < :first AND e.deleted_at IS NULL)",
        {"first": date(year, 1, 1).isoformat(), "last": date(year, 12, 31).isoformat()},
    )
    return frozenset(str(cid) for (cid,) in rows)


def new_clients_actual(
    session: Session, period: PlanPeriod, until: date, book: RateBook | None = None
) -> tuple[Decimal, tuple[str, ...]]:
    """The revenue in the reporting currency from the period's start to `until` of the
    clients first invoiced in the period's year, and the warnings of its conversion."""
    if until < period.start:
        return ZERO, ()
    newcomers = first_invoiced_in(session, period.start.year)
    if not newcomers:
        return ZERO, ()
    book = book or rate_book(session)
    converted = _revenue_of(session, period.start, min(until, period.end), newcomers, book)
    total = sum((v for cid, v in converted.totals.items() if cid in newcomers), ZERO)
    left_out: dict[str, None] = {}
    for cid in sorted(newcomers & set(converted.unconverted_by_key)):
        left_out.update(dict.fromkeys(converted.key_warnings(cid)))
    return round_money(total), tuple(left_out)


def _revenue_of(
    session: Session, start: date, end: date, client_ids: frozenset[str], book: RateBook
) -> Converted:
    """converted_revenue over start..end of `client_ids` only: their documents read, summed
    per client, currency and (out of the reporting currency) day, and converted as the
    revenue cache converts them (so the same figures: services.clients.classification), the
    ids given as one JSON array rather than a bound value each."""
    conn = session.connection()
    ids = json.dumps(sorted(client_ids))
    sums: list[list[DatedSum]] = []
    for table, day, kind, which in (
        ("invoice", "issue_date", "invoice", ""),
        ("sales_return", "return_date", "credit note", "AND invoice_id IS NOT NULL "),
    ):
        rows = run(
            conn,
            f"SELECT client_id, currency, CASE WHEN currency = ? THEN NULL ELSE {day} END, "
            f"SUM(total_net), COUNT(*) FROM {table} WHERE deleted_at IS NULL {which}"
            f"AND {day} >= ? AND {day} <= ? "
            f"AND client_id IN (SELECT value FROM {json_values(conn)}) GROUP BY 1, 2, 3",
            (book.reporting, start.isoformat(), end.isoformat(), ids),
        ).all()
        parse = date.fromisoformat
        sums.append(
            [
                DatedSum(c, cur, None if on is None else parse(str(on)[:10]), int(m), n, kind)
                for c, cur, on, m, n in rows
            ]
        )
    return RevenueSums(sums[0], sums[1], [], []).revenue(book)


def _client_rows(
    session: Session, period: PlanPeriod, today: date, book: RateBook
) -> tuple[list[ClientPlan], tuple[str, ...]]:
    plans, currencies = _plans(session, period)
    actual, warnings = actual_in_plan_currency(session, period, today, book, currencies)
    # sorted by the stored sort key (name_key: domain.text.sort_key of the name, kept with it;
    # on the server its separator is U+0001, which sorts the same): no key made per client
    clients = run(
        session.connection(), "SELECT id, name, name_key FROM client WHERE deleted_at IS NULL"
    ).all()
    keyed = []
    for cid, name, key in clients:
        plan = plans.get(cid)
        if plan is None:
            continue
        done = progress(from_minor(plan[1]), actual.get(cid, ZERO), period, today)
        keyed.append((key, cid, ClientPlan(cid, name, plan[0], done)))
    keyed.sort(key=itemgetter(0, 1))
    return [row for _key, _cid, row in keyed], warnings


def plan_report(session: Session, period: PlanPeriod, today: date) -> PlanReport:
    """Plan, actual, fulfilment and forecast of every live client with a plan in the period,
    and of the plan for new clients, at `today`."""
    book = rate_book(session)
    rows, warnings = _client_rows(session, period, today, book)
    planned = new_clients_plan(session, period)
    new_actual, new_warnings = new_clients_actual(session, period, today, book)
    return PlanReport(
        period=period,
        today=today,
        reporting=book.reporting,
        clients=tuple(rows),
        new_clients=progress(from_minor(planned or 0), new_actual, period, today),
        new_clients_planned=planned is not None,
        warnings=warnings + new_warnings,
    )


def client_progress(session: Session, period: PlanPeriod, today: date) -> list[ClientPlan]:
    """Every live client with a plan in the period, by name (new clients: plan_report)."""
    return _client_rows(session, period, today, rate_book(session))[0]


def total(rows: Sequence[ClientPlan]) -> Decimal:
    return sum((r.progress.plan for r in rows), ZERO)
