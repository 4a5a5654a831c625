""" "Needs a decision": money and quantities two laptops changed at once hold the order back.

While such a conflict is open on an order, on one of its lines, or on one of the prices it
was priced from, the order cannot be confirmed, invoiced or printed: nobody signs or bills an
amount that another laptop typed differently. The Sync section (or `kamdesk resolve`) settles
it, and the order goes on.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import UserError
from kamdesk.models import OrderLine, SalesOrder
from kamdesk.services.sync.conflicts import OpenConflict, blocking

_FIELD_WORDS = {
    "quantity": "the quantity",
    "unit_price": "the price",
    "discount_percent": "the discount",
    "credit_limit": "the credit limit",
}


def open_decisions(session: Session, order_id: str) -> list[OpenConflict]:
    """Conflicts that need a decision before the order can go on."""
    line_ids = list(
        session.scalars(select(OrderLine.id).where(OrderLine.order_id == order_id)).all()
    )
    return [
        *blocking(session, "sales_order", [order_id]),
        *blocking(session, "order_line", line_ids),
    ]


def require_decided(session: Session, order_id: str, action: str) -> None:
    """UserError when money or quantities of the order wait for a decision."""
    found = open_decisions(session, order_id)
    if not found:
        return
    order = session.get(SalesOrder, order_id)
    number = order.number if order is not None else order_id
    first = found[0]
    if first.kind == "invoiced_twice":
        why = "it was invoiced on two laptops"
    elif first.kind == "order_merged":
        why = "its lines were changed on two laptops at the same time"
    else:
        what = _FIELD_WORDS.get(first.field, first.field.replace("_", " ") or "the amounts")
        why = f"two laptops changed {what} at the same time"
    raise UserError(
        f"Order {number} cannot be {action} yet: {why}. "
        "Decide what is right in Sync (conflicts), then try again."
    )
