"""The backups of the open database as the user sees them: listed, checked, restored, and one
made now into a folder of the user's choice (#15 items 4 and 5).

These take the Database handle, not a session: they work on the file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from kamdesk.db import Database, head_revision, known_revisions
from kamdesk.db.backups import (
    BackupInfo,
    BadBackup,
    Progress,
    aside_path,
    backup_file,
    list_backups,
    newest_good,
    restore_file,
    schema_of,
    verify_copy,
)
from kamdesk.db.health import Cancelled as Cancelled
from kamdesk.db.health import DamageCheck as DamageCheck
from kamdesk.errors import StorageError, UserError

T = TypeVar("T")


class Schema(StrEnum):
    """A backup's schema against this kamdesk's."""

    CURRENT = "current"
    OLDER = "older"  # upgraded (after a backup of its own) when restored
    NEWER = "newer"  # written by a newer kamdesk: cannot be restored here
    UNREADABLE = "unreadable"  # not a kamdesk database (damaged, or another program's)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    size: int  # bytes
    revision: str | None
    schema: Schema

    @property
    def restorable(self) -> bool:
        return self.schema in (Schema.CURRENT, Schema.OLDER)


def _schema(revision: str | None) -> Schema:
    if revision is None:
        return Schema.UNREADABLE
    if revision == head_revision():
        return Schema.CURRENT
    return Schema.OLDER if revision in known_revisions() else Schema.NEWER


def _backup(info: BackupInfo) -> Backup:
    return Backup(info.path, info.taken_at, info.size, info.revision, _schema(info.revision))


def backups_of(db: Database) -> list[Backup]:
    """The backups in the database's backups folder, newest first."""
    return [_backup(info) for info in list_backups(db.backups_folder)]


def newest_good_backup(db: Database) -> Backup | None:
    """The newest backup that passes SQLite's quick_check and that this kamdesk can open."""
    return newest_good_backup_in(db.backups_folder)


def newest_good_backup_in(folder: Path) -> Backup | None:
    """The same for a file that could not be opened at all (no Database handle to ask)."""
    found = newest_good(list_backups(folder), known_revisions())
    return None if found is None else _backup(found)


def back_up_to(db: Database, folder: Path, progress: Progress | None = None) -> Path:
    """A verified backup written into `folder` (the user's choice: nothing there is pruned);
    StorageError, with nothing left behind, when it cannot be made."""
    return backup_file(db.engine, folder, keep=None, progress=progress)


def restore_backup(db: Database, backup: Path, progress: Progress | None = None) -> Path:
    """Put `backup` in place of the database and reopen it; returns where the file it
    replaced was saved aside (beside it, named with the date). Nothing may be reading or
    writing meanwhile. UserError for a backup this kamdesk cannot open; StorageError when the
    restore fails, the file then as it was."""
    _refuse_unrestorable(backup)
    return _restoring(backup, db.path, lambda: db.restore(backup, progress=progress))


def restore_unopened(path: Path, backup: Path, progress: Progress | None = None) -> Path:
    """The same for a database file too damaged to open: `backup` put in its place, the file
    saved aside first; the caller opens it afterwards."""
    _refuse_unrestorable(backup)
    aside = aside_path(path)
    _restoring(backup, path, lambda: restore_file(backup, path, aside=aside, progress=progress))
    return aside


def _refuse_unrestorable(backup: Path) -> None:
    revision = schema_of(backup)
    schema = _schema(revision)
    if schema is Schema.NEWER:
        raise UserError(
            f"{backup.name} was written by a newer version of kamdesk: update kamdesk to "
            "restore it. Nothing was changed."
        )
    if schema is Schema.UNREADABLE:
        raise UserError(f"{backup.name} is not a readable kamdesk backup. Nothing was changed.")
    try:
        verify_copy(backup, revision)
    except BadBackup as exc:
        raise UserError(f"{backup.name} cannot be restored: {exc}. Nothing was changed.") from exc


def _restoring(backup: Path, path: Path, restore: Callable[[], T]) -> T:
    try:
        return restore()
    except OSError as exc:
        raise StorageError(
            f"Could not restore {backup.name} to {path}: {exc.strerror or exc}. "
            "Nothing was changed."
        ) from exc


def damage_check(db: Database) -> DamageCheck:
    """SQLite's quick_check of the open file, to `run` on a worker and `cancel` at will. It
    reads through one of the database's own connections (as the file is opened: with its
    key, once encrypted), given back to the pool when done."""
    return DamageCheck(db.engine.raw_connection)
