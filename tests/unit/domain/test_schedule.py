"""The week's meetings as time slots: leave-by, conflicts, recurrence, validation, ISO weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kamdesk.domain.schedule import (
    MAX_DURATION_MIN,
    MAX_OCCURRENCES,
    MAX_TRAVEL_MIN,
    Conflict,
    Scheduled,
    Slot,
    clock,
    conflicts_of,
    find_conflicts,
    leave_by,
    occurrences,
    parse_iso_week,
    slot_problems,
    week_of,
)

DAY = date(2026, 11, 24)  # a Tuesday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def slot(id: str, start: datetime, minutes: int = 60, travel: int = 0, subject: str = "") -> Slot:
    return Slot(id, start, minutes, travel, subject or id)


def kinds(found: dict[str, tuple[Conflict, ...]], id: str) -> list[tuple[str, str, int]]:
    return [(c.kind, c.other_id, c.minutes) for c in found.get(id, ())]


# --- leave-by ---------------------------------------------------------------------------------


def test_leave_by_is_start_minus_travel() -> None:
    assert leave_by(at(10), 45) == at(9, 15)
    assert leave_by(at(10), 0) == at(10)
    assert leave_by(at(0, 30), 60) == at(23, 30, DAY - timedelta(days=1))


def test_leave_by_never_after_the_start() -> None:
    assert leave_by(at(10), -30) == at(10)


def test_slot_end_and_leave_by() -> None:
    s = slot("a", at(10), 90, 30)
    assert s.end == at(11, 30) and s.leave_by == at(9, 30)


# --- overlaps ---------------------------------------------------------------------------------


def test_no_slots_no_conflicts() -> None:
    assert find_conflicts([]) == {}
    assert find_conflicts([slot("a", at(10))]) == {}


def test_overlap_is_reported_on_both_sides() -> None:
    a, b = slot("a", at(10), 60), slot("b", at(10, 40), 60)
    found = find_conflicts([a, b])
    assert kinds(found, "a") == [("overlap", "b", 20)]
    assert kinds(found, "b") == [("overlap", "a", 20)]
    (onto_b,) = found["a"]
    assert onto_b.other_subject == "b"
    assert (onto_b.other_start, onto_b.other_end) == (at(10, 40), at(11, 40))
    assert found["b"][0].other_end == at(11)


def test_overlap_of_a_meeting_inside_another_is_the_inner_length() -> None:
    outer, inner = slot("outer", at(9), 240), slot("inner", at(10), 30)
    found = find_conflicts([inner, outer])
    assert kinds(found, "outer") == [("overlap", "inner", 30)]
    assert kinds(found, "inner") == [("overlap", "outer", 30)]


def test_same_start_overlaps_by_the_shorter_one() -> None:
    found = find_conflicts([slot("a", at(10), 60), slot("b", at(10), 15)])
    assert kinds(found, "a") == [("overlap", "b", 15)]
    assert kinds(found, "b") == [("overlap", "a", 15)]


def test_touching_meetings_do_not_overlap() -> None:
    assert find_conflicts([slot("a", at(10), 60), slot("b", at(11), 60)]) == {}
    assert find_conflicts([slot("b", at(11), 60), slot("a", at(10), 60)]) == {}


def test_zero_length_slots_never_overlap() -> None:
    assert find_conflicts([slot("a", at(10), 60), slot("b", at(10, 30), 0)]) == {}
    assert find_conflicts([slot("a", at(10), 0), slot("b", at(10), 0)]) == {}


# --- travel -----------------------------------------------------------------------------------


def test_travel_that_does_not_fit_after_the_previous_meeting() -> None:
    before, here = slot("before", at(9), 60), slot("here", at(10, 30), 60, travel=45)
    found = find_conflicts([here, before])
    assert kinds(found, "here") == [("travel", "before", 15)]
    assert "before" not in found  # the earlier meeting is not at fault
    text = found["here"][0].describe()
    assert text == "“before” ends at 10:00: 15 min short of the travel time to get here."


def test_travel_that_fits_exactly() -> None:
    assert find_conflicts([slot("a", at(9), 60), slot("b", at(10, 45), 60, travel=45)]) == {}


def test_travel_with_a_minute_to_spare_and_a_minute_short() -> None:
    assert find_conflicts([slot("a", at(9), 60), slot("b", at(10, 46), 60, travel=45)]) == {}
    found = find_conflicts([slot("a", at(9), 60), slot("b", at(10, 44), 60, travel=45)])
    assert kinds(found, "b") == [("travel", "a", 1)]


def test_touching_meeting_with_travel_is_short_by_the_whole_travel() -> None:
    found = find_conflicts([slot("a", at(9), 60), slot("b", at(10), 60, travel=30)])
    assert kinds(found, "b") == [("travel", "a", 30)]


def test_a_zero_travel_meeting_right_after_another_is_fine() -> None:
    assert find_conflicts([slot("a", at(9), 60), slot("b", at(10), 60, travel=0)]) == {}


def test_travel_into_the_first_meeting_of_the_day_is_fine() -> None:
    assert find_conflicts([slot("a", at(8), 60, travel=600)]) == {}


def test_travel_is_measured_from_the_latest_end_before_the_start() -> None:
    # a long meeting and a short one inside it both end before "c"; the later end counts
    a, b = slot("a", at(8), 150), slot("b", at(9), 30)
    c = slot("c", at(11), 60, travel=60)
    found = find_conflicts([c, b, a])
    assert kinds(found, "c") == [("travel", "a", 30)]
    assert kinds(found, "a") == [("overlap", "b", 30)]


def test_travel_does_not_look_at_a_meeting_that_is_still_running() -> None:
    # "b" is still on when "c" starts: that is an overlap, not a travel shortfall
    a, b = slot("a", at(8), 60), slot("b", at(10), 90)
    c = slot("c", at(11), 60, travel=30)
    found = find_conflicts([a, b, c])
    assert kinds(found, "c") == [("overlap", "b", 30)]  # "a" ended long before 10:30
    assert kinds(found, "b") == [("overlap", "c", 30)]


def test_a_normal_day_of_several_meetings() -> None:
    day = [
        slot("breakfast", at(8), 60, travel=20),
        slot("alfa", at(9, 30), 60, travel=30),  # leave 9:00, free from 9:00: fits
        slot("call", at(10, 30), 30),  # right after, no travel
        slot("beta", at(11, 30), 90, travel=45),  # leave 10:45, call ends 11:00: 15 short
        slot("gamma", at(12, 30), 60, travel=0),  # inside beta by 30 min
        slot("delta", at(15), 60, travel=60),  # leave 14:00, free from 13:30: fits
    ]
    found = find_conflicts(day)
    assert set(found) == {"beta", "gamma"}
    assert kinds(found, "beta") == [("overlap", "gamma", 30), ("travel", "call", 15)]
    assert kinds(found, "gamma") == [("overlap", "beta", 30)]
    assert found["beta"][0].describe() == "Overlaps “gamma” (12:30–13:30) by 30 min."


def test_describe_without_a_subject() -> None:
    c = Conflict("overlap", "x", "", 5, at(10), at(11))
    assert c.describe() == "Overlaps another meeting (10:00–11:00) by 5 min."


def test_cross_timezone_aware_times_compare_as_instants() -> None:
    cet, eet = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
    budapest = Slot("bud", datetime(2026, 11, 24, 10, 0, tzinfo=cet), 60)  # 09:00 UTC
    kyiv = Slot("kyiv", datetime(2026, 11, 24, 11, 30, tzinfo=eet), 60)  # 09:30 UTC
    # on the wall clocks 10:00–11:00 and 11:30–12:30 look apart; as instants they overlap
    found = find_conflicts([kyiv, budapest])
    assert kinds(found, "bud") == [("overlap", "kyiv", 30)]
    assert kinds(found, "kyiv") == [("overlap", "bud", 30)]
    # 12:00 in Kyiv is 11:00 in Budapest: they touch, no overlap
    later = Slot("kyiv", datetime(2026, 11, 24, 12, 0, tzinfo=eet), 60)
    assert find_conflicts([later, budapest]) == {}
    # 11:15 in Budapest with 30 min travel: leave at 10:45 Budapest, 15 min before "bud" ends;
    # and it sits inside the Kyiv meeting (12:00–13:00 Kyiv is 11:00–12:00 Budapest)
    after = Slot("bud2", datetime(2026, 11, 24, 11, 15, tzinfo=cet), 30, travel_min=30)
    assert kinds(find_conflicts([after, budapest]), "bud2") == [("travel", "bud", 15)]
    assert kinds(find_conflicts([after, later]), "bud2") == [("overlap", "kyiv", 30)]


# --- properties -------------------------------------------------------------------------------

BASE = datetime(2026, 11, 23, 7, 0)


@st.composite
def day_of_slots(draw: st.DrawFn) -> list[Slot]:
    n = draw(st.integers(0, 8))
    out = []
    for i in range(n):
        start = BASE + timedelta(minutes=5 * draw(st.integers(0, 12 * 14)))
        minutes = draw(st.integers(1, 240))
        travel = draw(st.sampled_from([0, 0, 15, 30, 45, 60, 90, 240]))
        out.append(Slot(f"s{i}", start, minutes, travel, f"meeting {i}"))
    return out


def _overlap(a: Slot, b: Slot) -> int:
    return int((min(a.end, b.end) - max(a.start, b.start)).total_seconds() // 60)


# Two meetings that both end when the third must leave, started at the same time: the rule
# picks the greater id wherever the two stand in the input.
_TIE = [
    Slot("s1", BASE, 60, 0, "meeting 1"),
    Slot("s0", BASE, 60, 0, "meeting 0"),
    Slot("s2", BASE + timedelta(minutes=90), 30, 60, "meeting 2"),
]


@example(slots=_TIE)
@example(slots=_TIE[1::-1] + _TIE[2:])
@given(day_of_slots())
def test_conflicts_match_a_brute_force_reading(slots: list[Slot]) -> None:
    found = find_conflicts(slots)
    for s in slots:
        expected = {
            ("overlap", o.id, _overlap(s, o))
            for o in slots
            if o.id != s.id and o.start < s.end and s.start < o.end
        }
        before = [o for o in slots if o.id != s.id and o.end <= s.start]
        if s.travel_min > 0 and before:
            short = int((max(o.end for o in before) - s.leave_by).total_seconds() // 60)
            if short > 0:
                # the documented rule: latest end, then latest start, then the greater id
                previous = max(before, key=lambda o: (o.end, o.start, o.id))
                expected.add(("travel", previous.id, short))
        got = kinds(found, s.id)
        assert len(got) == len(set(got))
        assert set(got) == expected
    assert all(found.values())  # slots without conflicts are absent


BUDAPEST = ZoneInfo("Europe/Budapest")


@st.composite
def zoned_slots(draw: st.DrawFn) -> list[Slot]:
    """Up to 12 slots around the night clocks go back (25 October 2026 in Budapest), all in one
    time zone object, in fixed offsets, or as naive wall-clock times."""
    zone = draw(st.sampled_from(["budapest", "offsets", "naive"]))
    first = datetime(2026, 10, 24, 20, 0)
    out = []
    for i in range(draw(st.integers(0, 12))):
        start = first + timedelta(minutes=5 * draw(st.integers(0, 12 * 24)))
        if zone == "budapest":
            start = start.replace(tzinfo=BUDAPEST, fold=draw(st.integers(0, 1)))
        elif zone == "offsets":
            start = start.replace(tzinfo=timezone(timedelta(hours=draw(st.integers(-2, 3)))))
        minutes = draw(st.integers(1, 300))
        travel = draw(st.sampled_from([0, 0, 15, 45, 90, 240]))
        out.append(Slot(f"s{draw(st.integers(0, 30))}-{i}", start, minutes, travel, f"m{i}"))
    return out


def _all_pairs(slots: list[Slot]) -> dict[str, tuple[Conflict, ...]]:
    """The oracle: every pair looked at, in the order find_conflicts promises (the overlaps in
    start order, then the travel clash)."""
    ordered = sorted(slots, key=lambda s: (s.start, s.end, s.id))
    out: dict[str, tuple[Conflict, ...]] = {}
    for s in ordered:
        found = [
            Conflict("overlap", o.id, o.subject, _overlap(s, o), o.start, o.end)
            for o in ordered
            if o is not s and o.start < s.end and s.start < o.end
        ]
        before = [o for o in ordered if o is not s and o.end <= s.start]
        if s.travel_min > 0 and before:
            previous = max(before, key=lambda o: (o.end, o.start, o.id))
            short = int((previous.end - s.leave_by).total_seconds() // 60)
            if short > 0:
                found.append(
                    Conflict("travel", previous.id, previous.subject, short, previous.start,
                             previous.end)
                )  # fmt: skip
        if found:
            out[s.id] = tuple(found)
    return out


@example(slots=_TIE)
@given(st.one_of(day_of_slots(), zoned_slots()))
def test_conflicts_are_the_all_pairs_oracle_in_order(slots: list[Slot]) -> None:
    # the sweep compares microseconds, not datetimes: across the night the clocks go back,
    # in one zone or in several, it must still say exactly what comparing every pair says
    assert list(find_conflicts(slots).items()) == list(_all_pairs(slots).items())


@example(slots=_TIE)
@given(st.one_of(day_of_slots(), zoned_slots()))
def test_one_slots_conflicts_are_what_the_sweep_gives_it(slots: list[Slot]) -> None:
    found = find_conflicts(slots)
    for s in slots:
        assert conflicts_of(s.id, slots) == found.get(s.id, ())
    assert conflicts_of("nobody", slots) == ()


@given(day_of_slots())
def test_overlaps_are_symmetric_with_the_same_minutes(slots: list[Slot]) -> None:
    found = find_conflicts(slots)
    for id, conflicts in found.items():
        for c in conflicts:
            if c.kind == "overlap":
                assert c.minutes > 0
                back = [x for x in found[c.other_id] if x.kind == "overlap" and x.other_id == id]
                assert [x.minutes for x in back] == [c.minutes]
            else:
                assert c.minutes > 0


@given(st.data(), day_of_slots())
def test_the_result_does_not_depend_on_input_order(data: st.DataObject, slots: list[Slot]) -> None:
    shuffled = data.draw(st.permutations(slots))
    assert find_conflicts(shuffled) == find_conflicts(slots)
    assert find_conflicts(iter(shuffled)) == find_conflicts(slots)


@given(
    st.lists(st.tuples(st.integers(1, 300), st.integers(0, 180), st.integers(0, 120)), max_size=10),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
)
def test_back_to_back_with_room_for_travel_never_conflicts(
    layout: list[tuple[int, int, int]], first: datetime
) -> None:
    slots: list[Slot] = []
    free_from = first
    for i, (minutes, travel, spare) in enumerate(layout):
        start = free_from + timedelta(minutes=travel + spare)
        slots.append(Slot(f"s{i}", start, minutes, travel))
        free_from = start + timedelta(minutes=minutes)
    assert find_conflicts(slots) == {}
    assert find_conflicts(reversed(slots)) == {}


# --- recurrence -------------------------------------------------------------------------------


def test_weekly_keeps_weekday_and_time() -> None:
    first = datetime(2026, 11, 24, 9, 30)
    got = occurrences(first, "weekly", until=date(2026, 12, 15))
    assert got == [first + timedelta(weeks=n) for n in range(4)]
    assert {d.weekday() for d in got} == {1} and {d.time() for d in got} == {first.time()}


def test_until_is_inclusive() -> None:
    first = datetime(2026, 11, 24, 9, 30)
    assert occurrences(first, "weekly", until=date(2026, 12, 8))[-1] == datetime(2026, 12, 8, 9, 30)
    assert occurrences(first, "weekly", until=date(2026, 12, 7))[-1] == datetime(2026, 12, 1, 9, 30)
    assert occurrences(first, "weekly", until=first.date()) == [first]
    assert occurrences(first, "monthly", until=date(2027, 1, 24))[-1].date() == date(2027, 1, 24)


def test_until_before_the_first_gives_nothing() -> None:
    assert occurrences(datetime(2026, 11, 24, 9), "weekly", until=date(2026, 11, 23)) == []


def test_monthly_on_the_31st_falls_back_to_the_last_day_and_recovers() -> None:
    first = datetime(2026, 1, 31, 14, 0)
    got = occurrences(first, "monthly", until=date(2026, 5, 31))
    assert [d.date() for d in got] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    assert {d.time() for d in got} == {first.time()}


def test_monthly_in_a_leap_year_and_across_the_year_end() -> None:
    got = occurrences(datetime(2028, 1, 31, 8), "monthly", until=date(2028, 3, 31))
    assert [d.date() for d in got] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]
    year_end = occurrences(datetime(2026, 11, 30, 8), "monthly", until=date(2027, 3, 30))
    assert [d.date() for d in year_end] == [
        date(2026, 11, 30),
        date(2026, 12, 30),
        date(2027, 1, 30),
        date(2027, 2, 28),
        date(2027, 3, 30),
    ]


def test_monthly_on_the_29th_of_february() -> None:
    got = occurrences(datetime(2028, 2, 29, 8), "monthly", until=date(2028, 4, 30))
    assert [d.date() for d in got] == [date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29)]


def test_limit_caps_the_count() -> None:
    first = datetime(2026, 11, 24, 9)
    assert len(occurrences(first, "weekly", until=date(2030, 1, 1), limit=3)) == 3
    assert occurrences(first, "weekly", until=date(2030, 1, 1), limit=0) == []
    assert len(occurrences(first, "weekly", until=date(2099, 1, 1))) == MAX_OCCURRENCES
    assert len(occurrences(first, "monthly", until=date(2099, 1, 1))) == MAX_OCCURRENCES


def test_the_time_zone_is_kept() -> None:
    cet = timezone(timedelta(hours=1))
    got = occurrences(datetime(2026, 11, 24, 9, tzinfo=cet), "weekly", until=date(2026, 12, 1))
    assert [d.tzinfo for d in got] == [cet, cet]


@pytest.mark.parametrize("rule", ["", "daily", "Weekly", "yearly"])
def test_unknown_rule_raises(rule: str) -> None:
    with pytest.raises(ValueError, match="unknown recurrence"):
        occurrences(datetime(2026, 11, 24, 9), rule, until=date(2027, 1, 1))


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.sampled_from(["weekly", "monthly"]),
    st.integers(0, 800),
)
def test_occurrences_are_increasing_and_within_until(first: datetime, rule: str, days: int) -> None:
    until = first.date() + timedelta(days=days)
    got = occurrences(first, rule, until=until)
    assert got[0] == first
    assert all(a < b for a, b in pairwise(got))
    assert all(d.date() <= until and d.time() == first.time() for d in got)
    if rule == "monthly":
        assert all(d.day == first.day or d.day < first.day for d in got)


# --- slot problems ----------------------------------------------------------------------------


def problems(**kw: object) -> dict[str, str]:
    args: dict[str, object] = {"has_client": True, "start": at(10), "minutes": 60, "travel_min": 0}
    args.update(kw)
    return slot_problems(**args)  # type: ignore[arg-type]


def test_a_valid_slot_has_no_problems() -> None:
    assert problems() == {}
    assert problems(travel_min=None) == {}
    assert problems(end=at(11)) == {}
    assert problems(minutes=MAX_DURATION_MIN, travel_min=MAX_TRAVEL_MIN) == {}


def test_no_client() -> None:
    assert problems(has_client=False) == {"client": "Choose the client."}


def test_no_start() -> None:
    assert problems(start=None) == {"start": "Enter when it starts."}
    assert problems(start=None, end=at(9)) == {"start": "Enter when it starts."}


@pytest.mark.parametrize("minutes", [0, -15, None])
def test_zero_negative_or_no_duration(minutes: int | None) -> None:
    assert problems(minutes=minutes) == {"duration": "It must end after it starts."}


@pytest.mark.parametrize("end", [at(10), at(9, 59), at(9)])
def test_end_at_or_before_start(end: datetime) -> None:
    assert problems(end=end) == {"duration": "It must end after it starts."}


def test_longer_than_a_day() -> None:
    assert problems(minutes=MAX_DURATION_MIN + 1) == {
        "duration": "A meeting cannot last more than 24 hours."
    }


def test_travel_bounds() -> None:
    assert problems(travel_min=-1) == {"travel": "Travel time cannot be negative."}
    assert problems(travel_min=MAX_TRAVEL_MIN + 1) == {
        "travel": "Travel time cannot be more than 24 hours."
    }


def test_everything_wrong_at_once() -> None:
    got = slot_problems(has_client=False, start=None, minutes=0, travel_min=-5)
    assert set(got) == {"client", "start", "duration", "travel"}


# --- ISO weeks --------------------------------------------------------------------------------


def test_parse_iso_week() -> None:
    assert parse_iso_week("2026-W48") == date(2026, 11, 23)
    assert parse_iso_week(" 2026-w48 ") == date(2026, 11, 23)
    assert parse_iso_week("2026-W01") == date(2025, 12, 29)  # week 1 starts in December
    assert parse_iso_week("2026-W53") == date(2026, 12, 28)  # 2026 has 53 weeks
    assert parse_iso_week("2027-W1") == date(2027, 1, 4)


@pytest.mark.parametrize(
    "text", ["2026-W54", "2025-W53", "2026-W00", "2026-48", "2026W48", "W48", "", "garbage",
             "2026-W48-1", "2026-Wxx", "0-W01", "2026-W-1"]
)  # fmt: skip
def test_not_an_iso_week_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not an ISO week"):
        parse_iso_week(text)


def test_week_of() -> None:
    monday, sunday = date(2026, 11, 23), date(2026, 11, 29)
    for offset in range(7):
        assert week_of(monday + timedelta(days=offset)) == (monday, sunday)
    assert week_of(date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_of(date(2027, 1, 1)) == (date(2026, 12, 28), date(2027, 1, 3))


@given(st.dates(min_value=date(1900, 1, 8), max_value=date(2999, 12, 24)))
def test_week_of_agrees_with_parse_iso_week(day: date) -> None:
    monday, sunday = week_of(day)
    year, week, _ = day.isocalendar()
    assert parse_iso_week(f"{year}-W{week:02d}") == monday
    assert monday.weekday() == 0 and sunday - monday == timedelta(days=6)
    assert monday <= day <= sunday


@dataclass(frozen=True)
class _Record(Scheduled):
    start: datetime
    duration_min: int
    kind: str
    place_kind: str
    travel_min: int


@pytest.mark.parametrize(
    ("kind", "place_kind", "travel", "remote"),
    [
        ("meeting", "site", 40, False),
        ("meeting", "video", 0, True),
        ("meeting", "phone", 0, True),
        ("call", "site", 0, True),  # a call is remote even when saved with a place
    ],
)
def test_a_record_derives_end_remote_travel_and_leave_by_one_way(
    kind: str, place_kind: str, travel: int, remote: bool
) -> None:
    r = _Record(at(10), 90, kind, place_kind, 40)
    assert r.end == at(11, 30)
    assert (r.remote, r.travel) == (remote, travel)
    assert r.leave_by == at(10) - timedelta(minutes=travel)


@given(st.datetimes(timezones=st.none() | st.timezones()))
def test_clock_writes_what_strftime_writes(moment: datetime) -> None:
    assert clock(moment) == f"{moment:%H:%M}"


def test_awaiting_outcome_is_a_meeting_or_call_over_and_still_planned() -> None:
    from kamdesk.domain.schedule import awaiting_outcome

    now = datetime(2026, 11, 24, 12, 0)
    assert awaiting_outcome("meeting", "planned", now, now)  # just over
    assert awaiting_outcome("call", "planned", now - timedelta(days=3), now)
    assert not awaiting_outcome("meeting", "planned", now + timedelta(minutes=1), now)
    assert not awaiting_outcome("meeting", "done", now - timedelta(hours=1), now)
    assert not awaiting_outcome("meeting", "cancelled", now - timedelta(hours=1), now)
    assert not awaiting_outcome("task", "planned", now - timedelta(hours=1), now)


def test_a_meeting_across_midnight_is_on_both_days() -> None:
    from kamdesk.domain.schedule import days_of

    evening = datetime(2026, 11, 24, 23, 0)
    assert days_of(evening, 120) == [date(2026, 11, 24), date(2026, 11, 25)]
    assert days_of(evening, 60) == [date(2026, 11, 24)]  # ends at midnight: one day
    assert days_of(datetime(2026, 11, 24, 10, 0), 90) == [date(2026, 11, 24)]
    assert days_of(evening, 0) == [date(2026, 11, 24)]
    assert len(days_of(evening, 26 * 60)) == 3
