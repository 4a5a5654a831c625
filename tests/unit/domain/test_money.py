from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.money import (
    AmountError,
    from_minor,
    line_amounts,
    line_amounts_minor,
    parse_decimal,
    parse_money,
    percent_hundredths,
    qty_from_milli,
    qty_to_milli,
    round_money,
    sum_lines,
    to_minor,
)

minor_units = st.integers(min_value=-(10**15), max_value=10**15)
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)
quantities = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False)
percents = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)


@given(minor_units)
def test_minor_units_round_trip(minor: int) -> None:
    assert to_minor(from_minor(minor)) == minor


@given(st.integers(min_value=0, max_value=10**12))
def test_quantity_round_trip(milli: int) -> None:
    assert qty_to_milli(qty_from_milli(milli)) == milli


def test_to_minor_refuses_fractions_of_a_cent_and_floats() -> None:
    with pytest.raises(AmountError):
        to_minor(Decimal("0.005"))
    with pytest.raises(AmountError):
        to_minor(0.1)  # type: ignore[arg-type]
    with pytest.raises(AmountError):
        to_minor(Decimal("NaN"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", "12"),
        ("12.5", "12.5"),
        ("12,50", "12.50"),
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1'234.5", "1234.5"),
        ("-3", "-3"),
        ("1,234,567", "1234567"),
    ],
)
def test_parse_decimal_reads_what_people_type(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["1.500", "125.000", "2,500"])
def test_a_lone_separator_before_three_digits_is_ambiguous(text: str) -> None:
    with pytest.raises(AmountError, match="ambiguous"):
        parse_decimal(text)


@pytest.mark.parametrize("text", ["", "abc", "1e309", "1E5", "nan", "inf", "1,2,3.4.5", "--1"])
def test_parse_decimal_rejects_anything_not_a_plain_number(text: str) -> None:
    with pytest.raises(AmountError):
        parse_decimal(text)


def test_parse_money_rejects_negative_and_fractions_of_a_cent() -> None:
    assert parse_money("10,5") == Decimal("10.50")
    with pytest.raises(AmountError):
        parse_money("-1")
    with pytest.raises(AmountError):
        parse_money("0.001")


@given(
    quantities,
    amounts,
    percents,
    st.sampled_from([Decimal(0), Decimal(5), Decimal(20), Decimal(27), Decimal("18")]),
)
def test_line_amounts_are_exact_and_consistent(
    qty: Decimal, price: Decimal, disc: Decimal, rate: Decimal
) -> None:
    a = line_amounts(qty, price, disc, rate)
    assert a.gross == a.net + a.vat
    assert a.net == round_money(qty * price * (100 - disc) / 100)
    assert a.vat == round_money(a.net * rate / 100)
    to_minor(a.net), to_minor(a.vat)  # whole cents: storable
    assert a.net <= round_money(qty * price)


@given(st.lists(st.tuples(quantities, amounts, percents), max_size=30))
def test_order_total_is_the_sum_of_line_totals(
    lines: list[tuple[Decimal, Decimal, Decimal]],
) -> None:
    computed = [line_amounts(q, p, d, Decimal(20)) for q, p, d in lines]
    totals = sum_lines(computed)
    assert totals.net == sum((a.net for a in computed), Decimal(0))
    assert totals.vat == sum((a.vat for a in computed), Decimal(0))
    assert totals.gross == totals.net + totals.vat


@given(quantities, amounts, percents, percents)
def test_integer_line_amounts_equal_the_decimal_ones(
    qty: Decimal, price: Decimal, disc: Decimal, rate: Decimal
) -> None:
    a = line_amounts(qty, price, disc, rate)
    d, r = percent_hundredths(disc), percent_hundredths(rate)
    assert d is not None and r is not None
    got = line_amounts_minor(qty_to_milli(qty), to_minor(price), d, r)
    assert got == (to_minor(a.net), to_minor(a.vat), to_minor(a.gross))


def test_percent_hundredths_refuses_finer_rates() -> None:
    assert percent_hundredths(Decimal("27.5")) == 2750
    assert percent_hundredths(Decimal("0.125")) is None


def test_vat_is_rounded_per_line_half_up() -> None:
    a = line_amounts(Decimal(1), Decimal("0.25"), Decimal(0), Decimal(10))
    assert a.vat == Decimal("0.03")  # 0.025 rounds up, not to even


@pytest.mark.parametrize(
    ("qty", "price", "disc"), [("-1", "1", "0"), ("1", "-1", "0"), ("1", "1", "101")]
)
def test_line_amounts_refuse_impossible_values(qty: str, price: str, disc: str) -> None:
    with pytest.raises(AmountError):
        line_amounts(Decimal(qty), Decimal(price), Decimal(disc), Decimal(20))
