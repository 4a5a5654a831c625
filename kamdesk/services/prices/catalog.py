"""The catalogue: products (searched, shown with their price in every price column, saved,
deactivated: never deleted, since orders name them). What prices order lines (price_inputs,
client_price_preview) is services.prices.price_inputs, re-exported here.

The price list's parts are in services.prices.price_list, promotions in
services.prices.promotions, a client's terms and special prices in
services.clients.client_terms.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk import messages
from kamdesk.domain.catalog import ProductData, default_unit, validate_product
from kamdesk.domain.documents import country_language
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.money import from_minor
from kamdesk.domain.pricing import ColumnTerms, column_price
from kamdesk.domain.text import search_fold, sort_key
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.models import Company, OrderLine, Product, ProductCategory
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.price_inputs import PriceInputs as PriceInputs
from kamdesk.services.prices.price_inputs import client_price_preview as client_price_preview
from kamdesk.services.prices.price_inputs import price_inputs as price_inputs
from kamdesk.services.prices.price_list import (
    BreakRecord,
    PriceColumnRecord,
    category_ancestors,
    category_parents,
    explicit_prices,
    list_categories,
    list_price_columns,
    quantity_breaks,
)
from kamdesk.services.prices.promotions import PromotionRow, promotions_for_product
from kamdesk.services.queries import get_live, live

# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnPrice:
    """A product's price in one price column: its own (explicit) or the column's percentage."""

    column_id: str
    price: Decimal
    explicit: bool


@dataclass(frozen=True)
class ProductRow:
    id: str
    sku: str
    name: str
    category: str
    unit: str
    vat_rate: Decimal
    base_price: Decimal
    currency: str
    active: bool
    prices: tuple[ColumnPrice, ...]  # in the order of list_price_columns


@dataclass(frozen=True)
class ProductPage:
    total: int  # how many products match, whatever the page
    rows: tuple[ProductRow, ...]


@dataclass(frozen=True)
class ColumnPriceDetail:
    column_id: str
    column_name: str
    discount_percent: Decimal
    explicit_price: Decimal | None  # None: the column's percentage applies
    percentage_price: Decimal  # base less the column's percentage


@dataclass(frozen=True)
class ProductDetail:
    id: str
    data: ProductData
    category: str
    column_prices: tuple[ColumnPriceDetail, ...]
    breaks: tuple[BreakRecord, ...]
    promotions: tuple[PromotionRow, ...]  # running or coming, by product or category
    order_lines: int  # live order lines with it: such a product is deactivated, never deleted


# --- products ---------------------------------------------------------------------------------


def _default_currency_and_vat(session: Session) -> tuple[str, Decimal]:
    row = session.execute(
        select(Company.default_currency, Company.vat_rate)
        .where(live(Company))
        .order_by(Company.created_at)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else ("EUR", Decimal(20))


def product_defaults(session: Session) -> ProductData:
    """A new product as the form starts it: the company's currency and VAT rate, and pieces
    as the company's documents write them (шт. for a Russian company)."""
    currency, vat = _default_currency_and_vat(session)
    return ProductData(currency=currency, vat_rate=vat, unit=company_unit(session))


def company_unit(session: Session) -> str:
    """ "Pieces" in the language of the company's country, else of the interface."""
    country = session.execute(
        select(Company.country).where(live(Company)).order_by(Company.created_at).limit(1)
    ).scalar_one_or_none()
    return default_unit(country_language(country) if country else messages.language())


SORTS = ("sku", "name", "category", "unit", "vat_rate", "base_price", "active")
PRICE_SORT = "price:"  # + a price column's id: by the product's price in that column


