"""Rules for the catalogue and the price list: what may be saved.

Each validator returns {field name: message}; empty means the record may be saved. The field
names are the ones forms use, so a message lands beside the field it is about. Checks that
need the database (a SKU already taken, a break already there) live in services.catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.documents import LANGUAGES as DOCUMENT_LANGUAGES
from kamdesk.domain.money import CURRENCIES, MINOR_DIGITS, QTY_DIGITS
from kamdesk.messages import N_, _, ngettext

HUNDRED = Decimal(100)
MAX_PAYMENT_DAYS = 365
PERCENT_DIGITS = 2
SKU_MAX, NAME_MAX, UNIT_MAX, COLUMN_NAME_MAX, PROMOTION_NAME_MAX = 60, 300, 20, 80, 200


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


# what money_problem speaks of: whole sentences per amount, never a glued subject
_MONEY = {
    "price": (
        N_("The price is missing."),
        N_("The price must be more than 0."),
        N_("The price has at most {n} decimals."),
    ),
    "base": (
        N_("The base price is missing."),
        N_("The base price must be more than 0."),
        N_("The base price has at most {n} decimals."),
    ),
    "fixed": (
        N_("The fixed price is missing."),
        N_("The fixed price must be more than 0."),
        N_("The fixed price has at most {n} decimals."),
    ),
    "special": (
        N_("The special price is missing."),
        N_("The special price must be more than 0."),
        N_("The special price has at most {n} decimals."),
    ),
}


def money_problem(value: Decimal | None, *, what: str = "price") -> str:
    """Why an amount that must be more than 0 cannot be saved ('' when it can); `what` is
    "price", "base", "fixed" or "special" (the price it is)."""
    missing, not_positive, decimals = _MONEY[what]
    if value is None:
        return _(missing)
    if not value.is_finite() or value <= 0:
        return _(not_positive)
    if _decimals(value) > MINOR_DIGITS:
        return _(decimals).format(n=MINOR_DIGITS)
    return ""


def percent_problem(value: Decimal) -> str:
    if not value.is_finite() or not Decimal(0) <= value <= HUNDRED:
        return _("A percentage is between 0 and 100.")
    if _decimals(value) > PERCENT_DIGITS:
        return _("A percentage has at most {n} decimals.").format(n=PERCENT_DIGITS)
    return ""


def quantity_problem(value: Decimal | None) -> str:
    if value is None:
        return _("Type the quantity.")
    if not value.is_finite() or value <= 0:
        return _("The quantity must be more than 0.")
    if _decimals(value) > QTY_DIGITS:
        return _("A quantity has at most {n} decimals.").format(n=QTY_DIGITS)
    return ""


def _too_long(text: str, limit: int) -> str:
    if len(text) <= limit:
        return ""
    return ngettext("At most {n} character.", "At most {n} characters.", limit).format(n=limit)


# --- products ---------------------------------------------------------------------------------


# "pieces" as a document in each language prints it
UNITS = {"en": "pcs", "ru": "шт.", "hu": "db", "it": "pz", "az": "ədəd"}


def default_unit(language: str) -> str:
    """The unit a new product starts with, in the documents' language (шт. on Russian ones)."""
    return UNITS.get(language, UNITS["en"])


@dataclass(frozen=True)
class ProductData:
    """What the product form edits. currency '' means the company's default currency."""

    sku: str = ""
    name: str = ""
    category_id: str | None = None
    unit: str = "pcs"
    vat_rate: Decimal | None = None
    base_price: Decimal | None = None
    currency: str = ""
    active: bool = True
    description: str = ""


def validate_product(p: ProductData) -> dict[str, str]:
    problems: dict[str, str] = {}
    sku, name, unit = p.sku.strip(), p.name.strip(), p.unit.strip()
    if not sku:
        problems["sku"] = _("Type the SKU (the article number).")
    elif too_long := _too_long(sku, SKU_MAX):
        problems["sku"] = too_long
    if not name:
        problems["name"] = _("Type the product's name.")
    elif too_long := _too_long(name, NAME_MAX):
        problems["name"] = too_long
    if not unit:
        problems["unit"] = _("Type the unit it is sold in (pcs, kg, box…).")
    elif too_long := _too_long(unit, UNIT_MAX):
        problems["unit"] = too_long
    if p.vat_rate is None:
        problems["vat_rate"] = _("Type the VAT rate (0 to 100 %).")
    elif why := percent_problem(p.vat_rate):
        problems["vat_rate"] = why
    if why := money_problem(p.base_price, what="base"):
        problems["base_price"] = why
    if p.currency and p.currency not in CURRENCIES:
        problems["currency"] = _("Unknown currency.")
    return problems


# --- price columns and quantity breaks --------------------------------------------------------


def validate_price_column(name: str, discount_percent: Decimal) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = _("Name the price column (Retail, Wholesale, Key, VIP…).")
    elif too_long := _too_long(name.strip(), COLUMN_NAME_MAX):
        problems["name"] = too_long
    if why := percent_problem(discount_percent):
        problems["discount_percent"] = why
    return problems


