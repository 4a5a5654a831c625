"""What prices order lines: price_inputs gathers for many products at once what
kamdesk.domain.pricing.resolve_price needs for one client on one day, and, for an order in
another currency than a product's, the conversion of its price at that day's rate
(kamdesk.domain.fx; rates from services.prices.rates)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.catalog import quantity_problem
from kamdesk.domain.fx import ONE, Conversion, MissingRate
from kamdesk.domain.pricing import (
    ColumnTerms,
    PriceDecision,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    resolve_price,
)
from kamdesk.errors import UserError
from kamdesk.models import (
    Client,
    ClientPrice,
    PriceColumn,
    Product,
    Promotion,
    PromotionClient,
    PromotionProduct,
    QuantityBreak,
)
from kamdesk.services.prices.price_list import category_ancestors, category_parents, explicit_prices
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import IN_CHUNK, gone, in_chunks, live

# --- pricing: what resolve_price needs, for many products at once -----------------------------


@dataclass(frozen=True)
class PriceInputs:
    """Everything that decides one product's price for one client on one day."""

    product_id: str
    sku: str
    name: str
    unit: str
    vat_rate: Decimal
    base_price: Decimal
    currency: str
    active: bool
    column: ColumnTerms | None  # the client's column as it applies to this product
    breaks: tuple[QuantityBreakTerms, ...]  # for the client's column or every column
    promotions: tuple[PromotionTerms, ...]  # valid on the day, for this client
    specials: tuple[SpecialPrice, ...]  # this client's, valid on the day
    # asked in another currency than the product's: one unit converted at the day's rate, or
    # why it cannot be (no rate on or before the day)
    fx: Conversion | None = None
    fx_problem: str = ""
    # for an order line, vat_rate is what domain.tax decided for the client, or why none is
    vat_problem: str = ""

    def decide(self, quantity: Decimal, day: date) -> PriceDecision:
        """The price and why; MissingRate when it needs a rate there is none of."""
        if self.fx_problem:
            raise MissingRate(self.fx_problem)
        return resolve_price(
            base_price=self.base_price,
            quantity=quantity,
            day=day,
            column=self.column,
            breaks=self.breaks,
            promotions=self.promotions,
            specials=self.specials,
            fx=self.fx,
        )

    def one_unit(self, day: date) -> tuple[Decimal, str, str]:
        """One unit's price on `day` to show beside a product (a meeting's agenda): the price,
        its currency (the one asked when converted) and why; with no rate to convert, the
        price in the product's own currency and the missing rate as the why."""
        if self.fx_problem:
            own = replace(self, fx=None, fx_problem="").decide(Decimal(1), day)
            return own.unit_price, self.currency, self.fx_problem
        decision = self.decide(Decimal(1), day)
        currency = self.fx.target_currency if self.fx is not None else self.currency
        return decision.unit_price, currency, decision.explanation


def price_inputs(
    session: Session,
    client_id: str,
    product_ids: Iterable[str],
    day: date,
    *,
    currency: str | None = None,
) -> dict[str, PriceInputs]:
    """product id -> what decides its price for the client on `day`, for every live product
    asked (unknown or deleted ones are left out; inactive ones are in, with active False).

    With `currency` (an order's), a product priced in another one carries the conversion of
    its prices at the rate of `day` (or why there is none): decide() gives the price there.

    A fixed handful of queries whatever the number of products (more only past 500 products,
    in chunks): order entry calls this for every line it adds or reprices."""
    ids = list(dict.fromkeys(product_ids))
    client = session.execute(
        select(Client.price_column_id, PriceColumn.name, PriceColumn.discount_percent)
        .outerjoin(
            PriceColumn,
            (PriceColumn.id == Client.price_column_id) & live(PriceColumn),
        )
        .where(Client.id == client_id, live(Client))
    ).first()
    if client is None:
        raise gone(Client)
    column_id = client[0] if client[1] is not None else None
    if not ids:
        return {}
    products = _live_products(session, ids)
    ids = [p.id for p in products]
    explicit = explicit_prices(session, ids, column_id) if column_id else {}
    breaks = _quantity_breaks(session, ids, column_id)
    promotions: dict[str, tuple[PromotionTerms, ...]] = {}
    for start in range(0, len(products), IN_CHUNK):
        chunk_products = products[start : start + IN_CHUNK]
        promotions.update(_promotions_on(session, client_id, chunk_products, day))
    specials = _special_prices(session, client_id, ids, day)
    fx = _conversions(session, {p.currency for p in products}, currency, day)
    out: dict[str, PriceInputs] = {}
    for p in products:
        column = (
            None
            if column_id is None
            else ColumnTerms(client[1], client[2], explicit.get((p.id, column_id)))
        )
        out[p.id] = PriceInputs(
            product_id=p.id,
            sku=p.sku,
            name=p.name,
            unit=p.unit,
            vat_rate=p.vat_rate,
            base_price=p.base_price,
            currency=p.currency,
            active=p.active,
            column=column,
            breaks=tuple(sorted(breaks.get(p.id, ()), key=lambda b: b.min_quantity)),
            promotions=promotions.get(p.id, ()),
            specials=tuple(specials.get(p.id, ())),
            **fx.get(p.currency, {}),
        )
    return out


