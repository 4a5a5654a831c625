"""Exchange rates and conversion (issue 13): the latest rate on or before the day, one rounding."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.fx import MissingRate, Quote, RateBook, apply_factor, factor_of

DAY = date(2026, 11, 30)
BOOK = RateBook(
    "HUF",
    [
        Quote("EUR", date(2026, 11, 27), Decimal("385.50"), "MNB"),
        Quote("EUR", DAY, Decimal("386.12"), "MNB"),
        Quote("RUB", DAY, Decimal("4.0213"), "MNB"),
    ],
)
amounts = st.decimals(min_value=0, max_value=10**9, places=2)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(100_000), places=4)


def _half_up_cents(value: Fraction) -> Decimal:
    """The exact value rounded half-up to the cent, computed without Decimal division."""
    cents = value * 100
    whole, rest = divmod(cents.numerator, cents.denominator)
    if 2 * rest >= cents.denominator:
        whole += 1
    return Decimal(whole).scaleb(-2).quantize(Decimal("0.01"))


def test_the_latest_rate_on_or_before_the_day_applies() -> None:
    assert BOOK.quote("EUR", date(2026, 11, 29)).rate == Decimal("385.50")  # type: ignore[union-attr]
    assert BOOK.quote("EUR", DAY).rate == Decimal("386.12")  # type: ignore[union-attr]
    assert BOOK.quote("HUF", DAY) is None  # the reporting currency is 1
    with pytest.raises(MissingRate, match="RUB on or before 29 Nov 2026"):
        BOOK.quote("RUB", DAY - timedelta(days=1))
    with pytest.raises(MissingRate, match="No exchange rate for USD"):
        BOOK.convert(Decimal(1), "USD", "EUR", DAY)


def test_a_rub_price_on_a_eur_order() -> None:
    done = BOOK.convert(Decimal("100.00"), "RUB", "EUR", DAY)
    # 4.0213 / 386.12 = 0.010414638972..., kept to 12 significant digits
    assert done.factor == Decimal("0.0104146379364")
    assert done.amount == Decimal("1.04")
    assert done.day == DAY and done.source == "MNB"
    assert "100.00 RUB at 0.0104146379364 EUR/RUB" in done.describe()
    assert BOOK.to_reporting(Decimal("10000.00"), "EUR", DAY) == Decimal("3861200.00")


@given(amounts, rates)
def test_into_the_reporting_currency_is_exact_to_the_cent(amount: Decimal, rate: Decimal) -> None:
    book = RateBook("HUF", [Quote("EUR", DAY, rate)])
    expected = (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert book.to_reporting(amount, "EUR", DAY) == expected


@given(amounts, rates, rates)
def test_a_cross_conversion_rounds_once_from_the_stored_factor(
    amount: Decimal, rate_from: Decimal, rate_to: Decimal
) -> None:
    factor = factor_of(rate_from, rate_to)
    exact = Fraction(rate_from) / Fraction(rate_to)
    # the factor is the exact quotient, or it to 12 significant digits
    assert abs(Fraction(factor) - exact) <= exact / 10**11
    assert apply_factor(amount, factor) == _half_up_cents(Fraction(amount) * Fraction(factor))


@given(amounts, rates)
def test_a_conversion_and_its_way_back_differ_by_rounding_only(
    amount: Decimal, rate: Decimal
) -> None:
    book = RateBook("HUF", [Quote("EUR", DAY, rate)])
    there = book.convert(amount, "EUR", "HUF", DAY).amount
    back = book.convert(there, "HUF", "EUR", DAY).amount
    # one cent of HUF is worth 1/rate EUR cents; with the half-up rounding on both ways
    assert abs(back - amount) <= Decimal("0.01") * (1 + 1 / rate)
