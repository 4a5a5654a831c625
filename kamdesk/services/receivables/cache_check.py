"""Whether the receivables cache is what the ledger gives (`check`, `check --repair`), cheaply.

The ledger's rule (kamdesk.domain.receivables.settle) applies credit notes, then allocations in
posting order, each only up to what its invoice still asks and its payment still holds; what
would go over is an excess. When nothing goes over, the order does not matter and the figures
are plain sums: an invoice's open amount is its gross less its notes and standing allocations,
the client's credit its standing payments less its standing allocations. `stale_by_sums` adds
them up from plain rows (integers, no Decimal, no dated entries sorted) for every client whose
ledger is such sums (every amount a whole number of minor units, not below zero; every date one
Python reads; every note and allocation on a live invoice of the same client; no invoice paid
below zero, no payment spent beyond what it holds; the cache's figures whole numbers) and
compares them with the cache as sets of rows, as the rule's comparison does. The other clients
(doubted) are read again by the ledger's own rule (`stale_by_ledger`): the answer is the same.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from kamdesk.db.dialect import is_sqlite, raw_rows
from kamdesk.services.receivables.ledger_rows import IN_CHUNK, load_ledgers


def _amount(column: str, sqlite: bool) -> str:
    if not sqlite:  # BIGINT on the server: a whole number whatever was written
        return f"({column} >= 0)"
    return f"(typeof({column}) = 'integer' AND {column} >= 0)"


def _day(column: str, sqlite: bool) -> str:
    """An ISO date SQLite writes back as it is, a day of its month (so date.fromisoformat
    reads it too; date() alone keeps a 30 February, a day added moves it). On the server: the
    ISO form (what kamdesk writes there, kamdesk.models.base.ISODate)."""
    if not sqlite:
        return f"({column} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$')"
    return f"({column} >= '0001' AND date({column}, '+0 days') IS {column})"


def _statements(sqlite: bool) -> tuple[str, str, str, str, str]:
    """The ledger's entries as load_ledgers reads them, the amount None where the sums do not
    vouch for the entry (not a whole number from 0 up, or a date Python might not read):
    invoices, payments, allocations, reversals, credit notes."""

    def amount(column: str) -> str:
        return _amount(column, sqlite)

    def day(column: str) -> str:
        return _day(column, sqlite)

    return (
        f"SELECT id, client_id, CASE WHEN {amount('total_gross')} AND {day('issue_date')} AND "
        f"{day('due_date')} THEN total_gross END FROM invoice WHERE deleted_at IS NULL",
        f"SELECT id, client_id, reverses_id, CASE WHEN {amount('amount')} AND "
        f"{day('payment_date')} THEN amount END FROM payment WHERE deleted_at IS NULL",
        f"SELECT id, client_id, payment_id, invoice_id, CASE WHEN {amount('amount')} AND "
        f"{day('allocated_on')} THEN amount END FROM payment_allocation WHERE deleted_at IS NULL",
        f"SELECT allocation_id, client_id, {day('reversed_on')} FROM allocation_reversal "
        "WHERE deleted_at IS NULL",
        f"SELECT invoice_id, client_id, CASE WHEN {amount('total_gross')} AND "
        f"{day('return_date')} THEN total_gross END FROM sales_return "
        "WHERE invoice_id IS NOT NULL AND deleted_at IS NULL",
    )


_LAPTOP, _SERVER = _statements(sqlite=True), _statements(sqlite=False)


@dataclass
class _Sums:
    """The ledger added up: what SQL read of it, client by client, invoice by invoice."""

    owner: dict[str, str] = field(default_factory=dict)  # invoice -> its client
    left: dict[str, int] = field(default_factory=dict)  # invoice -> what it still asks
    payer: dict[str, str] = field(default_factory=dict)  # standing payment -> its client
    holds: dict[str, int] = field(default_factory=dict)  # standing payment -> what it holds
    received: dict[str, int] = field(default_factory=dict)  # client -> its standing payments
    spent: dict[str, int] = field(default_factory=dict)  # client -> its standing allocations
    doubted: set[str] = field(default_factory=set)


def _all(conn: Connection, sql: str) -> list[Any]:
    rows: list[Any] = conn.connection.driver_connection.execute(sql).fetchall()  # type: ignore[union-attr]
    return rows


def _add_up(conn: Connection) -> _Sums:
    sums = _Sums()
    doubted = sums.doubted
    invoices, payments, allocations, reversals, notes = _LAPTOP if is_sqlite(conn) else _SERVER
    rows = _all(conn, invoices)
    sums.owner = owner = {iid: cid for iid, cid, _gross in rows}
    sums.left = left = {iid: gross or 0 for iid, _cid, gross in rows}
    doubted.update(cid for _iid, cid, gross in rows if gross is None)
    for iid, cid, amount in _all(conn, notes):
        if amount is None or owner.get(iid) != cid:
            doubted.add(cid)
        else:
            left[iid] -= amount
    undone = set()
    for aid, cid, ok in _all(conn, reversals):
        undone.add((aid, cid))
        sums.received.setdefault(cid, 0)  # in the ledger
        if not ok:
            doubted.add(cid)
    rows = _all(conn, payments)
    doubted.update(cid for _pid, cid, _undoes, amount in rows if amount is None)
    standing = [row for row in rows if row[2] is None and row[3] is not None]
    sums.payer = payer = {pid: cid for pid, cid, _undoes, _amount in standing}
    sums.holds = holds = {pid: amount for pid, _cid, _undoes, amount in standing}
    for _pid, cid, undoes, amount in rows:
        if undoes is not None and amount is not None and payer.get(undoes) == cid:
            holds[undoes] = 0  # an undone payment holds nothing
    received = sums.received
    received.update(dict.fromkeys((cid for _pid, cid, _undoes, _amount in rows), 0))
    for pid, amount in holds.items():
        received[payer[pid]] += amount
    spent = sums.spent
    for aid, cid, pid, iid, amount in _all(conn, allocations):
        if amount is None or owner.get(iid) != cid:
            doubted.add(cid)
        elif not undone or (aid, cid) not in undone:
            left[iid] -= amount
            spent[cid] = spent.get(cid, 0) + amount
            if payer.get(pid) == cid:
                holds[pid] -= amount
            continue
        spent.setdefault(cid, 0)  # in the ledger
    doubted.update(owner[iid] for iid, x in left.items() if x < 0)
    doubted.update(payer[pid] for pid, x in holds.items() if x < 0)
    return sums


def stale_by_sums(conn: Connection) -> tuple[set[str], set[str]]:
    """(the clients whose cached figures differ from their ledger, the clients the plain sums
    cannot vouch for either way): the first part of `stale`."""
    sums = _add_up(conn)
    doubted = sums.doubted
    open_total = dict.fromkeys((*sums.received, *sums.spent), 0)
    want_open: set[tuple[str, str, int]] = set()
    for iid, x in sums.left.items():
        cid = sums.owner[iid]
        open_total[cid] = open_total.get(cid, 0) + x
        if x > 0:
            want_open.add((cid, iid, x))
    want_balance: set[tuple[str, int, int, int]] = set()
    for cid, total in open_total.items():
        credit = sums.received.get(cid, 0) - sums.spent.get(cid, 0)
        want_balance.add((cid, total - credit, total, credit))
    kept_open: set[tuple[str, str, int]] = set()
    kept = "SELECT client_id, invoice_id, open_amount FROM invoice_open"
    for cid, iid, x in raw_rows(conn, kept):
        if type(x) is not int:
            doubted.add(str(cid))
        kept_open.add((str(cid), str(iid), x))
    kept_balance: set[tuple[str, int, int, int]] = set()
    for row in raw_rows(conn, "SELECT client_id, balance, open_amount, credit FROM client_balance"):
        if any(type(x) is not int for x in row[1:]):
            doubted.add(str(row[0]))
        kept_balance.add((str(row[0]), *row[1:]))
    wrong = {row[0] for row in kept_open ^ want_open}
    wrong.update(row[0] for row in kept_balance ^ want_balance)
    return wrong - doubted, doubted


def _chunks(ids: list[str] | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(a WHERE on client_id, its arguments): every row, or these clients' a chunk at a time."""
    if ids is None:
        yield "", ()
        return
    for at in range(0, len(ids), IN_CHUNK):
        chunk = tuple(ids[at : at + IN_CHUNK])
        yield f" WHERE client_id IN ({', '.join('?' * len(chunk))})", chunk


