"""Returns after delivery: goods back from the client, priced as they were sold.

Against an invoiced order a return is a credit note: it lowers what the client owes and the
revenue of its day. Before the invoice it lowers what will be invoiced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.money import LineAmounts, Totals, line_amounts, sum_lines
from kamdesk.domain.orders import REASON_LABELS, OrderRuleError, require, return_problem
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Invoice, OrderEvent, OrderLine, ReturnLine, SalesOrder, SalesReturn
from kamdesk.models.base import utcnow
from kamdesk.services.queries import get_live, live
from kamdesk.services.sales.orders import (
    OrderLinesError,
    fulfilment,
    lines_of,
    next_number,
    returned_quantities,
)


@dataclass(frozen=True)
class ReturnedLine:
    """What comes back on one order line."""

    quantity: Decimal
    reason: str
    note: str = ""


def record_return(
    session: Session,
    order_id: str,
    lines: Mapping[str, ReturnedLine],
    *,
    day: date,
    note: str = "",
) -> str:
    """Record goods coming back on a delivered or invoiced order (order line id -> what came
    back); the return's id. Never more back than was delivered and not yet returned."""
    order = get_live(session, SalesOrder, order_id)
    try:
        require("return", order.status, order.number)
    except OrderRuleError as exc:
        raise UserError(str(exc)) from exc
    wanted = {k: v for k, v in lines.items() if v.quantity != 0}
    if not wanted:
        raise UserError(_("Enter the quantity that came back on at least one line."))
    by_id = _returnable(session, order, wanted)
    invoice_id = session.execute(
        select(Invoice.id).where(Invoice.order_id == order.id, live(Invoice))
    ).scalar()
    ret = SalesReturn(
        number=next_number(session, SalesReturn.number, "RET", day.year),
        client_id=order.client_id,
        order_id=order.id,
        invoice_id=invoice_id,
        return_date=day,
        currency=order.currency,
        total_net=Decimal(0),
        total_vat=Decimal(0),
        total_gross=Decimal(0),
        note=note.strip(),
    )
    session.add(ret)
    session.flush()
    totals, told = _return_lines(session, ret, wanted, by_id)
    ret.total_net, ret.total_vat, ret.total_gross = totals.net, totals.vat, totals.gross
    said = (
        _("Return {number} (credit note): {lines}")
        if invoice_id
        else _("Return {number} (before invoicing): {lines}")
    )
    session.add(
        OrderEvent(
            order_id=order.id,
            client_id=order.client_id,
            happened_at=utcnow(),
            kind="returned",
            note=said.format(number=ret.number, lines="; ".join(told)),
            amount=totals.gross,
        )
    )
    session.flush()
    return ret.id


def _returnable(
    session: Session, order: SalesOrder, wanted: Mapping[str, ReturnedLine]
) -> dict[str, OrderLine]:
    """The order's lines by id, once every quantity wanted back is allowed (OrderLinesError
    lists the lines where it is not)."""
    rows = lines_of(session, order.id)
    by_id = {line.id: line for line in rows}
    returned = returned_quantities(session, list(by_id))
    problems: dict[int, str] = {}
    for line_id, back in wanted.items():
        line = by_id.get(line_id)
        if line is None:
            raise UserError(_("That line is no longer on the order."))
        why = return_problem(fulfilment(line, returned), back.quantity, back.reason)
        if why:
            problems[rows.index(line)] = why
    if problems:
        raise OrderLinesError(problems)
    return by_id


def _return_lines(
    session: Session,
    ret: SalesReturn,
    wanted: Mapping[str, ReturnedLine],
    by_id: Mapping[str, OrderLine],
) -> tuple[Totals, list[str]]:
    """Add the return's lines; their totals and a line of text per line for the order's log."""
    amounts: list[LineAmounts] = []
    told: list[str] = []
    for line_id, back in wanted.items():
        row: OrderLine = by_id[line_id]
        la = line_amounts(back.quantity, row.unit_price, row.discount_percent, row.vat_rate)
        amounts.append(la)
        session.add(
            ReturnLine(
                return_id=ret.id,
                order_line_id=row.id,
                product_id=row.product_id,
                quantity=back.quantity,
                unit_price=row.unit_price,
                discount_percent=row.discount_percent,
                vat_rate=row.vat_rate,
                net=la.net,
                vat=la.vat,
                gross=la.gross,
                reason=back.reason,
                note=back.note.strip(),
            )
        )
        label = _(REASON_LABELS.get(back.reason, back.reason)).lower()
        told.append(
            _("line {line}: {quantity} ({reason})").format(
                line=row.line_no, quantity=f"{back.quantity.normalize():f}", reason=label
            )
        )

    return sum_lines(amounts), told
