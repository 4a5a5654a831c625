"""An encrypted database (#15 item 7): unreadable without its passphrase, opened with it,
refused with a wrong one (the file untouched), migrated, backed up encrypted, converted to and
from a plain file and given a new passphrase, never left half-converted."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.db import Database, open_database, restore_file
from kamdesk.db import encryption as encryption_module
from kamdesk.db.cipher import (
    connect_keyed,
    connect_plain,
    driver,
    is_encrypted,
    raw_key,
    use_passphrase,
)
from kamdesk.db.encryption import change_passphrase, decrypt_file, encrypt_file
from kamdesk.errors import PassphraseNeeded, StorageError, UserError, WrongPassphrase
from kamdesk.migrations import HEAD
from kamdesk.paths import AppPaths
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.digest import digest
from tests.db.make_fixtures import fixture_path

SECRET = "correct horse 'battery' staple"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lines_of(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [entry.line() for entry in digest(conn)]


@pytest.fixture
def encrypted(demo_db: Database, paths: AppPaths) -> tuple[Path, list[str]]:
    """The demo copy, encrypted with SECRET, and its digest from before."""
    before = lines_of(demo_db)
    demo_db.close()
    encrypt_file(paths.database, SECRET, backups=paths.backups)
    return paths.database, before


def test_an_encrypted_file_is_unreadable_by_plain_sqlite(encrypted: tuple[Path, list[str]]) -> None:
    path, _ = encrypted
    assert is_encrypted(path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT count(*) FROM client").fetchone()
    conn.close()
    # the demo's client names appear nowhere in the bytes
    assert b"alembic_version" not in path.read_bytes()


def test_opened_with_the_passphrase_it_holds_every_record(
    encrypted: tuple[Path, list[str]], paths: AppPaths
) -> None:
    path, before = encrypted
    db = open_database(path, passphrase=SECRET, backups=paths.backups)
    try:
        assert db.encrypted
        assert lines_of(db) == before
        with db.reading() as session:  # FTS5 search works in SQLCipher too
            [first] = list_clients(session, limit=1)
            found = list_clients(session, search=first.name.split()[0])
        assert first.id in {row.id for row in found}
        with db.unit_of_work() as session:  # and writes, BEGIN IMMEDIATE and all
            session.connection().exec_driver_sql("PRAGMA user_version = 3")
    finally:
        db.close()
    readonly = open_database(path, readonly=True, passphrase=SECRET)
    try:
        assert lines_of(readonly) == before
    finally:
        readonly.close()
    assert sorted(p.name for p in path.parent.glob(f"{path.name}*")) == [path.name]


def test_without_or_with_a_wrong_passphrase_it_is_refused_untouched(
    encrypted: tuple[Path, list[str]],
) -> None:
    path, _ = encrypted
    before = sha(path)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(PassphraseNeeded, match="is encrypted: give --passphrase-file"):
        open_database(path)
    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        open_database(path, passphrase="Correct horse")
    with pytest.raises(WrongPassphrase):
        open_database(path, readonly=True, passphrase="wrong")
    assert sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names


def test_a_passphrase_given_for_the_process_opens_it(encrypted: tuple[Path, list[str]]) -> None:
    path, before = encrypted
    use_passphrase(path, SECRET)
    try:
        db = open_database(path, readonly=True)
        try:
            assert lines_of(db) == before
        finally:
            db.close()
    finally:
        use_passphrase(path, None)


def test_the_passphrase_matches_in_constant_time(
    encrypted: tuple[Path, list[str]], paths: AppPaths
) -> None:
    path, _ = encrypted
    db = open_database(path, passphrase=SECRET, backups=paths.backups)
    try:
        assert db.passphrase_matches(SECRET)
        assert not db.passphrase_matches(SECRET + " ")
        assert not db.passphrase_matches("")
        assert SECRET not in repr(db)
    finally:
        db.close()


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(
    encrypted: tuple[Path, list[str]], paths: AppPaths
) -> None:
    path, before = encrypted
    db = open_database(path, passphrase=SECRET, backups=paths.backups)
    backup = db.back_up()
    db.close()
    assert is_encrypted(backup)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(backup).execute("SELECT 1 FROM client").fetchone()
    conn = connect_keyed(str(backup), SECRET)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()
    path.write_bytes(b"")  # lost; the backup brings it back
    restore_file(backup, path)
    db = open_database(path, passphrase=SECRET, backups=paths.backups)
    try:
        assert lines_of(db) == before
    finally:
        db.close()


def test_an_older_encrypted_file_is_migrated_with_an_encrypted_backup(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copyfile(fixture_path("0001"), old)
    path = tmp_path / "kamdesk.sqlite"
    conn = connect_plain(str(old))  # the old release's file encrypted as it is, not upgraded
    conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(path), SECRET))
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute("DETACH DATABASE enc")
    conn.close()
    db = open_database(path, passphrase=SECRET, backups=tmp_path / "backups")
    try:
        with db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        db.close()
    [backup] = (tmp_path / "backups").glob("kamdesk-*.sqlite")
    assert is_encrypted(backup) and is_encrypted(path)


def test_decrypted_back_to_a_plain_file(encrypted: tuple[Path, list[str]], paths: AppPaths) -> None:
    path, before = encrypted
    with pytest.raises(WrongPassphrase):
        decrypt_file(path, "nope", backups=paths.backups)
    backup = decrypt_file(path, SECRET, backups=paths.backups)
    assert is_encrypted(backup)  # the backup was made as the file was
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    db = open_database(path, backups=paths.backups)
    try:
        assert not db.encrypted
        assert lines_of(db) == before
    finally:
        db.close()
    with pytest.raises(UserError, match="not encrypted"):
        decrypt_file(path, SECRET, backups=paths.backups)


def test_a_new_passphrase_replaces_the_old(
    encrypted: tuple[Path, list[str]], paths: AppPaths
) -> None:
    path, before = encrypted
    with pytest.raises(WrongPassphrase):
        change_passphrase(path, "nope", "new one", backups=paths.backups)
    change_passphrase(path, SECRET, "new one", backups=paths.backups)
    with pytest.raises(WrongPassphrase):
        open_database(path, readonly=True, passphrase=SECRET)
    db = open_database(path, passphrase="new one", backups=paths.backups)
    try:
        assert lines_of(db) == before
    finally:
        db.close()


def test_a_failed_conversion_leaves_the_file_as_it_was(
    demo_db: Database, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = lines_of(demo_db)
    demo_db.close()
    path = paths.database

    def broken(copy: object, expected: object) -> None:
        raise StorageError("The converted copy does not hold the same records.")

    monkeypatch.setattr(encryption_module, "_compare", broken)
    with pytest.raises(StorageError, match="same records"):
        encrypt_file(path, SECRET, backups=paths.backups)
    assert not list(path.parent.glob("*.converting*"))
    # the same records in the same plain file, in WAL mode as kamdesk keeps it
    assert not is_encrypted(path) and path.read_bytes()[18:20] == b"\x02\x02"
    db = open_database(path, backups=paths.backups)
    try:
        assert lines_of(db) == before
    finally:
        db.close()
    with pytest.raises(UserError, match="empty"):
        encrypt_file(path, "", backups=paths.backups)


def test_a_plain_file_ignores_a_passphrase(db: Database, paths: AppPaths) -> None:
    db.close()
    again = open_database(paths.database, passphrase="anything", backups=paths.backups)
    try:
        assert not again.encrypted and not again.passphrase_matches("anything")
    finally:
        again.close()


def test_the_key_is_derived_as_sqlcipher_derives_it(encrypted: tuple[Path, list[str]]) -> None:
    """The raw key kamdesk derives once per file opens it alone (no fallback to SQLCipher's
    own derivation, which would cost ~0.2 s per connection)."""
    path, _ = encrypted
    raw = raw_key(SECRET, path)
    assert raw is not None and len(raw) == len("\"x'") + 96 + len("'\"")  # key and salt
    conn = driver().connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {raw}")
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] > 0
    finally:
        conn.close()
    assert raw_key("another", path) != raw


def test_a_file_open_elsewhere_is_not_converted(demo_db: Database, paths: AppPaths) -> None:
    """Another program with the file open (a second kamdesk, a command running) would go on
    writing into the file replaced: the conversion is refused, nothing changed."""
    path = paths.database
    before = lines_of(demo_db)
    demo_db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StorageError, match="open in another kamdesk window or program"):
            encrypt_file(path, SECRET, backups=paths.backups)
    finally:
        holder.communicate("", timeout=30)
    assert not is_encrypted(path) and not list(path.parent.glob("*.converting*"))
    db = open_database(path, backups=paths.backups)
    try:
        assert lines_of(db) == before
    finally:
        db.close()


# another process keeping the database open (as a kamdesk window does) until stdin closes
HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM client").fetchone()
print("open", flush=True)
sys.stdin.read()
conn.close()
"""
