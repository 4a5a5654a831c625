"""The week read at once (a query per kind of fact for all its meetings) says what reading each
meeting on its own says: the same items, conflicts and readiness, on the demo portfolio."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.schedule import Conflict, Slot, travel_of
from kamdesk.models import Activity, ActivityContact, Contact
from kamdesk.services.queries import live
from kamdesk.services.schedule.day_rows import day_bounds as _day_bounds
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.preparation import preparation
from kamdesk.services.schedule.readiness import readiness_many
from kamdesk.services.schedule.records import WeekItem, local_time
from kamdesk.services.schedule.today import todays_meetings
from kamdesk.services.schedule.week import (
    _scheduled,
    meeting_conflicts,
    scheduled_between,
)
from tests.factories import DEMO_AS_OF

BOTH = ("planned", "done")  # readiness of the held ones too: more meetings to compare


def _all_pairs(rows: list[Any], tz: Any) -> dict[str, tuple[Conflict, ...]]:
    """Each meeting against every other one, as find_conflicts promises (overlaps in start
    order, then the travel clash with the latest meeting ended before it)."""

    def slot(r: Any) -> Slot:
        travel = travel_of(r.kind, r.place_kind, r.travel_min)
        return Slot(r.id, local_time(r.starts_at, tz), r.duration_min, travel, r.subject)

    slots = sorted((slot(r) for r in rows), key=lambda s: (s.start, s.end, s.id))
    out: dict[str, tuple[Conflict, ...]] = {}
    for s in slots:
        found = [
            Conflict("overlap", o.id, o.subject, _overlap(s, o), o.start, o.end)
            for o in slots
            if o is not s and o.start < s.end and s.start < o.end
        ]
        before = [o for o in slots if o is not s and o.end <= s.start]
        if s.travel_min > 0 and before:
            o = max(before, key=lambda o: (o.end, o.start, o.id))
            short = _minutes(o.end - s.leave_by)
            if short > 0:
                found.append(Conflict("travel", o.id, o.subject, short, o.start, o.end))
        if found:
            out[s.id] = tuple(found)
    return out


def _overlap(a: Slot, b: Slot) -> int:
    return _minutes(min(a.end, b.end) - max(a.start, b.start))


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def _names(session: Session, activity_id: str) -> tuple[str, ...]:
    return tuple(
        session.execute(
            select(Contact.full_name)
            .join(ActivityContact, ActivityContact.contact_id == Contact.id)
            .where(ActivityContact.activity_id == activity_id, live(ActivityContact), live(Contact))
            .order_by(Contact.full_name)
        ).scalars()
    )


def _one_by_one(session: Session, first: date, days: int, tz: Any) -> list[WeekItem]:
    """The same days read meeting by meeting: its own attendees, its own readiness queries."""
    start_utc, end_utc = _day_bounds(first, days, tz)
    rows = _scheduled(session, start_utc, end_utc)
    conflicts = _all_pairs([r for r in rows if r.status != "cancelled"], tz)
    out = []
    for r in rows:
        if r.starts_at < start_utc:
            continue
        mine = conflicts.get(r.id, ()) if r.status != "cancelled" else ()
        ready = (
            readiness_many(session, [r], {r.id: mine}, DEMO_AS_OF, tz)[r.id]
            if r.status in BOTH
            else None
        )
        out.append(
            WeekItem(
                id=r.id,
                kind=r.kind,
                status=r.status,
                client_id=r.client_id,
                client_name=r.client_name or "",
                subject=r.subject,
                start=local_time(r.starts_at, tz),
                duration_min=r.duration_min,
                travel_min=r.travel_min,
                place_kind=r.place_kind,
                location=r.location,
                series_id=r.series_id,
                attendees=_names(session, r.id),
                conflicts=mine,
                readiness=ready,
            )
        )
    return out


@pytest.mark.parametrize("tz", [UTC, ZoneInfo("Europe/Budapest")], ids=["utc", "budapest"])
def test_the_week_at_once_is_each_meeting_read_alone(demo_db: Database, tz: Any) -> None:
    monday = DEMO_AS_OF - timedelta(days=DEMO_AS_OF.weekday())
    with demo_db.reading() as s:
        for first, days in ((monday - timedelta(weeks=2), 21), (monday + timedelta(weeks=1), 7)):
            batched = scheduled_between(s, first, days, today=DEMO_AS_OF, tz=tz, readiness_for=BOTH)
            alone = _one_by_one(s, first, days, tz)
            assert [i.id for i in batched] == [i.id for i in alone]
            assert sum(i.readiness is not None for i in batched) > 10
            for got, expected in zip(batched, alone, strict=True):
                assert got == expected, got.subject


def test_a_crowded_day_with_clashes_reads_alike(demo_db: Database) -> None:
    """Meetings piled on one day (each clashing with several): the week, Today and the
    meeting-by-meeting reading agree on every clash and every readiness."""
    day = DEMO_AS_OF + timedelta(days=2)
    with demo_db.unit_of_work() as s:
        planned = s.execute(
            select(Activity).where(
                live(Activity), Activity.kind.in_(("meeting", "call")), Activity.status == "planned"
            )
        ).scalars()
        for n, row in enumerate(list(planned)[:30]):
            row.starts_at = datetime(day.year, day.month, day.day, 7, tzinfo=UTC) + timedelta(
                minutes=20 * n
            )
            row.duration_min = 45 + 15 * (n % 5)
            row.travel_min = 30 * (n % 3)
    with demo_db.reading() as s:
        batched = scheduled_between(s, day, 1, today=DEMO_AS_OF, tz=UTC, readiness_for=BOTH)
        alone = _one_by_one(s, day, 1, UTC)
        today = todays_meetings(s, day, UTC)
    assert sum(len(i.conflicts) for i in batched) > 60
    assert batched == alone
    assert [(m.id, m.conflicts) for m in today] == [(i.id, i.conflicts) for i in batched]


def _day_list_conflicts(s: Session, tz: Any) -> list[tuple[str, tuple[Conflict, ...], Any]]:
    out = []
    for row in s.execute(
        select(Activity).where(live(Activity), Activity.kind.in_(("meeting", "call")))
    ).scalars():
        assert row.starts_at is not None
        day = local_time(row.starts_at, tz).date()
        listed = {
            i.id: i.conflicts for i in scheduled_between(s, day, 1, tz=tz, with_readiness=False)
        }
        out.append((row.id, listed[row.id], meeting_conflicts(s, row, tz=tz)))
    return out


@pytest.mark.parametrize("tz", [UTC, ZoneInfo("Asia/Baku")], ids=["utc", "baku"])
def test_one_meetings_conflicts_read_around_it_are_its_days(demo_db: Database, tz: Any) -> None:
    """The preparation reads only the meetings that can clash with its own: what it finds is
    what the list of the day shows, at the edges too (a long meeting the day before ending
    within the travel time, one running past midnight, a cancelled one)."""
    day = DEMO_AS_OF + timedelta(days=3)
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    with demo_db.unit_of_work() as s:
        rows = s.execute(
            select(Activity)
            .where(live(Activity), Activity.kind == "meeting", Activity.status == "planned")
            .order_by(Activity.id)
        ).scalars()
        layout = [  # hours from noon, minutes, travel, status
            (-26, 24 * 60, 0, "planned"),  # ends 2 h before noon, the day before it started
            (0, 60, 180, "planned"),  # leaves at 9: the long one is in the way
            (0.5, 30, 0, "cancelled"),
            (0.25, 45, 0, "planned"),
            (11.5, 90, 30, "planned"),  # runs past midnight (UTC)
            (12.25, 30, 60, "planned"),  # the next day, inside the one before
            (-14, 60, 600, "planned"),
            (3, 0, 240, "planned"),  # no length (not savable, but synced in): its travel
        ]
        for row, (hours, minutes, travel, status) in zip(rows, layout, strict=False):
            row.starts_at = noon + timedelta(hours=hours)
            row.duration_min, row.travel_min, row.status = minutes, travel, status
            row.place_kind = "site"
    with demo_db.reading() as s:
        compared = _day_list_conflicts(s, tz)
    assert len(compared) > 100
    assert sum(bool(listed) for _id, listed, _found in compared) >= 4
    for meeting_id, listed, found in compared:
        assert found == listed, meeting_id


def test_a_preparation_takes_the_meeting_its_window_read_already(demo_db: Database) -> None:
    with demo_db.reading() as s:
        planned = s.execute(
            select(Activity.id).where(
                live(Activity), Activity.kind == "meeting", Activity.client_id.is_not(None)
            )
        ).scalars()
        for meeting_id in list(planned)[:12]:
            record = get_meeting(s, meeting_id, today=DEMO_AS_OF)
            given = preparation(s, meeting_id, today=DEMO_AS_OF, meeting=record)
            assert given == preparation(s, meeting_id, today=DEMO_AS_OF)
            assert given.meeting is record
