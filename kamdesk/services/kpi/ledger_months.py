"""The local cache of receivable money by the month it took effect (`ledger_month`), which the
dashboard's receivables trend (services.kpi.receivables) takes back from today's open amounts
instead of grouping a year of allocations, each joined to its invoice, at every read.

A row is what services.kpi.receivables.ledger_sums reads live, summed by the month of the entry
(rather than only after a given month end): invoices' gross (negative), the allocations still
standing, the allocations undone (with the month they were made) and credit notes, each by
its invoice's currency and due date. Rows of a month depend only on the entries of that
month and on the invoices and reversals they refer to, so a write remakes the months from the
earliest one its records (and what refers to them) are dated in; usually the current month.

Never synced (models.receivables.CACHE_TABLES): made by the migration, remade with every ledger
write (the receivables cache's hook) and import (services.receivables.merged), and with the
whole receivables cache (`rebuild`). Read only once made (cache_state `ledger_month`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection

from kamdesk.db.dialect import run
from kamdesk.services.kpi.revenue_cache import state_of

CHUNK = 500
EVERYTHING = "0000-01"
STATE = "ledger_month"

# by the month of each entry dated from the first day of a month on; the same sums as
# services.kpi.receivables._AFTER (month, kind, currency, due date, made in, minor units)
MONTHS = (
    "SELECT substr(i.issue_date, 1, 7), 'invoice', i.currency, i.due_date, '', "
    "-SUM(i.total_gross) FROM invoice i WHERE i.deleted_at IS NULL AND i.issue_date >= ? "
    "GROUP BY 1, 3, 4",
    "SELECT substr(a.allocated_on, 1, 7), 'allocation', i.currency, i.due_date, '', "
    "SUM(a.amount) FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id "
    "WHERE a.deleted_at IS NULL AND i.deleted_at IS NULL AND a.allocated_on >= ? "
    "AND NOT EXISTS (SELECT 1 FROM allocation_reversal r WHERE r.allocation_id = a.id "
    "AND r.deleted_at IS NULL) GROUP BY 1, 3, 4",
    "SELECT substr(r.reversed_on, 1, 7), 'reversal', i.currency, i.due_date, "
    "substr(a.allocated_on, 1, 7), -SUM(a.amount) FROM allocation_reversal r "
    "JOIN payment_allocation a ON a.id = r.allocation_id JOIN invoice i ON i.id = a.invoice_id "
    "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND i.deleted_at IS NULL "
    "AND r.reversed_on >= ? GROUP BY 1, 3, 4, 5",
    "SELECT substr(n.return_date, 1, 7), 'credit note', i.currency, i.due_date, '', "
    "SUM(n.total_gross) FROM sales_return n JOIN invoice i ON i.id = n.invoice_id "
    "WHERE n.deleted_at IS NULL AND i.deleted_at IS NULL AND n.return_date >= ? "
    "GROUP BY 1, 3, 4",
)

# the months a record's change can move: its own date and those of the entries that refer to
# it (an invoice deleted takes its allocations and credit notes out of their months)
_DATED = {
    "invoice": (
        "SELECT MIN(substr(issue_date, 1, 7)) FROM invoice WHERE id IN ({ids})",
        "SELECT MIN(substr(allocated_on, 1, 7)) FROM payment_allocation "
        "WHERE invoice_id IN ({ids})",
        "SELECT MIN(substr(return_date, 1, 7)) FROM sales_return WHERE invoice_id IN ({ids})",
    ),
    "payment": (
        "SELECT MIN(substr(allocated_on, 1, 7)) FROM payment_allocation "
        "WHERE payment_id IN ({ids})",
    ),
    "payment_allocation": (
        "SELECT MIN(substr(allocated_on, 1, 7)) FROM payment_allocation WHERE id IN ({ids})",
        "SELECT MIN(substr(reversed_on, 1, 7)) FROM allocation_reversal "
        "WHERE allocation_id IN ({ids}) AND deleted_at IS NULL",
    ),
    "allocation_reversal": (
        "SELECT MIN(substr(reversed_on, 1, 7)) FROM allocation_reversal WHERE id IN ({ids})",
        "SELECT MIN(substr(a.allocated_on, 1, 7)) FROM allocation_reversal r "
        "JOIN payment_allocation a ON a.id = r.allocation_id WHERE r.id IN ({ids})",
    ),
    "sales_return": (
        "SELECT MIN(substr(return_date, 1, 7)) FROM sales_return WHERE id IN ({ids})",
    ),
}
_OLD_DATES = ("issue_date", "allocated_on", "reversed_on", "return_date")


def made(conn: Connection) -> bool:
    return state_of(conn, STATE) is not None


def remake_from(conn: Connection, month: str) -> None:
    """The rows of `month` ("YYYY-MM") and after, again from the ledger."""
    run(conn, "DELETE FROM ledger_month WHERE month >= ?", (month,))
    first = f"{month}-01"
    rows = [tuple(r) for sql in MONTHS for r in run(conn, sql, (first,)).all()]
    if rows:
        run(
            conn,
            "INSERT INTO ledger_month (month, kind, currency, due_date, since, amount) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    run(
        conn,
        "INSERT INTO cache_state (name, state) VALUES (?, 'made') "
        "ON CONFLICT (name) DO UPDATE SET state = excluded.state",
        (STATE,),
    )


def rebuild(conn: Connection) -> None:
    remake_from(conn, EVERYTHING)


def earliest(conn: Connection, records: Mapping[str, Iterable[str]]) -> str | None:
    """The first month the records (by table) or the entries referring to them are dated in."""
    months: list[str] = []
    for table, ids in records.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = tuple(ordered[start : start + CHUNK])
            marks = ", ".join("?" * len(chunk))
            for sql in _DATED.get(table, ()):
                found = run(conn, sql.format(ids=marks), chunk).scalar()
                if found:
                    months.append(str(found))
    return min(months) if months else None


def refresh(
    conn: Connection, records: Mapping[str, Iterable[str]], old: Sequence[str] = ()
) -> None:
    """After a write or an import of these ledger records (by table; `old`: the months their
    earlier versions were dated in): the months they move, remade."""
    found = [m for m in (earliest(conn, records), *old) if m]
    if found:
        remake_from(conn, min(found))


def refresh_marked(conn: Connection, tables: Iterable[str]) -> None:
    """The same for the records of `tables` this unit of work wrote (the sync triggers' marks,
    old values included)."""
    names = sorted(tables)
    marks = ", ".join("?" * len(names))
    records: dict[str, set[str]] = {}
    old: list[str] = []
    for entity, record_id, before in run(
        conn,
        f"SELECT entity, record_id, old FROM sync_dirty WHERE entity IN ({marks})",
        tuple(names),
    ):
        records.setdefault(str(entity), set()).add(str(record_id))
        if before:
            values = json.loads(before)
            old += [str(values[k])[:7] for k in _OLD_DATES if values.get(k)]
    if records:
        refresh(conn, records, old)
