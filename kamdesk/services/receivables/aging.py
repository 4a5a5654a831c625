"""Aging of receivables for every client at a date: the balance and how late its open money is.

At today or later it reads the cache of open amounts (services.receivables.cache), a row per
open invoice, so it does not rescan the history; at an earlier date it reads the ledger as it
stood that day (entries dated up to it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.fx import MissingRate, RateBook
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.receivables import BUCKETS, OpenInvoice, aging
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.receivables.ledger_rows import IN_CHUNK, in_money, load_ledgers


@dataclass(frozen=True)
class AgingRow:
    """One client: balance (below zero in credit), its open money by bucket (the client's
    unallocated credit stands against "current", so the buckets add up to the balance)."""

    client_id: str
    name: str
    currency: str
    balance: Decimal
    buckets: dict[str, Decimal]
    oldest_overdue_days: int | None
    credit: Decimal = ZERO

    @property
    def overdue(self) -> Decimal:
        return sum((self.buckets[b] for b in BUCKETS[1:]), ZERO)


def _names(conn: Connection, client_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(name, currency) of each live client."""
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(client_ids), IN_CHUNK):
        chunk = tuple(client_ids[start : start + IN_CHUNK])
        marks = ", ".join("?" * len(chunk))
        for cid, name, cur in run(
            conn,
            f"SELECT id, name, currency FROM client WHERE deleted_at IS NULL AND id IN ({marks})",
            chunk,
        ):
            out[str(cid)] = (str(name), str(cur))
    return out


def _from_cache(conn: Connection, at: date) -> dict[str, tuple[list[OpenInvoice], Decimal]]:
    found: dict[str, tuple[list[OpenInvoice], Decimal]] = {}
    for cid, credit in run(
        conn, "SELECT client_id, credit FROM client_balance WHERE balance <> 0 OR credit <> 0"
    ):
        found[str(cid)] = ([], from_minor(int(credit)))
    day = date.fromisoformat
    for cid, iid, due, amount in run(
        conn, "SELECT client_id, invoice_id, due_date, open_amount FROM invoice_open"
    ):
        entry = found.setdefault(str(cid), ([], ZERO))
        entry[0].append(OpenInvoice(str(iid), "", day(due), day(due), from_minor(int(amount))))
    return found


def _from_ledger(
    conn: Connection, at: date, client_ids: Sequence[str] | None
) -> dict[str, tuple[list[OpenInvoice], Decimal]]:
    found: dict[str, tuple[list[OpenInvoice], Decimal]] = {}
    for cid, ledger in load_ledgers(conn, client_ids, until=at).items():
        money = in_money(ledger)
        settled = money.settle()
        found[cid] = (money.open_invoices(), settled.credit)
    return found


def aging_report(
    session: Session,
    at: date,
    *,
    today: date,
    client_ids: Sequence[str] | None = None,
    book: RateBook | None = None,
) -> list[AgingRow]:
    """Every client with a non-zero balance at `at`, the biggest balance first (compared in
    the reporting currency at `at` where a rate is known, else as it stands)."""
    conn = session.connection()
    if at >= today and client_ids is None:
        found = _from_cache(conn, at)
    else:
        found = _from_ledger(conn, at, client_ids)
    names = _names(conn, sorted(found))
    rows = []
    for cid, (invoices, credit) in found.items():
        if cid not in names:
            continue
        result = aging(invoices, at, credit)
        if result.total == 0:
            continue  # settled: open invoices matched by credit are no balance
        name, currency = names[cid]
        rows.append(
            AgingRow(
                cid,
                name,
                currency,
                result.total,
                result.buckets,
                result.oldest_overdue_days,
                credit,
            )
        )
    factors = _factors(book or rate_book(session), {r.currency for r in rows}, at)
    rows.sort(key=lambda r: (-r.balance * factors[r.currency], r.name.casefold(), r.client_id))
    return rows


def _factors(book: RateBook, currencies: set[str], at: date) -> dict[str, Decimal]:
    """Each currency's factor to the reporting currency at `at` (1 without a rate): balances
    are compared as they are worth, one rate lookup per currency."""
    out = {}
    for currency in currencies:
        try:
            out[currency] = book.convert(Decimal(1), currency, book.reporting, at).factor
        except MissingRate:
            out[currency] = Decimal(1)
    return out
