"""The refusals rate on the dashboard: what clients refused at delivery, as a share of what was
delivered to them.

The refused value is the Returns and refusals report's (services.sales.losses): each refused
line's quantity at its order line's price, discount and VAT rate (net of VAT, domain.money
line_amounts), dated by the order's delivery day (the order date when there is none), in the
reporting currency at that day's rate. That report also values every shipped line, a pass over
all the period's order lines; the dashboard instead takes what was delivered as the net
invoiced in the period plus the refused value (invoiced = shipped less refused), so that only
the refused lines are read. (Deliveries and invoices dated either side of the period's
edges make the two differ slightly.)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.kpi import DOWN, SHARE, Figure, contributions, share
from kamdesk.domain.money import ZERO, line_amounts
from kamdesk.domain.reporting import Converter
from kamdesk.models import OrderLine, SalesOrder
from kamdesk.services.queries import live

_NO_QUANTITY = Decimal(0)


def refused_by_client(
    session: Session, start: date, end: date, converter: Converter
) -> dict[date, dict[str, Decimal]]:
    """Refused value per client, per delivery day, of orders delivered start..end."""
    day = func.coalesce(SalesOrder.delivery_date, SalesOrder.order_date)
    query = (
        select(
            SalesOrder.client_id,
            SalesOrder.currency,
            type_coerce(day, String),
            OrderLine.refused_qty,
            OrderLine.unit_price,
            OrderLine.discount_percent,
            OrderLine.vat_rate,
        )
        .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
        .where(
            live(OrderLine),
            live(SalesOrder),
            OrderLine.refused_qty > _NO_QUANTITY,
            and_(day >= start, day <= end),
        )
    )
    out: dict[date, dict[str, Decimal]] = {}
    for cid, currency, text, qty, price, discount, vat in session.execute(query):
        on = date.fromisoformat(str(text)[:10])
        net = line_amounts(qty, price, discount, vat).net
        value = converter.convert(net, currency, on, "order line")
        if value is None:
            continue
        per_client = out.setdefault(on, {})
        per_client[cid] = per_client.get(cid, ZERO) + value
    return out


def _within(by_day: dict[date, dict[str, Decimal]], start: date, end: date) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for on, clients in by_day.items():
        if start <= on <= end:
            for cid, value in clients.items():
                out[cid] = out.get(cid, ZERO) + value
    return out


def refusals_rate(
    session: Session,
    now: tuple[date, date],
    before: tuple[date, date],
    invoiced: tuple[Decimal, Decimal],
    converter: Converter,
    names: dict[str, str],
) -> Figure:
    """Refused / (net invoiced + refused) in the period and the year before (`invoiced`: the
    net invoiced in each); behind it, the clients who refused, the most first."""
    by_day = refused_by_client(session, min(now[0], before[0]), max(now[1], before[1]), converter)
    refused = _within(by_day, *now)
    total = sum(refused.values(), ZERO)
    previous = sum(_within(by_day, *before).values(), ZERO)
    return Figure(
        "refusals",
        share(total, invoiced[0] + total),
        share(previous, invoiced[1] + previous),
        SHARE,
        DOWN,
        contributions(refused, names, whole=total),
        (("refused", total), ("delivered", invoiced[0] + total)),
    )
