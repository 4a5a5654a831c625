"""Values made from other values, recomputed after a merge: a field-by-field merge of an order
may bring one laptop's line and another's totals, so line amounts and order totals are made
again from the merged lines (and travel as this laptop's edit when they change)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids
from kamdesk.domain.merge import RecordState
from kamdesk.domain.money import stored_line_minor
from kamdesk.services.queries import in_chunks


def touched_orders(states: Iterable[RecordState]) -> list[str]:
    ids: set[str] = set()
    for state in states:
        if state.entity == "sales_order":
            ids.add(state.record_id)
        elif state.entity == "order_line" and "order_id" in state.fields:
            ids.add(str(state.value("order_id")))
    return sorted(ids)


def recompute(session: Session, states: Iterable[RecordState]) -> None:
    recompute_orders(session, touched_orders(states))


def recompute_orders(session: Session, order_ids: Iterable[str]) -> None:
    """Line amounts and totals of these orders made again from their lines."""
    for chunk in in_chunks(sorted(set(order_ids))):
        _orders(session, list(chunk))


def _orders(session: Session, order_ids: list[str]) -> None:
    conn = session.connection()
    sums = {oid: [0, 0] for oid in order_ids}
    lines = conn.execute(LINES, {"ids": order_ids}).all()
    fixes = []
    for lid, oid, qty, price, disc, rate, net, vat, gross in lines:
        want = stored_line_minor(qty, price, disc, rate)
        if (net, vat, gross) != want:
            fixes.append({"net": want[0], "vat": want[1], "gross": want[2], "id": lid})
        sums[oid][0] += want[0]
        sums[oid][1] += want[1]
    if fixes:
        conn.execute(
            text("UPDATE order_line SET net = :net, vat = :vat, gross = :gross WHERE id = :id"),
            fixes,
        )
    totals = conn.execute(TOTALS, {"ids": order_ids}).all()
    order_fixes = []
    for oid, net, vat, gross in totals:
        n, v = sums[oid]
        if (net, vat, gross) != (n, v, n + v):
            order_fixes.append({"net": n, "vat": v, "gross": n + v, "id": oid})
    if order_fixes:
        conn.execute(
            text(
                "UPDATE sales_order SET total_net = :net, total_vat = :vat, "
                "total_gross = :gross WHERE id = :id"
            ),
            order_fixes,
        )


LINES = in_ids(
    "SELECT id, order_id, quantity, unit_price, discount_percent, vat_rate, net, vat, gross "
    "FROM order_line WHERE deleted_at IS NULL AND order_id IN :ids",
    "ids",
)
TOTALS = in_ids(
    "SELECT id, total_net, total_vat, total_gross FROM sales_order WHERE id IN :ids", "ids"
)
