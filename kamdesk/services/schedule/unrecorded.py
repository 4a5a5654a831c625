"""Meetings and calls that are over and still planned: the Today page nudges the KAM to record
what came of them (held, with the outcome, or cancelled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from kamdesk.domain.schedule import awaiting_outcome
from kamdesk.models import Activity, Client
from kamdesk.services.queries import live
from kamdesk.services.schedule.day_rows import Unrecorded as Unrecorded
from kamdesk.services.schedule.day_rows import local_time


def unrecorded(session: Session, now: datetime, *, tz: tzinfo | None = None) -> list[Unrecorded]:
    """The planned meetings and calls whose end is past (`now`, aware), the latest first."""
    rows = session.execute(
        select(
            Activity.id,
            Activity.kind,
            Activity.status,
            Activity.starts_at,
            Activity.duration_min,
            Activity.subject,
            Activity.client_id,
            Client.name,
        )
        .outerjoin(Client, Client.id == Activity.client_id)
        .where(
            live(Activity),
            Activity.kind.in_(("meeting", "call")),
            # a literal, as the partial index ix_activity_planned_starts names it (a bound
            # value would not let SQLite take it: every meeting held would be read)
            Activity.status == literal_column("'planned'"),
            Activity.starts_at.is_not(None),
            Activity.starts_at < now.astimezone(UTC),
        )
        .order_by(Activity.starts_at.desc())
    ).all()
    out: list[Unrecorded] = []
    for aid, kind, status, starts_at, minutes, subject, client_id, client_name in rows:
        assert starts_at is not None  # asked for in the query
        start = local_time(starts_at, tz)
        end = start + timedelta(minutes=minutes)
        if awaiting_outcome(kind, status, end, now):
            out.append(Unrecorded(aid, kind, start, end, subject, client_id, client_name or ""))
    return out
