"""The client list's first page read with plain sqlite3 at start-up: the same rows and count as
the list's own query, and nothing read where the usual opening has something to do first."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.db import Database, open_database
from kamdesk.db.encryption import encrypt_file
from kamdesk.migrations import REVISIONS
from kamdesk.models import Client
from kamdesk.services.clients.client_list import count_clients, list_clients
from kamdesk.services.clients.first_page import read_first_page
from tests.factories import add_client, add_named_clients, add_price_column

pytestmark = pytest.mark.sqlite_only("the first read opens the laptop's file itself")

# what a client may be named: any script, spaces and marks, no control characters
names = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=20
).filter(str.strip)


def _as_listed(db: Database, limit: int) -> tuple[list[object], int]:
    with db.reading() as s:
        return list(list_clients(s, limit=limit)), count_clients(s)


def test_the_first_page_is_the_lists_first_page(db: Database) -> None:
    with db.unit_of_work() as s:
        clients = add_named_clients(s)
        key = add_price_column(s, "Key account", "15")
        for i in range(12):  # equal names: the id decides, as in the list
            add_client(s, f"Same name {i % 3}", price_column_id=key.id if i % 2 else None)
        s.get_one(Client, clients[0].id).tombstone()
        s.get_one(Client, clients[1].id).archived_at = datetime.now(UTC)
    for limit in (5, 100):
        page = read_first_page(db.path, limit)
        assert page is not None
        rows, total = _as_listed(db, limit)
        assert list(page.rows) == rows and page.total == total == 20
    assert any(row.price_column == "Key account" for row in page.rows)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(names, st.booleans(), st.booleans()),
        max_size=12,
    )
)
def test_any_names_come_in_the_lists_order(
    tmp_path: Path, migrated_template: Path, clients: list[tuple[str, bool, bool]]
) -> None:
    path = tmp_path / f"k-{len(list(tmp_path.iterdir()))}.sqlite"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        with db.unit_of_work() as s:
            for name, archived, deleted in clients:
                client = add_client(s, name)
                if archived:
                    client.archived_at = datetime.now(UTC)
                if deleted:
                    client.tombstone()
        page = read_first_page(path, 7)
        assert page is not None
        assert (list(page.rows), page.total) == _as_listed(db, 7)
    finally:
        db.close()


def test_nothing_is_read_from_a_file_to_migrate_or_newer(db: Database) -> None:
    with db.unit_of_work() as s:
        add_named_clients(s)
    path = db.path
    db.close()
    for revision in (REVISIONS[-2], "9999"):
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
        assert read_first_page(path, 100) is None


def test_an_encrypted_file_is_left_to_the_passphrase(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        add_named_clients(s)
    path = db.path
    db.close()
    encrypt_file(path, "correct horse battery", backups=tmp_path / "backups")
    before = path.read_bytes()
    assert read_first_page(path, 100) is None
    assert path.read_bytes() == before


def test_garbage_a_missing_file_or_a_locked_one_give_nothing(db: Database, tmp_path: Path) -> None:
    garbage = tmp_path / "holiday.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 200)
    assert read_first_page(garbage, 100) is None
    assert read_first_page(tmp_path / "none.sqlite", 100) is None
    with db.unit_of_work() as s:
        add_named_clients(s)
    db.close()
    other = sqlite3.connect(db.path, isolation_level=None)  # another program, writing alone
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE client SET city = city")
        assert read_first_page(db.path, 100) is None
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert read_first_page(db.path, 100) is not None


def test_a_closed_file_is_left_as_it_was(db: Database) -> None:
    """Read-only in effect, and without the -wal and -shm a WAL file's reader makes."""
    with db.unit_of_work() as s:
        add_named_clients(s)
    path = db.path
    db.close()
    before = path.read_bytes()
    page = read_first_page(path, 3)
    assert page is not None and len(page.rows) == 3 and page.total == 10
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
