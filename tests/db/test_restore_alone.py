"""A restore never replaces a file another program has open (#15 review, finding 3): a second
kamdesk window or a CLI import that keeps the file open would go on saving "OK" into the file
moved aside. The restore is refused, nothing changed, with the "in use" message; the normal
restore, with nobody else there, still works."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.errors import StorageError
from kamdesk.models import Client
from kamdesk.services.backups import backups_of, restore_backup, restore_unopened
from tests.factories import add_client

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "is open in another kamdesk window or program: close it there and try again"

# another kamdesk window: opens the file, reads, waits for a line on stdin, then saves a client
WINDOW = """
import sys
from pathlib import Path
from kamdesk.db import open_database
from kamdesk.models import Client
from tests.factories import add_client
path = Path(sys.argv[1])
passphrase = sys.argv[2] if len(sys.argv) > 2 else None
db = open_database(path, backups=path.parent / "backups", passphrase=passphrase)
with db.reading() as s:
    s.query(Client).count()
print("open", flush=True)
sys.stdin.readline()
with db.unit_of_work() as s:
    add_client(s, "Saved by the other window Kft.")
print("saved", flush=True)
db.close()
"""

# a program that holds a damaged file open (SQLite's own connection, in WAL mode)
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA journal_mode=WAL").fetchone()
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("open", flush=True)
sys.stdin.readline()
conn.close()
"""


@pytest.fixture
def other() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()


def _start(
    started: list[subprocess.Popen[str]], script: str, path: Path, *more: str
) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(path), *more],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    started.append(proc)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def _say(proc: subprocess.Popen[str], expect: str | None) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    if expect is not None:
        assert proc.stdout.readline().strip() == expect
    proc.wait(timeout=30)


def _names(db: Database) -> list[str]:
    with db.reading() as s:
        return sorted(s.scalars(select(Client.name)))


def _asides(folder: Path) -> list[Path]:
    return sorted(folder.glob("*before-restore*")) + sorted(folder.glob("*.restoring"))


def test_a_restore_is_refused_while_another_window_has_the_file_open(
    db: Database, other: list[subprocess.Popen[str]]
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Before Kft.")
    db.back_up()
    backup = backups_of(db)[0].path
    backup_bytes = backup.read_bytes()
    with db.unit_of_work() as s:
        add_client(s, "After the backup Kft.")
    window = _start(other, WINDOW, db.path)

    with pytest.raises(StorageError, match=IN_USE) as refused:
        restore_backup(db, backup)

    assert str(db.path) in str(refused.value) and "Nothing was changed." in str(refused.value)
    assert _asides(db.path.parent) == []  # nothing saved aside, no copy left
    assert backup.read_bytes() == backup_bytes
    assert _names(db) == ["After the backup Kft.", "Before Kft."]
    _say(window, "saved")  # the other window's save lands in the live file
    assert _names(db) == ["After the backup Kft.", "Before Kft.", "Saved by the other window Kft."]

    restore_backup(db, backup)  # the other window closed: the restore goes ahead
    assert _names(db) == ["Before Kft."]


def test_the_normal_restore_replaces_the_file_and_the_next_program_writes_into_it(
    db: Database, other: list[subprocess.Popen[str]]
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Before Kft.")
    db.back_up()
    with db.unit_of_work() as s:
        add_client(s, "After the backup Kft.")

    aside = restore_backup(db, backups_of(db)[0].path)

    assert _names(db) == ["Before Kft."]
    with db.unit_of_work() as s:
        add_client(s, "After the restore Kft.")
    _say(_start(other, WINDOW, db.path), "saved")
    assert _names(db) == ["After the restore Kft.", "Before Kft.", "Saved by the other window Kft."]
    assert not Path(f"{aside}-wal").exists() and not list(db.path.parent.glob("*.restoring"))


@pytest.mark.parametrize("damage", ["page", "truncated"])
def test_a_damaged_file_another_program_has_open_is_not_restored(
    db: Database, demo_template: Path, other: list[subprocess.Popen[str]], damage: str
) -> None:
    path = db.path.parent / "damaged.sqlite"
    shutil.copyfile(demo_template, path)
    db.back_up()
    backup = backups_of(db)[0].path
    holder = _start(other, HOLDER, path)
    with path.open("r+b") as fh:  # damaged while it is open: a failing disk
        if damage == "truncated":
            fh.truncate(path.stat().st_size // 2)
        else:
            fh.seek(20 * 4096)
            fh.write(bytes((i * 37 + 11) % 256 for i in range(3 * 4096)))
    before = path.read_bytes()

    with pytest.raises(StorageError, match=IN_USE):
        restore_unopened(path, backup)

    assert path.read_bytes() == before and _asides(path.parent) == []
    _say(holder, None)
    aside = restore_unopened(path, backup)  # closed there: restored
    assert path.read_bytes() == backup.read_bytes()
    assert aside.exists()


def test_an_encrypted_file_open_in_another_window_is_not_restored(
    db: Database, tmp_path: Path, other: list[subprocess.Popen[str]]
) -> None:
    from kamdesk.db.encryption import encrypt_file

    secret = "blue heron at dusk"
    with db.unit_of_work() as s:
        add_client(s, "Before Kft.")
    db.close()
    encrypt_file(db.path, secret, backups=tmp_path / "plain-backups")
    db.reopen(secret)
    backup = db.back_up()
    with db.unit_of_work() as s:
        add_client(s, "After the backup Kft.")
    window = _start(other, WINDOW, db.path, secret)

    with pytest.raises(StorageError, match=IN_USE):
        restore_backup(db, backup)

    assert _asides(db.path.parent) == []
    _say(window, "saved")
    assert _names(db) == ["After the backup Kft.", "Before Kft.", "Saved by the other window Kft."]
    restore_backup(db, backup)
    assert _names(db) == ["Before Kft."] and db.encrypted
