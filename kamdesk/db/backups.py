"""Backups of the database file: written under a temporary name, verified, then renamed.

A copy cut short (disk full, a read-only folder) or failing its check is removed with its
journal and never counts among the kept ones; the database itself is never touched. The backup
of an encrypted database is encrypted with the same passphrase (kamdesk.db.cipher).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kamdesk.db.cipher import database_errors, is_cipher_connection
from kamdesk.errors import StorageError

BACKUPS_KEPT = 10
PART = ".part"  # a backup being written: never kept, never restored


class BadBackup(Exception):
    """The copy was written but does not read back as the database it copies."""


def copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """SQLite's online backup of `source` into `dest`, left as a single self-contained file."""
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
        # the copy inherits WAL mode: a plain rollback-journal file reads (and verifies)
        # read-only without -wal/-shm files appearing beside it
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def revision_of(conn: Any, schema: str = "main") -> str | None:
    has = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has:  # a new, empty database
        return None
    row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    return None if row is None else str(row[0])


def copy_encrypted(source: Any, dest: Path) -> None:
    """An encrypted database's copy, encrypted with the same key: SQLCipher's export into an
    attached file (attached without KEY, it takes the main database's key)."""
    source.execute("ATTACH DATABASE ? AS kamdesk_backup", (str(dest),))
    try:
        source.execute("SELECT sqlcipher_export('kamdesk_backup')")
    finally:
        source.execute("DETACH DATABASE kamdesk_backup")


def verify_encrypted(source: Any, copy: Path, revision: str | None) -> None:
    """verify_copy for an encrypted copy: read back through the source's key."""
    try:
        source.execute("ATTACH DATABASE ? AS kamdesk_check", (str(copy),))
        try:
            rows = source.execute("PRAGMA kamdesk_check.quick_check").fetchall()
            found = revision_of(source, "kamdesk_check")
        finally:
            source.execute("DETACH DATABASE kamdesk_check")
    except database_errors() as exc:
        raise BadBackup(f"the copy does not read back ({exc})") from exc
    _judge([str(line) for (line,) in rows], found, revision)


def verify_copy(copy: Path, revision: str | None) -> None:
    """BadBackup unless `copy` passes SQLite's quick_check and has the schema `revision`."""
    try:
        conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        try:
            result = [str(line) for (line,) in conn.execute("PRAGMA quick_check").fetchall()]
            found = revision_of(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BadBackup(f"the copy does not read back ({exc})") from exc
    _judge(result, found, revision)


def _judge(result: list[str], found: str | None, revision: str | None) -> None:
    if result != ["ok"]:
        raise BadBackup(f"the copy failed its check ({'; '.join(result[:3])})")
    if found != revision:
        raise BadBackup(f"the copy holds schema {found}, not {revision}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, BadBackup):
        return str(exc)
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "full" in text:
        return "the disk is full"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return "the folder is read-only"
    if "unable to open" in text:
        return "the folder cannot be written"
    return (getattr(exc, "strerror", None) or str(exc)).rstrip(".")


def remove_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        # a folder that refused the copy may refuse this too: then there is nothing to remove
        with contextlib.suppress(OSError):
            Path(str(part) + suffix).unlink(missing_ok=True)


def backup_file(engine: Engine, backups: Path, *, keep: int = BACKUPS_KEPT) -> Path:
    """A consistent, verified copy (SQLite's online backup) in `backups`, keeping the newest
    `keep`. StorageError, with nothing left behind, when it cannot be made."""
    source_name = engine.url.database or "the database"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    dest = backups / f"kamdesk-{stamp}.sqlite"
    part = dest.with_name(dest.name + PART)  # the glob of kept backups never matches it
    try:
        backups.mkdir(parents=True, exist_ok=True)
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            revision = revision_of(source)
            if is_cipher_connection(source):
                copy_encrypted(source, part)
                verify_encrypted(source, part, revision)
            else:
                assert isinstance(source, sqlite3.Connection)
                copy_database(source, part)
        finally:
            raw.close()
        if not is_cipher_connection(source):
            verify_copy(part, revision)
        os.replace(part, dest)
    except (OSError, BadBackup, *database_errors()) as exc:  # type: ignore[misc]
        remove_part(part)
        raise StorageError(
            f"Could not back up {source_name} to {backups}: {_reason(exc)}. Nothing was changed."
        ) from exc
    # the backup is owner-only like every file kamdesk makes: the GUI and the CLI start with
    # umask 077 (kamdesk.paths.AppPaths.keep_private; tests/test_private_files.py checks it)
    for old in sorted(backups.glob("kamdesk-*.sqlite"))[:-keep]:
        old.unlink(missing_ok=True)  # another kamdesk sharing the folder may have pruned it
    return dest


def restore_file(backup: Path, path: Path) -> None:
    """Put `backup` in place of the database at `path` (its -wal/-shm go: they belong to the
    file being replaced). Copied beside it first, so a copy cut short never replaces it."""
    part = path.with_name(path.name + ".restoring")
    try:
        shutil.copyfile(backup, part)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(part, path)
    except OSError:
        part.unlink(missing_ok=True)
        raise
