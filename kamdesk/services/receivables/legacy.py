"""Payments that name their invoice (as every payment did before allocations, migration 0010,
and as a laptop on an older release still writes them) settle it through an allocation.

The allocation's id derives from the payment and the invoice, so every laptop that makes it
makes the same record. A payment that already has an allocation (or a reversed one) is left as
it is: someone decided where its money goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from kamdesk.db.dialect import run
from kamdesk.domain.natural_keys import payment_allocation_id

_NAMED = (
    "SELECT p.id, p.client_id, p.invoice_id, p.amount, p.payment_date, p.created_at "
    "FROM payment p JOIN invoice i ON i.id = p.invoice_id AND i.client_id = p.client_id "
    "WHERE p.deleted_at IS NULL AND p.invoice_id IS NOT NULL AND p.reverses_id IS NULL "
    "AND p.amount > 0 AND NOT EXISTS (SELECT 1 FROM payment_allocation a WHERE a.payment_id = p.id)"
)


def allocate_named(conn: Connection, payment_ids: Sequence[str] | None = None) -> int:
    """Allocate each payment (of `payment_ids`, or all) that names an invoice and has no
    allocation yet to that invoice, for its whole amount; returns how many were made."""
    if payment_ids is None:
        rows = run(conn, _NAMED).all()
    else:
        rows = []
        ids = sorted(set(payment_ids))
        for start in range(0, len(ids), 500):
            chunk = tuple(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            rows.extend(run(conn, f"{_NAMED} AND p.id IN ({marks})", chunk).all())
    if rows:
        run(
            conn,
            "INSERT INTO payment_allocation (id, created_at, updated_at, revision, deleted_at, "
            "client_id, payment_id, invoice_id, amount, allocated_on) "
            "VALUES (?, ?, ?, 1, NULL, ?, ?, ?, ?, ?)",
            [
                (payment_allocation_id(pid, iid, 0), made, made, cid, pid, iid, amount, day)
                for pid, cid, iid, amount, day, made in rows
            ],
        )
    return len(rows)
