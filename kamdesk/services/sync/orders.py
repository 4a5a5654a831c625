"""An order and its lines are one unit: changed on two laptops at once, the order is in conflict.

The lines merge record by record and the totals are made again from them (derived.py), so an
order always adds up. But a KAM who changed three quantities while a colleague changed two
others, or who added a line while the colleague added another, must look at the order as a
whole: it is listed once, field-less, and needs a decision (it cannot be confirmed, invoiced
or printed meanwhile). Keeping the merged order settles every line conflict in it with the
value shown and numbers the lines anew; taking the other version keeps the merged order too,
and restores the other laptop's values as a new draft, so nothing typed is lost.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.domain.money import from_minor, qty_from_milli
from kamdesk.messages import _, ngettext
from kamdesk.services.sync import conflicts

KIND = "order_merged"


def _lines(session: Session, order_id: str) -> list[tuple[str, int]]:
    return [
        (str(i), int(n))
        for i, n in session.connection().execute(
            text(
                "SELECT id, line_no FROM order_line WHERE order_id = :o AND deleted_at IS NULL "
                "ORDER BY line_no, id"
            ),
            {"o": order_id},
        )
    ]


def _duplicates(lines: list[tuple[str, int]]) -> list[str]:
    """Lines after the first of their number: added on two laptops at once."""
    seen: set[int] = set()
    out = []
    for line_id, number in lines:
        if number in seen:
            out.append(line_id)
        seen.add(number)
    return out


def check_order(session: Session, order_id: str) -> None:
    lines = _lines(session, order_id)
    found = conflicts.open_conflicts_of(session, "order_line", [i for i, _ in lines])
    values = [c for c in found if c.kind == "value"]
    twins = _duplicates(lines)
    current = [c for c in conflicts.open_conflicts_of(session, "sales_order", [order_id])]
    mine = [c.id for c in current if c.kind == KIND]
    if not values and not twins:
        conflicts.close(session, mine)
        return
    parts = sorted([c.id for c in values] + twins)
    cid = hashlib.sha256("\x1f".join([KIND, order_id, *parts]).encode()).hexdigest()
    conflicts.close(session, [m for m in mine if m != cid])
    if cid in mine:
        return
    changes = [
        {"line_id": c.record_id, "field": c.field, "value": c.other.get("value")} for c in values
    ]
    what = []
    if values:
        n = len(values)
        what.append(
            ngettext("{n} value typed differently", "{n} values typed differently", n).format(n=n)
        )
    if twins:
        n = len(twins)
        what.append(
            ngettext("{n} line added on both laptops", "{n} lines added on both laptops", n).format(
                n=n
            )
        )
    n = len(lines)
    winner = {
        "value": ngettext("{n} line, totals made again", "{n} lines, totals made again", n).format(
            n=n
        )
    }
    other = {"value": "; ".join(what), "changes": changes, "added": twins}
    conflicts.open_rows(
        session,
        [(cid, KIND, "sales_order", order_id, "", json.dumps(winner), json.dumps(other), True)],
    )


def keep_merged(session: Session, order_id: str) -> None:
    """Number the order's lines 1..n again (line conflicts are settled by the caller)."""
    conn = session.connection()
    for number, (line_id, old) in enumerate(_lines(session, order_id), 1):
        if number != old:
            conn.execute(
                text("UPDATE order_line SET line_no = :n WHERE id = :id"),
                {"n": number, "id": line_id},
            )


def restore_as_draft(session: Session, order_id: str, other: dict[str, Any]) -> str:
    """A new draft of the order's lines with the other laptop's values where the two differ:
    its number."""
    from kamdesk.models import OrderLine, SalesOrder
    from kamdesk.services.sales.orders import DraftLine, OrderDraft, get_order, save_draft

    order = session.get(SalesOrder, order_id)
    assert order is not None
    theirs: dict[str, dict[str, Any]] = {}
    for change in other.get("changes", []):
        theirs.setdefault(str(change["line_id"]), {})[str(change["field"])] = change["value"]
    lines = []
    for line_id, _old in _lines(session, order_id):
        line = session.get(OrderLine, line_id)
        assert line is not None
        wanted = theirs.get(line_id, {})
        lines.append(
            DraftLine(
                product_id=str(wanted.get("product_id", line.product_id)),
                quantity=_qty(wanted.get("quantity"), line.quantity),
                unit_price=_money(wanted.get("unit_price"), line.unit_price),
                discount_percent=_decimal(wanted.get("discount_percent"), line.discount_percent),
                price_rule=line.price_rule,
                price_note=line.price_note,
                list_price=line.list_price,
                source_price=line.source_price,
            )
        )
    draft = OrderDraft(
        client_id=order.client_id,
        # the other laptop's version of this order: its date, so converted prices keep the
        # rate they were priced at
        order_date=order.order_date,
        lines=tuple(lines),
        delivery_date=order.delivery_date,
        notes=_("Restored from {number}: the other laptop's version.").format(number=order.number),
        contact_id=order.contact_id,
    )
    new_id = save_draft(session, draft)
    return get_order(session, new_id).number


def _qty(raw: Any, current: Decimal) -> Decimal:
    return current if raw is None else qty_from_milli(int(raw))


def _money(raw: Any, current: Decimal) -> Decimal:
    return current if raw is None else from_minor(int(raw))


def _decimal(raw: Any, current: Decimal) -> Decimal:
    return current if raw is None else Decimal(str(raw))
