"""The local cache of revenue per client and month in the reporting currency (`revenue_month`,
domain.revenue_months), so that a period's revenue is its whole months read from here plus the
few days at its ends converted live, instead of every day of every client converted again.

Never synced (models.receivables.CACHE_TABLES) and never edited by hand:
- the migration that made it fills it;
- a write of invoices or credit notes remakes the rows of the clients it touched (the
  receivables cache's BEFORE_COMMIT hook, and after a sync import: services.receivables);
- the rates it was converted at are kept (cache_state `revenue_rates`); a write or an import
  that changed the rates or the reporting currency remakes the rows of the currencies
  concerned from the first day whose rate changed (`reconcile`);
- a read checks those rates against the book's and reads nothing from the cache when they
  differ (`cached_sums` returns None: the caller converts live), so a change made any other
  way never shows a wrong figure, only a slower one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kamdesk.db.dialect import has_table, raw_rows, run
from kamdesk.domain.fx import RateBook
from kamdesk.domain.reporting import ConvertedSum, DatedSum
from kamdesk.domain.revenue_months import (
    MonthSum,
    changed_from,
    month_of,
    month_sums,
    rates_state,
)
from kamdesk.services.prices.rates import rate_book

CHUNK = 500  # ids in one IN (...)
INVOICE, CREDIT_NOTE = "invoice", "credit note"
# the documents of revenue (services.clients.classification.converted_revenue): (kind, SQL)
_DAYS = (
    (
        INVOICE,
        "SELECT client_id, currency, issue_date, SUM(total_net), COUNT(*) FROM invoice "
        "WHERE deleted_at IS NULL {where} GROUP BY 1, 2, 3",
        "issue_date",
    ),
    (
        CREDIT_NOTE,
        "SELECT client_id, currency, return_date, SUM(total_net), COUNT(*) FROM sales_return "
        "WHERE deleted_at IS NULL AND invoice_id IS NOT NULL {where} GROUP BY 1, 2, 3",
        "return_date",
    ),
)


def _day_sums(conn: Connection, where: str, args: Sequence[object]) -> list[DatedSum]:
    """Invoices and credit notes (positive) per client, currency and day; `where` written
    with {day} for the document's date column."""
    out: list[DatedSum] = []
    for kind, sql, day in _DAYS:
        query = sql.format(where=where.format(day=day))
        for cid, currency, text, minor, n in run(conn, query, tuple(args)).all():
            on = date.fromisoformat(str(text)[:10])
            out.append(DatedSum(str(cid), str(currency), on, int(minor), int(n), kind))
    return out


