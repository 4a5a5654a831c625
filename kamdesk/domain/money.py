"""Exact money and quantities.

Amounts are Decimal in Python and integer minor units in the database. Every currency kamdesk
supports has two minor digits (RUB, EUR, HUF, AZN, USD, ...); amounts are rounded half-up to the
minor unit, which is how invoices in the region are rounded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_DIGITS = 2
QTY_DIGITS = 3
_CENT = Decimal(1).scaleb(-MINOR_DIGITS)
_QTY_STEP = Decimal(1).scaleb(-QTY_DIGITS)
_HUNDRED = Decimal(100)
ZERO = Decimal("0.00")

CURRENCIES: tuple[str, ...] = (
    "EUR",
    "RUB",
    "HUF",
    "AZN",
    "USD",
    "KZT",
    "BYN",
    "GEL",
    "UAH",
    "UZS",
    "PLN",
    "CZK",
    "RON",
)

# A plain decimal as people type it: digits with optional spaces/thin spaces/apostrophes as
# grouping, one decimal separator (comma or point). No exponent, no nan/inf.
_NUMBER = re.compile(r"^[+-]?(\d{1,3}([ \u00a0\u202f'.,]\d{3})+|\d+)([.,]\d+)?$")


class AmountError(ValueError):
    """A value that is not an exact, finite amount."""


def parse_decimal(text: str) -> Decimal:
    """Parse what a person types ("1 234,50", "1,234.50", "12.5") into an exact Decimal.

    Rejects exponents, nan, inf and anything ambiguous instead of guessing.
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not s:
        raise AmountError("empty")
    if not _NUMBER.match(s):
        raise AmountError(f"not a number: {text!r}")
    sign = ""
    if s[0] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    s = s.replace(" ", "").replace("'", "")
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    dec_pos = max(last_dot, last_comma)
    if dec_pos >= 0:
        sep = s[dec_pos]
        int_part, frac = s[:dec_pos], s[dec_pos + 1 :]
        other = "," if sep == "." else "."
        # "1,234" and "1.234" alone are ambiguous only with exactly three decimals and one
        # separator; we read the last separator as decimal unless the other kind was grouping.
        if sep in int_part:
            # the same separator twice: it is grouping and there is no fraction
            int_part, frac = s.replace(sep, ""), ""
        elif other not in int_part and len(frac) == 3 and int_part not in ("", "0"):
            # "1.500" is 1500 to a Hungarian and 1.5 to an Englishman: ask, never guess
            raise AmountError(
                f"ambiguous: {text!r} could be a thousands separator or a decimal point; "
                "write 1500 or 1,500.00 / 1 500,00"
            )
        else:
            int_part = int_part.replace(other, "")
        s = int_part + ("." + frac if frac else "")
    try:
        value = Decimal(sign + s)
    except InvalidOperation as exc:  # pragma: no cover - the regex guards this
        raise AmountError(f"not a number: {text!r}") from exc
    if not value.is_finite():
        raise AmountError(f"not a finite number: {text!r}")
    return value


