"""The services' driver SQL on both dialects (kamdesk.db.dialect): a statement written once with
SQLite's placeholders gives the same rows on a laptop's file and on the server."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, create_engine

from kamdesk.db.dialect import greatest, has_table, json_values, least, raw_rows, run, to_format
from kamdesk.db.server import make_server_engine

pytestmark = pytest.mark.pg


def test_placeholders_become_psycopgs_outside_literals_only() -> None:
    sql = "SELECT ? || '?:x 5%', :name, a::text FROM t WHERE b LIKE 'a%' AND c = :c2 AND d = ?"
    assert to_format(sql) == (
        "SELECT %s || '?:x 5%%', %(name)s, a::text FROM t WHERE b LIKE 'a%%' "
        "AND c = %(c2)s AND d = %s"
    )
    assert to_format("SELECT 'it''s ?'") == "SELECT 'it''s ?'"


@pytest.fixture(params=["sqlite", "postgresql"])
def conn(request: pytest.FixtureRequest) -> Connection:
    if request.param == "sqlite":
        engine = create_engine("sqlite://")
    else:
        engine = make_server_engine(request.getfixturevalue("pg_url"))
    request.addfinalizer(engine.dispose)
    connection = engine.connect()
    request.addfinalizer(connection.close)
    run(connection, "CREATE TABLE t (id TEXT PRIMARY KEY, n BIGINT, note TEXT)")
    rows = [("a", 1, "50% off?"), ("b", 2**40, "it's"), ("c", None, "")]
    run(connection, "INSERT INTO t (id, n, note) VALUES (?, ?, ?)", rows)
    return connection


def test_the_same_statement_gives_the_same_rows_on_both(conn: Connection) -> None:
    by_mark = run(conn, "SELECT id, note FROM t WHERE n >= ? AND note LIKE '%off%'", (1,)).all()
    assert [tuple(r) for r in by_mark] == [("a", "50% off?")]
    by_name = run(
        conn, "SELECT id FROM t WHERE n = :n OR id = :id ORDER BY id", {"n": 2**40, "id": "c"}
    )
    assert [r[0] for r in by_name] == ["b", "c"]
    streamed = list(raw_rows(conn, "SELECT id, n FROM t WHERE id <> ? ORDER BY id", ("a",)))
    assert streamed == [("b", 2**40), ("c", None)]
    assert run(conn, "SELECT count(*) FROM t").scalar_one() == 3  # no parameters at all


def test_json_lists_and_the_largest_and_smallest(conn: Connection) -> None:
    ids = run(
        conn,
        f"SELECT id FROM t WHERE id IN (SELECT value FROM {json_values(conn)}) ORDER BY id",
        ('["c", "a", "z"]',),
    ).all()
    assert [r[0] for r in ids] == ["a", "c"]
    both = run(
        conn, f"SELECT {greatest(conn, 'n', '5')}, {least(conn, 'n', '5')} FROM t WHERE id = 'a'"
    ).one()
    assert tuple(both) == (5, 1)
    assert has_table(conn, "t") and not has_table(conn, "nothing_here")
