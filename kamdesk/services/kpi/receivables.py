"""Receivables on the dashboard: the overdue share now, the aging buckets, and the overdue share
at each of the last twelve month ends, all in the reporting currency.

Now: the cache of open amounts (invoice_open), so no history is rescanned. Each client's open
invoices count as receivables (its unallocated credit is not netted against them) and what is
past due as overdue.

The trend at past month ends cannot read the cache alone (it only knows today), and replaying
each client's ledger would cost a pass per client. Instead it starts from the cache and takes
back what happened after each month end M, read by the database in a few grouped queries
(by currency, month and due date) over the entries dated after the trend's first month end
only, so the work grows with the window, not with the years of history:
- open today (the cache): counts at every M;
- an invoice issued after M: its gross did not count yet;
- an allocation made after M and still standing: it had not paid anything yet;
- an allocation reversed after M: it had paid at M if made by then;
- a credit note dated after M: it had not lowered its invoice yet.
Each is overdue at M when its invoice was due before M. domain.kpi.receivables_at_month_ends
adds them up at each month end (exact at month ends: see there) and each currency is converted
at that month end's rate. (Open amounts are not clamped at zero invoice by invoice in the
past: an allocation merged beyond its invoice moves the past totals by its excess.) The sums
by month are read from their local cache (services.kpi.ledger_months) once it is made, a few
thousand rows instead of a year of allocations each joined to its invoice.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.kpi import (
    DOWN,
    SHARE,
    Figure,
    LedgerSum,
    TrendPoint,
    contributions,
    month_end,
    month_key,
    receivables_at_month_ends,
    share,
)
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.receivables import BUCKETS, bucket
from kamdesk.domain.reporting import Converter
from kamdesk.services.kpi import ledger_months

_EVER = "0000-00"  # a month before any other: "counts at every month end"
_AFTER = (
    # open today, by due date
    "SELECT o.currency, NULL, o.due_date, NULL, SUM(o.open_amount) FROM invoice_open o "
    "GROUP BY 1, 3",
    # invoices issued after the first month end: not open before their month
    "SELECT i.currency, NULL, i.due_date, substr(i.issue_date, 1, 7), -SUM(i.total_gross) "
    "FROM invoice i WHERE i.deleted_at IS NULL AND i.issue_date > ? GROUP BY 1, 3, 4",
    # allocations still standing made after it: had not paid before their month
    "SELECT i.currency, NULL, i.due_date, substr(a.allocated_on, 1, 7), SUM(a.amount) "
    "FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id "
    "WHERE a.deleted_at IS NULL AND i.deleted_at IS NULL AND a.allocated_on > ? "
    "AND NOT EXISTS (SELECT 1 FROM allocation_reversal r WHERE r.allocation_id = a.id "
    "AND r.deleted_at IS NULL) GROUP BY 1, 3, 4",
    # allocations reversed after it: paid from their month until the reversal's
    "SELECT i.currency, substr(a.allocated_on, 1, 7), i.due_date, substr(r.reversed_on, 1, 7), "
    "-SUM(a.amount) FROM allocation_reversal r JOIN payment_allocation a "
    "ON a.id = r.allocation_id JOIN invoice i ON i.id = a.invoice_id "
    "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND i.deleted_at IS NULL "
    "AND r.reversed_on > ? GROUP BY 1, 2, 3, 4",
    # credit notes dated after it: had not lowered their invoice before their month
    "SELECT i.currency, NULL, i.due_date, substr(n.return_date, 1, 7), SUM(n.total_gross) "
    "FROM sales_return n JOIN invoice i ON i.id = n.invoice_id "
    "WHERE n.deleted_at IS NULL AND i.deleted_at IS NULL AND n.return_date > ? "
    "GROUP BY 1, 3, 4",
)


# the same sums by month, from the local cache (services.kpi.ledger_months)
_CACHED = (
    "SELECT currency, NULLIF(since, ''), due_date, month, SUM(amount) FROM ledger_month "
    "WHERE month > ? GROUP BY 1, 2, 3, 4"
)


def _queries(conn: Connection, since: date, cached: bool) -> list[tuple[str, tuple[str, ...]]]:
    """What to read: after a month end, from the cache of the ledger by month once made."""
    if cached and since == month_end(since) and ledger_months.made(conn):
        return [(_AFTER[0], ()), (_CACHED, (month_key(since),))]
    return [(sql, (since.isoformat(),) if "?" in sql else ()) for sql in _AFTER]


def ledger_sums(session: Session, since: date, *, cached: bool = True) -> list[LedgerSum]:
    """Today's open money and what changed it after `since` (a month end), summed by
    currency, month and due date (see the module); `cached`: from services.kpi.ledger_months
    when it can."""
    conn = session.connection()
    overdue_from: dict[str, str] = {}  # due date -> month of the day after
    out: list[LedgerSum] = []
    for sql, args in _queries(conn, since, cached):
        for currency, on, due, until, minor in run(conn, sql, args).all():
            late = overdue_from.get(due)
            if late is None:
                late = overdue_from[due] = month_key(date.fromisoformat(due) + timedelta(days=1))
            out.append(
                LedgerSum(
                    str(currency),
                    _EVER if on is None else str(on),
                    late,
                    None if until is None else str(until),
                    int(minor),
                )
            )
    return out


def past_points(session: Session, days: list[date], converter: Converter) -> list[TrendPoint]:
    """Receivables and their overdue part at each month end of `days`, in the reporting
    currency at each day's rate (a currency without a rate that day is left out and warned)."""
    if not days:
        return []
    sums = ledger_sums(session, days[0])
    points = []
    for at in receivables_at_month_ends(days, sums):
        total = overdue = 0
        for currency, minor in at.open.items():
            value = converter.convert_minor(minor, currency, at.day, "invoice")
            if value is None:
                continue
            total += value
            late = converter.convert_minor(at.overdue.get(currency, 0), currency, at.day, "invoice")
            overdue += late or 0
        points.append(TrendPoint(at.day, from_minor(total), from_minor(overdue)))
    return points


