"""The week's meetings and calls as time slots: leave-by times, conflicts, recurrence.

Being late is the first of the seven mistakes (domain.md). A meeting at a client's site needs
the KAM to leave `travel_min` minutes before it starts; a meeting conflicts with another when
they overlap, or when the previous one ends after the time the KAM must leave for this one.
Times are whatever the caller uses consistently (the app passes local wall-clock times).
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from kamdesk.messages import _

RECURRENCES = ("weekly", "monthly")
MAX_DURATION_MIN = 24 * 60
MAX_TRAVEL_MIN = 24 * 60
MAX_OCCURRENCES = 120  # two years of weekly calls

ConflictKind = Literal["overlap", "travel"]
_US = timedelta(microseconds=1)
_US_PER_MIN = 60_000_000


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    minutes: int
    travel_min: int = 0
    subject: str = ""

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def leave_by(self) -> datetime:
        return leave_by(self.start, self.travel_min)


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    other_id: str
    other_subject: str
    minutes: int  # how long they overlap, or how many minutes of travel do not fit
    other_start: datetime
    other_end: datetime

    def describe(self) -> str:
        span = f"{clock(self.other_start)}–{clock(self.other_end)}"
        name = self.other_subject
        if self.kind == "overlap":
            if not name:
                said = _("Overlaps another meeting ({span}) by {minutes} min.")
            else:
                said = _("Overlaps “{name}” ({span}) by {minutes} min.")
            return said.format(name=name, span=span, minutes=self.minutes)
        if not name:
            said = _(
                "Another meeting ends at {end}: {minutes} min short of the travel time to get here."
            )
        else:
            said = _("“{name}” ends at {end}: {minutes} min short of the travel time to get here.")
        return said.format(name=name, end=clock(self.other_end), minutes=self.minutes)


def clock(moment: datetime) -> str:
    """ "09:05": what strftime("%H:%M") writes, without its cost (a crowded week describes
    thousands of clashes)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def leave_by(start: datetime, travel_min: int) -> datetime:
    """When the KAM must leave to arrive on time."""
    return start - timedelta(minutes=max(0, travel_min))


