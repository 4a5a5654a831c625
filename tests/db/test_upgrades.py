"""A database written by every earlier release upgrades through the real migrations.

Each fixture (tests/db/fixtures, made by tests/db/make_fixtures.py) is a populated database at
an earlier schema revision. A copy is opened the way the app opens it (`open_database`: backup
first, then migrate to head); afterwards `kamdesk check` finds nothing wrong, every row the old
release wrote is still there with the values it had, and the backup holds the file as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.db import Database, current_revision, open_database
from kamdesk.migrations import HEAD, REVISIONS
from kamdesk.models import Base
from kamdesk.services.check import check
from kamdesk.services.clients.client_list import list_clients
from tests.db.make_fixtures import FIXTURES, fixture_path, rows, tables_of, uid

Snapshot = dict[str, dict[str, dict[str, Any]]]  # table -> id -> column -> value


def snapshot(path: Path) -> Snapshot:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return {
            table: {row["id"]: dict(row) for row in conn.execute(f"SELECT * FROM {table}")}
            for table in tables_of(conn)
        }
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(params=FIXTURES)
def old_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    """A copy of the fixture for one earlier revision (the committed file stays as it is)."""
    revision: str = request.param
    path = tmp_path / "kamdesk.sqlite"
    shutil.copyfile(fixture_path(revision), path)
    return revision, path


def test_every_revision_before_head_has_a_fixture() -> None:
    files = sorted(fixture_path(REVISIONS[0]).parent.glob("kamdesk-*.sqlite"))
    assert [revision_of(path) for path in files] == list(REVISIONS[:-1])
    assert files == [fixture_path(revision) for revision in FIXTURES]


def test_each_fixture_holds_the_rows_of_its_revision(old_file: tuple[str, Path]) -> None:
    """The files are what make_fixtures.py writes, and every table of their schema has rows."""
    revision, path = old_file
    before = snapshot(path)
    expected = rows(revision)
    assert set(before) == set(expected)
    for table, records in expected.items():
        assert before[table], f"{table} is empty at {revision}"
        assert {r["id"] for r in records} == set(before[table]), table


def test_an_older_database_upgrades_with_its_rows_and_a_backup(
    old_file: tuple[str, Path],
) -> None:
    revision, path = old_file
    before = snapshot(path)
    backups = path.parent / "backups"

    database = open_database(path, backups=backups)
    try:
        with database.engine.connect() as conn:
            assert current_revision(conn) == HEAD
            assert check(conn) == []
        after = snapshot(path)
        _load_every_row(database)
        # the search index covers what the old release wrote (contact_fts came with 0002)
        with database.reading() as s:
            assert [c.id for c in list_clients(s, search="szabo")] == [uid("client gyor")]
    finally:
        database.close()

    for table, old_rows in before.items():
        assert set(after[table]) == set(old_rows), table
        for row_id, old in old_rows.items():
            new = after[table][row_id]
            assert {column: new[column] for column in old} == old, (table, row_id)

    (backup,) = backups.glob("kamdesk-*.sqlite")
    assert revision_of(backup) == revision
    assert snapshot(backup) == before


def _upgraded(revision: str, tmp_path: Path) -> sqlite3.Connection:
    path = tmp_path / "kamdesk.sqlite"
    shutil.copyfile(fixture_path(revision), path)
    open_database(path, backups=tmp_path / "backups").close()
    return sqlite3.connect(path)


@pytest.mark.parametrize("revision", [r for r in FIXTURES if r < "0003"])
def test_lines_of_orders_out_of_the_door_count_as_shipped(revision: str, tmp_path: Path) -> None:
    """0003 added shipped and refused quantities: what had left already was shipped whole."""
    conn = _upgraded(revision, tmp_path)
    try:
        lines = conn.execute(
            "SELECT o.status, l.quantity, l.shipped_qty, l.refused_qty FROM order_line l "
            "JOIN sales_order o ON o.id = l.order_id"
        ).fetchall()
    finally:
        conn.close()
    assert {status for status, *_ in lines} == {"invoiced", "confirmed", "draft"}
    for status, qty, shipped, refused in lines:
        out = status in ("shipped", "delivered", "invoiced")
        assert (shipped, refused) == ((qty if out else 0), 0)


@pytest.mark.parametrize("revision", [r for r in FIXTURES if r < "0004"])
def test_calls_are_by_phone_and_meetings_at_the_site(revision: str, tmp_path: Path) -> None:
    """0004 added the place kind: a call saved with a location is still a call by phone."""
    conn = _upgraded(revision, tmp_path)
    try:
        places = dict(conn.execute("SELECT kind, place_kind FROM activity").fetchall())
    finally:
        conn.close()
    assert places == {"call": "phone", "meeting": "site", "task": "site"}


def _load_every_row(database: Database) -> None:
    """The ORM reads every upgraded row: dates, money and decimals parse as the models say."""
    with database.reading() as s:
        for mapper in Base.registry.mappers:
            for record in s.scalars(select(mapper.class_)):
                assert record.id