def _conversions(
    session: Session, currencies: set[str], target: str | None, day: date
) -> dict[str, dict[str, Any]]:
    """product currency -> the PriceInputs fields that convert from it to `target` on `day`."""
    others = {c for c in currencies if target and c.upper() != target.upper()}
    if not others or target is None:
        return {}
    book = rate_book(session)
    out: dict[str, dict[str, Any]] = {}
    for source in others:
        try:
            out[source] = {"fx": book.convert(ONE, source, target, day)}
        except MissingRate as exc:
            out[source] = {"fx_problem": str(exc)}
    return out


def _live_products(session: Session, ids: list[str]) -> list[Any]:
    products: list[Any] = []
    for chunk in in_chunks(ids):
        products.extend(
            session.execute(
                select(
                    Product.id,
                    Product.sku,
                    Product.name,
                    Product.unit,
                    Product.vat_rate,
                    Product.base_price,
                    Product.currency,
                    Product.active,
                    Product.category_id,
                ).where(Product.id.in_(chunk), live(Product))
            ).all()
        )
    return products


def _quantity_breaks(
    session: Session, ids: list[str], column_id: str | None
) -> dict[str, list[QuantityBreakTerms]]:
    """product id -> its quantity breaks for every column or the client's one."""
    breaks: dict[str, list[QuantityBreakTerms]] = {}
    for chunk in in_chunks(ids):
        stmt = select(
            QuantityBreak.product_id,
            QuantityBreak.min_quantity,
            QuantityBreak.discount_percent,
            QuantityBreak.price,
        ).where(QuantityBreak.product_id.in_(chunk), live(QuantityBreak))
        stmt = stmt.where(
            QuantityBreak.price_column_id.is_(None)
            if column_id is None
            else or_(
                QuantityBreak.price_column_id.is_(None),
                QuantityBreak.price_column_id == column_id,
            )
        )
        for pid, min_qty, pct, price in session.execute(stmt):
            breaks.setdefault(pid, []).append(QuantityBreakTerms(min_qty, pct, price))
    return breaks


def _special_prices(
    session: Session, client_id: str, ids: list[str], day: date
) -> dict[str, list[SpecialPrice]]:
    """product id -> the client's special prices valid on `day`."""
    specials: dict[str, list[SpecialPrice]] = {}
    for chunk in in_chunks(ids):
        stmt = select(
            ClientPrice.product_id, ClientPrice.price, ClientPrice.valid_from, ClientPrice.valid_to
        ).where(
            ClientPrice.client_id == client_id,
            ClientPrice.product_id.in_(chunk),
            live(ClientPrice),
            or_(ClientPrice.valid_from.is_(None), ClientPrice.valid_from <= day),
            or_(ClientPrice.valid_to.is_(None), ClientPrice.valid_to >= day),
        )
        for pid, price, valid_from, valid_to in session.execute(stmt):
            specials.setdefault(pid, []).append(SpecialPrice(price, valid_from, valid_to))
    return specials


def _promotions_on(
    session: Session, client_id: str, products: Sequence[Any], day: date
) -> dict[str, tuple[PromotionTerms, ...]]:
    """product id -> promotions valid on `day` for every client or this one, naming the
    product or covering its category (or a category above it)."""
    parents = category_parents(session) if any(p.category_id for p in products) else {}
    covers = {p.id: category_ancestors(p.category_id, parents) for p in products}
    categories = sorted({c for cats in covers.values() for c in cats})
    ids = [p.id for p in products]
    anyone = ~exists().where(PromotionClient.promotion_id == Promotion.id, live(PromotionClient))
    this_client = exists().where(
        PromotionClient.promotion_id == Promotion.id,
        live(PromotionClient),
        PromotionClient.client_id == client_id,
    )
    named = select(PromotionProduct.promotion_id).where(
        PromotionProduct.product_id.in_(ids), live(PromotionProduct)
    )
    found = (
        session.execute(
            select(Promotion).where(
                live(Promotion),
                Promotion.starts_on <= day,
                Promotion.ends_on >= day,
                or_(anyone, this_client),
                or_(Promotion.id.in_(named), Promotion.category_id.in_(categories)),
            )
        )
        .scalars()
        .all()
    )
    if not found:
        return {}
    links: set[tuple[str, str]] = {
        (promotion_id, product_id)
        for promotion_id, product_id in session.execute(
            select(PromotionProduct.promotion_id, PromotionProduct.product_id).where(
                PromotionProduct.promotion_id.in_([p.id for p in found]),
                PromotionProduct.product_id.in_(ids),
                live(PromotionProduct),
            )
        )
    }
    out: dict[str, tuple[PromotionTerms, ...]] = {}
    for pid in ids:
        terms = tuple(
            PromotionTerms(
                promo.name,
                promo.starts_on,
                promo.ends_on,
                promo.discount_percent,
                promo.fixed_price,
            )
            for promo in found
            if (promo.id, pid) in links or (promo.category_id in covers[pid])
        )
        if terms:
            out[pid] = terms
    return out


def client_price_preview(
    session: Session, client_id: str, product_id: str, quantity: Decimal, day: date
) -> PriceDecision:
    """The unit price the client would pay for `quantity` of the product on `day`, and why:
    in the client's currency (a product priced in another is converted at the day's rate)."""
    if why := quantity_problem(quantity):
        raise UserError(why)
    currency = session.execute(select(Client.currency).where(Client.id == client_id)).scalar()
    found = price_inputs(session, client_id, [product_id], day, currency=currency)
    inputs = found.get(product_id)
    if inputs is None:
        raise gone(Product)

    try:
        return inputs.decide(quantity, day)
    except MissingRate as exc:
        raise UserError(str(exc)) from None