def find_conflicts(slots: Iterable[Slot]) -> dict[str, tuple[Conflict, ...]]:
    """Each slot's conflicts with the others: overlaps both ways, and travel that does not fit
    after the meeting before it. Slots without conflicts are absent from the result.

    One pass in start order: overlaps look ahead only while later slots start before this one
    ends; the meeting before is the latest end at or before this start, found by bisection in
    the ends seen so far. Among meetings ending at that moment it is the one that started
    latest, and among those the one with the greater id, so the answer never depends on the
    order of the input.

    The sweep compares whole microseconds from the first start rather than datetimes (a busy
    week of a thousand meetings has tens of thousands of clashes; aware datetimes compare
    slowly). A difference of datetimes follows the rule their comparison does (wall clock in
    one time zone object, instants across zones), so the order is the same."""
    ordered = sorted(slots, key=lambda s: (s.start, s.end, s.id))
    if not ordered:
        return {}
    origin = ordered[0].start
    ends = [s.end for s in ordered]
    start_us = [(s.start - origin) // _US for s in ordered]
    end_us = [(e - origin) // _US for e in ends]
    found: dict[str, list[Conflict]] = {}
    # a clash names the other slot and the minutes: equal ones are shared (they are frozen),
    # and in a crowded day most are equal (a short meeting inside many longer ones)
    made: dict[tuple[str, int, int], Conflict] = {}

    def conflict(kind: ConflictKind, k: int, minutes: int) -> Conflict:
        key = (kind, k, minutes)
        found_one = made.get(key)
        if found_one is None:
            other = ordered[k]
            found_one = Conflict(kind, other.id, other.subject, minutes, other.start, ends[k])
            made[key] = found_one
        return found_one

    seen: list[tuple[int, int, int]] = []  # (end, start, index), sorted
    n = len(ordered)
    for i, slot in enumerate(ordered):
        end, start = end_us[i], start_us[i]
        # overlaps: every later slot that starts before this one ends
        if slot.minutes > 0:
            mine = found.setdefault(slot.id, [])
            for j in range(i + 1, n):
                other_start = start_us[j]
                if other_start >= end:
                    break
                if ordered[j].minutes <= 0:
                    continue
                overlap = (min(end, end_us[j]) - other_start) // _US_PER_MIN
                mine.append(conflict("overlap", j, overlap))
                found.setdefault(ordered[j].id, []).append(conflict("overlap", i, overlap))
        # travel: the latest meeting that ended at or before this one's start
        if slot.travel_min > 0:
            at = bisect.bisect_right(seen, (start, start, n))
            # among meetings ending at the same moment, the one that started latest
            if at:
                previous_end, _started, k = seen[at - 1]
                short = (previous_end - (start - slot.travel_min * _US_PER_MIN)) // _US_PER_MIN
                if short > 0:
                    found.setdefault(slot.id, []).append(conflict("travel", k, short))
        bisect.insort(seen, (end, start, i))
    return {key: tuple(value) for key, value in found.items() if value}


def conflicts_of(slot_id: str, slots: Iterable[Slot]) -> tuple[Conflict, ...]:
    """One slot's conflicts, as find_conflicts(slots) gives them, without working out the
    others': the overlaps in start order, then the travel clash with the latest meeting
    ended at or before its start (then the latest started, then the greater id)."""
    ordered = sorted(slots, key=lambda s: (s.start, s.end, s.id))
    at = next((k for k, s in enumerate(ordered) if s.id == slot_id), None)
    if at is None:
        return ()
    me = ordered[at]
    found: list[Conflict] = []
    if me.minutes > 0:
        for k, other in enumerate(ordered):
            if k == at or other.minutes <= 0:
                continue
            first, second = (other, me) if k < at else (me, other)
            if second.start < first.end:
                minutes = int((min(first.end, second.end) - second.start).total_seconds() // 60)
                found.append(
                    Conflict("overlap", other.id, other.subject, minutes, other.start, other.end)
                )
    if me.travel_min > 0:
        before = [(o.end, o.start, k) for k, o in enumerate(ordered[:at]) if o.end <= me.start]
        if before:
            end, _start, k = max(before)
            short = int((end - me.leave_by).total_seconds() // 60)
            if short > 0:
                o = ordered[k]
                found.append(Conflict("travel", o.id, o.subject, short, o.start, end))
    return tuple(found)


def slot_problems(
    *,
    has_client: bool,
    start: datetime | None,
    minutes: int | None,
    travel_min: int | None,
    end: datetime | None = None,
) -> dict[str, str]:
    """Field -> message for a meeting or call that cannot be saved as typed."""
    problems: dict[str, str] = {}
    if not has_client:
        problems["client"] = _("Choose the client.")
    if start is None:
        problems["start"] = _("Enter when it starts.")
    ends_first = end is not None and start is not None and end <= start
    if ends_first or minutes is None or minutes <= 0:
        problems["duration"] = _("It must end after it starts.")
    elif minutes > MAX_DURATION_MIN:
        problems["duration"] = _("A meeting cannot last more than 24 hours.")
    if travel_min is not None and travel_min < 0:
        problems["travel"] = _("Travel time cannot be negative.")
    elif travel_min is not None and travel_min > MAX_TRAVEL_MIN:
        problems["travel"] = _("Travel time cannot be more than 24 hours.")
    return problems


def is_remote(kind: str, place_kind: str) -> bool:
    """By phone or video: a call always is, even when saved with a place."""
    return kind == "call" or place_kind != "site"


def travel_of(kind: str, place_kind: str, travel_min: int) -> int:
    """The travel time that counts: none for a remote meeting or a call."""
    return 0 if is_remote(kind, place_kind) else max(0, travel_min)


class Scheduled:
    """What a meeting or call derives from its own fields, the same in every record of one:
    its end, whether it is remote, the travel that counts and the time to leave.

    Mixed into the frozen records that carry these five fields (the meeting, an item of the
    week, a calendar entry), so that no record computes them a second way.
    """

    start: datetime
    duration_min: int
    kind: str
    place_kind: str
    travel_min: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)

    @property
    def remote(self) -> bool:
        return is_remote(self.kind, self.place_kind)

    @property
    def travel(self) -> int:
        """Minutes of travel before it: only to a meeting at an address."""
        return travel_of(self.kind, self.place_kind, self.travel_min)

    @property
    def leave_by(self) -> datetime:
        return leave_by(self.start, self.travel)


def add_months(day: date, months: int, wanted_day: int | None = None) -> date:
    """`months` later on the same day of the month (`wanted_day`, default the day's own), or
    the month's last day when it has fewer days."""
    wanted_day = wanted_day or day.day
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(wanted_day, calendar.monthrange(year, month)[1]))


def occurrences(
    first: datetime, rule: str, *, until: date, limit: int = MAX_OCCURRENCES
) -> list[datetime]:
    """The starts of a recurring call or meeting, the first one included, up to `until`
    (inclusive). Monthly keeps the day of the month, or the month's last day when it has
    fewer days (31 January -> 28 February -> 31 March)."""
    if rule not in RECURRENCES:
        raise ValueError(f"unknown recurrence {rule!r}")
    out: list[datetime] = []
    clock: time = first.timetz()
    n = 0
    while len(out) < limit:
        if rule == "weekly":
            day = first.date() + timedelta(weeks=n)
        else:
            day = add_months(first.date(), n, first.day)
        if day > until:
            break
        out.append(datetime.combine(day, clock))
        n += 1
    return out


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def parse_iso_week(text: str) -> date:
    """'2026-W48' -> the Monday of that week; ValueError when it is no such week."""
    try:
        year_text, week_text = text.strip().upper().split("-W")
        monday = date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError as exc:
        raise ValueError(f"not an ISO week like 2026-W48: {text!r}") from exc
    return monday


def awaiting_outcome(kind: str, status: str, end: datetime, now: datetime) -> bool:
    """A meeting or call that is over (its end is past) and still planned: its outcome is
    to be recorded (held, with what came of it, or cancelled). Tasks have no outcome."""
    return kind in ("meeting", "call") and status == "planned" and end <= now


def days_of(start: datetime, duration_min: int) -> list[date]:
    """The days a meeting is on, by the wall clock of `start`: its first, and each next one it
    runs into past midnight (ending at midnight exactly does not reach the next day)."""
    end = start + timedelta(minutes=max(1, duration_min))
    last = (end - timedelta(microseconds=1)).date()
    return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]
