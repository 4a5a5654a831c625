"""Many meetings at once: the days' meetings and calls with their conflicts and readiness."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.meeting import Readiness
from kamdesk.domain.schedule import (
    Conflict,
    Slot,
    conflicts_of,
    find_conflicts,
    travel_of,
)
from kamdesk.models import (
    Activity,
    Client,
)
from kamdesk.services.queries import live
from kamdesk.services.schedule.day_rows import LONGEST_MEETING, day_bounds
from kamdesk.services.schedule.readiness import attendee_rows, readiness_many
from kamdesk.services.schedule.records import SCHEDULED_KINDS, WeekItem, live_meeting, local_time


def _scheduled(
    session: Session, start_utc: datetime, end_utc: datetime, client_id: str | None = None
) -> list[Any]:
    stmt = (
        select(
            Activity.id,
            Activity.kind,
            Activity.status,
            Activity.client_id,
            Client.name.label("client_name"),
            Activity.subject,
            Activity.starts_at,
            Activity.duration_min,
            Activity.travel_min,
            Activity.place_kind,
            Activity.location,
            Activity.series_id,
            Activity.agenda,
            Activity.goals,
            Activity.needs_asked,
            Activity.offer_order_id,
            Activity.checked,
        )
        .outerjoin(Client, Client.id == Activity.client_id)
        .where(
            live(Activity),
            Activity.kind.in_(SCHEDULED_KINDS),
            Activity.starts_at >= start_utc - LONGEST_MEETING,
            Activity.starts_at < end_utc,
        )
        .order_by(Activity.starts_at, Activity.id)
    )
    if client_id is not None:
        stmt = stmt.where(Activity.client_id == client_id)
    return list(session.execute(stmt).all())


def _slot(row: Any, tz: tzinfo | None) -> Slot:
    travel = travel_of(row.kind, row.place_kind, row.travel_min)
    return Slot(row.id, local_time(row.starts_at, tz), row.duration_min, travel, row.subject)


def scheduled_between(
    session: Session,
    first: date,
    days: int,
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
    client_id: str | None = None,
    with_readiness: bool = True,
    readiness_for: tuple[str, ...] = ("planned",),
    overnight: bool = False,
) -> list[WeekItem]:
    """Meetings and calls starting on `days` days from `first` (local), in time order, each
    with its conflicts and, while still planned, its readiness (`overnight`: also those begun
    the evening before that run past midnight into `first`)."""
    today = today or date.today()
    start_utc, end_utc = day_bounds(first, days, tz)
    rows = _scheduled(session, start_utc, end_utc, client_id)
    live = [r for r in rows if r.status != "cancelled"]
    conflicts = find_conflicts(_slot(r, tz) for r in live)
    shown = [
        r
        for r in rows
        if r.starts_at >= start_utc
        or (overnight and r.starts_at + timedelta(minutes=r.duration_min) > start_utc)
    ]
    planned = [r for r in shown if r.status in readiness_for]
    attending = attendee_rows(session, [r.id for r in shown])
    ready = (
        readiness_many(session, planned, conflicts, today, tz, attending=attending)
        if with_readiness
        else {}
    )
    return [
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
            attendees=tuple(p.full_name for p in attending.get(r.id, ())),
            conflicts=conflicts.get(r.id, ()) if r.status != "cancelled" else (),
            readiness=ready.get(r.id),
        )
        for r in shown
    ]


def meeting_conflicts(
    session: Session, meeting: Activity, *, tz: tzinfo | None = None
) -> tuple[Conflict, ...]:
    """One meeting's conflicts as the list of its day (scheduled_between) shows them, read from
    the few meetings that can clash with it rather than the whole day: those still running
    when it starts and those ending within its travel time (none lasts more than a day)."""
    if meeting.status == "cancelled":
        return ()
    assert meeting.starts_at is not None
    start = meeting.starts_at
    day_start, day_end = day_bounds(local_time(start, tz).date(), 1, tz)
    travel = travel_of(meeting.kind, meeting.place_kind, meeting.travel_min)
    # what ended before the day's list begins, or before the time to leave, cannot clash
    since = max(day_start, start - timedelta(minutes=travel)) - LONGEST_MEETING
    end = start + timedelta(minutes=meeting.duration_min)
    rows = session.execute(
        select(
            Activity.id,
            Activity.kind,
            Activity.subject,
            Activity.starts_at,
            Activity.duration_min,
            Activity.travel_min,
            Activity.place_kind,
        ).where(
            live(Activity),
            Activity.kind.in_(SCHEDULED_KINDS),
            Activity.status != "cancelled",
            Activity.starts_at >= since,
            Activity.starts_at < day_end,
            or_(Activity.starts_at < end, Activity.id == meeting.id),
        )
    ).all()
    return conflicts_of(meeting.id, [_slot(r, tz) for r in rows])


def week(
    session: Session, monday: date, *, today: date | None = None, tz: tzinfo | None = None
) -> list[WeekItem]:
    """The week from `monday`, with a meeting run over from the Sunday before into it."""
    return scheduled_between(session, monday, 7, today=today, tz=tz, overnight=True)


def readiness_of(
    session: Session,
    meeting_ids: Iterable[str],
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
) -> dict[str, Readiness]:
    """Readiness of the given meetings (conflicts looked up on their days): each day read
    once, however many of its meetings are asked for."""
    today = today or date.today()
    days: dict[date, set[str]] = {}
    wanted = list(meeting_ids)
    for mid in wanted:
        row = live_meeting(session, mid)
        assert row.starts_at is not None
        days.setdefault(local_time(row.starts_at, tz).date(), set()).add(mid)
    found: dict[str, Readiness] = {}
    for day, ids in days.items():
        for item in scheduled_between(session, day, 1, today=today, tz=tz):
            if item.id in ids and item.readiness is not None:
                found[item.id] = item.readiness
    return {mid: found[mid] for mid in wanted if mid in found}
