"""The team's working hours and days: where a new meeting starts when nobody chose a time yet.

A KAM plans a meeting for a working day inside working hours; a new meeting's form starts on
the next working day at the start of the day, never on a Sunday nor at 'now'. The hours are a
team rule (services.settings): stored as records, synced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kamdesk.messages import _

MONDAY_TO_FRIDAY = frozenset({0, 1, 2, 3, 4})  # date.weekday(): Monday is 0


@dataclass(frozen=True)
class WorkingHours:
    start: time = time(9, 0)
    end: time = time(18, 0)
    days: frozenset[int] = MONDAY_TO_FRIDAY  # weekdays, Monday 0 .. Sunday 6

    def problems(self) -> dict[str, str]:
        """What makes these hours unusable, by field ({} when they are fine)."""
        out: dict[str, str] = {}
        if self.end <= self.start:
            out["work_end"] = _("The working day must end after it starts.")
        if not self.days or not self.days <= set(range(7)):
            out["work_days"] = _("Choose at least one working day.")
        return out

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days


def next_working_day(after: date, hours: WorkingHours) -> date:
    """The first working day after `after` (the next day itself when it is one)."""
    day = after + timedelta(days=1)
    if not hours.days:
        return day
    while not hours.is_working_day(day):
        day += timedelta(days=1)
    return day


def new_meeting_start(today: date, hours: WorkingHours) -> datetime:
    """Where a new meeting's form starts: the next working day, at the start of the day."""
    return datetime.combine(next_working_day(today, hours), hours.start)


def clock_text(moment: time) -> str:
    """ "09:00": how the hours are stored."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_clock(text: str) -> time | None:
    """ "9:30" or "09:30" -> 09:30; None when it is not a time of day."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        return None
    h, m = int(hours), int(minutes)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def days_text(days: frozenset[int]) -> str:
    """ "1,2,3,4,5": ISO weekday numbers (Monday 1), as the days are stored."""
    return ",".join(str(d + 1) for d in sorted(days))


def parse_days(text: str) -> frozenset[int] | None:
    """The stored form back; None when it is not a list of ISO weekday numbers."""
    out = set()
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or not 1 <= int(part) <= 7:
            return None
        out.add(int(part) - 1)
    return frozenset(out) or None
