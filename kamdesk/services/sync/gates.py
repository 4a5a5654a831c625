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
from kamdesk.messages import N_, _
from kamdesk.models import OrderLine, SalesOrder
from kamdesk.services.sync.conflicts import OpenConflict, blocking

# why the order waits, by the field two laptops changed (one whole clause each)
_FIELD_REASONS = {
    "quantity": N_("two laptops changed the quantity at the same time"),
    "unit_price": N_("two laptops changed the price at the same time"),
    "discount_percent": N_("two laptops changed the discount at the same time"),
    "credit_limit": N_("two laptops changed the credit limit at the same time"),
}
# what the user reads, by what the order was about to become
_HELD = {
    "confirmed": N_(
        "Order {number} cannot be confirmed yet: {why}. Decide what is right in Sync "
        "(conflicts), then try again."
    ),
    "invoiced": N_(
        "Order {number} cannot be invoiced yet: {why}. Decide what is right in Sync "
        "(conflicts), then try again."
    ),
    "printed": N_(
        "Order {number} cannot be printed yet: {why}. Decide what is right in Sync "
        "(conflicts), then try again."
    ),
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
        why = _("it was invoiced on two laptops")
    elif first.kind == "order_merged":
        why = _("its lines were changed on two laptops at the same time")
    else:
        why = _(
            _FIELD_REASONS.get(first.field, N_("two laptops changed the amounts at the same time"))
        )
    raise UserError(_(_HELD[action]).format(number=number, why=why))
