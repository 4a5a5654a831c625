"""The local cache of what is open: `invoice_open` (each invoice with something unpaid, and how
much) and `client_balance` (each client's balance, unallocated credit and merge excess).

Never synced and never edited by hand: recomputed from the ledger for the clients a write
touched (`refresh`, after every ledger write and every sync import) or for all (`rebuild`, by
the migration that made it and by `check --repair`). Aging and Today's overdue block read it
instead of the history, so they do not rescan years of invoices and payments.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.receivables import Excess, Ledger
from kamdesk.services.kpi import ledger_months, revenue_cache
from kamdesk.services.receivables.cache_check import stale_by_ledger, stale_by_sums
from kamdesk.services.receivables.ledger_rows import IN_CHUNK, load_ledgers
from kamdesk.services.receivables.legacy import allocate_named

LEDGER_TABLES = frozenset(
    {"invoice", "payment", "payment_allocation", "allocation_reversal", "sales_return"}
)


@dataclass(frozen=True)
class ClientExcess:
    """A client whose ledger puts more on an invoice than it asked (minor units)."""

    client_id: str
    excess: tuple[Excess, ...]


def _currencies(conn: Connection, client_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(client_ids), IN_CHUNK):
        chunk = tuple(client_ids[start : start + IN_CHUNK])
        marks = ", ".join("?" * len(chunk))
        out.update(
            (str(cid), str(cur))
            for cid, cur in run(
                conn, f"SELECT id, currency FROM client WHERE id IN ({marks})", chunk
            )
        )
    return out


def _write(conn: Connection, ledgers: dict[str, Ledger]) -> list[ClientExcess]:
    currency = _currencies(conn, sorted(ledgers))
    opens: list[tuple[object, ...]] = []
    balances: list[tuple[object, ...]] = []
    found: list[ClientExcess] = []
    for client_id, ledger in ledgers.items():
        cur = currency.get(client_id, "")
        settled = ledger.settle()
        due = {i.id: i.due_date for i in ledger.invoices}
        for invoice_id, left in settled.open.items():
            if left > 0:
                opens.append((invoice_id, client_id, cur, due[invoice_id].isoformat(), int(left)))
        excess = sum(int(e.amount) for e in settled.excess)
        balances.append((
            client_id, cur, int(settled.balance), int(settled.open_total), int(settled.credit),
            excess,
        ))  # fmt: skip
        if settled.excess:
            found.append(ClientExcess(client_id, settled.excess))
    if opens:
        run(
            conn,
            "INSERT INTO invoice_open (invoice_id, client_id, currency, due_date, open_amount) "
            "VALUES (?, ?, ?, ?, ?)",
            opens,
        )
    if balances:
        run(
            conn,
            "INSERT INTO client_balance (client_id, currency, balance, open_amount, credit, "
            "excess) VALUES (?, ?, ?, ?, ?, ?)",
            balances,
        )
    return found


def refresh(conn: Connection, client_ids: Iterable[str]) -> list[ClientExcess]:
    """Recompute these clients' open amounts and balance from their ledger; returns the
    clients whose ledger goes over an invoice (to report as a conflict after a merge)."""
    ids = sorted(set(client_ids))
    found: list[ClientExcess] = []
    for start in range(0, len(ids), IN_CHUNK):
        chunk = ids[start : start + IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        run(conn, f"DELETE FROM invoice_open WHERE client_id IN ({marks})", tuple(chunk))
        run(conn, f"DELETE FROM client_balance WHERE client_id IN ({marks})", tuple(chunk))
        found.extend(_write(conn, load_ledgers(conn, chunk)))
    return found


def rebuild(conn: Connection) -> list[ClientExcess]:
    """Recompute the whole cache from the whole ledger (and the revenue by month from every
    document: services.kpi.revenue_cache)."""
    run(conn, "DELETE FROM invoice_open")
    run(conn, "DELETE FROM client_balance")
    if revenue_cache.in_file(conn):
        revenue_cache.rebuild(conn)
        ledger_months.rebuild(conn)
    return _write(conn, load_ledgers(conn))


def stale(conn: Connection) -> list[str]:
    """The clients whose cached figures differ from their ledger (what `check` reports): in
    SQL where the ledger's figures are plain sums, by the ledger's rule for the other clients
    (services.receivables.cache_check)."""
    wrong, doubted = stale_by_sums(conn)
    if doubted:
        wrong |= stale_by_ledger(conn, sorted(doubted))
    return sorted(wrong)


def _touched_clients(conn: Connection) -> set[str]:
    """The clients of the ledger records this unit of work wrote (the sync triggers' marks:
    ORM, Core and hand-written SQL alike), before the capture clears them. A payment written
    naming its invoice and with no allocation gets one here (services.receivables.legacy)."""
    tables = ", ".join(f"'{t}'" for t in sorted(LEDGER_TABLES))
    marks = run(
        conn, f"SELECT entity, record_id, old FROM sync_dirty WHERE entity IN ({tables})"
    ).all()
    payments = [str(record_id) for entity, record_id, _old in marks if entity == "payment"]
    if payments:
        allocate_named(conn, payments)
    clients: set[str] = set()
    by_table: dict[str, list[str]] = {}
    for entity, record_id, old in marks:
        by_table.setdefault(str(entity), []).append(str(record_id))
        if old:
            before = json.loads(old).get("client_id")
            if before:
                clients.add(str(before))
    return clients | clients_of(conn, by_table)


def clients_of(conn: Connection, ids_by_table: Mapping[str, Iterable[str]]) -> set[str]:
    """The clients of these ledger records (table -> record ids; other tables are ignored)."""
    out: set[str] = set()
    for table, ids in ids_by_table.items():
        if table not in LEDGER_TABLES:
            continue
        ordered = sorted(set(ids))
        for start in range(0, len(ordered), IN_CHUNK):
            chunk = tuple(ordered[start : start + IN_CHUNK])
            marks = ", ".join("?" * len(chunk))
            out.update(
                str(c)
                for (c,) in run(conn, f"SELECT client_id FROM {table} WHERE id IN ({marks})", chunk)
            )
    return out


def keep_fresh(session: Session, client_ids: Iterable[str]) -> None:
    """Before reading these clients' cached figures in a unit of work that may have written to
    their ledger (the hook refreshes only at commit): refresh them now if it did."""
    session.flush()
    conn = session.connection()
    tables = ", ".join(f"'{t}'" for t in sorted(LEDGER_TABLES))
    try:
        pending = run(conn, f"SELECT 1 FROM sync_dirty WHERE entity IN ({tables}) LIMIT 1").first()
    except OperationalError:
        return
    if pending is not None:
        refresh(conn, client_ids)


def ledger_hook(session: Session) -> None:
    """Before a unit of work commits: the cache of the clients whose ledger it wrote is made
    again (kamdesk.db.BEFORE_COMMIT), and so are their revenue by month and the ledger's months
    it moved (services.kpi.revenue_cache, ledger_months; the revenue all of it at the rates
    now when the unit of work wrote rates or the company)."""
    session.flush()  # what the unit of work added is written (and marked) first
    conn = session.connection()
    try:
        clients = _touched_clients(conn)
        rates = run(
            conn, "SELECT 1 FROM sync_dirty WHERE entity IN ('exchange_rate', 'company') LIMIT 1"
        ).first()
    except OperationalError:
        return  # a file not yet migrated (its upgrade is under way)
    if not clients and rates is None:
        return  # most saves: nothing of the ledger, the rates or the company
    if clients:
        refresh(conn, clients)
    if not revenue_cache.in_file(conn):
        return
    if clients:
        revenue_cache.refresh(conn, clients)
        ledger_months.refresh_marked(conn, LEDGER_TABLES)
    if rates is not None:
        revenue_cache.reconcile(conn)


def install() -> None:
    """Keep the cache with every commit; first in line, before the sync capture clears the
    marks it reads."""
    from kamdesk.db import BEFORE_COMMIT

    if ledger_hook not in BEFORE_COMMIT:
        BEFORE_COMMIT.insert(0, ledger_hook)
