"""kamdesk.db.dialect and the sync triggers' switch on the team server (PostgreSQL), beside the
same calls on a laptop's SQLite file: one behaviour on both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, insert, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db import Database
from kamdesk.db.dialect import defer_foreign_keys, in_ids, stream_rows
from kamdesk.db.triggers import sync_triggers_off
from kamdesk.models import Client, Contact
from tests.factories import add_client

Sessions = sessionmaker[Session]


@pytest.fixture(params=["sqlite", "postgresql"])
def conn(request: pytest.FixtureRequest) -> Iterator[Connection]:
    """A connection in a transaction, rolled back at the end: a laptop's file or the server."""
    if request.param == "sqlite":
        database: Database = request.getfixturevalue("db")
        session = database.sessions()
    else:
        session = request.getfixturevalue("pg_sessions")()
    try:
        yield session.connection()
    finally:
        session.rollback()
        session.close()


def _clients(conn: Connection, n: int) -> list[str]:
    with Session(bind=conn) as s:
        ids = [add_client(s, f"Client {i:02d}", kam="").id for i in range(n)]
    return sorted(ids)


def test_rows_stream_in_order_a_batch_at_a_time_and_the_connection_goes_on(
    conn: Connection,
) -> None:
    ids = _clients(conn, 7)
    sql = "SELECT id, name FROM client WHERE name LIKE :p ORDER BY id"
    seen = [str(r[0]) for r in stream_rows(conn, sql, {"p": "Client %"}, batch=2)]
    assert seen == ids
    # a later statement reads as any other (no streaming option left on the connection)
    assert conn.execute(in_ids("SELECT count(*) FROM client WHERE id IN :i", "i"), {"i": ids[:3]})
    assert conn.execute(text("SELECT count(*) FROM client")).scalar_one() == 7
    assert not conn.get_execution_options().get("stream_results", False)


def _contact_of(conn: Connection, client_id: str) -> None:
    # Core: the columns' defaults are filled in, and nothing orders the rows for us
    conn.execute(insert(Contact), {"id": "k1", "client_id": client_id, "full_name": "Kiss Éva"})


def test_a_child_may_come_before_its_parent_once_keys_are_deferred(conn: Connection) -> None:
    defer_foreign_keys(conn)
    _contact_of(conn, "c1")
    conn.execute(insert(Client), {"id": "c1", "name": "Acme", "currency": "EUR"})
    assert conn.execute(text("SELECT client_id FROM contact")).scalar_one() == "c1"


def test_a_missing_parent_is_still_refused_at_once_without_deferring(
    pg_sessions: Sessions,
) -> None:
    with pg_sessions() as s, pytest.raises(IntegrityError):  # DEFERRABLE INITIALLY IMMEDIATE
        _contact_of(s.connection(), "nobody")


def test_writes_with_the_sync_triggers_off_leave_no_mark_and_after_they_do(
    conn: Connection,
) -> None:
    conn.execute(text("DELETE FROM sync_dirty"))
    with sync_triggers_off(conn) as had:
        quiet = _clients(conn, 2)
        assert conn.execute(text("SELECT count(*) FROM sync_dirty")).scalar_one() == 0
    assert had
    loud = _clients(conn, 1)
    marked = [str(r[0]) for r in conn.execute(text("SELECT record_id FROM sync_dirty"))]
    assert marked == loud and not set(quiet) & set(marked)
