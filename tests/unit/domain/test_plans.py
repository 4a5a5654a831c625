from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.plans import PlanError, forecast, parse_period, progress


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
