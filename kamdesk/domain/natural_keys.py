"""Ids derived from a record's natural key (UUID v5), for tables where one key means one thing.

A setting, a client's key reason or a product's price in a column made on two laptops is the
same record, so sync unites them instead of finding two rows with one key. The company profile
is a singleton with one fixed id. Migration 0006 gave the rows written before their derived id.

The link and term tables that are unique in practice follow (migration 0007): a client's special
price for a product between two dates, a meeting's attendee and agenda product, a promotion's
product and client, a relation between two people, a sales plan for a month, a quantity break.
The functions take the key as the database stores it, so a migration or `check` can derive an
id from a raw row and a service from what it is about to write:
- a date is ISO text (YYYY-MM-DD) and an absent one None (as the empty string in the key);
- an absent reference (a plan for the whole department, a break for every column) is None;
- a quantity is the integer of thousandths stored (kamdesk.domain.money.qty_to_milli).
A competitor may be listed twice at a client (two lines it supplies), and a product's SKU can be
edited: neither has a natural id (a SKU entered twice is a sync conflict instead).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import date

NAMESPACE = uuid.UUID("63bd4fb3-9f09-49bc-ac95-4005fc414ac8")
_IN_NAMESPACE = hashlib.sha1(NAMESPACE.bytes)  # uuid5 hashes the namespace, then the name
# what uuid.UUID(int=..., version=...) sets: the RFC 4122 variant (10) and the version
_KEEP = ((1 << 128) - 1) ^ ((0xC000 << 48) | (0xF000 << 64))  # positive: a cheaper &
_VARIANT = 0x8000 << 48
# the hex digit the variant bits (10) make of the digit they overwrite
_VARIANT_DIGIT = {f"{d:x}": f"{d & 3 | 8:x}" for d in range(16)}


def uuid_text(bits: int, version: int) -> str:
    """str(uuid.UUID(int=bits, version=version)) for 128 bits, at a third of the cost (the
    demo makes a million ids)."""
    h = ((bits & _KEEP) | _VARIANT | (version << 76)).to_bytes(16, "big").hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def natural_id(table: str, *key: str) -> str:
    """The id of the record of `table` whose natural key is `key`: uuid.uuid5's."""
    sha1 = _IN_NAMESPACE.copy()
    sha1.update("\x1f".join((table, *key)).encode("utf-8"))
    h = sha1.hexdigest()  # uuid_text(its first 128 bits, 5), from the text (check derives many)
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:32]}"


def _part(value: str | None) -> str:
    return "" if value is None else value


def iso(day: date | None) -> str | None:
    """A date as the database stores it (ISO text), for the key functions below."""
    return None if day is None else day.isoformat()


COMPANY_ID = natural_id("company")


def setting_id(key: str) -> str:
    return natural_id("setting", key)


def key_reason_id(client_id: str, reason: str) -> str:
    return natural_id("client_key_reason", client_id, reason)


def product_price_id(product_id: str, price_column_id: str) -> str:
    return natural_id("product_price", product_id, price_column_id)


def client_price_id(
    client_id: str, product_id: str, valid_from: str | None, valid_to: str | None
) -> str:
    """A special price of a client for a product, valid between two ISO dates (None: open)."""
    return natural_id("client_price", client_id, product_id, _part(valid_from), _part(valid_to))


def activity_contact_id(activity_id: str, contact_id: str) -> str:
    return natural_id("activity_contact", activity_id, contact_id)


def activity_product_id(activity_id: str, product_id: str) -> str:
    return natural_id("activity_product", activity_id, product_id)


def promotion_product_id(promotion_id: str, product_id: str) -> str:
    return natural_id("promotion_product", promotion_id, product_id)


def promotion_client_id(promotion_id: str, client_id: str) -> str:
    return natural_id("promotion_client", promotion_id, client_id)


SYMMETRIC_RELATIONS = frozenset({"conflicts"})


def contact_relation_id(from_contact_id: str, to_contact_id: str, kind: str) -> str:
    """One person influences another (a direction), or two are in conflict (none: drawn either
    way it is one relation, so the pair is taken in order)."""
    a, b = from_contact_id, to_contact_id
    if kind in SYMMETRIC_RELATIONS and b < a:
        a, b = b, a
    return natural_id("contact_relation", a, b, kind)


