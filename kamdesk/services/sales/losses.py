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

Every value is in the company's reporting currency (issue 13): an order's lines at the rate of
its delivery day (the order date when there is none), a return's at the rate of its date; the
lines of one client (or product) in one currency on one day are summed, then converted once
(domain.reporting). Lines whose currency has no rate for their day are left out of the figures
and counted in `warnings`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import CTE, Integer, String, case, func, or_, select, type_coerce
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
from kamdesk.domain.reporting import Converter
from kamdesk.messages import _
from kamdesk.models import Client, OrderLine, Product, ReturnLine, SalesOrder, SalesReturn
from kamdesk.services.prices.rates import rate_book
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
    currency: str = ""  # the reporting currency every value is in
    warnings: tuple[str, ...] = ()  # lines left out for want of an exchange rate

    def rows(self, by: str) -> tuple[LossRow, ...]:
        """The groups for `by` ("client", "product" or "reason"), biggest loss first."""
        if by not in LOSS_GROUPINGS:
            raise ValueError(
                _("group by one of {choices}, not {by!r}").format(
                    choices=", ".join(LOSS_GROUPINGS), by=by
                )
            )

        groups = {"client": self.by_client, "product": self.by_product}
        return groups.get(by, self.by_reason)


@dataclass
class _Shipments:
    by_client: dict[str, Decimal]  # fully shipped lines without a refusal, at their net
    by_product: dict[str, Decimal]
    facts: list[LossFact]  # the other lines: what was shipped of them, and what was refused


# (client or product, currency, day): minor units and how many lines; day None in the
# reporting currency
_Groups = dict[tuple[str, str, str | None], list[int]]


def _period_orders(start: date, end: date) -> CTE:
    day = func.coalesce(SalesOrder.delivery_date, SalesOrder.order_date)
    return (
        select(
            SalesOrder.id,
            SalesOrder.client_id,
            SalesOrder.currency,
            type_coerce(day, String).label("day"),
        )
        .where(live(SalesOrder), day >= start, day <= end)
        .cte("period_orders")
        # Materialized, the period's orders lead to their lines through the line's order
        # index; SQLite would otherwise read every line ever written and look up its order.
        .prefix_with("MATERIALIZED")
    )


def _shipments(session: Session, start: date, end: date, converter: Converter) -> _Shipments:
    orders = _period_orders(start, end)
    line = OrderLine.__table__.c
    odd = or_(line.shipped_qty != line.quantity, line.refused_qty != _NO_QUANTITY)
    query = (
        select(
            orders.c.client_id,
            orders.c.currency,
            orders.c.day,
            OrderLine.product_id,
            type_coerce(line.net, Integer),  # minor units: no Decimal for each of many rows
            case((odd, OrderLine.id), else_=None),
        )
        .select_from(orders)
        .join(OrderLine, OrderLine.order_id == orders.c.id)
        .where(live(OrderLine), OrderLine.shipped_qty > _NO_QUANTITY)
    )
    reporting = converter.reporting
    by_client: _Groups = {}
    by_product: _Groups = {}
    odd_lines: dict[str, tuple[str, str, str]] = {}  # partly shipped or refused: line -> client
    # Core rather than ORM execution, fetched in batches: a million lines may pass through here
    result = session.connection().execute(query)
    for batch in result.partitions(10_000):
        for client, currency, day, product, net, odd_id in batch:
            if odd_id is None:
                when = None if currency == reporting else day
                group = by_client.setdefault((client, currency, when), [0, 0])
                group[0] += net
                group[1] += 1
                group = by_product.setdefault((product, currency, when), [0, 0])
                group[0] += net
            else:
                odd_lines[odd_id] = (client, currency, day)
    return _Shipments(
        by_client=_converted(by_client, converter),
        # the same lines as by client: counted in the warning once
        by_product=_converted(by_product, Converter(converter.book)),
        facts=_value_lines(session, odd_lines, converter),
    )


def _converted(groups: _Groups, converter: Converter) -> dict[str, Decimal]:
    out: dict[str, int] = {}
    days: dict[str, date] = {}
    for (key, currency, day), (minor, lines) in groups.items():
        when = None if day is None else days.setdefault(day, date.fromisoformat(day[:10]))
        value = converter.convert_minor(minor, currency, when, "order line", lines)
        if value is not None:
            out[key] = out.get(key, 0) + value
    return {key: from_minor(v) for key, v in out.items()}


def _value_lines(
    session: Session, clients: dict[str, tuple[str, str, str]], converter: Converter
) -> list[LossFact]:
    """What was shipped and what was refused of these lines (line id -> client id, currency
    and day), valued as the order was, in the reporting currency."""
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
            client, currency, day = clients[line_id]
            rate_day = date.fromisoformat(day)
            net = line_amounts(shipped, price, discount, vat).net
            value = converter.convert(net, currency, rate_day, "order line")
            if value is None:
                continue
            facts.append(LossFact("shipped", client, product, "", value, events=0))
            if refused > 0:
                net = line_amounts(refused, price, discount, vat).net
                value = converter.convert(net, currency, rate_day, "order line", 0)
                if value is not None:
                    facts.append(LossFact("refused", client, product, reason or "other", value))
    return facts


def _returns(session: Session, start: date, end: date, converter: Converter) -> list[LossFact]:
    """Return lines dated in the period, summed per client, product, reason, currency and
    day, in the reporting currency at the rate of the return's date."""
    net = func.sum(ReturnLine.__table__.c.net)  # keeps the Money type: comes back as Decimal
    query = (
        select(
            SalesReturn.client_id,
            ReturnLine.product_id,
            ReturnLine.reason,
            SalesReturn.currency,
            SalesReturn.return_date,
            net,
            func.count(),
        )
        .select_from(SalesReturn)
        .join(ReturnLine, ReturnLine.return_id == SalesReturn.id)
        .where(
            live(SalesReturn),
            live(ReturnLine),
            SalesReturn.return_date >= start,
            SalesReturn.return_date <= end,
        )
        .group_by(
            SalesReturn.client_id,
            ReturnLine.product_id,
            ReturnLine.reason,
            SalesReturn.currency,
            SalesReturn.return_date,
        )
    )
    facts = []
    for client_id, product_id, reason, currency, day, amount, count in session.execute(query):
        value = converter.convert(amount, currency, day, "return line", count)
        if value is not None:
            facts.append(
                LossFact("returned", client_id, product_id, reason or "other", value, count)
            )
    return facts


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
    converter = Converter(rate_book(session))
    shipments = _shipments(session, start, end, converter)
    returns = _returns(session, start, end, converter)
    losses = [f for f in shipments.facts if f.kind == "refused"] + returns
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
        currency=converter.reporting,
        warnings=converter.warnings,
    )