def search_products(
    session: Session,
    *,
    search: str = "",
    category_id: str | None = None,
    active: bool | None = True,
    sort: str = "sku",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> ProductPage:
    """One page of live products whose SKU or name holds every typed word (case and accents
    ignored), optionally in one category (or below it) and active (True), inactive (False) or
    both (None); with each product's price in every price column.

    Words are matched here rather than in SQL: SQLite's LIKE and lower() know ASCII only, and
    a catalogue is thousands of rows, not millions. Only the page's rows are read whole."""
    table = Product.__table__.c  # raw stored values: no Decimal per row for the whole list
    stmt = select(
        table.id, table.sku, table.name, table.category_id, table.unit, table.active
    ).where(live(table))
    figure = "base_price" if sort.startswith(PRICE_SORT) else sort
    if figure in ("vat_rate", "base_price"):
        stmt = stmt.add_columns(type_coerce(table[figure], String).label("figure"))
    if active is not None:
        stmt = stmt.where(table.active.is_(active))
    parents = category_parents(session)
    if category_id is not None:
        below = [c for c in parents if category_id in category_ancestors(c, parents)]
        stmt = stmt.where(table.category_id.in_(below or [category_id]))
    words = [search_fold(w) for w in search.split()]
    names = {c.id: c.name for c in list_categories(session)}
    found = []
    for row in session.execute(stmt).all():
        if words:
            text = search_fold(f"{row.sku} {row.name}")
            if not all(w in text for w in words):
                continue
        found.append(row)
    found.sort(key=_sort_key(session, sort, found, names), reverse=descending)
    ids = [r.id for r in found[offset : offset + limit]]
    whole = {
        r.id: r
        for r in session.execute(
            select(
                Product.id,
                Product.vat_rate,
                Product.base_price,
                Product.currency,
            ).where(Product.id.in_(ids))
        )
    }
    columns = list_price_columns(session)
    explicit = explicit_prices(session, ids)
    rows = tuple(
        ProductRow(
            id=r.id,
            sku=r.sku,
            name=r.name,
            category=names.get(r.category_id, ""),
            unit=r.unit,
            vat_rate=whole[r.id].vat_rate,
            base_price=whole[r.id].base_price,
            currency=whole[r.id].currency,
            active=r.active,
            prices=tuple(
                _column_price(whole[r.id].base_price, c, explicit.get((r.id, c.id)))
                for c in columns
            ),
        )
        for r in found[offset : offset + limit]
    )
    return ProductPage(total=len(found), rows=rows)


def _sort_key(session: Session, sort: str, found: list[Any], names: dict[str, str]) -> Any:
    """How the found rows sort (ties by SKU, then id): a whitelist of the list's columns."""
    if sort.startswith(PRICE_SORT):
        column_id = sort[len(PRICE_SORT) :]
        column = next((c for c in list_price_columns(session) if c.id == column_id), None)
        if column is not None:
            own = explicit_prices(session, [r.id for r in found], column_id)

            def price(r: Any) -> tuple[Decimal, str]:
                base = from_minor(int(r.figure))
                return _column_price(base, column, own.get((r.id, column_id))).price, r.sku

            return price
    return {
        "name": lambda r: (sort_key(r.name), r.id),
        "category": lambda r: (sort_key(names.get(r.category_id, "")), r.sku.casefold()),
        "unit": lambda r: (r.unit, r.sku.casefold()),
        "vat_rate": lambda r: (Decimal(r.figure), r.sku.casefold()),
        "base_price": lambda r: (int(r.figure), r.sku.casefold()),
        "active": lambda r: (r.active, r.sku.casefold()),
    }.get(sort, lambda r: (r.sku.casefold(), r.id))


def _column_price(base: Decimal, column: PriceColumnRecord, own: Decimal | None) -> ColumnPrice:
    if own is not None:
        return ColumnPrice(column.id, own, True)
    terms = ColumnTerms(column.name, column.discount_percent)
    return ColumnPrice(column.id, column_price(base, terms).price, False)


def _data_of(row: Product) -> ProductData:
    return ProductData(
        sku=row.sku,
        name=row.name,
        category_id=row.category_id,
        unit=row.unit,
        vat_rate=row.vat_rate,
        base_price=row.base_price,
        currency=row.currency,
        active=row.active,
        description=row.description,
    )


def product_data(session: Session, product_id: str) -> ProductData:
    """What the product form edits, as stored now."""
    return _data_of(get_live(session, Product, product_id))


def get_product(session: Session, product_id: str, *, today: date) -> ProductDetail:
    """The product with its price in every column, its quantity breaks and the promotions
    running or coming on it (named, or by its category)."""
    row = get_live(session, Product, product_id)
    data = _data_of(row)
    explicit = explicit_prices(session, [product_id])
    column_prices = tuple(
        ColumnPriceDetail(
            column_id=c.id,
            column_name=c.name,
            discount_percent=c.discount_percent,
            explicit_price=explicit.get((product_id, c.id)),
            percentage_price=column_price(
                row.base_price, ColumnTerms(c.name, c.discount_percent)
            ).price,
        )
        for c in list_price_columns(session)
    )
    names = {c.id: c.name for c in list_categories(session)}
    lines = session.execute(
        select(func.count()).where(OrderLine.product_id == product_id, live(OrderLine))
    ).scalar_one()
    return ProductDetail(
        id=row.id,
        data=data,
        category=names.get(row.category_id or "", ""),
        column_prices=column_prices,
        breaks=tuple(quantity_breaks(session, product_id)),
        promotions=tuple(promotions_for_product(session, product_id, today=today)),
        order_lines=int(lines),
    )


def _clean_product(data: ProductData) -> ProductData:
    return dataclasses.replace(
        data,
        sku=data.sku.strip(),
        name=data.name.strip(),
        unit=data.unit.strip(),
        currency=data.currency.strip().upper(),
        description=data.description.strip(),
    )


def product_problems(
    session: Session, data: ProductData, *, product_id: str | None = None
) -> dict[str, str]:
    """Every reason the product cannot be saved as it is, by field ({} when it can)."""
    data = _clean_product(data)
    problems = validate_product(data)
    if "sku" not in problems:
        wanted = data.sku.casefold()
        taken = next(
            (
                sku
                for pid, sku in session.execute(
                    select(Product.id, Product.sku).where(live(Product))
                )
                if pid != product_id and sku.strip().casefold() == wanted
            ),
            None,
        )
        if taken is not None:
            problems["sku"] = _("Another product already has the SKU {sku}.").format(sku=taken)
    if data.category_id is not None:
        category = session.get(ProductCategory, data.category_id)
        if category is None or category.deleted_at is not None:
            problems["category_id"] = _("That category no longer exists.")

    return problems


def save_product(
    session: Session,
    data: ProductData,
    *,
    product_id: str | None = None,
    base: ProductData | None = None,
) -> str:
    """Create (product_id None) or update a product; InvalidFields and nothing saved if any
    field is wrong. Returns the product's id. With `base` (the product as the form loaded it)
    only the fields the user changed are written; StaleEdit if one of them changed since."""
    if product_id is not None and base is not None:
        data = merge_edit(base, data, product_data(session, product_id))
    data = _clean_product(data)
    problems = product_problems(session, data, product_id=product_id)
    if problems:
        raise InvalidFields(problems)
    assert data.vat_rate is not None and data.base_price is not None  # validated above
    if product_id is None:
        currency = data.currency or _default_currency_and_vat(session)[0]
        row = Product(
            sku=data.sku,
            name=data.name,
            vat_rate=data.vat_rate,
            base_price=data.base_price,
            currency=currency,
        )
        session.add(row)
    else:
        row = get_live(session, Product, product_id)
    values: dict[str, object] = {
        "sku": data.sku,
        "name": data.name,
        "category_id": data.category_id,
        "unit": data.unit,
        "vat_rate": data.vat_rate,
        "base_price": data.base_price,
        "active": data.active,
        "description": data.description,
    }
    if data.currency:
        values["currency"] = data.currency
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()
    return row.id


def deactivate_product(session: Session, product_id: str) -> None:
    """Take a product out of the catalogue's working lists. It is never deleted: orders,
    invoices and returns that name it keep it; it can be made active again."""
    row = get_live(session, Product, product_id)
    if row.active:
        row.active = False
        session.flush()


def delete_product(session: Session, product_id: str) -> str:
    """To the trash, with its prices, texts and links (restorable from there); its name.
    Refused, with the reason, for a product an order or a return names: that history must
    stay, and the product is retired by unticking Active instead."""
    from datetime import UTC, datetime

    from kamdesk.models import (
        ActivityProduct,
        ClientPrice,
        ProductPrice,
        ProductTaxRate,
        ProductTranslation,
        PromotionProduct,
        QuantityBreak,
        ReturnLine,
    )
    from kamdesk.services.queries import get_live

    row = get_live(session, Product, product_id)
    named = sum(
        session.scalar(select(func.count()).where(model.product_id == product_id)) or 0
        for model in (OrderLine, ReturnLine)
    )
    if named:
        lines = ngettext("{n} order or return line", "{n} order or return lines", named)
        raise UserError(
            _(
                "{product} is on {lines}: its history must stay. Untick Active to retire it "
                "instead."
            ).format(product=row.name, lines=lines.format(n=named))
        )
    stamp = datetime.now(UTC)
    row.deleted_at = stamp
    links: tuple[Any, ...] = (
        ProductPrice,
        QuantityBreak,
        ClientPrice,
        ProductTranslation,
        ProductTaxRate,
        PromotionProduct,
        ActivityProduct,
    )
    for model in links:
        for link in session.scalars(
            select(model).where(model.product_id == product_id, model.deleted_at.is_(None))
        ):
            link.deleted_at = stamp
    session.flush()
    return row.name
