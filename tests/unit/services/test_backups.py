"""The backups as the user chooses among them (#15 items 4 and 5): listed newest first with
date, size and schema; the newest good one found past damaged ones; a backup made into a folder
of the user's choice; a restore that saves the current file aside first and reopens it."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

import kamdesk.db.backups as kbackups
from kamdesk.db import Database, head_revision, open_database
from kamdesk.db.health import check_file
from kamdesk.errors import StorageError, UserError
from kamdesk.models import Client
from kamdesk.services.backups import (
    Cancelled,
    Schema,
    back_up_to,
    backups_of,
    damage_check,
    newest_good_backup,
    restore_backup,
)
from tests.factories import add_client, order_line_pages

pytestmark = pytest.mark.sqlite_only(
    "backups are copies of a laptop's file (the server's are pg_dump's)"
)

PAGE = 4096


def _clients(db: Database) -> list[str]:
    with db.reading() as s:
        return sorted(s.scalars(select(Client.name)))


def _copy(db: Database, stamp: str) -> Path:
    """A backup of the file as it is now, named as if taken at `stamp`."""
    made = db.back_up()
    named = made.with_name(f"kamdesk-{stamp}.sqlite")
    made.rename(named)
    return named


def _damage(path: Path, page: int = 2) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(3 * PAGE)))


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def test_backups_are_listed_newest_first_with_date_size_and_schema(db: Database) -> None:
    older = _copy(db, "20260101-080000-000001")
    newer = _copy(db, "20260301-090000-000002")
    future = _copy(db, "20260401-090000-000003")
    _set_revision(future, "9999")
    (db.backups_folder / "kamdesk-20260501-090000-000004.sqlite.part").write_bytes(b"half")
    (db.backups_folder / "notes.txt").write_text("not a backup")

    listed = backups_of(db)

    assert [b.path for b in listed] == [future, newer, older]
    assert listed[1].taken_at == datetime(2026, 3, 1, 9, 0, 0, 2, tzinfo=UTC)
    assert listed[1].size == newer.stat().st_size > 0
    assert [b.schema for b in listed] == [Schema.NEWER, Schema.CURRENT, Schema.CURRENT]
    assert listed[1].revision == head_revision()
    assert not listed[0].restorable and listed[1].restorable


def test_no_backups_folder_is_no_backups(db: Database, tmp_path: Path) -> None:
    db.backups = tmp_path / "never-made"
    assert backups_of(db) == [] and newest_good_backup(db) is None


def test_the_newest_good_backup_skips_damaged_and_newer_ones(db: Database) -> None:
    good = _copy(db, "20260101-080000-000001")
    damaged = _copy(db, "20260201-080000-000001")
    _damage(damaged)
    newer = _copy(db, "20260301-080000-000001")
    _set_revision(newer, "9999")
    found = newest_good_backup(db)
    assert found is not None and found.path == good


def test_back_up_now_writes_a_verified_copy_into_the_chosen_folder(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Kept in the copy")
    chosen = tmp_path / "usb-stick"
    chosen.mkdir()
    mine = chosen / "kamdesk-20200101-000000-000000.sqlite"  # the user's own file there
    mine.write_bytes(b"mine")
    steps: list[tuple[int, int]] = []

    made = back_up_to(db, chosen, lambda done, total: steps.append((done, total)))

    assert made.parent == chosen and mine.read_bytes() == b"mine"  # nothing pruned
    assert sorted(p.name for p in chosen.iterdir()) == sorted([mine.name, made.name])
    assert steps and steps[-1][0] == steps[-1][1]
    conn = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT name FROM client").fetchall() == [("Kept in the copy",)]
    finally:
        conn.close()


def test_back_up_now_to_a_read_only_folder_is_a_clear_message(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "locked"
    chosen.mkdir()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(kbackups, "copy_database", refuse)
    with pytest.raises(StorageError, match=r"the folder is read-only\. Nothing was changed\."):
        back_up_to(db, chosen)
    assert list(chosen.iterdir()) == []


def test_restore_saves_the_current_file_aside_and_reopens_the_backup(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Before the backup")
    backup = _copy(db, "20260101-080000-000001")
    with db.unit_of_work() as s:
        add_client(s, "After the backup")
    steps: list[tuple[int, int]] = []

    aside = restore_backup(db, backup, lambda done, total: steps.append((done, total)))

    assert _clients(db) == ["Before the backup"]  # the same handle reads the backup now
    assert aside.parent == db.path.parent
    assert aside.name.startswith("kamdesk-before-restore-") and aside.suffix == ".sqlite"
    assert aside.name[len("kamdesk-before-restore-") :][:8] == datetime.now().strftime("%Y%m%d")
    conn = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    try:  # the file saved aside has everything, the rows still in its -wal too
        names = sorted(n for (n,) in conn.execute("SELECT name FROM client"))
    finally:
        conn.close()
    assert names == ["After the backup", "Before the backup"]
    assert backup.exists()  # the backup stays a backup
    assert steps and steps[-1] == (backup.stat().st_size, backup.stat().st_size)
    with db.unit_of_work() as s:  # and the reopened file takes writes
        add_client(s, "After the restore")
    assert len(_clients(db)) == 2


def test_restore_of_an_older_backup_upgrades_it(db: Database) -> None:
    fixture = Path(__file__).parents[2] / "db" / "fixtures" / "kamdesk-0009.sqlite"
    backup = db.backups_folder / "kamdesk-20250101-080000-000001.sqlite"
    db.backups_folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture, backup)
    assert backups_of(db)[0].schema is Schema.OLDER
    restore_backup(db, backup)
    with db.reading() as s:
        found = s.connection().exec_driver_sql("SELECT version_num FROM alembic_version")
        assert found.scalar() == head_revision()


@pytest.mark.parametrize("kind", ["newer", "damaged"])
def test_a_backup_that_cannot_be_restored_is_refused_and_nothing_changed(
    db: Database, kind: str
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Kept")
    backup = _copy(db, "20260101-080000-000001")
    if kind == "newer":
        _set_revision(backup, "9999")
    else:
        _damage(backup)
    with pytest.raises(UserError, match="Nothing was changed"):
        restore_backup(db, backup)
    assert _clients(db) == ["Kept"]
    assert not list(db.path.parent.glob("*before-restore*"))


def test_a_failed_copy_leaves_the_file_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Kept")
    backup = _copy(db, "20260101-080000-000001")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kbackups, "copy_file", full)
    with pytest.raises(StorageError, match=r"No space left on device\. Nothing was changed\."):
        restore_backup(db, backup)
    assert _clients(db) == ["Kept"]
    assert [p.name for p in db.path.parent.iterdir() if "restor" in p.name] == []


def test_a_backup_that_fails_to_open_puts_the_file_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kamdesk.db as kdb

    with db.unit_of_work() as s:
        add_client(s, "Kept")
    backup = _copy(db, "20260101-080000-000001")

    def refuse(*_args: object, **_kwargs: object) -> Database:
        raise StorageError("cannot open it")

    monkeypatch.setattr(kdb, "open_database", refuse)
    with pytest.raises(StorageError, match="cannot open it"):
        restore_backup(db, backup)
    monkeypatch.undo()
    assert _clients(db) == ["Kept"]
    assert not list(db.path.parent.glob("*before-restore*"))


def test_the_damage_check_finds_a_damaged_page(db: Database, demo_template: Path) -> None:
    assert damage_check(db).run() == []
    damaged = db.path.parent / "damaged.sqlite"
    shutil.copyfile(demo_template, damaged)
    _damage(damaged, order_line_pages(damaged))
    opened = open_database(damaged)  # the damage is in its order lines: it opens
    try:
        found = damage_check(opened).run()
    finally:
        opened.close()
    assert found and all(line.startswith("Page ") for line in found)


def test_a_file_no_one_has_open_is_checked_read_only(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "closed.sqlite"
    shutil.copyfile(demo_template, path)
    assert check_file(path).run() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["closed.sqlite"]  # nothing left


def test_the_damage_check_stops_when_cancelled(db: Database) -> None:
    check = damage_check(db)
    check.cancel()
    with pytest.raises(Cancelled):
        check.run()
    running = damage_check(db)
    result: list[object] = []

    def work() -> None:
        try:
            result.append(running.run())
        except Cancelled as exc:
            result.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    running.cancel()
    thread.join(10)
    assert len(result) == 1  # finished or stopped: never left running
    with db.reading() as s:
        assert s.scalar(select(func.count(Client.id))) == 0


def test_a_file_too_damaged_to_open_is_restored_without_a_handle(
    db: Database, demo_template: Path
) -> None:
    from kamdesk.services.backups import newest_good_backup_in, restore_unopened

    path = db.path.parent / "unopenable.sqlite"
    shutil.copyfile(demo_template, path)
    backup = _copy(db, "20260101-080000-000001")
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    half = path.read_bytes()
    found = newest_good_backup_in(db.backups_folder)
    assert found is not None and found.path == backup

    aside = restore_unopened(path, found.path)

    assert aside.read_bytes() == half  # the damaged file kept, as it was
    assert path.read_bytes() == backup.read_bytes()


def test_the_file_set_aside_never_overwrites_an_earlier_one(tmp_path: Path) -> None:
    from kamdesk.db.backups import aside_path

    path = tmp_path / "kamdesk.sqlite"
    now = datetime(2026, 12, 5, 17, 45, 0)
    first = aside_path(path, now)
    assert first.name == "kamdesk-before-restore-20261205-174500.sqlite"
    first.write_bytes(b"earlier")
    second = aside_path(path, now)
    assert second != first and second.name == "kamdesk-before-restore-20261205-174500-2.sqlite"


def test_an_encrypted_database_s_backups_are_listed_checked_and_restored(
    db: Database, tmp_path: Path
) -> None:
    from kamdesk.db.encryption import encrypt_file

    with db.unit_of_work() as s:
        add_client(s, "Before")
    db.close()
    encrypt_file(db.path, "blue heron at dusk", backups=tmp_path / "plain-backups")
    db.reopen("blue heron at dusk")
    first = db.back_up()
    with db.unit_of_work() as s:
        add_client(s, "After")
    with pytest.raises(sqlite3.DatabaseError):  # encrypted like the file it copies
        sqlite3.connect(first).execute("SELECT 1 FROM client").fetchone()
    (listed,) = backups_of(db)
    assert listed.path == first and listed.schema is Schema.CURRENT and listed.restorable
    assert newest_good_backup(db) is not None
    restore_backup(db, first)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Client).where(Client.name == "After")) == 0
    assert db.encrypted
