"""Promotions: date-bounded offers (a percentage off the base price or a fixed price) on
chosen products and/or one category, for every client or only for chosen ones.

What a promotion does to a price is kamdesk.domain.pricing's business; services.prices.catalog's
price_inputs finds the promotions that apply to a line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.catalog import PromotionData, validate_promotion
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.flat_edits import merge_members
from kamdesk.domain.natural_keys import promotion_client_id, promotion_product_id
from kamdesk.domain.text import sort_key
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import (
    Client,
    Product,
    ProductCategory,
    Promotion,
    PromotionClient,
    PromotionProduct,
)
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.price_list import (
    ProductChoice,
    category_ancestors,
    category_parents,
    list_categories,
)
from kamdesk.services.queries import get_live, in_chunks, live, revive_or_add

WHEN = ("active", "upcoming", "past", "all")


@dataclass(frozen=True)
class PromotionRow:
    id: str
    name: str
    starts_on: date
    ends_on: date
    discount_percent: Decimal | None
    fixed_price: Decimal | None
    category: str  # the category it covers, '' if products only
    products: int  # products named in it
    clients: int  # 0: every client
    status: str  # active, upcoming or past (on the day asked)


def promotion_status(starts_on: date, ends_on: date, today: date) -> str:
    if today < starts_on:
        return "upcoming"
    return "past" if ends_on < today else "active"


def promotion_rows(
    session: Session, promotions: Iterable[Promotion], today: date
) -> list[PromotionRow]:
    """Promotions as lists show them, with what they cover; by start, then name."""
    promos = list(promotions)
    ids = [p.id for p in promos]

    def counts(model: type[PromotionProduct] | type[PromotionClient]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in in_chunks(ids):
            stmt = (
                select(model.promotion_id, func.count())
                .where(model.promotion_id.in_(chunk), live(model))
                .group_by(model.promotion_id)
            )
            out.update({pid: int(n) for pid, n in session.execute(stmt)})
        return out

    products, clients = counts(PromotionProduct), counts(PromotionClient)
    names = {c.id: c.name for c in list_categories(session)} if promos else {}
    rows = [
        PromotionRow(
            id=p.id,
            name=p.name,
            starts_on=p.starts_on,
            ends_on=p.ends_on,
            discount_percent=p.discount_percent,
            fixed_price=p.fixed_price,
            category=names.get(p.category_id or "", ""),
            products=products.get(p.id, 0),
            clients=clients.get(p.id, 0),
            status=promotion_status(p.starts_on, p.ends_on, today),
        )
        for p in promos
    ]
    return sorted(rows, key=lambda r: (r.starts_on, sort_key(r.name), r.id))


def promotions_for_product(session: Session, product_id: str, *, today: date) -> list[PromotionRow]:
    """Promotions running or coming that cover the product, by name or by its category."""
    row = get_live(session, Product, product_id)
    categories = category_ancestors(row.category_id, category_parents(session))
    named = select(PromotionProduct.promotion_id).where(
        PromotionProduct.product_id == product_id, live(PromotionProduct)
    )
    stmt = select(Promotion).where(
        live(Promotion),
        Promotion.ends_on >= today,
        or_(Promotion.id.in_(named), Promotion.category_id.in_(categories)),
    )
    return promotion_rows(session, session.execute(stmt).scalars(), today)


@dataclass(frozen=True)
class ClientChoice:
    id: str
    name: str
    code: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.code else self.name


@dataclass(frozen=True)
class PromotionDetail:
    id: str
    data: PromotionData
    products: tuple[ProductChoice, ...]  # by SKU
    clients: tuple[ClientChoice, ...]  # by name; empty: every client
    category: str
    status: str


def client_choices(session: Session) -> list[ClientChoice]:
    """Live clients for a picker, by name (archived ones too: a promotion may name them)."""
    rows = session.execute(
        select(Client.id, Client.name, Client.code, Client.name_key)
        .where(live(Client))
        .order_by(Client.name_key, Client.id)
    )
    return [ClientChoice(cid, name, code) for cid, name, code, _key in rows]


def list_promotions(session: Session, *, when: str = "active", today: date) -> list[PromotionRow]:
    """Promotions running on `today` (active), starting later (upcoming), over (past), or all;
    by first day, then name."""
    if when not in WHEN:
        raise UserError(_("Promotions are listed as {choices}.").format(choices=", ".join(WHEN)))
    stmt = select(Promotion).where(live(Promotion))
    if when == "active":
        stmt = stmt.where(Promotion.starts_on <= today, Promotion.ends_on >= today)
    elif when == "upcoming":
        stmt = stmt.where(Promotion.starts_on > today)
    elif when == "past":
        stmt = stmt.where(Promotion.ends_on < today)
    rows = promotion_rows(session, session.execute(stmt).scalars(), today)
    if when == "past":
        rows.reverse()  # the latest first
    return rows


def _live(session: Session, promotion_id: str) -> Promotion:
    row = get_live(session, Promotion, promotion_id)
    return row


def get_promotion(session: Session, promotion_id: str, *, today: date) -> PromotionDetail:
    row = _live(session, promotion_id)
    products = session.execute(
        select(
            Product.id, Product.sku, Product.name, Product.unit, Product.active, Product.currency
        )
        .join(PromotionProduct, PromotionProduct.product_id == Product.id)
        .where(
            PromotionProduct.promotion_id == promotion_id,
            live(PromotionProduct),
            live(Product),
        )
    ).all()
    chosen = sorted((ProductChoice(*p) for p in products), key=lambda p: p.sku.casefold())
    clients = session.execute(
        select(Client.id, Client.name, Client.code)
        .join(PromotionClient, PromotionClient.client_id == Client.id)
        .where(
            PromotionClient.promotion_id == promotion_id,
            live(PromotionClient),
            live(Client),
        )
    ).all()
    named = sorted((ClientChoice(*c) for c in clients), key=lambda c: sort_key(c.name))
    data = PromotionData(
        name=row.name,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        discount_percent=row.discount_percent,
        fixed_price=row.fixed_price,
        category_id=row.category_id,
        product_ids=tuple(p.id for p in chosen),
        client_ids=tuple(c.id for c in named),
        notes=row.notes,
    )
    categories = {c.id: c.name for c in list_categories(session)}
    return PromotionDetail(
        id=row.id,
        data=data,
        products=tuple(chosen),
        clients=tuple(named),
        category=categories.get(row.category_id or "", ""),
        status=promotion_status(row.starts_on, row.ends_on, today),
    )


def _clean(data: PromotionData) -> PromotionData:
    return dataclasses.replace(
        data,
        name=data.name.strip(),
        notes=data.notes.strip(),
        product_ids=tuple(dict.fromkeys(data.product_ids)),
        client_ids=tuple(dict.fromkeys(data.client_ids)),
    )


def promotion_problems(session: Session, data: PromotionData) -> dict[str, str]:
    """Every reason the promotion cannot be saved, by field ({} when it can)."""
    data = _clean(data)
    problems = validate_promotion(data)
    if data.category_id is not None:
        category = session.get(ProductCategory, data.category_id)
        if category is None or category.deleted_at is not None:
            problems["category_id"] = _("That category no longer exists.")
    if data.product_ids:
        found = set(
            session.execute(
                select(Product.id).where(Product.id.in_(data.product_ids), live(Product))
            ).scalars()
        )
        if len(found) != len(data.product_ids):
            problems["products"] = _("Some of the chosen products no longer exist.")
    if data.client_ids:
        found = set(
            session.execute(
                select(Client.id).where(Client.id.in_(data.client_ids), live(Client))
            ).scalars()
        )
        if len(found) != len(data.client_ids):
            problems["clients"] = _("Some of the chosen clients no longer exist.")

    return problems


def promotion_data(session: Session, promotion_id: str) -> PromotionData:
    """What the promotion form edits, as stored now."""
    return get_promotion(session, promotion_id, today=date.today()).data


def _merged(
    session: Session, promotion_id: str, base: PromotionData, data: PromotionData
) -> PromotionData:
    """The user's changes onto the promotion as stored now: products and clients the user
    added or removed, the other fields field by field (StaleEdit on a clash)."""
    theirs = promotion_data(session, promotion_id)
    base, data = _clean(base), _clean(data)
    data = dataclasses.replace(
        data,
        product_ids=merge_members(base.product_ids, data.product_ids, theirs.product_ids),
        client_ids=merge_members(base.client_ids, data.client_ids, theirs.client_ids),
    )
    base = dataclasses.replace(base, product_ids=theirs.product_ids, client_ids=theirs.client_ids)
    return merge_edit(base, data, theirs)


def save_promotion(
    session: Session,
    data: PromotionData,
    *,
    promotion_id: str | None = None,
    base: PromotionData | None = None,
) -> str:
    """Create (promotion_id None) or update a promotion with exactly these products and
    clients; InvalidFields and nothing saved if any rule is broken. With `base` (as the form
    loaded it) only what the user changed is written (products and clients added or removed);
    StaleEdit if a field the user changed was changed since."""
    if promotion_id is not None and base is not None:
        data = _merged(session, promotion_id, base, data)
    data = _clean(data)
    problems = promotion_problems(session, data)
    if problems:
        raise InvalidFields(problems)
    assert data.starts_on is not None and data.ends_on is not None
    if promotion_id is None:
        row = Promotion(name=data.name, starts_on=data.starts_on, ends_on=data.ends_on)
        session.add(row)
    else:
        row = _live(session, promotion_id)
    values: dict[str, object] = {
        "name": data.name,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "discount_percent": data.discount_percent,
        "fixed_price": data.fixed_price,
        "category_id": data.category_id,
        "notes": data.notes,
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()
    _keep_products(session, row.id, data.product_ids)
    _keep_clients(session, row.id, data.client_ids)
    session.flush()
    return row.id


def _keep_products(session: Session, promotion_id: str, wanted: tuple[str, ...]) -> None:
    rows = session.execute(
        select(PromotionProduct).where(PromotionProduct.promotion_id == promotion_id)
    ).scalars()
    for pid in _keep([(r.product_id, r) for r in rows], wanted):
        link_id = promotion_product_id(promotion_id, pid)
        revive_or_add(session, PromotionProduct, link_id, promotion_id=promotion_id, product_id=pid)


def _keep_clients(session: Session, promotion_id: str, wanted: tuple[str, ...]) -> None:
    rows = session.execute(
        select(PromotionClient).where(PromotionClient.promotion_id == promotion_id)
    ).scalars()
    for cid in _keep([(r.client_id, r) for r in rows], wanted):
        link_id = promotion_client_id(promotion_id, cid)
        revive_or_add(session, PromotionClient, link_id, promotion_id=promotion_id, client_id=cid)


def _keep(
    links: list[tuple[str, PromotionProduct | PromotionClient]], wanted: tuple[str, ...]
) -> list[str]:
    """Exactly one live link per wanted id; the others become tombstones. Returns the ids
    that still need a live link: its record is made, or its tombstone revived, under the id
    derived from the pair (a second row could not take it)."""
    live: set[str] = set()
    for key, row in links:
        if row.deleted_at is not None:
            continue
        if key in wanted and key not in live:
            live.add(key)
        else:
            row.tombstone()  # not wanted any more, or a duplicate (two laptops linked the same)
    return [key for key in dict.fromkeys(wanted) if key not in live]


def delete_promotion(session: Session, promotion_id: str) -> None:
    """The promotion and its links become tombstones (orders priced by it keep their price)."""
    row = _live(session, promotion_id)
    stamp = datetime.now(UTC)
    row.deleted_at = stamp
    links: list[PromotionProduct | PromotionClient] = [
        *session.execute(
            select(PromotionProduct).where(PromotionProduct.promotion_id == promotion_id)
        ).scalars(),
        *session.execute(
            select(PromotionClient).where(PromotionClient.promotion_id == promotion_id)
        ).scalars(),
    ]
    for link in links:
        if link.deleted_at is None:
            link.deleted_at = stamp
    session.flush()