_OPEN = (
    "SELECT o.client_id, o.currency, o.due_date, SUM(o.open_amount) FROM invoice_open o "
    "WHERE o.open_amount > 0 GROUP BY 1, 2, 3"
)


def receivables_now(
    session: Session, today: date, converter: Converter, names: dict[str, str]
) -> tuple[Figure, dict[str, Decimal], TrendPoint]:
    """The overdue share of receivables today with the clients whose money is overdue, the
    open money by aging bucket (domain.receivables.bucket), and today's point of the trend.

    Read from the cache of open amounts, as services.receivables.aging.aging_report does at
    today, but summed by the database per client, currency and due date, and without the
    credit the aging report stands against "current": receivables here are the open invoices."""
    sums: dict[tuple[str, str, str], int] = {}  # (client, currency, bucket) -> minor
    for cid, currency, due, minor in run(session.connection(), _OPEN):
        if cid not in names:
            continue
        key = (str(cid), str(currency), bucket((today - date.fromisoformat(due)).days))
        sums[key] = sums.get(key, 0) + int(minor)
    buckets_minor = dict.fromkeys(BUCKETS, 0)
    late_minor: dict[str, int] = {}
    for (cid, currency, age), minor in sums.items():
        value = converter.convert_minor(minor, currency, today, "invoice")
        if value is None:
            continue
        buckets_minor[age] += value
        if age != "current":
            late_minor[cid] = late_minor.get(cid, 0) + value
    buckets = {b: from_minor(v) for b, v in buckets_minor.items()}
    overdue = {cid: from_minor(v) for cid, v in late_minor.items()}
    total = sum(buckets.values(), ZERO)
    late_total = sum(overdue.values(), ZERO)
    figure = Figure(
        key="overdue",
        value=share(late_total, total),
        previous=None,
        unit=SHARE,
        better=DOWN,
        clients=contributions(overdue, names, whole=late_total),
        parts=(("overdue", late_total), ("receivables", total)),
    )
    return figure, buckets, TrendPoint(today, total, late_total)


def overdue_trend(
    session: Session, days: list[date], now: TrendPoint, ago: date, converter: Converter
) -> tuple[list[TrendPoint], TrendPoint]:
    """The points at the month ends before today, then today's (from the cache); and the
    point at the month end `ago` (a year before) to compare with, from the same pass."""
    past = sorted({d for d in days if month_key(d) < month_key(now.day)} | {ago})
    points = past_points(session, past, converter)
    then = next(p for p in points if p.day == ago)
    wanted = set(days)
    return [*(p for p in points if p.day in wanted), now], then