def sales_plan_id(client_id: str | None, period_start: str) -> str:
    """The plan of a client (None: the whole department) for the month from an ISO date."""
    return natural_id("sales_plan", _part(client_id), period_start)


def quantity_break_id(product_id: str, price_column_id: str | None, min_quantity: int) -> str:
    """A break of a product from `min_quantity` thousandths on, for one price column (None:
    every column)."""
    return natural_id("quantity_break", product_id, _part(price_column_id), str(min_quantity))


def contract_id(client_id: str, period_start: str) -> str:
    """The supply contract with a client for the period from an ISO date: two laptops that
    make "the" contract make one record, and meet over its number if they chose two."""
    return natural_id("contract", client_id, period_start)


def exchange_rate_id(currency: str, rate_date: str) -> str:
    return natural_id("exchange_rate", currency, rate_date)


def product_translation_id(product_id: str, language: str) -> str:
    return natural_id("product_translation", product_id, language)


def product_tax_rate_id(product_id: str, country: str) -> str:
    return natural_id("product_tax_rate", product_id, country)


def vat_registration_id(country: str) -> str:
    return natural_id("vat_registration", country)


def allocation_reversal_id(allocation_id: str) -> str:
    """An allocation is undone once: two laptops undoing it make one reversal."""
    return natural_id("allocation_reversal", allocation_id)


def payment_allocation_id(
    payment_id: str, invoice_id: str, ordinal: int, amount_minor: int | None = None
) -> str:
    """The `ordinal`-th allocation (from 0) of a payment to an invoice, of `amount_minor` (a
    legacy payment that names its invoice leaves it out: its allocation is the whole payment).
    Two laptops that put the same amount of one payment on one invoice make one record; two
    different amounts are two records (merged, they may go over the invoice: the excess is
    the client's credit and a conflict to review), never one record overwritten."""
    key = [payment_id, invoice_id, str(ordinal)]
    if amount_minor is not None:
        key.append(str(amount_minor))
    return natural_id("payment_allocation", *key)


def kam_id(name_key: str) -> str:
    """A KAM by the matching key of their name (kamdesk.domain.client.kam_name_key): two
    laptops turning the same typed name into a record (migration 0014) make one. A KAM renamed
    later keeps the id the first name gave."""
    return natural_id("kam", name_key)


def client_kam_id(client_id: str, kam_id: str) -> str:
    """A KAM's assignment to a client: one record, whichever laptop makes it."""
    return natural_id("client_kam", client_id, kam_id)


def bank_payment_id(bank_key: str) -> str:
    """A payment imported from a bank statement, by its duplicate key: the same statement
    imported on two laptops gives one payment."""
    return natural_id("payment", bank_key)


# Tables whose rows are keyed by these functions from the raw columns (migration 0007 and
# `check` read them): table -> (key columns in the function's order, the function).
NaturalKey = tuple[tuple[str, ...], Callable[..., str]]
LINK_KEYS: dict[str, NaturalKey] = {
    "client_price": (("client_id", "product_id", "valid_from", "valid_to"), client_price_id),
    "activity_contact": (("activity_id", "contact_id"), activity_contact_id),
    "activity_product": (("activity_id", "product_id"), activity_product_id),
    "promotion_product": (("promotion_id", "product_id"), promotion_product_id),
    "promotion_client": (("promotion_id", "client_id"), promotion_client_id),
    "contact_relation": (("from_contact_id", "to_contact_id", "kind"), contact_relation_id),
    "sales_plan": (("client_id", "period_start"), sales_plan_id),
    "quantity_break": (("product_id", "price_column_id", "min_quantity"), quantity_break_id),
    "contract": (("client_id", "period_start"), contract_id),
    "exchange_rate": (("currency", "rate_date"), exchange_rate_id),
    "product_translation": (("product_id", "language"), product_translation_id),
    "product_tax_rate": (("product_id", "country"), product_tax_rate_id),
    "vat_registration": (("country",), vat_registration_id),
    "allocation_reversal": (("allocation_id",), allocation_reversal_id),
    "client_kam": (("client_id", "kam_id"), client_kam_id),
}
