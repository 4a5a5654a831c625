"""The database file: creation, pragmas, refusal of bad files, migrations with backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

import kamdesk.db as kdb
import kamdesk.db.revisions as kdb_revisions
from kamdesk.db import Database, open_database, script_revisions
from kamdesk.errors import DamagedFile, StorageError
from kamdesk.migrations import HEAD, REVISIONS
from kamdesk.models import Base, Client
from tests.factories import add_client


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_revision_list_matches_the_migration_scripts() -> None:
    assert list(REVISIONS) == script_revisions()


def test_new_database_is_at_head_with_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert kdb.current_revision(conn) == HEAD
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_migrations_build_exactly_the_models_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _p: (
                    not (kind == "table" and kdb.is_search_table(name))
                ),
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_schema_changes_roll_back_with_their_transaction(db: Database) -> None:
    """A migration that fails half-way must leave no table behind (SQLite DDL is transactional
    once Python's sqlite3 stops committing around it)."""
    with pytest.raises(RuntimeError), db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE half_done (x)")
        conn.exec_driver_sql("INSERT INTO half_done VALUES (1)")
        raise RuntimeError("migration step failed")
    with db.engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name='half_done'")
        assert tables.all() == []


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.unit_of_work() as s:
        add_client(s, "X", price_column_id="no-such-column")


def test_money_is_stored_as_integer_minor_units(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "X", credit_limit=Decimal("1234.56"))
    with db.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT credit_limit, typeof(credit_limit) FROM client").one()
    assert tuple(raw) == (123456, "integer")


def test_updates_bump_revision_and_soft_delete_keeps_the_row(db: Database) -> None:
    with db.unit_of_work() as s:
        client_id = add_client(s, "X").id
    with db.unit_of_work() as s:
        c = s.get(Client, client_id)
        assert c is not None and c.revision == 1
        c.city = "Győr"
    with db.unit_of_work() as s:
        c = s.get(Client, client_id)
        assert c is not None and c.revision == 2
        c.tombstone()
    with db.reading() as s:
        c = s.get(Client, client_id)
        assert c is not None and c.is_deleted and c.revision == 3


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a database\n" * 40, b"\x00" * 4096, b"SQLite format 2\x00" * 50],
)
def test_garbage_file_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "clients.xlsx"
    path.write_bytes(content)
    before = sha(path)
    with pytest.raises(StorageError, match="not a kamdesk database"):
        open_database(path)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients.xlsx"]


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A database at head with 300 clients (many pages), built once for the module."""
    path = tmp_path_factory.mktemp("filled") / "k.sqlite"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    with database.unit_of_work() as s:
        for i in range(300):
            add_client(s, f"Client {i}", notes="x" * 500)
    database.close()
    conn = sqlite3.connect(path)  # the WAL folded in: the file alone is the database
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _filled_db(path: Path, template: Path) -> None:
    shutil.copyfile(template, path)


def test_truncated_database_is_refused_and_left_unchanged(
    tmp_path: Path, filled_template: Path
) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha(path)
    with pytest.raises(StorageError, match="truncated"):
        open_database(path)
    assert sha(path) == before


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(StorageError, match="another program"):
        open_database(path)
    assert sha(path) == before


def test_database_from_a_newer_kamdesk_is_refused(tmp_path: Path, filled_template: Path) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(StorageError, match="newer version of kamdesk"):
        open_database(path)
    with pytest.raises(StorageError, match="newer version of kamdesk"):
        open_database(path, readonly=True)
    assert sha(path) == before


def _pretend_newer_release(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if this build shipped a revision after the file's: the file is now 'older'."""
    for module in (kdb, kdb_revisions):  # the revisions are read where the states are told
        monkeypatch.setattr(module, "HEAD", "0002_next")
        monkeypatch.setattr(module, "REVISIONS", (*REVISIONS, "0002_next"))


def test_upgrade_of_an_older_database_backs_it_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled_template: Path
) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    _pretend_newer_release(monkeypatch)
    ran: list[str] = []

    def upgrade(engine: object, revision: str = "head") -> None:
        ran.append(revision)

    monkeypatch.setattr(kdb, "run_upgrade", upgrade)
    database = open_database(path, backups=tmp_path / "backups")
    database.close()
    assert ran == ["head"]
    (backup,) = (tmp_path / "backups").glob("kamdesk-*.sqlite")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM client").fetchone() == (300,)
    copy.close()


def test_failed_migration_restores_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, filled_template: Path
) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    _pretend_newer_release(monkeypatch)

    def broken_upgrade(engine: Engine, revision: str = "head") -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM client")
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(kdb, "run_upgrade", broken_upgrade)
    with pytest.raises(StorageError, match="restored from the backup"):
        open_database(path, backups=tmp_path / "backups")
    monkeypatch.undo()
    database = open_database(path)
    with database.reading() as s:
        assert s.query(Client).count() == 300
    database.close()


def test_only_the_newest_backups_are_kept(tmp_path: Path, filled_template: Path) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    database = open_database(path)
    for _ in range(5):
        kdb.backup_file(database.engine, tmp_path / "b", keep=3)
    database.close()
    assert len(list((tmp_path / "b").glob("kamdesk-*.sqlite"))) == 3


def test_upgrade_from_an_empty_file_reaches_head(tmp_path: Path) -> None:
    """The oldest database there is (base) upgrades step by step to head."""
    path = tmp_path / "k.sqlite"
    engine = kdb.make_engine(path)
    for revision in REVISIONS:
        kdb.run_upgrade(engine, revision)
        with engine.connect() as conn:
            assert kdb.current_revision(conn) == revision
    engine.dispose()
    database = open_database(path)
    with database.unit_of_work() as s:
        add_client(s, "after upgrade")
    database.close()


def test_readonly_open_never_writes(tmp_path: Path, filled_template: Path) -> None:
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    before = sha(path)
    database = open_database(path, readonly=True)
    with database.reading() as s:
        assert s.query(Client).count() == 300
    database.close()
    assert sha(path) == before


def test_a_schema_version_that_is_no_name_reads_as_damage_not_as_newer(
    tmp_path: Path, filled_template: Path
) -> None:
    """Bytes where the revision's name should be (damaged pages): the file is damaged, the
    newest backup offered, never "update kamdesk"."""
    path = tmp_path / "k.sqlite"
    _filled_db(path, filled_template)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num=?", ("\x00\xff\xfe garbage \x01",))
    conn.commit()
    conn.close()
    before = sha(path)
    for readonly in (False, True):
        with pytest.raises(DamagedFile, match="malformed schema version"):
            open_database(path, readonly=readonly)
    assert sha(path) == before
