"""domain.number_text: numbers written and read in one locale's notation, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.money import AmountError
from kamdesk.domain.number_text import local_reading, read_number, write_exact, write_fixed

D = Decimal
NBSP = "\u00a0"
# (group separator, decimal point) as Qt gives them for the interface's five locales
NOTATIONS = {
    "en_GB": (",", "."),
    "ru_RU": (NBSP, ","),
    "hu_HU": (NBSP, ","),
    "it_IT": (".", ","),
    "az_Latn_AZ": (".", ","),
}
notations = st.sampled_from(sorted(NOTATIONS.values()))
values = st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False)
amounts = st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False)


@given(values, notations, st.booleans(), st.integers(min_value=0, max_value=2))
def test_exact_text_reads_back_as_the_same_value(
    value: Decimal, notation: tuple[str, str], grouping: bool, min_places: int
) -> None:
    if grouping and min_places < 2:
        # grouped text needs the decimals that make it unambiguous ("1.500" in Italian)
        min_places = 2
    text = write_exact(value, *notation, min_places=min_places, grouping=grouping)
    assert read_number(text, *notation) == value


@given(amounts, notations)
def test_fixed_text_reads_back_as_the_amount(amount: Decimal, notation: tuple[str, str]) -> None:
    assert read_number(write_fixed(amount, *notation), *notation) == amount


@given(values, notations)
def test_the_plain_form_is_read_in_every_locale(value: Decimal, notation: tuple[str, str]) -> None:
    plain = format(value, "f")
    if value == value.to_integral_value() or len(plain.partition(".")[2].rstrip("0")) != 3:
        assert read_number(plain, *notation) == value


@pytest.mark.parametrize(
    ("text", "notation", "expected"),
    [
        ("1 234,50", NOTATIONS["hu_HU"], D("1234.50")),
        ("1\u202f234,50", NOTATIONS["ru_RU"], D("1234.50")),
        ("1.234,50", NOTATIONS["it_IT"], D("1234.50")),
        ("1,234.50", NOTATIONS["en_GB"], D("1234.50")),
        ("1234.50", NOTATIONS["it_IT"], D("1234.50")),  # the plain form
        ("1234.50", NOTATIONS["hu_HU"], D("1234.50")),
        ("1,5", NOTATIONS["az_Latn_AZ"], D("1.5")),
        ("1,500", NOTATIONS["en_GB"], D("1500")),  # an Englishman's thousands
        ("1,500", NOTATIONS["ru_RU"], D("1.5")),  # a Russian's decimals
        ("−12,5", NOTATIONS["ru_RU"], D("-12.5")),
        ("1.234.567,5", NOTATIONS["az_Latn_AZ"], D("1234567.5")),
    ],
)
def test_what_each_locale_writes_is_read(
    text: str, notation: tuple[str, str], expected: Decimal
) -> None:
    assert read_number(text, *notation) == expected


@pytest.mark.parametrize("notation", [NOTATIONS["it_IT"], NOTATIONS["az_Latn_AZ"]])
def test_text_the_locale_and_the_plain_form_read_differently_is_refused(
    notation: tuple[str, str],
) -> None:
    with pytest.raises(AmountError, match="ambiguous"):
        read_number("1.500", *notation)  # 1500 the Italian way, 1.5 the plain way


def test_ambiguous_text_in_neither_form_stays_refused() -> None:
    with pytest.raises(AmountError, match="ambiguous"):
        read_number("1.500", *NOTATIONS["hu_HU"])


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12 34,5", "1e5", "nan"])
def test_unreadable_text_is_refused(text: str) -> None:
    with pytest.raises(AmountError):
        read_number(text, *NOTATIONS["ru_RU"])


def test_groups_must_be_three_digits() -> None:
    assert local_reading("12.34,5", *NOTATIONS["it_IT"]) is None
    assert local_reading("1.234,5", *NOTATIONS["it_IT"]) == D("1234.5")


def test_write_exact_keeps_every_digit_and_drops_minus_zero() -> None:
    assert write_exact(D("1234567.8900"), NBSP, ",", min_places=2) == "1\u00a0234\u00a0567,89"
    assert write_exact(D("0.125"), ".", ",") == "0,125"
    assert write_exact(D("-0.00"), ",", ".", min_places=2) == "0.00"
    assert write_exact(D("1E+3"), ".", ",", grouping=False) == "1000"
    assert write_exact(D("-1500"), ".", ",") == "-1.500"
