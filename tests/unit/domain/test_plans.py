from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.plans import (
    PlanError,
    PlanRow,
    check_month,
    forecast,
    is_behind,
    month_label,
    parse_month,
    parse_period,
    plan_amount,
    progress,
    read_plan_amount,
    year_months,
)


def test_periods_are_written_as_a_year_a_quarter_or_a_month() -> None:
    assert (parse_period("2026").start, parse_period("2026").end) == (
        date(2026, 1, 1), date(2026, 12, 31)
    )  # fmt: skip
    q3 = parse_period("2026-q3")
    assert (q3.label, q3.start, q3.end) == ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30))
    assert parse_period("2024-02").end == date(2024, 2, 29)
    assert [m.month for m in q3.months] == [7, 8, 9]
    for bad in ("26", "2026-Q5", "2026-13", "Q3 2026", ""):
        with pytest.raises(PlanError):
            parse_period(bad)


def test_the_forecast_runs_at_the_rate_so_far() -> None:
    november = parse_period("2026-11")
    assert forecast(Decimal("100.00"), november, date(2026, 11, 10)) == Decimal("300.00")
    assert forecast(Decimal("100.00"), november, date(2026, 10, 31)) == Decimal("0.00")
    assert forecast(Decimal("100.00"), november, date(2026, 12, 5)) == Decimal("100.00")


def test_fulfilment_is_none_without_a_plan_and_the_gap_never_negative() -> None:
    period = parse_period("2026")
    assert progress(Decimal(0), Decimal(5), period, date(2026, 6, 1)).fulfilment is None
    done = progress(Decimal(100), Decimal(150), period, date(2027, 1, 1))
    assert done.fulfilment == 1.5 and done.gap == 0


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)),
)
def test_the_forecast_never_falls_below_the_actual(actual: Decimal, today: date) -> None:
    assert forecast(actual, parse_period("2026"), today) >= actual


# --- what a KAM types, and the year's grid ----------------------------------------------------


def test_a_plan_is_whole_cents_not_negative_and_zero_or_empty_means_none() -> None:
    assert read_plan_amount("1 250 000") == Decimal("1250000.00")
    assert read_plan_amount("12500,5") == Decimal("12500.50")
    assert read_plan_amount("") is None and read_plan_amount("  ") is None
    assert read_plan_amount("0") is None and plan_amount(Decimal("0.00")) is None
    assert plan_amount(None) is None
    for text, words in (
        ("-5", "cannot be negative"),
        ("12.3456", "whole cents"),
        ("abc", "is not an amount"),
        ("1.500", "ambiguous"),
        ("1e6", "is not an amount"),
        ("1000000000000", "too large"),
    ):
        with pytest.raises(PlanError, match=words):
            read_plan_amount(text)
    with pytest.raises(PlanError):
        plan_amount(Decimal("NaN"))


@given(st.decimals(min_value=0, max_value=10**11, places=2))
def test_a_typed_plan_reads_back_exactly(amount: Decimal) -> None:
    read = read_plan_amount(format(amount, "f"))
    assert read == (None if amount == 0 else amount)
    assert read is None or read.as_tuple().exponent == -2


def test_months_are_written_as_a_sheet_or_a_person_writes_them() -> None:
    march = date(2026, 3, 1)
    for text in ("2026-03", "2026-3", "2026-03-01", "2026-03-01 00:00:00", "03.2026", "3/2026"):
        assert parse_month(text) == march, text
    for bad, words in (
        ("2026-13", "01 to 12"),
        ("March", "not a month"),
        ("2026-03-15", "whole month"),
        ("2026-02-30", "not a day"),
    ):
        with pytest.raises(PlanError, match=words):
            parse_month(bad)
    with pytest.raises(PlanError, match="2026-03-01"):
        check_month(date(2026, 3, 2))
    assert month_label(march) == "2026-03"


@given(st.lists(st.none() | st.decimals(min_value=1, max_value=10**9, places=2), min_size=12,
                max_size=12))  # fmt: skip
def test_quarters_and_the_year_are_sums_of_the_months(months: list[Decimal | None]) -> None:
    row = PlanRow("c", "Client", "EUR", tuple(months))
    assert sum(row.quarters) == row.year == sum(m or 0 for m in months)
    assert row.quarters[1] == sum(m or 0 for m in months[3:6])
    assert row.planned == any(m is not None for m in months)
    again = row.with_month(4, Decimal("7.00"))
    assert again.year == row.year - row.month(4) + Decimal("7.00") and row.months == tuple(months)


def test_a_client_is_behind_when_the_forecast_falls_short() -> None:
    november = parse_period("2026-11")
    today = date(2026, 11, 15)
    assert is_behind(progress(Decimal(1000), Decimal(400), november, today))  # forecast 800
    assert not is_behind(progress(Decimal(1000), Decimal(600), november, today))  # 1200
    assert not is_behind(progress(Decimal(0), Decimal(0), november, today))
    assert [m.month for m in (year_months(2026)[0], year_months(2026)[-1])] == [1, 12]
