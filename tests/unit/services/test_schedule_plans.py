"""Which index the Today page's queries take (issue 17 at 10 000 clients): the outcomes to
record read only the planned meetings before now, and the key clients' last meeting held is
looked up client by client, never by walking every meeting held (13 s at 10k when an index on
the status offered itself)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, time
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.services.schedule.client_alerts import stale_key_clients
from kamdesk.services.schedule.first_day import OVER_QUERY
from kamdesk.services.schedule.unrecorded import unrecorded
from tests.factories import DEMO_AS_OF


@contextmanager
def statements(session: Session) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def plans(session: Session, call: Callable[[], object]) -> list[str]:
    with statements(session) as seen:
        call()
    conn = session.connection()
    return [
        " | ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, p))
        for sql, p in seen
        if sql.lstrip().upper().startswith("SELECT")
    ]


NOW = datetime.combine(DEMO_AS_OF, time(12)).astimezone()


@pytest.mark.sqlite_only("SQLite's query plan")
def test_the_outcomes_to_record_read_the_planned_meetings_by_their_start(
    demo_db: Database,
) -> None:
    with demo_db.reading() as s:
        found = plans(s, lambda: unrecorded(s, NOW))
        plain = s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + OVER_QUERY, ("2026-11-23T12:00:00.000000Z",)
        )
        first_read = " | ".join(str(row[-1]) for row in plain)
    assert len(found) == 1 and "ix_activity_planned_starts" in found[0], found
    assert "ix_activity_planned_starts" in first_read, first_read


@pytest.mark.sqlite_only("SQLite's query plan")
def test_the_last_meeting_held_is_looked_up_client_by_client(demo_db: Database) -> None:
    with demo_db.reading() as s:
        ids = [str(i) for i in s.connection().exec_driver_sql("SELECT id FROM client").scalars()]
        found = plans(s, lambda: stale_key_clients(s, ids, DEMO_AS_OF, NOW, 30))
    assert found and all("ix_activity_client_starts" in plan for plan in found), found
    assert not any("ix_activity_planned_starts" in plan for plan in found), found