def round_money(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def round_qty(value: Decimal) -> Decimal:
    return value.quantize(_QTY_STEP, rounding=ROUND_HALF_UP)


def to_minor(value: Decimal) -> int:
    """Decimal amount -> integer minor units; refuses values finer than a minor unit."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise AmountError(f"not an exact amount: {value!r}")
    scaled = value.scaleb(MINOR_DIGITS)
    if scaled != scaled.to_integral_value():
        raise AmountError(f"more than {MINOR_DIGITS} decimals: {value}")
    return int(scaled)


def from_minor(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-MINOR_DIGITS).quantize(_CENT)


def qty_to_milli(value: Decimal) -> int:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise AmountError(f"not an exact quantity: {value!r}")
    scaled = value.scaleb(QTY_DIGITS)
    if scaled != scaled.to_integral_value():
        raise AmountError(f"more than {QTY_DIGITS} decimals: {value}")
    return int(scaled)


def qty_from_milli(milli: int) -> Decimal:
    return Decimal(milli).scaleb(-QTY_DIGITS).normalize()


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal


def line_amounts(
    quantity: Decimal, unit_price: Decimal, discount_percent: Decimal, vat_rate: Decimal
) -> LineAmounts:
    """Net after discount and VAT of one line, each rounded to the minor unit (VAT per line)."""
    if quantity < 0 or unit_price < 0:
        raise AmountError("quantity and price must not be negative")
    if not Decimal(0) <= discount_percent <= _HUNDRED:
        raise AmountError("discount must be between 0 and 100 %")
    if vat_rate < 0:
        raise AmountError("VAT rate must not be negative")
    net = round_money(quantity * unit_price * (_HUNDRED - discount_percent) / _HUNDRED)
    vat = round_money(net * vat_rate / _HUNDRED)
    return LineAmounts(net=net, vat=vat, gross=net + vat)


def _half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for numerator >= 0 and denominator > 0."""
    return (2 * numerator + denominator) // (2 * denominator)


def percent_hundredths(value: Decimal) -> int | None:
    """A percentage as whole hundredths (27.5 -> 2750), or None if it is finer than that."""
    scaled = value.scaleb(2)
    return int(scaled) if scaled == scaled.to_integral_value() else None


def line_amounts_minor(
    qty_milli: int, price_minor: int, discount_hundredths: int, vat_hundredths: int
) -> tuple[int, int, int]:
    """line_amounts in integers (quantity in thousandths, money in minor units, percentages in
    hundredths): the same rounding, for passes over millions of stored lines."""
    if qty_milli < 0 or price_minor < 0:
        raise AmountError("quantity and price must not be negative")
    if not 0 <= discount_hundredths <= 10_000 or vat_hundredths < 0:
        raise AmountError("discount must be between 0 and 100 %, VAT not negative")
    net = _half_up_div(qty_milli * price_minor * (10_000 - discount_hundredths), 10_000_000)
    vat = _half_up_div(net * vat_hundredths, 10_000)
    return net, vat, net + vat


@functools.lru_cache(maxsize=1024)
def _stored_hundredths(text: str) -> int | None:
    return percent_hundredths(Decimal(text))


def stored_line_minor(qty: int, price: int, disc: str, rate: str) -> tuple[int, int, int]:
    """line_amounts of one line as the database stores it (quantity in thousandths, price in
    minor units, percentages as text), in minor units: integers when the percentages are
    whole hundredths, else through Decimal; the same rounding either way."""
    d, r = _stored_hundredths(disc), _stored_hundredths(rate)
    if d is not None and r is not None:
        return line_amounts_minor(qty, price, d, r)
    exact = line_amounts(qty_from_milli(qty), from_minor(price), Decimal(disc), Decimal(rate))
    return to_minor(exact.net), to_minor(exact.vat), to_minor(exact.gross)


def sum_lines(lines: Iterable[LineAmounts]) -> Totals:
    net = vat = ZERO
    for line in lines:
        net += line.net
        vat += line.vat
    return Totals(net=net, vat=vat, gross=net + vat)


def parse_money(text: str) -> Decimal:
    """A typed amount that must already be whole minor units and not negative."""
    return money_value(parse_decimal(text))


def money_value(value: Decimal) -> Decimal:
    """A read amount checked as parse_money checks it: not negative, whole minor units."""
    if value < 0:
        raise AmountError("must not be negative")
    to_minor(value)
    return value.quantize(_CENT)


def parse_percent(text: str) -> Decimal:
    return percent_value(parse_decimal(text.rstrip("% ").strip() or text))


def percent_value(value: Decimal) -> Decimal:
    """A read percentage checked as parse_percent checks it: between 0 and 100."""
    if not Decimal(0) <= value <= _HUNDRED:
        raise AmountError("must be between 0 and 100")
    return value