@dataclass(frozen=True)
class BreakData:
    """From `min_quantity` on: a percentage off the column price, or a fixed unit price. For one
    price column, or for every column when price_column_id is None."""

    min_quantity: Decimal | None = None
    discount_percent: Decimal | None = None
    price: Decimal | None = None
    price_column_id: str | None = None


def validate_break(b: BreakData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if why := quantity_problem(b.min_quantity):
        problems["min_quantity"] = why
    if b.discount_percent is None and b.price is None:
        problems["discount_percent"] = _("Give a percentage off or a fixed price.")
    elif b.discount_percent is not None and b.price is not None:
        problems["price"] = _("Give a percentage off or a fixed price, not both.")
    elif b.discount_percent is not None:
        if why := percent_problem(b.discount_percent):
            problems["discount_percent"] = why
    elif why := money_problem(b.price):
        problems["price"] = why
    return problems


# --- promotions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromotionData:
    """A promotion on chosen products and/or one category, for every client (client_ids
    empty) or only for those listed."""

    name: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    discount_percent: Decimal | None = None
    fixed_price: Decimal | None = None
    category_id: str | None = None
    product_ids: tuple[str, ...] = ()
    client_ids: tuple[str, ...] = ()
    notes: str = ""


def validate_promotion(p: PromotionData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not p.name.strip():
        problems["name"] = _("Name the promotion.")
    elif too_long := _too_long(p.name.strip(), PROMOTION_NAME_MAX):
        problems["name"] = too_long
    if p.starts_on is None:
        problems["starts_on"] = _("Choose the first day of the promotion.")
    if p.ends_on is None:
        problems["ends_on"] = _("Choose the last day of the promotion.")
    elif p.starts_on is not None and p.ends_on < p.starts_on:
        problems["ends_on"] = _("The promotion cannot end before it starts.")
    if p.discount_percent is None and p.fixed_price is None:
        problems["discount_percent"] = _("Give a percentage off the base price or a fixed price.")
    elif p.discount_percent is not None and p.fixed_price is not None:
        problems["fixed_price"] = _("Give a percentage or a fixed price, not both.")
    elif p.discount_percent is not None:
        if why := percent_problem(p.discount_percent):
            problems["discount_percent"] = why
        elif p.discount_percent == 0:
            problems["discount_percent"] = _("A promotion of 0 % changes no price.")
    elif why := money_problem(p.fixed_price, what="fixed"):
        problems["fixed_price"] = why
    if not p.product_ids and p.category_id is None:
        problems["products"] = _("Choose the products, a category, or both.")
    return problems


# --- a client's commercial terms and special prices -------------------------------------------


@dataclass(frozen=True)
class ClientTerms:
    """How a client buys: its price column, credit (None = no limit, 0 = prepayment only),
    payment terms, the largest line discount a KAM may give it, the documents' language."""

    price_column_id: str | None = None
    credit_limit: Decimal | None = None
    payment_terms_days: int | None = 30
    max_discount_percent: Decimal | None = Decimal(0)
    document_language: str = "en"


def validate_terms(t: ClientTerms) -> dict[str, str]:
    problems: dict[str, str] = {}
    if t.credit_limit is not None:
        if t.credit_limit < 0:
            problems["credit_limit"] = _("A credit limit cannot be negative (0 = prepayment only).")
        elif _decimals(t.credit_limit) > MINOR_DIGITS:
            problems["credit_limit"] = _("An amount has at most {n} decimals.").format(
                n=MINOR_DIGITS
            )
    if t.payment_terms_days is None:
        problems["payment_terms_days"] = _("Type the payment terms in days (0 = on delivery).")
    elif not 0 <= t.payment_terms_days <= MAX_PAYMENT_DAYS:
        problems["payment_terms_days"] = ngettext(
            "Payment terms are 0 to {n} day.", "Payment terms are 0 to {n} days.", MAX_PAYMENT_DAYS
        ).format(n=MAX_PAYMENT_DAYS)
    if t.max_discount_percent is None:
        problems["max_discount_percent"] = _("Type the largest discount allowed (0 = none).")
    elif why := percent_problem(t.max_discount_percent):
        problems["max_discount_percent"] = why
    if t.document_language not in DOCUMENT_LANGUAGES:
        problems["document_language"] = _(
            "Documents are made in English (en), Russian (ru), Hungarian (hu), Italian (it) "
            "or Azerbaijani (az)."
        )
    return problems


@dataclass(frozen=True)
class SpecialPriceData:
    product_id: str | None = None
    price: Decimal | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    note: str = ""


def validate_special_price(s: SpecialPriceData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if s.product_id is None:
        problems["product"] = _("Choose the product (type its SKU or name).")
    if why := money_problem(s.price, what="special"):
        problems["price"] = why
    if s.valid_from is not None and s.valid_to is not None and s.valid_to < s.valid_from:
        problems["valid_to"] = _("The price cannot end before it starts.")
    return problems
