"""Recurring meetings: the occurrences of a series, and deleting one with the ones after it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.models import (
    Activity,
    ActivityContact,
    ActivityProduct,
    MeetingQuestion,
)
from kamdesk.services.queries import get_live, live


def series_of(session: Session, meeting_id: str) -> list[str]:
    """The ids of the live occurrences in the meeting's series from this one on (itself only
    when it does not repeat)."""
    row = get_live(session, Activity, meeting_id)
    if row.series_id is None or row.starts_at is None:
        return [row.id]
    return list(
        session.execute(
            select(Activity.id)
            .where(
                Activity.series_id == row.series_id,
                live(Activity),
                Activity.starts_at >= row.starts_at,
            )
            .order_by(Activity.starts_at)
        ).scalars()
    )


def delete_meeting(session: Session, meeting_id: str, *, following: bool = False) -> int:
    """Tombstone a meeting (and, with `following`, the later occurrences of its series) with
    what hangs on it; how many meetings went."""
    ids = (
        series_of(session, meeting_id)
        if following
        else [get_live(session, Activity, meeting_id).id]
    )
    stamp = datetime.now(UTC)
    links: tuple[Any, ...] = (ActivityContact, ActivityProduct, MeetingQuestion)
    for model in links:
        for link in session.execute(
            select(model).where(model.activity_id.in_(ids), live(model))
        ).scalars():
            link.deleted_at = stamp
    for activity_id in ids:
        meeting = session.get(Activity, activity_id)
        if meeting is not None and meeting.deleted_at is None:
            meeting.deleted_at = stamp
    session.flush()
    return len(ids)
