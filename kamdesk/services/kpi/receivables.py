"""Receivables on the dashboard: the overdue share now, the aging buckets, and the overdue share
at each of the last twelve month ends, all in the reporting currency.

Now: the cache of open amounts (invoice_open), so no history is rescanned. Each client's open
invoices count as receivables (its unallocated credit is not netted against them) and what is
past due as overdue.

The trend at past month ends cannot read the cache (it only knows today), and replaying each
client's ledger would cost a pass per client. Instead the database sums the ledger once per
table, grouped by currency and by months only:
- invoices: + gross, counted from the month of issue, overdue from the month of the day after
  the due date;
- allocations: - amount, counted from the month allocated until the month of their reversal
  (if any), overdue from their invoice's month as above;
- credit notes against an invoice: - gross, from the month of the note.
domain.kpi.receivables_at_month_ends adds these up at each month end (exact at month ends: see
there) and each currency is converted at that month end's rate. Three grouped scans whatever the
number of clients; the result is a few hundred rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.kpi import (
    DOWN,
    SHARE,
    Figure,
    LedgerSum,
    TrendPoint,
    contributions,
    month_key,
    receivables_at_month_ends,
    share,
)
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.receivables import BUCKETS, bucket
from kamdesk.domain.reporting import Converter

_DUE_MONTH = "strftime('%Y-%m', i.due_date, '+1 day')"
_SUMS = (
    # invoices
    "SELECT i.currency, substr(i.issue_date, 1, 7), " + _DUE_MONTH + ", NULL, "
    "SUM(i.total_gross) FROM invoice i WHERE i.deleted_at IS NULL AND i.issue_date <= ? "
    "GROUP BY 1, 2, 3",
    # allocations, with the month of their reversal
    "SELECT i.currency, substr(a.allocated_on, 1, 7), " + _DUE_MONTH + ", "
    "substr(r.reversed_on, 1, 7), -SUM(a.amount) FROM payment_allocation a "
    "JOIN invoice i ON i.id = a.invoice_id "
    "LEFT JOIN allocation_reversal r ON r.allocation_id = a.id AND r.deleted_at IS NULL "
    "WHERE a.deleted_at IS NULL AND i.deleted_at IS NULL AND a.allocated_on <= ? "
    "GROUP BY 1, 2, 3, 4",
    # credit notes against an invoice
    "SELECT i.currency, substr(n.return_date, 1, 7), " + _DUE_MONTH + ", NULL, "
    "-SUM(n.total_gross) FROM sales_return n JOIN invoice i ON i.id = n.invoice_id "
    "WHERE n.deleted_at IS NULL AND i.deleted_at IS NULL AND n.return_date <= ? "
    "GROUP BY 1, 2, 3",
)


def ledger_sums(session: Session, until: date) -> list[LedgerSum]:
    """The receivables ledger up to `until` summed by currency and month (see the module)."""
    conn = session.connection()
    out: list[LedgerSum] = []
    for sql in _SUMS:
        for currency, on, overdue_from, reversed_in, minor in conn.exec_driver_sql(
            sql, (until.isoformat(),)
        ):
            until_month = None if reversed_in is None else str(reversed_in)
            out.append(
                LedgerSum(str(currency), str(on), str(overdue_from), until_month, int(minor))
            )
    return out


def past_points(session: Session, days: list[date], converter: Converter) -> list[TrendPoint]:
    """Receivables and their overdue part at each month end of `days`, in the reporting
    currency at each day's rate (a currency without a rate that day is left out and warned)."""
    if not days:
        return []
    sums = ledger_sums(session, days[-1])
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
    for cid, currency, due, minor in session.connection().exec_driver_sql(_OPEN):
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
