"""Meetings and calls that are over and still planned: the Today page nudges the KAM to record
what came of them (held, with the outcome, or cancelled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.schedule import awaiting_outcome
from kamdesk.models import Activity, Client
from kamdesk.services.queries import live
from kamdesk.services.schedule.day_rows import Unrecorded as Unrecorded
from kamdesk.services.schedule.day_rows import local_time


def unrecorded(session: Session, now: datetime, *, tz: tzinfo | None = None) -> list[Unrecorded]:
    """The planned meetings and calls whose end is past (`now`, aware), the latest first."""
    rows = session.execute(
        select(Activity, Client.name)
        .outerjoin(Client, Client.id == Activity.client_id)
        .where(
            live(Activity),
            Activity.kind.in_(("meeting", "call")),
            Activity.status == "planned",
            Activity.starts_at.is_not(None),
            Activity.starts_at < now.astimezone(UTC),
        )
        .order_by(Activity.starts_at.desc())
    ).all()
    out: list[Unrecorded] = []
    for a, client_name in rows:
        assert a.starts_at is not None
        start = local_time(a.starts_at, tz)
        end = start + timedelta(minutes=a.duration_min)
        if awaiting_outcome(a.kind, a.status, end, now):
            out.append(
                Unrecorded(a.id, a.kind, start, end, a.subject, a.client_id, client_name or "")
            )
    return out
