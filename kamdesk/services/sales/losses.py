"""Returns and refusals over a period, per client, product and reason, against what was shipped.

What counts, all valued net of VAT at the order line's price and discount:
- shipped: the shipped quantity of lines on live orders delivered in the period (the delivery
  date, or the order date when there is none);
- refused: the quantity the client refused at delivery on those same orders;
- returned: return lines of returns dated in the period, at the return line's net, whenever
  the goods were shipped.

The period's lines are read once (the benchmark database holds over a million of them) and
summed per client and per product as they stream by; only the few lines that cannot be taken
at their stored net (partly shipped, or with a refusal) are valued one by one, with the same
rounding as the order itself. Returns are summed by the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import CTE, Integer, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.money import ZERO, from_minor, line_amounts
from kamdesk.domain.orders import (
    LOSS_GROUPINGS,
    REASON_LABELS,
    LossFact,
    LossRow,
    TopCause,
    group_losses,
    loss_total,
    top_causes,
)
from kamdesk.models import Client, OrderLine, Product, ReturnLine, SalesOrder, SalesReturn
from kamdesk.services.queries import live

_NO_QUANTITY = Decimal(0)  # compared with quantity columns, so bound as integer thousandths
_IDS_PER_QUERY = 5000  # well below SQLite's limit of bound parameters


@dataclass(frozen=True)
class LossReport:
    start: date
    end: date  # inclusive
    by_client: tuple[LossRow, ...]
    by_product: tuple[LossRow, ...]
    by_reason: tuple[LossRow, ...]
    total: LossRow  # everything shipped in the period against every refusal and return
    top_causes: tuple[TopCause, ...]  # reasons ranked, each with its share of all losses

    def rows(self, by: str) -> tuple[LossRow, ...]:
        """The groups for `by` ("client", "product" or "reason"), biggest loss first."""
        if by not in LOSS_GROUPINGS:
            raise ValueError(f"group by one of {', '.join(LOSS_GROUPINGS)}, not {by!r}")
        groups = {"client": self.by_client, "product": self.by_product}
        return groups.get(by, self.by_reason)


@dataclass
class _Shipments:
    by_client: dict[str, Decimal]  # fully shipped lines without a refusal, at their net
    by_product: dict[str, Decimal]
    facts: list[LossFact]  # the other lines: what was shipped of them, and what was refused


def _period_orders(start: date, end: date) -> CTE:
    day = func.coalesce(SalesOrder.delivery_date, SalesOrder.order_date)
    return (
        select(SalesOrder.id, SalesOrder.client_id)
        .where(live(SalesOrder), day >= start, day <= end)
        .cte("period_orders")
        # Materialized, the period's orders lead to their lines through the line's order
        # index; SQLite would otherwise read every line ever written and look up its order.
        .prefix_with("MATERIALIZED")
    )


def _shipments(session: Session, start: date, end: date) -> _Shipments:
    orders = _period_orders(start, end)
    line = OrderLine.__table__.c
    odd = or_(line.shipped_qty != line.quantity, line.refused_qty != _NO_QUANTITY)
    query = (
        select(
            orders.c.client_id,
            OrderLine.product_id,
            type_coerce(line.net, Integer),  # minor units: no Decimal for each of many rows
            case((odd, OrderLine.id), else_=None),
        )
        .select_from(orders)
        .join(OrderLine, OrderLine.order_id == orders.c.id)
        .where(live(OrderLine), OrderLine.shipped_qty > _NO_QUANTITY)
    )
    by_client: dict[str, int] = {}
    by_product: dict[str, int] = {}
    odd_lines: dict[str, str] = {}  # partly shipped or refused: line id -> client id
    # Core rather than ORM execution, fetched in batches: a million lines may pass through here
    result = session.connection().execute(query)
    for batch in result.partitions(10_000):
        for client, product, net, odd_id in batch:
            if odd_id is None:
                by_client[client] = by_client.get(client, 0) + net
                by_product[product] = by_product.get(product, 0) + net
            else:
                odd_lines[odd_id] = client
    return _Shipments(
        by_client={k: from_minor(v) for k, v in by_client.items()},
        by_product={k: from_minor(v) for k, v in by_product.items()},
        facts=_value_lines(session, odd_lines),
    )


def _value_lines(session: Session, clients: dict[str, str]) -> list[LossFact]:
    """What was shipped and what was refused of these lines (line id -> client id), valued as
    the order was."""
    facts: list[LossFact] = []
    ids = list(clients)
    for first in range(0, len(ids), _IDS_PER_QUERY):
        query = select(
            OrderLine.id,
            OrderLine.product_id,
            OrderLine.shipped_qty,
            OrderLine.refused_qty,
            OrderLine.unit_price,
            OrderLine.discount_percent,
            OrderLine.vat_rate,
            OrderLine.refusal_reason,
        ).where(OrderLine.id.in_(ids[first : first + _IDS_PER_QUERY]))
        rows = session.connection().execute(query)
        for line_id, product, shipped, refused, price, discount, vat, reason in rows:
            client = clients[line_id]
            value = line_amounts(shipped, price, discount, vat).net
            facts.append(LossFact("shipped", client, product, "", value, events=0))
            if refused > 0:
                value = line_amounts(refused, price, discount, vat).net
                facts.append(LossFact("refused", client, product, reason or "other", value))
    return facts


def _returns(session: Session, start: date, end: date) -> list[LossFact]:
    """Return lines dated in the period, summed per client, product and reason."""
    net = func.sum(ReturnLine.__table__.c.net)  # keeps the Money type: comes back as Decimal
    query = (
        select(SalesReturn.client_id, ReturnLine.product_id, ReturnLine.reason, net, func.count())
        .select_from(SalesReturn)
        .join(ReturnLine, ReturnLine.return_id == SalesReturn.id)
        .where(
            live(SalesReturn),
            live(ReturnLine),
            SalesReturn.return_date >= start,
            SalesReturn.return_date <= end,
        )
        .group_by(SalesReturn.client_id, ReturnLine.product_id, ReturnLine.reason)
    )
    return [
        LossFact("returned", client_id, product_id, reason or "other", value, events=count)
        for client_id, product_id, reason, value, count in session.execute(query)
    ]


def _client_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    # deleted clients keep their names here: their past losses still happened
    query = select(Client.id, Client.name).where(Client.id.in_(list(ids)))
    return {cid: name for cid, name in session.execute(query)}


def _product_labels(session: Session, ids: Iterable[str]) -> dict[str, str]:
    query = select(Product.id, Product.sku, Product.name).where(Product.id.in_(list(ids)))
    return {pid: f"{sku} — {name}" for pid, sku, name in session.execute(query)}


def losses_report(session: Session, start: date, end: date) -> LossReport:
    """Refusals and returns in the period (both days included) per client, product and
    reason, each against the value shipped in the period, biggest loss first; the totals;
    and the reasons ranked by their share of all losses (the first is the one to act on)."""
    shipments = _shipments(session, start, end)
    losses = [f for f in shipments.facts if f.kind == "refused"] + _returns(session, start, end)
    partly = [f for f in shipments.facts if f.kind == "shipped"]
    by_client = group_losses(
        [LossFact("shipped", k, "", "", v, 0) for k, v in shipments.by_client.items()]
        + partly
        + losses,
        "client",
        _client_names(session, {f.client_id for f in losses}),
    )
    by_product = group_losses(
        [LossFact("shipped", "", k, "", v, 0) for k, v in shipments.by_product.items()]
        + partly
        + losses,
        "product",
        _product_labels(session, {f.product_id for f in losses}),
    )
    shipped = sum(shipments.by_product.values(), ZERO) + sum((f.value for f in partly), ZERO)
    by_reason = group_losses(
        [LossFact("shipped", "", "", "", shipped, 0), *losses], "reason", dict(REASON_LABELS)
    )
    return LossReport(
        start=start,
        end=end,
        by_client=tuple(by_client),
        by_product=tuple(by_product),
        by_reason=tuple(by_reason),
        total=loss_total(by_reason, shipped),
        top_causes=tuple(top_causes(by_reason)),
    )
