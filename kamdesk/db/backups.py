"""Backups of the database file: written under a temporary name, verified, then renamed.

A copy cut short (disk full, a read-only folder) or failing its check is removed with its
journal and never counts among the kept ones; the database itself is never touched. The backup
of an encrypted database is encrypted with the same passphrase (kamdesk.db.cipher).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kamdesk.db.alone import held_alone
from kamdesk.db.cipher import connect_copy, database_errors, is_cipher_connection, is_encrypted
from kamdesk.errors import StorageError
from kamdesk.messages import _

BACKUPS_KEPT = 10
PART = ".part"  # a backup being written: never kept, never restored
STAMP = "%Y%m%d-%H%M%S-%f"  # a backup's name: kamdesk-<UTC time>.sqlite
# done, total: bytes or pages, as the step in progress counts them
Progress = Callable[[int, int], None]
PAGES_PER_STEP = 4096  # ~16 MB between progress reports (and lock releases) of a backup


class BadBackup(Exception):
    """The copy was written but does not read back as the database it copies."""


def copy_database(source: sqlite3.Connection, dest: Path, progress: Progress | None = None) -> None:
    """SQLite's online backup of `source` into `dest`, left as a single self-contained file;
    `progress(done, total)` in pages."""
    target = sqlite3.connect(dest)
    try:
        if progress is None:
            source.backup(target)
        else:
            source.backup(
                target,
                pages=PAGES_PER_STEP,
                progress=lambda _status, left, total: progress(total - left, total),
            )
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


def open_copy(copy: Path) -> Any:
    """A backup, opened to be read (never written): the one way backups are read, for their
    check, their schema and the newest good one. An encrypted one opens with a passphrase this
    process holds (StorageError when none does)."""
    if is_encrypted(copy):
        return connect_copy(copy)
    return sqlite3.connect(f"file:{copy}?mode=ro", uri=True)


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
        conn = open_copy(copy)
        try:
            result = [str(line) for (line,) in conn.execute("PRAGMA quick_check").fetchall()]
            found = revision_of(conn)
        finally:
            conn.close()
    except (StorageError, *database_errors()) as exc:  # type: ignore[misc]
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
        return _("the disk is full")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return _("the folder is read-only")
    if "unable to open" in text:
        return _("the folder cannot be written")
    return (getattr(exc, "strerror", None) or str(exc)).rstrip(".")


def remove_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        # a folder that refused the copy may refuse this too: then there is nothing to remove
        with contextlib.suppress(OSError):
            Path(str(part) + suffix).unlink(missing_ok=True)


ABANDONED_AFTER_S = 3600  # a copy in progress is never this old: its writer was killed


def _remove_abandoned_parts(backups: Path) -> None:
    """A backup cut short (the machine lost power, the process was killed) leaves its .part:
    removed by the next backup once it is clearly not another process's copy in progress."""
    now = time.time()
    for part in backups.glob(f"kamdesk-*.sqlite{PART}"):
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > ABANDONED_AFTER_S:
                remove_part(part)


def backup_file(
    engine: Engine,
    backups: Path,
    *,
    keep: int | None = BACKUPS_KEPT,
    progress: Progress | None = None,
) -> Path:
    """A consistent, verified copy (SQLite's online backup) in `backups`, keeping the newest
    `keep` (None: all, for a folder the user chose). StorageError, with nothing left behind,
    when it cannot be made."""
    source_name = engine.url.database or "the database"
    stamp = datetime.now(UTC).strftime(STAMP)
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
                copy_database(source, part, progress)
        finally:
            raw.close()
        if not is_cipher_connection(source):
            verify_copy(part, revision)
        os.replace(part, dest)
    except (OSError, BadBackup, *database_errors()) as exc:  # type: ignore[misc]
        remove_part(part)
        raise StorageError(
            _(
                "Could not back up {source_name} to {backups}: {reason}. Nothing was changed."
            ).format(source_name=source_name, backups=backups, reason=_reason(exc))
        ) from exc
    # the backup is owner-only like every file kamdesk makes: the GUI and the CLI start with
    # umask 077 (kamdesk.paths.AppPaths.keep_private; tests/test_private_files.py checks it)
    if keep is None:
        return dest
    _remove_abandoned_parts(backups)
    for old in sorted(backups.glob("kamdesk-*.sqlite"))[:-keep]:
        old.unlink(missing_ok=True)  # another kamdesk sharing the folder may have pruned it
    return dest


