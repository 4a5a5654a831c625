"""What else the client could buy: the largest sensible order by volume and by assortment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.messages import day, ngettext
from kamdesk.models import Client, OrderLine, Product, SalesOrder
from kamdesk.services.queries import live

_BOUGHT = ("confirmed", "shipped", "delivered", "invoiced")


@dataclass(frozen=True)
class Suggestion:
    product_id: str
    sku: str
    name: str
    why: str
    times: int  # orders with it (bought before) or clients buying it (segment)
    last: date | None = None


@dataclass(frozen=True)
class Suggestions:
    bought_before: tuple[Suggestion, ...]
    segment_buys: tuple[Suggestion, ...]
    segment: str


def suggestions(
    session: Session,
    client_id: str,
    in_order: Iterable[str],
    *,
    today: date,
    limit: int = 12,
) -> Suggestions:
    """Products the client bought in the last 12 months but not in this order (most often
    bought first), and products clients of its segment buy that it never did (most clients
    first). Active products only."""
    skip = set(in_order)
    since = today - timedelta(days=365)
    client = session.get(Client, client_id)
    segment = client.segment if client is not None else ""
    bought = session.execute(
        select(
            OrderLine.product_id,
            func.count(func.distinct(SalesOrder.id)),
            func.max(SalesOrder.order_date),
        )
        .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
        .where(
            SalesOrder.client_id == client_id,
            live(SalesOrder),
            live(OrderLine),
            SalesOrder.status.in_(_BOUGHT),
            SalesOrder.order_date >= since,
        )
        .group_by(OrderLine.product_id)
    ).all()
    ever = set(
        session.execute(
            select(OrderLine.product_id)
            .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
            .where(SalesOrder.client_id == client_id, live(SalesOrder))
            .distinct()
        ).scalars()
    )
    products = _products(session, [pid for pid, _n, _d in bought])
    before = sorted(
        (
            Suggestion(
                pid,
                products[pid][0],
                products[pid][1],
                ngettext(
                    "bought in {n} order, last on {day}", "bought in {n} orders, last on {day}", n
                ).format(n=n, day=day(last)),
                n,
                last,
            )
            for pid, n, last in bought
            if pid not in skip and pid in products
        ),
        key=lambda s: (-s.times, s.sku),
    )[:limit]
    peers = _peers(session, client_id, segment, skip | ever, since, limit) if segment else []
    return Suggestions(tuple(before), tuple(peers), segment)


def _peers(
    session: Session, client_id: str, segment: str, known: set[str], since: date, limit: int
) -> list[Suggestion]:
    """Products clients of the segment buy (most clients first) that are not `known` here."""
    rows = session.execute(
        select(OrderLine.product_id, func.count(func.distinct(SalesOrder.client_id)))
        .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
        .join(Client, Client.id == SalesOrder.client_id)
        .where(
            Client.segment == segment,
            Client.id != client_id,
            live(Client),
            live(SalesOrder),
            live(OrderLine),
            SalesOrder.status.in_(_BOUGHT),
            SalesOrder.order_date >= since,
        )
        .group_by(OrderLine.product_id)
        .order_by(func.count(func.distinct(SalesOrder.client_id)).desc())
        .limit(limit * 4)
    ).all()
    candidates = [(pid, n) for pid, n in rows if pid not in known]
    found = _products(session, [pid for pid, _n in candidates])
    return [
        Suggestion(
            pid,
            found[pid][0],
            found[pid][1],
            ngettext(
                "{n} client in {segment} buys it", "{n} clients in {segment} buy it", n
            ).format(n=n, segment=segment),
            n,
        )
        for pid, n in candidates
        if pid in found
    ][:limit]


def _products(session: Session, ids: list[str]) -> dict[str, tuple[str, str]]:
    if not ids:
        return {}
    return {
        pid: (sku, name)
        for pid, sku, name in session.execute(
            select(Product.id, Product.sku, Product.name).where(
                Product.id.in_(ids), live(Product), Product.active.is_(True)
            )
        )
    }
