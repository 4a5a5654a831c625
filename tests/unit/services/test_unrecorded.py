"""Meetings and calls over without an outcome (the Today page's nudge), on a real file."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kamdesk.db import Database
from kamdesk.services.schedule.meetings import save_meeting, set_status
from kamdesk.services.schedule.outcome import record_outcome
from kamdesk.services.schedule.records import MeetingData
from kamdesk.services.schedule.series import delete_meeting
from kamdesk.services.schedule.unrecorded import unrecorded
from tests.factories import add_client

TZ = ZoneInfo("Europe/Budapest")
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=TZ)


def test_over_and_still_planned_is_listed_until_its_outcome_is_recorded(db: Database) -> None:
    def plan(s, subject: str, start: datetime, minutes: int = 60, kind: str = "meeting") -> str:  # type: ignore[no-untyped-def]
        return save_meeting(
            s,
            MeetingData(
                client_id=client, subject=subject, start=start, duration_min=minutes, kind=kind
            ),
        )

    with db.unit_of_work() as s:
        client = add_client(s, "Buyer").id
        call = plan(s, "Call back", NOW - timedelta(days=1), 15, "call")
        visit = plan(s, "Visit", NOW - timedelta(hours=3), 60)
        running = plan(s, "Running", NOW - timedelta(minutes=30), 60)  # not over yet
        plan(s, "Tomorrow", NOW + timedelta(days=1))
        held = plan(s, "Held", NOW - timedelta(days=2))
        record_outcome(s, held, outcome="They ordered")
        cancelled = plan(s, "Cancelled", NOW - timedelta(days=3))
        set_status(s, cancelled, "cancelled")
        gone = plan(s, "Deleted", NOW - timedelta(days=4))
        delete_meeting(s, gone)
    with db.reading() as s:
        listed = unrecorded(s, NOW, tz=TZ)
    assert [u.subject for u in listed] == ["Visit", "Call back"]  # the latest first
    assert [u.kind for u in listed] == ["meeting", "call"]
    assert listed[0].client_name == "Buyer" and listed[0].end == NOW - timedelta(hours=2)
    assert running not in {u.id for u in listed}

    with db.unit_of_work() as s:
        record_outcome(s, call, outcome="Sent the price list")
    with db.reading() as s:
        assert [u.id for u in unrecorded(s, NOW, tz=TZ)] == [visit]
