"""What the Today page and the week show of a meeting or call, as plain records.

No database layer here: the Today page's first rows are read before SQLAlchemy is loaded
(services.schedule.first_day) and shown with these same records, which the full read
(services.schedule.today) then replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from kamdesk.domain.meeting import WEIGHTS, Readiness
from kamdesk.domain.schedule import Conflict, Scheduled, is_remote

WEAKEST_SHOWN = 3
LONGEST_MEETING = timedelta(hours=24)  # a meeting begun the day before may still clash


def day_bounds(first: date, days: int, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """The UTC start of local day `first` and of the day `days` later (`tz`, else this
    machine's zone)."""
    zone = tz or datetime.now().astimezone().tzinfo
    start = datetime.combine(first, time(0), tzinfo=zone)
    end = datetime.combine(first + timedelta(days=days), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_time(value: datetime, tz: tzinfo | None) -> datetime:
    return value.astimezone(tz) if tz is not None else value.astimezone()


@dataclass(frozen=True)
class WeekItem(Scheduled):
    """One meeting or call in a list of them: enough to draw it and say how ready it is."""

    id: str
    kind: str
    status: str
    client_id: str | None
    client_name: str
    subject: str
    start: datetime  # aware, local
    duration_min: int
    travel_min: int
    place_kind: str
    location: str
    series_id: str | None
    attendees: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    readiness: Readiness | None  # None for cancelled and done ones


@dataclass(frozen=True)
class WeakItem:
    """One of the seven checks that is not ok, as the Today page names it."""

    item: str  # a domain.meeting ITEMS key
    title: str
    state: str  # missing | warning
    summary: str


@dataclass(frozen=True)
class TodayMeeting:
    id: str
    kind: str  # meeting | call
    status: str  # planned | done | cancelled
    client_id: str | None
    client_name: str
    subject: str
    start: datetime  # aware, local
    end: datetime
    leave_by: datetime  # the start for calls and remote meetings
    travel_min: int  # 0 unless at the client's site
    place_kind: str
    location: str
    attendees: tuple[str, ...]
    readiness: int | None  # None unless planned
    weakest: tuple[WeakItem, ...]
    conflicts: tuple[Conflict, ...]
    ready: bool = False  # Readiness.ready: a high score and nothing missing

    @property
    def remote(self) -> bool:
        return is_remote(self.kind, self.place_kind)


@dataclass(frozen=True)
class Unrecorded:
    """A meeting or call that is over and still planned: its outcome is to be recorded."""

    id: str
    kind: str  # meeting | call
    start: datetime  # local, aware
    end: datetime
    subject: str
    client_id: str | None
    client_name: str


def weakest(readiness: Readiness, most: int = WEAKEST_SHOWN) -> tuple[WeakItem, ...]:
    """The checks that are not ok, missing before warning, the heaviest first."""
    open_checks = [c for c in readiness.checks if c.state != "ok"]
    open_checks.sort(key=lambda c: (c.state != "missing", -WEIGHTS[c.item]))
    return tuple(WeakItem(c.item, c.title, c.state, c.summary) for c in open_checks[:most])


def today_meeting(item: WeekItem) -> TodayMeeting:
    """An item of the day as the Today page shows it."""
    ready = item.readiness
    return TodayMeeting(
        id=item.id,
        kind=item.kind,
        status=item.status,
        client_id=item.client_id,
        client_name=item.client_name,
        subject=item.subject,
        start=item.start,
        end=item.end,
        leave_by=item.leave_by,
        travel_min=item.travel,
        place_kind=item.place_kind,
        location=item.location,
        attendees=item.attendees,
        readiness=ready.score if ready is not None else None,
        weakest=weakest(ready) if ready is not None else (),
        conflicts=item.conflicts,
        ready=ready is not None and ready.ready,
    )
