"""Products and price lists from a spreadsheet (CSV or XLSX); the price list out is price_export.

read_sheet -> plan_import (nothing written; every problem found) -> apply_import (the caller's
unit of work). The rules for headers and cells are kamdesk.domain.sheet's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.natural_keys import product_price_id
from kamdesk.domain.sheet import (
    ProductRow,
    RowProblem,
    SheetMapping,
    check_sheet,
    with_notes,
)
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.models import Company, PriceColumn, Product, ProductCategory, ProductPrice
from kamdesk.models.base import new_id, utcnow
from kamdesk.services.file_errors import nothing_imported
from kamdesk.services.prices.catalog import company_unit
from kamdesk.services.prices.sheet_file import Sheet as Sheet
from kamdesk.services.prices.sheet_file import bounded_rows as bounded_rows
from kamdesk.services.prices.sheet_file import read_sheet as read_sheet
from kamdesk.services.prices.sheet_file import sniff_delimiter as sniff_delimiter
from kamdesk.services.queries import in_chunks, live


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ProductUpdate:
    product_id: str
    row: ProductRow
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class PriceChange:
    """An explicit price to set (new is a Decimal) or to clear (new is None)."""

    sku: str
    column: str
    old: Decimal | None
    new: Decimal | None


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, found without writing anything."""

    creates: tuple[ProductRow, ...] = ()
    updates: tuple[ProductUpdate, ...] = ()
    unchanged: int = 0
    prices: tuple[PriceChange, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    fields: frozenset[str] = frozenset()
    currency: str = "EUR"
    category_ids: dict[str, str] = field(default_factory=dict)
    column_ids: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # the sheet's: control characters removed, where
    new_categories: tuple[str, ...] = ()  # named in the file, created by the import

    @property
    def prices_set(self) -> int:
        return sum(1 for p in self.prices if p.new is not None)

    @property
    def prices_cleared(self) -> int:
        return sum(1 for p in self.prices if p.new is None)

    @property
    def bad_rows(self) -> int:
        return len({p.row_number for p in self.problems if not p.is_file_level})

    @property
    def is_empty(self) -> bool:
        return not (self.creates or self.updates or self.prices)

    def summary(self) -> str:
        """ "3 products to create, 2 to update, 4 explicit prices set, 1 cleared"."""
        created, n = len(self.creates), self.prices_set
        counts = {
            "products": ngettext("{n} product", "{n} products", created).format(n=created),
            "updated": len(self.updates),
            "prices": ngettext("{n} explicit price", "{n} explicit prices", n).format(n=n),
            "cleared": self.prices_cleared,
            "unchanged": self.unchanged,
        }
        text = (
            _(
                "{products} to create, {updated} to update, {prices} set, {cleared} cleared "
                "({unchanged} unchanged)"
            )
            if self.unchanged
            else _("{products} to create, {updated} to update, {prices} set, {cleared} cleared")
        )
        return with_notes(text.format(**counts), [*self.category_notes(), *self.notes])

    def category_notes(self) -> list[str]:
        """ "New categories will be created: Крепёж, Инструмент" (a notice, not a problem)."""
        if not self.new_categories:
            return []
        n = len(self.new_categories)
        return [
            ngettext(
                "A new category will be created: {names}",
                "{n} new categories will be created: {names}",
                n,
            ).format(n=n, names=", ".join(self.new_categories))
        ]


@dataclass(frozen=True)
class _Existing:
    id: str
    sku: str
    name: str
    category_id: str | None
    unit: str
    vat_rate: Decimal
    base_price: Decimal
    description: str


def _live_names(
    session: Session, model: type[ProductCategory] | type[PriceColumn]
) -> dict[str, str]:
    rows = session.execute(
        select(model.name, model.id).where(live(model)).order_by(model.created_at)
    )
    names: dict[str, str] = {}
    for name, id_ in rows:
        names.setdefault(name, id_)
    return names


def default_currency(session: Session) -> str:
    stmt = (
        select(Company.default_currency).where(live(Company)).order_by(Company.created_at).limit(1)
    )
    return session.execute(stmt).scalar_one_or_none() or "EUR"


def _existing_products(session: Session) -> dict[str, list[_Existing]]:
    stmt = select(
        Product.id,
        Product.sku,
        Product.name,
        Product.category_id,
        Product.unit,
        Product.vat_rate,
        Product.base_price,
        Product.description,
    ).where(live(Product))
    by_sku: dict[str, list[_Existing]] = {}
    for row in session.execute(stmt):
        item = _Existing(*row)
        by_sku.setdefault(item.sku.strip().casefold(), []).append(item)
    return by_sku


def _explicit_prices(session: Session) -> dict[tuple[str, str], Decimal]:
    """(product id, price column id) -> live explicit price."""
    stmt = select(ProductPrice.product_id, ProductPrice.price_column_id, ProductPrice.price).where(
        live(ProductPrice)
    )
    return {(p, c): price for p, c, price in session.execute(stmt)}


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def plan_import(session: Session, sheet: Sheet, mapping: SheetMapping) -> ImportPlan:
    """Check every row against the catalogue and say what importing would change.

    Existing products are matched by SKU (case-insensitive); only the columns the sheet has
    are compared. Writes nothing.
    """
    category_ids = _live_names(session, ProductCategory)
    column_ids = _live_names(session, PriceColumn)
    check = check_sheet(
        sheet.headers,
        sheet.rows,
        mapping,
        categories=category_ids.keys(),
        price_columns=column_ids.keys(),
        unit=company_unit(session),
    )
    problems = list(check.problems)
    existing = _existing_products(session)
    explicit = _explicit_prices(session)
    creates: list[ProductRow] = []
    updates: list[ProductUpdate] = []
    prices: list[PriceChange] = []
    unchanged = 0
    for row in check.rows:
        matches = existing.get(row.sku.casefold(), [])
        if len(matches) > 1:
            problems.append(
                RowProblem(
                    row.row_number,
                    "sku",
                    ngettext(
                        "{n} product in kamdesk has the SKU {sku!r}; merge them before importing",
                        "{n} products in kamdesk have the SKU {sku!r}; merge them before importing",
                        len(matches),
                    ).format(n=len(matches), sku=row.sku),
                )
            )
            continue
        if not matches:
            creates.append(row)
            prices.extend(
                PriceChange(row.sku, column, None, value)
                for column, value in row.prices.items()
                if value is not None
            )
            continue
        product = matches[0]
        changes = _field_changes(product, row, check.fields, category_ids)
        row_prices = []
        for column, value in row.prices.items():
            old = explicit.get((product.id, column_ids[column]))
            if old != value:
                row_prices.append(PriceChange(row.sku, column, old, value))
        prices.extend(row_prices)
        if changes:
            updates.append(ProductUpdate(product.id, row, tuple(changes)))
        elif not row_prices:
            unchanged += 1
    problems.sort(key=lambda p: p.row_number)
    return ImportPlan(
        creates=tuple(creates),
        updates=tuple(updates),
        unchanged=unchanged,
        prices=tuple(prices),
        problems=tuple(problems),
        fields=check.fields,
        currency=default_currency(session),
        category_ids=category_ids,
        column_ids={name: column_ids[name] for name in check.price_columns},
        notes=sheet.notes,
        new_categories=check.new_categories,
    )


def _field_changes(
    product: _Existing, row: ProductRow, fields: frozenset[str], category_ids: dict[str, str]
) -> list[FieldChange]:
    changes: list[FieldChange] = []

    def compare(name: str, old: object, new: object, shown_old: str, shown_new: str) -> None:
        if name in fields and old != new:
            changes.append(FieldChange(name, shown_old, shown_new))

    if row.sku != product.sku:
        changes.append(FieldChange("sku", product.sku, row.sku))
    compare("name", product.name, row.name, product.name, row.name)
    # a category the import creates is a change from whatever the product had
    new_category = category_ids.get(row.category, "+") if row.category is not None else None
    old_name = next((n for n, i in category_ids.items() if i == product.category_id), "")
    compare("category", product.category_id, new_category, old_name, row.category or "")
    compare("unit", product.unit, row.unit, product.unit, row.unit)
    compare(
        "vat_rate",
        product.vat_rate,
        row.vat_rate,
        _plain(product.vat_rate),
        _plain(row.vat_rate),
    )
    compare(
        "base_price",
        product.base_price,
        row.base_price,
        _plain(product.base_price),
        _plain(row.base_price),
    )
    if row.description is not None:
        compare(
            "description",
            product.description,
            row.description,
            product.description,
            row.description,
        )
    return changes


def apply_import(session: Session, plan: ImportPlan) -> ImportPlan:
    """Write the plan in the caller's unit of work (one flush); UserError, and nothing
    written, if it has problems or the catalogue changed since it was planned."""
    if plan.problems:
        raise UserError(nothing_imported(len(plan.problems)))
    existing = _existing_products(session)
    clash = next((r.sku for r in plan.creates if r.sku.casefold() in existing), None)
    if clash is not None:
        raise UserError(
            _(
                "The product {sku!r} was added since the file was checked; check the file again."
            ).format(sku=clash)
        )
    products: dict[str, Product] = {}
    update_ids = [u.product_id for u in plan.updates]
    # products whose explicit prices change although none of their fields do
    priced_skus = {change.sku.casefold() for change in plan.prices}
    priced_ids = [existing[sku][0].id for sku in priced_skus if sku in existing]
    wanted = list(dict.fromkeys([*update_ids, *priced_ids]))
    for chunk in in_chunks(wanted):
        for product in session.scalars(select(Product).where(Product.id.in_(chunk), live(Product))):
            products[product.id] = product
    if any(pid not in products for pid in update_ids):
        raise UserError(_("Some products changed since the file was checked; check it again."))

    categories = {**plan.category_ids, **_add_categories(session, plan.new_categories)}
    for update in plan.updates:
        _update_product(products[update.product_id], update.row, plan, categories)
    new_products = [_new_product(row, plan, categories) for row in plan.creates]
    session.add_all(new_products)
    by_sku = {p.sku.casefold(): p for p in [*products.values(), *new_products]}
    _apply_prices(session, plan, by_sku)
    session.flush()
    return plan


def _add_categories(session: Session, names: tuple[str, ...]) -> dict[str, str]:
    """The categories the file names that kamdesk did not have: name -> new id."""
    known = {
        name.strip().casefold(): i for name, i in _live_names(session, ProductCategory).items()
    }
    added: dict[str, str] = {}
    for name in names:
        if name.casefold() in known:  # added meanwhile under this name
            added[name] = known[name.casefold()]
            continue
        category = ProductCategory(id=new_id(), name=name)
        session.add(category)
        added[name] = category.id
    if added:
        session.flush()  # before the products that point at them
    return added


def _category_id(row: ProductRow, categories: dict[str, str]) -> str | None:
    return categories[row.category] if row.category is not None else None


def _new_product(row: ProductRow, plan: ImportPlan, categories: dict[str, str]) -> Product:
    now = utcnow()
    return Product(
        id=new_id(),
        created_at=now,
        updated_at=now,
        revision=1,
        sku=row.sku,
        name=row.name,
        category_id=_category_id(row, categories),
        unit=row.unit,
        vat_rate=row.vat_rate,
        base_price=row.base_price,
        currency=plan.currency,
        active=True,
        description=row.description or "",
    )


def _update_product(
    product: Product, row: ProductRow, plan: ImportPlan, categories: dict[str, str]
) -> None:
    values: dict[str, object] = {"sku": row.sku}
    if "name" in plan.fields:
        values["name"] = row.name
    if "category" in plan.fields:
        values["category_id"] = _category_id(row, categories)
    if "unit" in plan.fields:
        values["unit"] = row.unit
    if "vat_rate" in plan.fields:
        values["vat_rate"] = row.vat_rate
    if "base_price" in plan.fields:
        values["base_price"] = row.base_price
    if row.description is not None:
        values["description"] = row.description
    for name, value in values.items():
        if getattr(product, name) != value:
            setattr(product, name, value)


def _apply_prices(session: Session, plan: ImportPlan, by_sku: dict[str, Product]) -> None:
    if not plan.prices:
        return
    ids = [p.id for p in by_sku.values()]
    rows: dict[tuple[str, str], ProductPrice] = {}
    for chunk in in_chunks(ids):
        # tombstoned rows too: (product, column) is unique, so a cleared price is revived
        for price in session.scalars(
            select(ProductPrice).where(ProductPrice.product_id.in_(chunk))
        ):
            rows[(price.product_id, price.price_column_id)] = price
    added: list[ProductPrice] = []
    for change in plan.prices:
        product = by_sku[change.sku.casefold()]
        column_id = plan.column_ids[change.column]
        row = rows.get((product.id, column_id))
        if change.new is None:
            if row is not None and row.deleted_at is None:
                row.tombstone()
        elif row is None:
            added.append(
                ProductPrice(
                    id=product_price_id(product.id, column_id),
                    product_id=product.id,
                    price_column_id=column_id,
                    price=change.new,
                )
            )
        else:
            if row.price != change.new:
                row.price = change.new
            if row.deleted_at is not None:
                row.deleted_at = None
    session.add_all(added)
