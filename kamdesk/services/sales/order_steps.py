"""The order's life: confirmation under credit control, shipping, delivery with refusals,
invoicing, cancellation and revisions. Every step leaves an event in the client's history; the
rules themselves are in domain/orders.py and domain/credit.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from kamdesk.domain.credit import CreditDecision, CreditPosition, decide_credit, override_problem
from kamdesk.domain.money import LineAmounts, Totals, line_amounts, sum_lines
from kamdesk.domain.orders import (
    OrderRuleError,
    refusal_problem,
    require,
    shipment_problem,
)
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import (
    Client,
    Invoice,
    OrderLine,
    SalesOrder,
)
from kamdesk.models.base import utcnow
from kamdesk.services.queries import get_live
from kamdesk.services.sales.credit import credit_position
from kamdesk.services.sales.orders import (
    CreditBlocked,
    OrderLinesError,
    add_event,
    fulfilment,
    line_terms,
    lines_of,
    next_number,
    qty_text,
    returned_quantities,
)
from kamdesk.services.settings import get_rules
from kamdesk.services.sync.gates import require_decided


def _step(order: SalesOrder, action: str) -> None:
    try:
        require(action, order.status, order.number)
    except OrderRuleError as exc:
        raise UserError(str(exc)) from exc


def check_credit(
    session: Session, order_id: str, *, today: date
) -> tuple[CreditDecision, CreditPosition]:
    """What credit control says about confirming the order today."""
    order = get_live(session, SalesOrder, order_id)
    position = credit_position(
        session, order.client_id, this_order=order.total_gross, today=today, exclude=order.id
    )
    overdue_days = get_rules(session).credit_overdue_days
    return decide_credit(position, today=today, overdue_days=overdue_days), position


def confirm_order(
    session: Session,
    order_id: str,
    *,
    today: date,
    override_by: str = "",
    override_reason: str = "",
) -> CreditDecision:
    """Confirm a draft. Credit control may block it (CreditBlocked, nothing changed) unless a
    person overrides the block with a reason, which is recorded on the order and its history."""
    order = get_live(session, SalesOrder, order_id)
    _step(order, "confirm")
    require_decided(session, order_id, "confirmed")
    if not lines_of(session, order.id):
        raise UserError(_("An order without lines cannot be confirmed: add what the client buys."))
    decision, position = check_credit(session, order_id, today=today)
    if not decision.allowed:
        if not (override_by.strip() or override_reason.strip()):
            raise CreditBlocked(decision, position)
        why = override_problem(override_by, override_reason)
        if why:
            raise UserError(why)
        order.credit_override_by = override_by.strip()
        order.credit_override_reason = override_reason.strip()
        add_event(
            session,
            order,
            "credit_override",
            f"{override_by.strip()}: {override_reason.strip()} ({' '.join(decision.reasons)})",
            order.total_gross,
        )
    order.status = "confirmed"
    order.confirmed_at = utcnow()
    add_event(session, order, "confirmed", "", order.total_gross)
    session.flush()
    return decision


def ship_order(
    session: Session, order_id: str, quantities: Mapping[str, Decimal], *, day: date
) -> None:
    """Ship these quantities (order line id -> quantity); lines may ship partly, and again."""
    order = get_live(session, SalesOrder, order_id)
    _step(order, "ship")
    lines = {line.id: line for line in lines_of(session, order.id)}
    problems: dict[int, str] = {}
    shipped: list[str] = []
    ordered = list(lines.values())
    for line_id, qty in quantities.items():
        line = lines.get(line_id)
        if line is None:
            raise UserError(_("That line is no longer on the order."))
        why = shipment_problem(fulfilment(line, {}), qty)
        if why:
            problems[ordered.index(line)] = why
    if problems:
        raise OrderLinesError(problems)
    if not any(qty > 0 for qty in quantities.values()):
        raise UserError(_("Nothing to ship: enter the quantity leaving on at least one line."))
    value: list[LineAmounts] = []
    for line_id, qty in quantities.items():
        if qty <= 0:
            continue
        line = lines[line_id]
        line.shipped_qty = line.shipped_qty + qty
        value.append(line_amounts(qty, line.unit_price, line.discount_percent, line.vat_rate))
        left = line.quantity - line.shipped_qty
        rest = f", {qty_text(left)} to follow" if left > 0 else ""
        shipped.append(f"line {line.line_no}: {qty_text(qty)}{rest}")
    order.status = "shipped"
    if order.delivery_date is None:
        order.delivery_date = day
    add_event(session, order, "shipped", "; ".join(shipped), sum_lines(value).gross)
    session.flush()


def deliver_order(
    session: Session,
    order_id: str,
    refusals: Mapping[str, tuple[Decimal, str, str]] | None = None,
    *,
    day: date,
) -> None:
    """The client received the shipped goods; `refusals` maps an order line id to the
    (quantity, reason, note) the client refused at delivery. What was not shipped by now
    is not delivered."""
    order = get_live(session, SalesOrder, order_id)
    _step(order, "deliver")
    lines = {line.id: line for line in lines_of(session, order.id)}
    ordered = list(lines.values())
    problems: dict[int, str] = {}
    for line_id, (qty, reason, _note) in (refusals or {}).items():
        line = lines.get(line_id)
        if line is None:
            raise UserError(_("That line is no longer on the order."))
        why = refusal_problem(fulfilment(line, {}), qty, reason)
        if why:
            problems[ordered.index(line)] = why
    if problems:
        raise OrderLinesError(problems)
    for line_id, (qty, reason, note) in (refusals or {}).items():
        if qty <= 0:
            continue
        line = lines[line_id]
        line.refused_qty = qty
        line.refusal_reason = reason
        line.refusal_note = note.strip()
        amount = line_amounts(qty, line.unit_price, line.discount_percent, line.vat_rate).gross
        text = _("Line {line}: {quantity} refused ({reason})").format(
            line=line.line_no, quantity=qty_text(qty), reason=reason
        )
        add_event(session, order, "refused", f"{text}. {note.strip()}".rstrip(". "), amount)
    short = [line for line in ordered if line.shipped_qty < line.quantity]
    note = ""
    if short:
        listed = ", ".join(
            _("line {line} ({quantity})").format(
                line=line.line_no, quantity=qty_text(line.quantity - line.shipped_qty)
            )
            for line in short
        )
        note = _("Not shipped, so not delivered: {lines}").format(lines=listed)
    order.status = "delivered"
    add_event(session, order, "delivered", note)
    session.flush()


class InvoicePreview(NamedTuple):
    """What Invoice would issue now: the number it would take and the amount billed."""

    number: str
    gross: Decimal
    currency: str


def invoice_preview(session: Session, order_id: str, *, day: date) -> InvoicePreview:
    """The invoice invoice_order would issue today, read only (the KAM confirms it first);
    a UserError when the order cannot be invoiced."""
    order = get_live(session, SalesOrder, order_id)
    billed = _billed(session, order)
    number = next_number(session, Invoice.number, "INV", day.year)
    return InvoicePreview(number, billed.gross, order.currency)


def _billed(session: Session, order: SalesOrder) -> Totals:
    """What of the order is invoiced: what was delivered (shipped, less refused, less what
    came back before); a UserError when invoicing is not a step of the order now."""
    _step(order, "invoice")
    require_decided(session, order.id, "invoiced")
    lines = lines_of(session, order.id)
    returned = returned_quantities(session, [line.id for line in lines])
    billed = sum_lines(
        line_amounts(
            fulfilment(line, returned).invoiceable,
            line.unit_price,
            line.discount_percent,
            line.vat_rate,
        )
        for line in lines
    )
    if billed.gross <= 0:
        raise UserError(
            _(
                "Nothing of order {number} was kept by the client: there is nothing to invoice."
            ).format(number=order.number)
        )
    return billed


def invoice_order(session: Session, order_id: str, *, day: date) -> str:
    """Invoice what was delivered (shipped, less refused, less what came back before); the
    invoice's id. Due after the client's payment terms."""
    order = get_live(session, SalesOrder, order_id)
    billed = _billed(session, order)
    client = get_live(session, Client, order.client_id)
    invoice = Invoice(
        number=next_number(session, Invoice.number, "INV", day.year),
        client_id=order.client_id,
        order_id=order.id,
        issue_date=day,
        due_date=day + timedelta(days=client.payment_terms_days),
        currency=order.currency,
        total_net=billed.net,
        total_vat=billed.vat,
        total_gross=billed.gross,
    )
    session.add(invoice)
    order.status = "invoiced"
    add_event(
        session,
        order,
        "invoiced",
        _("Invoice {number}").format(number=invoice.number),
        billed.gross,
    )
    session.flush()
    return invoice.id


def cancel_order(session: Session, order_id: str, reason: str) -> None:
    order = get_live(session, SalesOrder, order_id)
    _step(order, "cancel")
    if len(reason.strip()) < 3:
        raise UserError(_("Say why the order is cancelled."))
    order.status = "cancelled"
    order.cancel_reason = reason.strip()
    add_event(session, order, "cancelled", reason.strip(), order.total_gross)
    session.flush()


def revise_order(session: Session, order_id: str, reason: str) -> str:
    """A confirmed order is changed by a new revision: a draft copy to edit and confirm again,
    while this one is cancelled and points to it. The new draft's id."""
    order = get_live(session, SalesOrder, order_id)
    _step(order, "revise")
    if len(reason.strip()) < 3:
        raise UserError(_("Say why the order needs a new revision."))
    base = order.number.split("/")[0]
    copy = SalesOrder(
        number=f"{base}/{order.revision_no + 1}",
        client_id=order.client_id,
        contact_id=order.contact_id,
        order_date=order.order_date,
        delivery_date=order.delivery_date,
        status="draft",
        currency=order.currency,
        total_net=order.total_net,
        total_vat=order.total_vat,
        total_gross=order.total_gross,
        notes=order.notes,
        revision_no=order.revision_no + 1,
        supersedes_id=order.id,
        tax_regime=order.tax_regime,
        tax_reason=order.tax_reason,
    )
    session.add(copy)
    session.flush()
    for line in lines_of(session, order.id):
        session.add(OrderLine(order_id=copy.id, **line_terms(line)))
    order.status = "cancelled"
    order.cancel_reason = _("Replaced by revision {revision} ({number}): {reason}").format(
        revision=copy.revision_no, number=copy.number, reason=reason
    )
    add_event(session, order, "revised", order.cancel_reason, order.total_gross)
    add_event(
        session,
        copy,
        "created",
        _("Revision {revision} of {number}: {reason}").format(
            revision=copy.revision_no, number=order.number, reason=reason
        ),
    )

    session.flush()
    return copy.id
