"""The Today page's first rows read with Python's own sqlite3, before SQLAlchemy is loaded
(services.plain_read says when and why): today's meetings and calls, and those over whose
outcome is still to record.

The same rows, in the same order, as `todays_meetings` and `unrecorded` give (a test keeps
them equal), with their times, places, people and clashes; the readiness scores, which take
the whole preparation of each meeting, come with the full read that follows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from kamdesk.domain.schedule import Slot, awaiting_outcome, find_conflicts
from kamdesk.services.plain_read import read_plain
from kamdesk.services.schedule.day_rows import (
    LONGEST_MEETING,
    TodayMeeting,
    Unrecorded,
    WeekItem,
    day_bounds,
    local_time,
    today_meeting,
)

COLUMNS = (
    "a.id, a.kind, a.status, a.client_id, c.name, a.subject, a.starts_at, a.duration_min, "
    "a.travel_min, a.place_kind, a.location, a.series_id"
)
FROM = "FROM activity AS a LEFT OUTER JOIN client AS c ON c.id = a.client_id"
DAY_QUERY = (
    f"SELECT {COLUMNS} {FROM} WHERE a.deleted_at IS NULL AND a.kind IN ('meeting', 'call') "
    "AND a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id"
)
OVER_QUERY = (
    f"SELECT {COLUMNS} {FROM} WHERE a.deleted_at IS NULL AND a.kind IN ('meeting', 'call') "
    "AND a.status = 'planned' AND a.starts_at IS NOT NULL AND a.starts_at < ? "
    "ORDER BY a.starts_at DESC"
)
PEOPLE_QUERY = (
    "SELECT ac.activity_id, p.full_name FROM activity_contact AS ac "
    "JOIN contact AS p ON p.id = ac.contact_id WHERE ac.activity_id IN ({marks}) "
    "AND ac.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY p.full_name"
)


@dataclass(frozen=True)
class FirstDay:
    today: date
    now: datetime
    meetings: tuple[TodayMeeting, ...]  # without their readiness
    unrecorded: tuple[Unrecorded, ...]


def _stored(moment: datetime) -> str:
    """A UTC time as the database stores it (models.base.UTCDateTime): text that sorts."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _people(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {i: [] for i in ids}
    if ids:
        query = PEOPLE_QUERY.format(marks=", ".join("?" * len(ids)))
        for activity_id, name in conn.execute(query, ids):
            out[activity_id].append(name)
    return out


def _meetings(conn: sqlite3.Connection, today: date, tz: tzinfo | None) -> list[TodayMeeting]:
    start, end = day_bounds(today, 1, tz)
    rows = conn.execute(DAY_QUERY, (_stored(start - LONGEST_MEETING), _stored(end))).fetchall()
    items = [
        WeekItem(
            id=r[0],
            kind=r[1],
            status=r[2],
            client_id=r[3],
            client_name=r[4] or "",
            subject=r[5],
            start=local_time(datetime.fromisoformat(r[6]), tz),
            duration_min=r[7],
            travel_min=r[8],
            place_kind=r[9],
            location=r[10],
            series_id=r[11],
            attendees=(),
            conflicts=(),
            readiness=None,
        )
        for r in rows
    ]
    clashes = find_conflicts(
        Slot(i.id, i.start, i.duration_min, i.travel, i.subject)
        for i in items
        if i.status != "cancelled"
    )
    shown = [i for i in items if i.start >= start]
    people = _people(conn, [i.id for i in shown])
    return [
        today_meeting(
            replace(
                i,
                attendees=tuple(people[i.id]),
                conflicts=clashes.get(i.id, ()) if i.status != "cancelled" else (),
            )
        )
        for i in shown
    ]


def _unrecorded(conn: sqlite3.Connection, now: datetime, tz: tzinfo | None) -> list[Unrecorded]:
    out: list[Unrecorded] = []
    for r in conn.execute(OVER_QUERY, (_stored(now),)):
        start = local_time(datetime.fromisoformat(r[6]), tz)
        end = start + timedelta(minutes=r[7])
        if awaiting_outcome(r[1], r[2], end, now):
            out.append(Unrecorded(r[0], r[1], start, end, r[5], r[3], r[4] or ""))
    return out


def read_first_day(
    path: Path, today: date, now: datetime, *, tz: tzinfo | None = None
) -> FirstDay | None:
    """Today's meetings and calls and those awaiting their outcome at `now` (aware), or None
    when `path` is not a plain SQLite file at this version's schema that can be read now."""

    def read(conn: sqlite3.Connection) -> FirstDay:
        meetings = tuple(_meetings(conn, today, tz))
        return FirstDay(today, now, meetings, tuple(_unrecorded(conn, now, tz)))

    return read_plain(path, read)