def stale_by_ledger(conn: Connection, client_ids: Sequence[str] | None = None) -> set[str]:
    """Of these clients (every one when None), those whose cached figures differ from what the
    ledger's own rule gives, client by client in Python."""
    ids = None if client_ids is None else sorted(set(client_ids))
    cached_open: set[tuple[str, str, int]] = set()
    cached_balance: set[tuple[str, int, int, int]] = set()
    for where, args in _chunks(ids):
        kept = f"SELECT client_id, invoice_id, open_amount FROM invoice_open{where}"
        cached_open.update((str(c), str(i), int(a)) for c, i, a in raw_rows(conn, kept, args))
        kept = f"SELECT client_id, balance, open_amount, credit FROM client_balance{where}"
        cached_balance.update(
            (str(c), int(b), int(o), int(cr)) for c, b, o, cr in raw_rows(conn, kept, args)
        )
    want_open: set[tuple[str, str, int]] = set()
    want_balance: set[tuple[str, int, int, int]] = set()
    ledgers = load_ledgers(conn, ids) if ids is None or ids else {}
    for client_id, ledger in ledgers.items():
        settled = ledger.settle()
        want_open.update((client_id, i, int(a)) for i, a in settled.open.items() if a > 0)
        want_balance.add(
            (client_id, int(settled.balance), int(settled.open_total), int(settled.credit))
        )
    wrong = {row[0] for row in cached_open ^ want_open}
    wrong.update(row[0] for row in cached_balance ^ want_balance)
    return wrong
