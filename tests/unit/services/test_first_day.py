"""Today's first rows read with plain sqlite3 at start-up: the same meetings, calls and
outcomes to record, in the same order and with the same times, places, people and clashes, as
the Today page's own read; the readiness left to that read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from kamdesk.db import Database
from kamdesk.services.schedule.first_day import read_first_day
from kamdesk.services.schedule.today import todays_meetings
from kamdesk.services.schedule.unrecorded import unrecorded
from tests.factories import DEMO_AS_OF

pytestmark = pytest.mark.sqlite_only("the first read opens the laptop's file itself")


def _moment(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.mark.parametrize("days", [-8, -1, 0, 1, 3])
@pytest.mark.parametrize("hour", [6, 13, 23])
def test_the_first_rows_are_todays_meetings_without_their_readiness(
    demo_db: Database, days: int, hour: int
) -> None:
    day = DEMO_AS_OF + timedelta(days=days)
    now = _moment(day, hour)
    first = read_first_day(demo_db.path, day, now)
    assert first is not None
    with demo_db.reading() as s:
        full = todays_meetings(s, day, None)
        over = unrecorded(s, now)
    unscored = [replace(m, readiness=None, weakest=(), ready=False) for m in full]
    assert list(first.meetings) == unscored
    assert list(first.unrecorded) == over
    assert first.today == day and first.now == now


def test_the_demo_day_has_meetings_with_people_and_clashes_to_compare(
    demo_db: Database,
) -> None:
    """The comparison above is not over empty lists: the demo's weeks hold what it checks."""
    seen = [
        read_first_day(demo_db.path, DEMO_AS_OF + timedelta(days=d), _moment(DEMO_AS_OF, 12))
        for d in range(-7, 8)
    ]
    meetings = [m for first in seen if first is not None for m in first.meetings]
    assert len(meetings) > 10
    assert any(m.attendees for m in meetings)
    assert any(m.conflicts for m in meetings)
    assert any(first is not None and first.unrecorded for first in seen)


def test_nothing_is_read_from_a_file_that_is_not_a_plain_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"\x00" * 4096)
    assert read_first_day(noise, DEMO_AS_OF, _moment(DEMO_AS_OF, 9)) is None