@dataclass(frozen=True)
class BackupInfo:
    """One backup in a backups folder, as the user chooses among them."""

    path: Path
    taken_at: datetime  # UTC, from its name
    size: int  # bytes
    revision: str | None  # its schema; None when it does not read as a kamdesk database


def taken_at(path: Path) -> datetime | None:
    """When a backup was made (its name says it, in UTC); None for another file."""
    stem = path.name.removeprefix("kamdesk-").removesuffix(".sqlite")
    if not path.name.startswith("kamdesk-") or not path.name.endswith(".sqlite"):
        return None
    try:
        return datetime.strptime(stem, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def schema_of(path: Path) -> str | None:
    """The schema revision a backup holds, read without writing; None when unreadable."""
    try:
        conn = open_copy(path)
        try:
            return revision_of(conn)
        finally:
            conn.close()
    except (StorageError, *database_errors()):  # type: ignore[misc]
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first (a copy being written, `.part`, is none)."""
    found: list[BackupInfo] = []
    with contextlib.suppress(OSError):  # no folder yet: no backups
        for path in folder.glob("kamdesk-*.sqlite"):
            when = taken_at(path)
            if when is None or not path.is_file():
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue  # pruned by another kamdesk meanwhile
            found.append(BackupInfo(path, when, size, schema_of(path)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good(backups: list[BackupInfo], known: set[str]) -> BackupInfo | None:
    """The newest backup of a schema this kamdesk knows that passes its check."""
    for backup in backups:
        if backup.revision not in known:
            continue
        try:
            verify_copy(backup.path, backup.revision)
        except BadBackup:
            continue
        return backup
    return None


def aside_path(path: Path, now: datetime | None = None) -> Path:
    """Where the current file goes before a backup replaces it: beside it, named with the
    date (kamdesk-before-restore-20261205-174500.sqlite), never over an earlier one."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-before-restore-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-before-restore-{stamp}-{n}{path.suffix}")
    return candidate


COPY_CHUNK = 8 * 1024 * 1024


def copy_file(source: Path, dest: Path, progress: Progress | None = None) -> None:
    """A plain copy, flushed to the disk, reporting `progress(bytes done, bytes total)`."""
    total = source.stat().st_size
    done = 0
    with source.open("rb") as src, dest.open("wb") as out:
        while chunk := src.read(COPY_CHUNK):
            out.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        out.flush()
        os.fsync(out.fileno())


def move_with_wal(path: Path, aside: Path) -> None:
    """Move a database file with its -wal (rows committed but not yet folded in belong to
    it); its -shm goes (SQLite rebuilds it from the -wal)."""
    os.replace(path, aside)
    wal = Path(f"{path}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{aside}-wal"))
    Path(f"{path}-shm").unlink(missing_ok=True)  # rebuilt from the -wal when next opened


def restore_file(
    backup: Path,
    path: Path,
    *,
    aside: Path | None = None,
    progress: Progress | None = None,
) -> None:
    """Put `backup` in place of the database at `path`. Copied beside it first, so a copy cut
    short never replaces it. The file replaced is moved to `aside` with its -wal (and moved
    back if the copy cannot take its place); without `aside` its -wal/-shm go (a failed
    upgrade: the backup is that very file).

    The file is taken alone first (kamdesk.db.alone) and held until the backup is in its
    place: StorageError, nothing changed, while another window or program has it open (its
    later saves would go into the file moved aside)."""
    part = path.with_name(path.name + ".restoring")
    try:
        copy_file(backup, part, progress)
        with held_alone(path):  # only around the renames: a reader waits briefly
            _replace(part, path, aside)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _replace(part: Path, path: Path, aside: Path | None) -> None:
    moved = False
    try:
        if aside is not None and path.exists():
            move_with_wal(path, aside)
            moved = True
        else:
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(part, path)
    except OSError:
        if moved and aside is not None:
            move_with_wal(aside, path)
        raise


def put_back(aside: Path, path: Path) -> None:
    """Undo a restore: the file saved aside at `aside` is the database at `path` again."""
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    move_with_wal(aside, path)
