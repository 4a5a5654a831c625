"""A client's commercial terms (price column, credit, payment terms, discount ceiling, document
language) and the special prices negotiated with it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.catalog import (
    ClientTerms,
    SpecialPriceData,
    validate_special_price,
    validate_terms,
)
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.fx import MissingRate
from kamdesk.domain.natural_keys import client_price_id, iso
from kamdesk.messages import _
from kamdesk.models import Client, ClientPrice, PriceColumn, Product
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import get_live, gone, live, revive_or_add
from kamdesk.services.settings import get_rules

# --- terms ------------------------------------------------------------------------------------


def get_client_terms(session: Session, client_id: str) -> ClientTerms:
    """The client's terms as saved; a column since deleted reads as no column."""
    row = get_live(session, Client, client_id)
    column_id = row.price_column_id
    if column_id is not None:
        column = session.get(PriceColumn, column_id)
        if column is None or column.deleted_at is not None:
            column_id = None
    return ClientTerms(
        price_column_id=column_id,
        credit_limit=row.credit_limit,
        payment_terms_days=row.payment_terms_days,
        max_discount_percent=row.max_discount_percent,
        document_language=row.document_language,
    )


def terms_problems(session: Session, terms: ClientTerms) -> dict[str, str]:
    """Every reason the terms cannot be saved, by field ({} when they can)."""
    problems = validate_terms(terms)
    if terms.price_column_id is not None:
        column = session.get(PriceColumn, terms.price_column_id)
        if column is None or column.deleted_at is not None:
            problems["price_column_id"] = _("That price column no longer exists.")
    return problems


def save_client_terms(
    session: Session, client_id: str, terms: ClientTerms, *, base: ClientTerms | None = None
) -> None:
    """Store the client's terms; InvalidFields and nothing saved if any is wrong. A credit
    limit of None means no limit, 0 prepayment only. With `base` (the terms as the form loaded
    them) only the fields the user changed are written; StaleEdit if one changed since."""
    if base is not None:
        terms = merge_edit(base, terms, get_client_terms(session, client_id))
    problems = terms_problems(session, terms)
    if problems:
        raise InvalidFields(problems)
    row = get_live(session, Client, client_id)
    for name in (
        "price_column_id",
        "credit_limit",
        "payment_terms_days",
        "max_discount_percent",
        "document_language",
    ):
        value = getattr(terms, name)
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()


def new_client_terms(session: Session, currency: str, today: date) -> tuple[Decimal | None, int]:
    """The credit limit and payment terms a new client in `currency` starts with: the team's
    defaults (Settings > Sales rules), the limit given in the reporting currency converted at
    the latest rate by `today` and rounded down to a whole unit; no limit when the team set
    none or there is no rate to convert it by (the dossier's terms say so: no limit)."""
    rules = get_rules(session)
    limit = rules.new_client_credit_limit
    if limit is not None:
        book = rate_book(session)
        try:
            limit = book.convert(limit, book.reporting, currency, today).amount
        except MissingRate:
            limit = None
        else:
            limit = limit.to_integral_value(rounding=ROUND_FLOOR)
    return limit, rules.new_client_payment_days


# --- special prices ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecialPriceRecord:
    id: str
    product_id: str
    sku: str
    product: str
    unit: str
    price: Decimal
    currency: str
    valid_from: date | None
    valid_to: date | None
    note: str

    @property
    def data(self) -> SpecialPriceData:
        return SpecialPriceData(
            self.product_id, self.price, self.valid_from, self.valid_to, self.note
        )

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def list_special_prices(session: Session, client_id: str) -> list[SpecialPriceRecord]:
    """The client's live special prices, by SKU and then start date."""
    get_live(session, Client, client_id)
    rows = session.execute(
        select(
            ClientPrice.id,
            ClientPrice.product_id,
            Product.sku,
            Product.name.label("product"),
            Product.unit,
            ClientPrice.price,
            Product.currency,
            ClientPrice.valid_from,
            ClientPrice.valid_to,
            ClientPrice.note,
        )
        .join(Product, Product.id == ClientPrice.product_id)
        .where(
            ClientPrice.client_id == client_id,
            live(ClientPrice),
            live(Product),
        )
    ).all()
    records = [SpecialPriceRecord(**r._asdict()) for r in rows]
    return sorted(records, key=lambda r: (r.sku.casefold(), r.valid_from or date.min, r.id))


def _clean(data: SpecialPriceData) -> SpecialPriceData:
    return dataclasses.replace(data, note=data.note.strip())


def special_price_problems(
    session: Session, client_id: str, data: SpecialPriceData, *, entry_id: str | None = None
) -> dict[str, str]:
    """Every reason the special price cannot be saved, by field ({} when it can)."""
    problems = validate_special_price(data)
    if data.product_id is not None:
        product = session.get(Product, data.product_id)
        if product is None or product.deleted_at is not None:
            problems["product"] = _("That product no longer exists.")
    if not problems:
        for other in list_special_prices(session, client_id):
            if (
                other.id != entry_id
                and other.product_id == data.product_id
                and (other.valid_from, other.valid_to) == (data.valid_from, data.valid_to)
            ):
                problems["product"] = _(
                    "This client already has a special price for {sku} for the same "
                    "dates; change that one instead."
                ).format(sku=other.sku)
                break
    return problems


_PRICE_FIELDS = ("product_id", "price", "valid_from", "valid_to", "note")


def special_price_data(session: Session, client_id: str, entry_id: str) -> SpecialPriceData:
    """What the special price form edits, as stored now (a UserError when it is gone)."""
    found = session.get(ClientPrice, entry_id)
    if found is None or found.deleted_at is not None or found.client_id != client_id:
        raise gone(ClientPrice)

    return SpecialPriceData(**{name: getattr(found, name) for name in _PRICE_FIELDS})


def save_special_price(
    session: Session,
    client_id: str,
    data: SpecialPriceData,
    *,
    entry_id: str | None = None,
    base: SpecialPriceData | None = None,
) -> str:
    """Add (entry_id None) or change a special price; InvalidFields and nothing saved if the
    price is not above 0, the dates are the wrong way round, or the same product already has
    one for the same dates. With `base` (as the form loaded it) only the fields the user
    changed are written; StaleEdit if one of them changed since."""
    get_live(session, Client, client_id)
    if entry_id is not None and base is not None:
        theirs = special_price_data(session, client_id, entry_id)
        data = merge_edit(_clean(base), _clean(data), theirs)
    data = _clean(data)
    problems = special_price_problems(session, client_id, data, entry_id=entry_id)
    if problems:
        raise InvalidFields(problems)
    assert data.product_id is not None and data.price is not None
    # the id is derived from (client, product, dates): a price moved to another product or
    # other dates is another record, so the old one goes and the one of the new key comes
    # (back, if it was there before)
    key_id = client_price_id(client_id, data.product_id, iso(data.valid_from), iso(data.valid_to))
    if entry_id is not None:
        special_price_data(session, client_id, entry_id)  # still there
        if entry_id != key_id:
            get_live(session, ClientPrice, entry_id).tombstone()
    row = revive_or_add(
        session,
        ClientPrice,
        key_id,
        client_id=client_id,
        **{name: getattr(data, name) for name in _PRICE_FIELDS},
    )
    session.flush()
    return row.id


def remove_special_price(session: Session, entry_id: str) -> None:
    row = get_live(session, ClientPrice, entry_id)
    row.tombstone()
    session.flush()
