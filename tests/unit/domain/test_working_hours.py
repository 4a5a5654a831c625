"""Working hours: where a new meeting starts, and how the hours are stored."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.working_hours import (
    MONDAY_TO_FRIDAY,
    WorkingHours,
    clock_text,
    days_text,
    new_meeting_start,
    next_working_day,
    parse_clock,
    parse_days,
)

FRIDAY = date(2026, 12, 4)


def test_a_new_meeting_starts_on_the_next_working_day_at_the_start_of_the_day() -> None:
    hours = WorkingHours(time(8, 30), time(17, 0), MONDAY_TO_FRIDAY)
    assert new_meeting_start(FRIDAY, hours) == datetime(2026, 12, 7, 8, 30)  # Monday
    assert new_meeting_start(FRIDAY + timedelta(days=1), hours) == datetime(2026, 12, 7, 8, 30)
    assert new_meeting_start(FRIDAY - timedelta(days=1), hours) == datetime(2026, 12, 4, 8, 30)


def test_a_team_working_on_saturdays_and_not_on_mondays() -> None:
    hours = WorkingHours(days=frozenset({1, 2, 3, 4, 5}))  # Tuesday to Saturday
    assert next_working_day(FRIDAY, hours) == date(2026, 12, 5)  # Saturday
    assert next_working_day(date(2026, 12, 5), hours) == date(2026, 12, 8)  # Tuesday


@given(st.dates(), st.frozensets(st.integers(0, 6), min_size=1))
def test_the_next_working_day_is_the_first_one_after(after: date, days: frozenset[int]) -> None:
    if after >= date(9999, 12, 20):
        return
    hours = WorkingHours(days=days)
    found = next_working_day(after, hours)
    assert after < found <= after + timedelta(days=7)
    assert found.weekday() in days
    assert all(
        (after + timedelta(days=n)).weekday() not in days for n in range(1, (found - after).days)
    )


def test_hours_that_make_no_day_are_refused() -> None:
    assert WorkingHours().problems() == {}
    assert set(WorkingHours(time(18, 0), time(9, 0)).problems()) == {"work_end"}
    assert set(WorkingHours(time(9, 0), time(9, 0)).problems()) == {"work_end"}
    assert set(WorkingHours(days=frozenset()).problems()) == {"work_days"}


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_a_clock_reads_back(moment: time) -> None:
    assert parse_clock(clock_text(moment)) == moment


@given(st.frozensets(st.integers(0, 6), min_size=1))
def test_the_days_read_back(days: frozenset[int]) -> None:
    assert parse_days(days_text(days)) == days


def test_unreadable_stored_hours() -> None:
    assert parse_clock("9:30") == time(9, 30)
    for bad in ("", "9", "25:00", "09:60", "9:5", "nine"):
        assert parse_clock(bad) is None
    assert parse_days("1,2,3") == frozenset({0, 1, 2})
    for bad in ("", "0", "8", "mon", "1,,2"):
        assert parse_days(bad) is None
