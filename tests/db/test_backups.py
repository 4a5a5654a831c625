"""Issue 15, case 5: a backup is written under a temporary name, verified, then renamed; when
it cannot be made the database is left as it was, the upgrade is not tried and no part of the
copy stays behind."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

import kamdesk.db as kdb
import kamdesk.db.backups as kbackups
from kamdesk.db import Database, open_database
from kamdesk.errors import StorageError

FIXTURES = Path(__file__).parent / "fixtures"
OLD = "kamdesk-0009.sqlite"


def _old_database(tmp_path: Path) -> Path:
    """A file made by an older kamdesk, in WAL mode as every file kamdesk has opened is."""
    path = tmp_path / "k.sqlite"
    shutil.copyfile(FIXTURES / OLD, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return path


def _state(path: Path) -> tuple[str, list[str]]:
    """The schema revision and every row, read without writing."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(revision), list(conn.iterdump())
    finally:
        conn.close()


def _refused_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backups: Path) -> str:
    path = _old_database(tmp_path)
    before = _state(path)
    upgrades: list[str] = []
    monkeypatch.setattr(kdb, "run_upgrade", lambda engine, revision="head": upgrades.append(1))
    with pytest.raises(StorageError) as refused:
        open_database(path, backups=backups)
    assert upgrades == []  # not attempted
    assert _state(path) == before
    assert before[0] == "0009"
    assert not backups.exists() or list(backups.iterdir()) == []
    return str(refused.value)


def test_a_full_disk_leaves_no_part_and_the_file_not_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: sqlite3.Connection, dest: Path, progress: object = None) -> None:
        dest.write_bytes(b"SQLite format 3\x00" + bytes(4000))  # cut short
        Path(f"{dest}-journal").write_bytes(bytes(512))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(kbackups, "copy_database", full)
    backups = tmp_path / "backups"
    message = _refused_upgrade(tmp_path, monkeypatch, backups)
    assert message == (
        f"Could not back up {tmp_path / 'k.sqlite'} to {backups}: the disk is full. "
        "Nothing was changed."
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into a read-only folder (the full-disk test covers the failure path)",
)
def test_a_read_only_backups_folder_leaves_the_file_not_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    backups.chmod(0o555)
    try:
        message = _refused_upgrade(tmp_path, monkeypatch, backups)
    finally:
        backups.chmod(0o755)
    assert "Nothing was changed." in message
    assert "read-only" in message or "cannot be written" in message


def test_a_backups_path_that_is_a_file_is_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What root sees where a user sees a read-only folder: the folder cannot be made."""
    path = _old_database(tmp_path)
    before = _state(path)
    (tmp_path / "backups").write_text("not a folder")
    with pytest.raises(StorageError, match=r"Could not back up .* Nothing was changed\."):
        open_database(path, backups=tmp_path / "backups")
    assert _state(path) == before


def test_a_copy_that_fails_verification_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy = kbackups.copy_database

    def damaged(source: sqlite3.Connection, dest: Path, progress: object = None) -> None:
        real_copy(source, dest)
        with dest.open("r+b") as fh:  # the last pages never reached the disk
            fh.truncate(dest.stat().st_size // 2)

    monkeypatch.setattr(kbackups, "copy_database", damaged)
    backups = tmp_path / "backups"
    message = _refused_upgrade(tmp_path, monkeypatch, backups)
    assert "the copy" in message and message.endswith("Nothing was changed.")


def test_a_copy_of_another_schema_fails_verification(db: Database, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    conn = sqlite3.connect(db.path)
    try:
        kbackups.copy_database(conn, copy)
    finally:
        conn.close()
    kbackups.verify_copy(copy, kdb.head_revision())  # a good copy passes
    with pytest.raises(kbackups.BadBackup, match="holds schema"):
        kbackups.verify_copy(copy, "0001")


def test_a_backup_is_one_whole_file_and_parts_never_count_as_kept(
    db: Database, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    stray = backups / "kamdesk-20991231-235959-999999.sqlite.part"  # a killed backup
    stray.write_bytes(b"partial")
    made = [kdb.backup_file(db.engine, backups, keep=2) for _ in range(3)]
    kept = sorted(p.name for p in backups.glob("kamdesk-*.sqlite"))
    assert kept == sorted(p.name for p in made[1:])
    assert sorted(p.name for p in backups.iterdir()) == sorted([*kept, stray.name])
    conn = sqlite3.connect(f"file:{made[-1]}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            kdb.head_revision(),
        )
    finally:
        conn.close()
    assert not [p for p in backups.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_database_back_up_writes_to_its_backups_folder(tmp_path: Path, db: Database) -> None:
    db.backups = tmp_path / "elsewhere"
    made = db.back_up()
    assert made.parent == tmp_path / "elsewhere"
    assert made.name.startswith("kamdesk-") and made.suffix == ".sqlite"


def test_a_bulk_import_from_the_command_line_backs_up_first(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kamdesk.cli import main

    path = db.path
    db.close()
    sheet = tmp_path / "rates.csv"
    sheet.write_text("date,currency,rate\n2026-11-30,USD,0.9\n")
    assert main(["import-sheet", "--kind", "rates", "--db", str(path), str(sheet)]) == 0
    assert "imported rates.csv" in capsys.readouterr().out
    (backup,) = (path.parent / "backups").glob("kamdesk-*.sqlite")
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:  # the state before the import
        assert conn.execute("SELECT count(*) FROM exchange_rate").fetchone() == (0,)
    finally:
        conn.close()
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM exchange_rate")).scalar_one() == 1


# A process that may write files of at most LIMIT bytes (RLIMIT_FSIZE): the copy really fails
# half-way, as on a full disk, whoever runs the tests (root writes into a read-only folder).
CUT_SHORT = """
import resource, signal, sys
from pathlib import Path
from kamdesk.db import open_database
from kamdesk.errors import StorageError
db = open_database(Path(sys.argv[1]), backups=Path(sys.argv[2]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    db.back_up()
except StorageError as exc:
    print(exc)
finally:
    db.close()
"""


def test_a_backup_cut_short_for_real_leaves_nothing_behind(db: Database, tmp_path: Path) -> None:
    import subprocess
    import sys

    path = db.path
    db.close()
    size = path.stat().st_size
    backups = tmp_path / "backups"
    backups.mkdir()
    args = [str(path), str(backups), str(size // 4)]
    done = subprocess.run(
        [sys.executable, "-c", CUT_SHORT, *args], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith(f"Could not back up {path} to {backups}: "), done.stderr
    assert done.stdout.rstrip().endswith("Nothing was changed.")
    assert list(backups.iterdir()) == []  # no part of the copy, no journal


def test_a_backup_cut_short_long_ago_is_removed_by_the_next_one(db: Database) -> None:
    folder = db.backups_folder
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "kamdesk-20260101-000000.sqlite.part"
    fresh = folder / "kamdesk-20260102-000000.sqlite.part"  # another process copying now
    for part in (old, fresh):
        part.write_bytes(b"half a copy")
    os.utime(old, (time.time() - 2 * 3600,) * 2)
    db.back_up()
    assert not old.exists() and fresh.exists()