def _insert(conn: Connection, rows: Iterable[MonthSum]) -> None:
    values = [
        (
            r.key,
            r.currency,
            r.kind,
            r.month,
            r.documents,
            r.minor,
            r.converted,
            r.unconverted,
            None if r.first is None else r.first.isoformat(),
            None if r.last is None else r.last.isoformat(),
        )
        for r in rows
    ]
    if values:
        run(
            conn,
            "INSERT INTO revenue_month (client_id, currency, kind, month, documents, amount, "
            "converted, unconverted, missing_first, missing_last) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )


def _book(conn: Connection) -> RateBook:
    """The rate book, read in the connection's transaction (the receivables cache and the
    demo work on a bare connection)."""
    with Session(bind=conn) as session:
        return rate_book(session)


def current_state(conn: Connection, book: RateBook) -> str:
    """The rates a conversion with `book` uses (domain.revenue_months.rates_state)."""
    reporting = book.reporting
    rows = run(conn, "SELECT currency, rate_date, rate FROM exchange_rate WHERE deleted_at IS NULL")
    return rates_state(reporting, ((str(c), str(d), str(r)) for c, d, r in rows))


def in_file(conn: Connection) -> bool:
    """Whether the file has the caches (one made by a development build of migration 0010
    has not: it is read live and its writes leave them be)."""
    return has_table(conn, "cache_state")


def state_of(conn: Connection, name: str) -> str | None:
    """What the cache `name` was made at (cache_state); None when it was not made."""
    if not in_file(conn):
        return None
    row = run(conn, "SELECT state FROM cache_state WHERE name = ?", (name,)).first()
    return None if row is None else str(row[0])


def _stored_state(conn: Connection) -> str | None:
    return state_of(conn, "revenue_rates")


def made(conn: Connection) -> bool:
    """Whether the cache was made (its originals count whatever the rates since)."""
    return _stored_state(conn) is not None


def _store_state(conn: Connection, state: str) -> None:
    run(
        conn,
        "INSERT INTO cache_state (name, state) VALUES ('revenue_rates', ?) "
        "ON CONFLICT (name) DO UPDATE SET state = excluded.state",
        (state,),
    )


def rebuild(conn: Connection) -> None:
    """The whole cache again from every invoice and credit note."""
    book = _book(conn)
    run(conn, "DELETE FROM revenue_month")
    _insert(conn, month_sums(book, _day_sums(conn, "", ())))
    _store_state(conn, current_state(conn, book))


def refresh(conn: Connection, client_ids: Iterable[str]) -> None:
    """These clients' rows again from their documents (after a write or an import)."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    book = _book(conn)
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        marks = ", ".join("?" * len(chunk))
        run(conn, f"DELETE FROM revenue_month WHERE client_id IN ({marks})", chunk)
        sums = _day_sums(conn, f"AND client_id IN ({marks})", chunk)
        _insert(conn, month_sums(book, sums))


def reconcile(conn: Connection) -> None:
    """After the rates or the reporting currency changed: the rows converted at other rates
    are made again (a currency's from the month of the first day whose rate changed)."""
    book = _book(conn)
    now = current_state(conn, book)
    was = _stored_state(conn)
    if was == now:
        return
    changed = changed_from(was, now)
    if changed is None:
        rebuild(conn)
        return
    for currency, day in sorted(changed.items()):
        since = day.replace(day=1)
        run(
            conn,
            "DELETE FROM revenue_month WHERE currency = ? AND month >= ?",
            (currency, month_of(since)),
        )
        sums = _day_sums(conn, "AND currency = ? AND {day} >= ?", (currency, since.isoformat()))
        _insert(conn, month_sums(book, sums))
    _store_state(conn, now)


def cached_sums(
    session: Session, first: date, last: date, book: RateBook
) -> dict[str, list[ConvertedSum]] | None:
    """The months first..last (first days of months), per kind (credit notes positive), summed
    per client and currency; None when the cache was converted at other rates than `book`'s
    (or not made). One pass over the cache; the dates of the documents left out for want of
    a rate read in a second one only when there are such documents."""
    conn = session.connection()
    stored = _stored_state(conn)
    if stored is None or stored != current_state(conn, book):
        return None
    months = (month_of(first), month_of(last))
    rows = list(
        raw_rows(
            conn,
            "SELECT client_id, currency, kind, SUM(documents), SUM(amount), SUM(converted), "
            "SUM(unconverted), NULL, NULL FROM revenue_month WHERE month >= ? AND month <= ? "
            "GROUP BY 1, 2, 3",
            months,
        )
    )
    missing = _missing_dates(conn, months) if any(row[6] for row in rows) else {}
    invoices: list[ConvertedSum] = []
    notes: list[ConvertedSum] = []
    make = tuple.__new__  # ConvertedSum's fields in its order, without the per-field call
    for row in rows:
        if row[6]:  # documents without a rate: their dates
            row = (*row[:7], *missing.get(row[:3], (None, None)))
        (invoices if row[2] == INVOICE else notes).append(make(ConvertedSum, row))
    return {INVOICE: invoices, CREDIT_NOTE: notes}


def _missing_dates(
    conn: Connection, months: tuple[str, str]
) -> dict[tuple[str, str, str], tuple[date | None, date | None]]:
    """(client, currency, kind) -> the first and last day of its documents without a rate."""
    out: dict[tuple[str, str, str], tuple[date | None, date | None]] = {}
    for cid, currency, kind, since, until in run(
        conn,
        "SELECT client_id, currency, kind, MIN(missing_first), MAX(missing_last) "
        "FROM revenue_month WHERE month >= ? AND month <= ? AND unconverted > 0 "
        "GROUP BY 1, 2, 3",
        months,
    ):
        out[(cid, currency, kind)] = (
            None if since is None else date.fromisoformat(since),
            None if until is None else date.fromisoformat(until),
        )
    return out
