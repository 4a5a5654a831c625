"""After a sync import: payments from older laptops get their allocations, the cache of the
clients whose ledger the file touched is made again, and invoices the merge put more on than
they asked are listed for someone to look at (the excess is the client's credit meanwhile)."""

from __future__ import annotations

from collections.abc import Mapping, Set

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.services.kpi import ledger_months, revenue_cache
from kamdesk.services.receivables.cache import clients_of, refresh
from kamdesk.services.receivables.legacy import allocate_named
from kamdesk.services.sync.invariants import open_overpaid


def after_merge(session: Session, touched: Mapping[str, Set[str]]) -> None:
    """`touched`: the ledger records the import wrote, by table. (The revenue by month is
    made again at the rates now, whatever the file brought: services.kpi.revenue_cache.)"""
    caches = revenue_cache.in_file(session.connection())
    if caches:
        revenue_cache.reconcile(session.connection())
    if not touched:
        return
    conn = session.connection()
    payments = touched.get("payment", set())
    if payments:
        allocate_named(conn, sorted(payments))
    merged = set().union(*touched.values())
    found: dict[str, list[str]] = {}
    clients = clients_of(session.connection(), touched)
    if caches:
        revenue_cache.refresh(conn, clients)
        ledger_months.refresh(conn, touched)
    for client in refresh(conn, clients):
        for e in client.excess:
            found.setdefault(e.invoice_id, []).append(e.entry_id)
    # listed when the file brought any of what is on the invoice (on whichever laptop the
    # entry that went over was made)
    open_overpaid(
        session,
        [(i, entries) for i, entries in sorted(found.items()) if _on(session, i) & merged],
    )


def _on(session: Session, invoice_id: str) -> set[str]:
    """The invoice and the live allocations and credit notes on it."""
    rows = run(
        session.connection(),
        "SELECT id FROM payment_allocation WHERE invoice_id = ? AND deleted_at IS NULL "
        "UNION ALL SELECT id FROM sales_return WHERE invoice_id = ? AND deleted_at IS NULL",
        (invoice_id, invoice_id),
    )
    return {invoice_id, *(str(r[0]) for r in rows)}
