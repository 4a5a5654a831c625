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

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.kpi import DOWN, SHARE, Figure, contributions, share
from kamdesk.domain.money import (
    ZERO,
    from_minor,
    stored_line_minor,
)
from kamdesk.domain.reporting import Converter

# a literal, so that the partial index of refused lines (ix_order_line_refused) serves
# the refused lines, read through their partial index (ix_order_line_refused: the literal
# `refused_qty > 0` is what lets SQLite use it) and read as stored: integers and decimal text
_REFUSED = (
    "SELECT o.client_id, o.currency, coalesce(o.delivery_date, o.order_date), l.refused_qty, "
    "l.unit_price, l.discount_percent, l.vat_rate FROM order_line l "
    "JOIN sales_order o ON o.id = l.order_id "
    "WHERE l.refused_qty > 0 AND l.deleted_at IS NULL AND o.deleted_at IS NULL "
    "AND coalesce(o.delivery_date, o.order_date) >= ? "
    "AND coalesce(o.delivery_date, o.order_date) <= ?"
)


def refused_by_client(
    session: Session, start: date, end: date, converter: Converter
) -> dict[date, dict[str, Decimal]]:
    """Refused value per client, per delivery day, of orders delivered start..end."""
    rows = run(session.connection(), _REFUSED, (start.isoformat(), end.isoformat()))
    minor: dict[date, dict[str, int]] = {}
    days: dict[str, date] = {}
    for cid, currency, text, qty, price, discount, vat in rows.all():
        on = days.get(text)
        if on is None:
            on = days[text] = date.fromisoformat(str(text)[:10])
        net = stored_line_minor(int(qty), int(price), str(discount), str(vat))[0]
        value = converter.convert_minor(net, str(currency).upper(), on, "order line")
        if value is None:
            continue
        per_client = minor.setdefault(on, {})
        per_client[cid] = per_client.get(cid, 0) + value
    return {on: {c: from_minor(v) for c, v in clients.items()} for on, clients in minor.items()}


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
