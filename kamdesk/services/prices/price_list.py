"""What a price list is made of: product categories, price columns (named discount levels:
Retail, Wholesale, Key, VIP…) with the products' own prices in them, and quantity breaks.

A price column is a percentage off the base price, or a product's explicit price in it where
one is set. Columns go only when no client and no explicit price uses them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.catalog import (
    BreakData,
    money_problem,
    validate_break,
    validate_price_column,
)
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.flat_edits import Flat
from kamdesk.domain.money import qty_to_milli
from kamdesk.domain.natural_keys import product_price_id, quantity_break_id
from kamdesk.domain.text import sort_key
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.models import (
    Client,
    PriceColumn,
    Product,
    ProductCategory,
    ProductPrice,
    QuantityBreak,
)
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, in_chunks, live, revive_or_add

# --- categories and products as pickers offer them ---------------------------------------------


@dataclass(frozen=True)
class CategoryRecord:
    id: str
    name: str
    parent_id: str | None


def list_categories(session: Session) -> list[CategoryRecord]:
    rows = session.execute(
        select(ProductCategory.id, ProductCategory.name, ProductCategory.parent_id).where(
            live(ProductCategory)
        )
    ).all()
    return sorted((CategoryRecord(*r) for r in rows), key=lambda c: (sort_key(c.name), c.id))


def category_parents(session: Session) -> dict[str, str | None]:
    return dict(
        session.execute(
            select(ProductCategory.id, ProductCategory.parent_id).where(live(ProductCategory))
        ).all()
    )


def category_ancestors(category_id: str | None, parents: dict[str, str | None]) -> list[str]:
    """The category and those above it (a promotion on 'Films' covers 'Films / Stretch')."""
    found: list[str] = []
    while category_id is not None and category_id in parents and category_id not in found:
        found.append(category_id)
        category_id = parents[category_id]
    return found


@dataclass(frozen=True)
class ProductChoice:
    """A product as pickers offer it (completion on SKU and name)."""

    id: str
    sku: str
    name: str
    unit: str
    active: bool
    currency: str

    @property
    def label(self) -> str:
        return f"{self.sku} · {self.name}"


def product_choices(session: Session, *, include_inactive: bool = False) -> list[ProductChoice]:
    """Every live product for a picker's completion, by SKU."""
    stmt = select(
        Product.id, Product.sku, Product.name, Product.unit, Product.active, Product.currency
    ).where(live(Product))
    if not include_inactive:
        stmt = stmt.where(Product.active.is_(True))
    rows = [ProductChoice(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda p: (p.sku.casefold(), p.id))


def category_problems(
    session: Session, name: str, *, category_id: str | None = None
) -> dict[str, str]:
    """Why a category of this name cannot be saved ({} when it can): the name is required,
    at most 200 characters and not taken (whatever the case)."""
    name = name.strip()
    if not name:
        return {"name": _("A category needs a name.")}
    if len(name) > 200:
        return {"name": _("A category name is at most 200 characters.")}
    for other in list_categories(session):
        if other.id != category_id and other.name.strip().casefold() == name.casefold():
            return {"name": _("There is already a category called {name}.").format(name=other.name)}
    return {}


def add_category(session: Session, name: str) -> str:
    """A new product category; InvalidFields when the name is empty or taken."""
    problems = category_problems(session, name)
    if problems:
        raise InvalidFields(problems)
    row = ProductCategory(name=name.strip())
    session.add(row)
    session.flush()
    return row.id


def rename_category(session: Session, category_id: str, name: str) -> None:
    """Rename a category (its products keep it); InvalidFields when the name is empty or taken."""
    row = get_live(session, ProductCategory, category_id)
    problems = category_problems(session, name, category_id=category_id)
    if problems:
        raise InvalidFields(problems)
    if row.name != name.strip():
        row.name = name.strip()
        session.flush()


# --- price columns ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceColumnRecord:
    id: str
    name: str
    discount_percent: Decimal
    sort_order: int
    clients: int  # live clients on this column
    explicit_prices: int  # live products with their own price in it
    breaks: int  # live quantity breaks made for this column only


def list_price_columns(session: Session) -> list[PriceColumnRecord]:
    """The live price columns in their order, with what uses each."""

    def counts(stmt: Any) -> dict[str, int]:
        return {cid: int(n) for cid, n in session.execute(stmt).all()}

    clients = counts(
        select(Client.price_column_id, func.count())
        .where(live(Client), Client.price_column_id.is_not(None))
        .group_by(Client.price_column_id)
    )
    prices = counts(
        select(ProductPrice.price_column_id, func.count())
        .join(Product, Product.id == ProductPrice.product_id)
        .where(live(ProductPrice), live(Product))
        .group_by(ProductPrice.price_column_id)
    )
    breaks = counts(
        select(QuantityBreak.price_column_id, func.count())
        .where(live(QuantityBreak), QuantityBreak.price_column_id.is_not(None))
        .group_by(QuantityBreak.price_column_id)
    )
    rows = session.execute(
        select(
            PriceColumn.id, PriceColumn.name, PriceColumn.discount_percent, PriceColumn.sort_order
        )
        .where(live(PriceColumn))
        .order_by(PriceColumn.sort_order, PriceColumn.name, PriceColumn.id)
    ).all()
    return [
        PriceColumnRecord(
            cid, name, pct, order, clients.get(cid, 0), prices.get(cid, 0), breaks.get(cid, 0)
        )
        for cid, name, pct, order in rows
    ]


def price_column_problems(
    session: Session, name: str, discount_percent: Decimal, *, column_id: str | None = None
) -> dict[str, str]:
    """Every reason a column with this name and percentage cannot be saved ({} when it can):
    the name is required and not taken (whatever the case), the percentage 0 to 100."""
    name = name.strip()
    problems = validate_price_column(name, discount_percent)
    if "name" not in problems:
        for cid, other in session.execute(
            select(PriceColumn.id, PriceColumn.name).where(live(PriceColumn))
        ):
            if cid != column_id and other.strip().casefold() == name.casefold():
                problems["name"] = _("There is already a price column called {name}.").format(
                    name=other
                )
    return problems


def add_price_column(session: Session, name: str, discount_percent: Decimal = Decimal(0)) -> str:
    """A new price column, last in the order; InvalidFields when the name is empty or taken
    or the percentage is not 0 to 100."""
    problems = price_column_problems(session, name, discount_percent)
    if problems:
        raise InvalidFields(problems)
    last = session.execute(
        select(func.max(PriceColumn.sort_order)).where(live(PriceColumn))
    ).scalar_one()
    row = PriceColumn(
        name=name.strip(), discount_percent=discount_percent, sort_order=(last or 0) + 1
    )
    session.add(row)
    session.flush()
    return row.id


def rename_price_column(session: Session, column_id: str, name: str) -> None:
    row = get_live(session, PriceColumn, column_id)
    problems = price_column_problems(session, name, row.discount_percent, column_id=column_id)
    if problems:
        raise InvalidFields(problems)
    if row.name != name.strip():
        row.name = name.strip()
        session.flush()


@dataclass(frozen=True)
class ColumnFields:
    """What the price-column form edits: the name and the percentage off the base price."""

    name: str
    discount_percent: Decimal


def column_fields(session: Session, column_id: str) -> ColumnFields:
    row = get_live(session, PriceColumn, column_id)
    return ColumnFields(row.name, row.discount_percent)


def save_price_column(
    session: Session, column_id: str, fields: ColumnFields, *, base: ColumnFields | None = None
) -> None:
    """Store a column's name and percentage; InvalidFields and nothing saved if one is wrong.
    With `base` (the fields as the form loaded them) only what the user changed is written:
    a percentage set elsewhere meanwhile stays when the user only renamed; StaleEdit if a
    field the user changed was changed elsewhere too."""
    fields = ColumnFields(fields.name.strip(), fields.discount_percent)
    if base is not None:
        fields = merge_edit(base, fields, column_fields(session, column_id))
    problems = price_column_problems(
        session, fields.name, fields.discount_percent, column_id=column_id
    )
    if problems:
        raise InvalidFields(problems)
    row = get_live(session, PriceColumn, column_id)
    if row.name != fields.name:
        row.name = fields.name
    if row.discount_percent != fields.discount_percent:
        row.discount_percent = fields.discount_percent
    session.flush()


def set_column_percent(session: Session, column_id: str, discount_percent: Decimal) -> None:
    """The percentage off the base price for products without their own price in the column."""
    row = get_live(session, PriceColumn, column_id)
    problems = validate_price_column(row.name, discount_percent)
    if problems:
        raise InvalidFields(problems)
    if row.discount_percent != discount_percent:
        row.discount_percent = discount_percent
        session.flush()


def delete_price_column(session: Session, column_id: str) -> None:
    """Delete a price column no client and no explicit price uses (else a UserError says how
    many do). Quantity breaks made for that column only go with it."""
    row = get_live(session, PriceColumn, column_id)
    record = next(c for c in list_price_columns(session) if c.id == column_id)
    if record.clients or record.explicit_prices:
        raise UserError(_column_in_use(row.name, record.clients, record.explicit_prices))
    stamp = datetime.now(UTC)
    row.deleted_at = stamp
    for b in session.execute(
        select(QuantityBreak).where(QuantityBreak.price_column_id == column_id, live(QuantityBreak))
    ).scalars():
        b.deleted_at = stamp
    session.flush()


# --- a product's explicit price in a column ---------------------------------------------------


def explicit_prices(
    session: Session, product_ids: Sequence[str], column_id: str | None = None
) -> dict[tuple[str, str], Decimal]:
    """(product id, column id) -> the product's own live price in that column."""
    out: dict[tuple[str, str], Decimal] = {}
    for chunk in in_chunks(product_ids):
        stmt = select(ProductPrice.product_id, ProductPrice.price_column_id, ProductPrice.price)
        stmt = stmt.where(ProductPrice.product_id.in_(chunk), live(ProductPrice))
        if column_id is not None:
            stmt = stmt.where(ProductPrice.price_column_id == column_id)
        out.update({(p, c): price for p, c, price in session.execute(stmt)})
    return out


def set_column_price(session: Session, product_id: str, column_id: str, price: Decimal) -> None:
    """The product's own price in the column (instead of the column's percentage)."""
    if why := money_problem(price):
        raise InvalidFields({f"price:{column_id}": why})
    get_live(session, Product, product_id)
    get_live(session, PriceColumn, column_id)
    row = session.execute(
        select(ProductPrice).where(
            ProductPrice.product_id == product_id, ProductPrice.price_column_id == column_id
        )
    ).scalar_one_or_none()
    if row is None:  # (product, column) is unique, tombstones included: revive, never insert twice
        session.add(
            ProductPrice(
                id=product_price_id(product_id, column_id),
                product_id=product_id,
                price_column_id=column_id,
                price=price,
            )
        )
    elif row.deleted_at is not None or row.price != price:
        row.deleted_at = None
        row.price = price
    session.flush()


def clear_column_price(session: Session, product_id: str, column_id: str) -> None:
    """Back to the column's percentage off the base price."""
    row = session.execute(
        select(ProductPrice).where(
            ProductPrice.product_id == product_id,
            ProductPrice.price_column_id == column_id,
            live(ProductPrice),
        )
    ).scalar_one_or_none()
    if row is not None:
        row.tombstone()
        session.flush()


def _price_values(prices: Mapping[str, Decimal | None]) -> dict[str, Any]:
    return {f"price:{column_id}": price for column_id, price in prices.items()}


def _prices_of(
    _prices: dict[str, Decimal | None], values: Mapping[str, Any]
) -> dict[str, Decimal | None]:
    return {name.partition(":")[2]: price for name, price in values.items()}


# a product's own prices by column as the form's fields (price:<column id>), for a save merged
# onto what is stored now and the user's choice of a clashing one
COLUMN_PRICE_FIELDS = Flat(_price_values, _prices_of)


def save_column_prices(
    session: Session,
    product_id: str,
    prices: dict[str, Decimal | None],
    *,
    base: dict[str, Decimal | None],
) -> None:
    """The product's own prices by column as the form has them (None: the column's
    percentage), `base` as it loaded them: only those the user changed are written, and
    StaleEdit if one of them changed since (an import, another window); its `theirs` is in
    the shape of `base`."""
    stored = explicit_prices(session, [product_id])
    theirs = {c: stored.get((product_id, c)) for c in prices}
    merged = COLUMN_PRICE_FIELDS.merge({c: base.get(c) for c in prices}, prices, theirs)
    for column_id in prices:
        price = merged.get(column_id)
        if price == theirs[column_id]:
            continue
        if price is None:
            clear_column_price(session, product_id, column_id)
        else:
            set_column_price(session, product_id, column_id, price)


# --- quantity breaks --------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakRecord:
    id: str
    price_column_id: str | None  # None: every column
    column_name: str  # '' for every column
    min_quantity: Decimal
    discount_percent: Decimal | None
    price: Decimal | None


def quantity_breaks(session: Session, product_id: str) -> list[BreakRecord]:
    """The product's live breaks: every-column ones first, then by column and quantity."""
    columns = {c.id: c for c in list_price_columns(session)}
    rows = session.execute(
        select(QuantityBreak).where(QuantityBreak.product_id == product_id, live(QuantityBreak))
    ).scalars()
    out = [
        BreakRecord(
            id=b.id,
            price_column_id=b.price_column_id,
            column_name=columns[b.price_column_id].name if b.price_column_id in columns else "",
            min_quantity=b.min_quantity,
            discount_percent=b.discount_percent,
            price=b.price,
        )
        for b in rows
    ]
    order = {cid: i for i, cid in enumerate(columns)}
    return sorted(out, key=lambda b: (order.get(b.price_column_id or "", -1), b.min_quantity, b.id))


def break_problems(session: Session, product_id: str | None, data: BreakData) -> dict[str, str]:
    """Every reason the break cannot be added ({} when it can); product_id None for a
    product not saved yet (then only the break's own rules are checked)."""
    problems = validate_break(data)
    if data.price_column_id is not None:
        column = session.get(PriceColumn, data.price_column_id)
        if column is None or column.deleted_at is not None:
            problems["price_column_id"] = _("That price column no longer exists.")
    if product_id is not None and "min_quantity" not in problems:
        assert data.min_quantity is not None
        for b in quantity_breaks(session, product_id):
            if b.price_column_id == data.price_column_id and b.min_quantity == data.min_quantity:
                problems["min_quantity"] = (
                    _("There is already a break from {quantity} for the {column} column.")
                    if b.column_name
                    else _("There is already a break from {quantity} for every column.")
                ).format(quantity=format(b.min_quantity, "f"), column=b.column_name)
    return problems


def _column_in_use(name: str, clients: int, prices: int) -> str:
    """Why a price column in use is not deleted: its clients and explicit prices, counted."""
    counted = {
        "column": name,
        "clients": ngettext("{n} client", "{n} clients", clients).format(n=clients),
        "prices": ngettext("{n} explicit price", "{n} explicit prices", prices).format(n=prices),
    }
    if clients and prices:
        text = _(
            "The price column {column} is used by {clients} and {prices}. Move those clients to "
            "another column and clear those prices first; nothing was deleted."
        )
    elif clients:
        text = _(
            "The price column {column} is used by {clients}. Move those clients to another "
            "column and clear those prices first; nothing was deleted."
        )
    else:
        text = _(
            "The price column {column} is used by {prices}. Move those clients to another "
            "column and clear those prices first; nothing was deleted."
        )
    return text.format(**counted)


def add_quantity_break(session: Session, product_id: str, data: BreakData) -> str:
    """From data.min_quantity on, a percentage off the column price or a fixed unit price;
    InvalidFields if a rule is broken or the same product, column and minimum already has
    one."""
    get_live(session, Product, product_id)
    problems = break_problems(session, product_id, data)
    if problems:
        raise InvalidFields(problems)
    assert data.min_quantity is not None
    key_id = quantity_break_id(product_id, data.price_column_id, qty_to_milli(data.min_quantity))
    row = revive_or_add(
        session,
        QuantityBreak,
        key_id,  # a break removed and made again is the same record, back
        product_id=product_id,
        price_column_id=data.price_column_id,
        min_quantity=data.min_quantity,
        discount_percent=data.discount_percent,
        price=data.price,
    )
    session.flush()
    return row.id


def remove_quantity_break(session: Session, break_id: str) -> None:
    row = get_live(session, QuantityBreak, break_id)
    row.tombstone()
    session.flush()
