"""domain.formatting: money, numbers, quantities, percentages and dates, one way everywhere."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain import formatting as fmt
from kamdesk.domain.documents import LANGUAGES
from kamdesk.domain.money import round_money

D = Decimal
NBSP = "\u00a0"
# amounts as money holds them (cents) and as unit prices may (up to four decimals)
cents = st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False)
prices = st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False)
languages = st.sampled_from(LANGUAGES)
# what each language writes between thousands and before the decimals
SEPARATORS = {
    "en": (",", "."),
    "ru": (NBSP, ","),
    "hu": (NBSP, ","),
    "it": (".", ","),
    "az": (".", ","),
}


def read_back(text: str, language: str) -> Decimal:
    """The digits of a formatted amount as a Decimal again (the currency label dropped)."""
    group, point = SEPARATORS[language]
    for label in ("EUR", "RUB", "HUF", "AZN", "руб.", "Ft", "manat"):
        digits = text.removesuffix(NBSP + label)
        if digits != text:
            break
    digits = digits.replace(group, "").replace("\u2212", "-").replace(point, ".")
    return Decimal(digits)


@given(cents, languages)
def test_money_read_back_is_the_exact_amount(amount: Decimal, language: str) -> None:
    assert read_back(fmt.money(amount, language), language) == amount


@given(prices, languages, st.sampled_from(["EUR", "RUB", "HUF", "AZN"]))
def test_money_with_currency_keeps_every_decimal_up_to_four(
    amount: Decimal, language: str, currency: str
) -> None:
    text = fmt.money(amount, language, currency)
    assert read_back(text, language) == amount
    assert text.endswith(NBSP + fmt.currency_label(currency, language))
    # two decimals at least, never more than the value has beyond them
    decimals = text.rsplit(NBSP, 1)[0].rsplit(SEPARATORS[language][1], 1)[1]
    assert 2 <= len(decimals) <= 4


@given(cents)
def test_grouped_rounds_like_money_and_reads_back(amount: Decimal) -> None:
    text = fmt.grouped(amount)
    assert Decimal(text.replace(fmt.NNBSP, "")) == round_money(amount)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False))
def test_grouped_is_half_up_to_the_cent(value: Decimal) -> None:
    assert Decimal(fmt.grouped(value).replace(fmt.NNBSP, "")) == round_money(value)


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_plain_is_the_exact_value_without_exponent(value: Decimal) -> None:
    text = fmt.plain(value)
    assert "E" not in text.upper()
    assert Decimal(text) == value


def test_money_as_each_language_writes_it() -> None:
    assert fmt.money(D("1234567.89"), "en", "EUR") == f"1,234,567.89{NBSP}EUR"
    assert fmt.money(D("1234567.89"), "ru", "RUB") == f"1{NBSP}234{NBSP}567,89{NBSP}руб."
    assert fmt.money(D("1234.5"), "ru", "EUR") == f"1{NBSP}234,50{NBSP}EUR"
    assert fmt.money(D("12.3456"), "en") == "12.3456"
    assert fmt.money(D("0"), "en") == "0.00"


def test_the_rouble_is_a_word_only_in_russian() -> None:
    assert fmt.currency_label("RUB", "ru") == "руб."
    assert fmt.currency_label("RUB", "en") == "RUB"
    assert fmt.currency_label("EUR", "ru") == "EUR"
    assert fmt.currency_label("", "ru") == ""


def test_forints_and_manats_as_their_own_documents_write_them() -> None:
    assert fmt.currency_label("HUF", "hu") == "Ft"
    assert fmt.currency_label("HUF", "en") == "HUF"
    assert fmt.currency_label("AZN", "az") == "manat"
    assert fmt.currency_label("AZN", "ru") == "AZN"
    assert fmt.currency_label("EUR", "hu") == "EUR"


def test_hungarian_italian_and_azerbaijani_formats() -> None:
    amount = D("1234567.89")
    assert fmt.money(amount, "hu", "HUF") == f"1{NBSP}234{NBSP}567,89{NBSP}Ft"
    assert fmt.money(amount, "it", "EUR") == f"1.234.567,89{NBSP}EUR"
    assert fmt.money(amount, "az", "AZN") == f"1.234.567,89{NBSP}manat"
    assert fmt.percent(D("12.5"), "hu") == "12,5"
    day = date(2026, 11, 24)
    assert fmt.long_date(day, "hu") == "2026. november 24."
    assert fmt.long_date(day, "it") == "24 novembre 2026"
    assert fmt.long_date(day, "az") == "24 noyabr 2026"
    assert fmt.short_date(day, "hu") == "2026.11.24."
    assert fmt.short_date(day, "it") == "24/11/2026"
    assert fmt.short_date(day, "az") == "24.11.2026"
    assert fmt.short_date(day, "ru") == "24.11.2026"
    assert fmt.short_date(day, "en") == "24/11/2026"


def test_quantities_percentages_and_dates() -> None:
    assert fmt.quantity(D("1234.500"), "en") == "1,234.5"
    assert fmt.quantity(D("12"), "ru") == "12"
    assert fmt.percent(D("20.00"), "en") == "20"
    assert fmt.percent(D("12.5"), "ru") == "12,5"
    assert fmt.long_date(date(2026, 11, 24), "en") == "24 November 2026"
    assert fmt.long_date(date(2026, 11, 24), "ru") == "24 ноября 2026\u202fг."


def test_grouped_with_a_locales_separators_and_no_negative_zero() -> None:
    assert fmt.grouped(D("1234567.885")) == "1\u202f234\u202f567.89"
    assert fmt.grouped(D("1234.5"), group=".", point=",") == "1.234,50"
    assert fmt.grouped(D("-1234.5"), group=",") == "-1,234.50"
    assert fmt.grouped(D("-0.004")) == "0.00"
    assert fmt.grouped(D("7"), places=0) == "7"


def test_a_language_kamdesk_does_not_write_is_refused() -> None:
    with pytest.raises(ValueError, match="not supported"):
        fmt.money(D(1), "de")
