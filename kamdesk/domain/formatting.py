"""How kamdesk writes numbers, money and dates: one place for every screen and document.

Two families:
- in a document's language (domain.documents.LANGUAGES): babel with that language's locale
  (en_GB, ru_RU, hu_HU, it_IT, az_Latn_AZ): "1,234.50" / "1 234,50" / "1.234,50",
  "24 November 2026" / "24 ноября 2026 г." / "2026. november 24." / "24 novembre 2026" /
  "24 noyabr 2026", and the currency after the amount as the language's documents write it
  (the ISO code, except "руб." for roubles in Russian, "Ft" for forints in Hungarian and
  "manat" in Azerbaijani);
- for the interface and machine output: `grouped` (fixed decimals, the caller's separators)
  and `plain` (the exact value, no grouping: JSON, CSV, edit fields).

Nothing here adds money; amounts in a document's language are written exactly as given (at
least two decimals, up to four when the value has them), and `grouped` rounds half-up like
domain.money.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

from kamdesk.domain.languages import LANGUAGES

LOCALES = {"en": "en_GB", "ru": "ru_RU", "hu": "hu_HU", "it": "it_IT", "az": "az_Latn_AZ"}
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: the interface's thousands separator

MONEY = "#,##0.00##"  # two decimals at least, up to four when the value has them
QUANTITY = "#,##0.###"
PERCENT = "#,##0.##"

# the currency after an amount: the ISO code, except where a word is the custom. Hungarian
# invoices write forints "Ft"; Azerbaijani ones "manat" (as the total in words names it, and
# e-qaimə's amounts are in manat): the sign ₼ is newer than most fonts, DejaVu has no glyph
# for it, and a printed "AZN"/"manat" is what a buyer's accountant matches against the bank
_CURRENCY_WORDS = {("ru", "RUB"): "руб.", ("hu", "HUF"): "Ft", ("az", "AZN"): "manat"}


@functools.cache
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


@functools.cache
def locale_of(language: str) -> Locale:
    """The babel locale a document language writes with; ValueError for one kamdesk lacks."""
    if language not in LANGUAGES:
        raise ValueError(f"document language {language!r} is not supported: use one of {LANGUAGES}")
    return Locale.parse(LOCALES[language])


def number(value: Decimal, language: str, pattern: str) -> str:
    """`value` with a CLDR `pattern` ("#,##0.##") in the language's separators."""
    return str(_pattern(pattern).apply(value, locale_of(language)))


def currency_label(currency: str, language: str) -> str:
    """The currency as written after an amount: "EUR"; in Russian "руб." for RUB, in
    Hungarian "Ft" for HUF, in Azerbaijani "manat" for AZN."""
    return _CURRENCY_WORDS.get((language, currency), currency)


def money(amount: Decimal, language: str, currency: str = "") -> str:
    """1234.5 -> "1,234.50" / "1 234,50"; with a currency "1,234.50 EUR" / "1 234,50 руб."
    (a no-break space before it). The exact value: nothing is rounded below four decimals."""
    digits = number(amount, language, MONEY)
    label = currency_label(currency, language)
    return f"{digits}{NBSP}{label}" if label else digits


def quantity(value: Decimal, language: str) -> str:
    """12 -> "12", 1234.5 -> "1,234.5" / "1 234,5" (up to three decimals)."""
    return number(value, language, QUANTITY)


def percent(value: Decimal, language: str) -> str:
    """20.00 -> "20", 12.5 -> "12.5" / "12,5": the number only (the label says it is a %)."""
    return number(value, language, PERCENT)


def long_date(day: date, language: str) -> str:
    """ "24 November 2026" / "24 ноября 2026 г." / "2026. november 24." / "24 novembre 2026" /
    "24 noyabr 2026"."""
    return str(format_date(day, format="long", locale=locale_of(language)))


# a date in a document's table: as each language writes a date in figures
_SHORT_DATES = {"ru": "%d.%m.%Y", "az": "%d.%m.%Y", "hu": "%Y.%m.%d.", "it": "%d/%m/%Y"}


def short_date(day: date, language: str) -> str:
    """ "24/11/2026" / "24.11.2026" / "2026.11.24.": a date in a document's table."""
    return day.strftime(_SHORT_DATES.get(language, "%d/%m/%Y"))


def grouped(value: Decimal, *, places: int = 2, group: str = NNBSP, point: str = ".") -> str:
    """The interface's fixed-decimal figure: 1234.5 -> "1 234.50", rounded half-up to `places`,
    with the caller's (or a locale's) group separator and decimal point."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # -0.004 is "0.00", not "-0.00"
    text = format(rounded, ",f")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def plain(value: Decimal) -> str:
    """The exact value as digits, no grouping and no exponent ("1234.50"): for machine output
    (JSON, CSV) and for text a person will edit."""
    return format(value, "f")
