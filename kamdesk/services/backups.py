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
    open_copy,
    remove_part,
    restore_file,
    schema_of,
    verify_copy,
)
from kamdesk.db.cipher import database_errors, is_encrypted
from kamdesk.db.encryption import encrypt_copy
from kamdesk.db.health import Cancelled as Cancelled
from kamdesk.db.health import DamageCheck as DamageCheck
from kamdesk.errors import PassphraseNeeded, StorageError, UserError, WrongPassphrase
from kamdesk.messages import _

T = TypeVar("T")
ENCRYPTING = ".encrypting"  # a plain backup's encrypted copy, restored in its place


class Schema(StrEnum):
    """A backup's schema against this kamdesk's."""

    CURRENT = "current"
    OLDER = "older"  # upgraded (after a backup of its own) when restored
    NEWER = "newer"  # written by a newer kamdesk: cannot be restored here
    UNREADABLE = "unreadable"  # not a kamdesk database (damaged, or another program's)
    # encrypted with a passphrase this session does not hold (one from before a change)
    OTHER_PASSPHRASE = "other passphrase"


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
    schema = _schema(info.revision)
    if schema is Schema.UNREADABLE and is_encrypted(info.path) and _locked(info.path):
        schema = Schema.OTHER_PASSPHRASE
    return Backup(info.path, info.taken_at, info.size, info.revision, schema)


def _locked(path: Path) -> bool:
    """Whether no passphrase this process holds opens the encrypted backup at `path`."""
    try:
        open_copy(path).close()
    except (PassphraseNeeded, WrongPassphrase):
        return True
    except (StorageError, *database_errors()):  # type: ignore[misc]
        return False
    return False


def backups_of(db: Database) -> list[Backup]:
    """The backups in the database's backups folder, newest first."""
    return [_backup(info) for info in list_backups(db.backups_folder)]


def newest_good_backup(db: Database) -> Backup | None:
    """The newest backup that passes SQLite's quick_check and that this kamdesk can open;
    for an encrypted database an encrypted one only (a plain one would drop the encryption
    with everything since it was made)."""
    return newest_good_backup_in(db.backups_folder, encrypted=db.encrypted)


def newest_good_backup_in(folder: Path, *, encrypted: bool = False) -> Backup | None:
    """The same for a file that could not be opened at all (no Database handle to ask). A
    plain backup older than an encrypted one is never offered: the database was encrypted
    since, and the encrypted one may only need the passphrase it was made with."""
    found = newest_good(_candidates(list_backups(folder), encrypted), known_revisions())
    return None if found is None else _backup(found)


def _candidates(backups: list[BackupInfo], encrypted: bool) -> list[BackupInfo]:
    """`backups` (newest first) without the plain ones made before an encrypted one, nor any
    plain one when the database is `encrypted`."""
    kept: list[BackupInfo] = []
    seen_encrypted = encrypted
    for info in backups:
        if is_encrypted(info.path):
            seen_encrypted = True
            kept.append(info)
        elif not seen_encrypted:
            kept.append(info)
    return kept


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
    if db.passphrase is None or is_encrypted(backup):
        return _restoring(backup, db.path, lambda: db.restore(backup, progress=progress))
    # a plain backup onto an encrypted database: restored encrypted with its passphrase (#15)
    copy = db.path.with_name(db.path.name + ENCRYPTING)
    encrypt_copy(backup, copy, db.passphrase.text)
    try:
        return _restoring(copy, db.path, lambda: db.restore(copy, progress=progress))
    finally:
        remove_part(copy)


def restores_plain_encrypted(db: Database, backup: Path) -> bool:
    """Whether restoring `backup` encrypts it first (a plain backup, an encrypted database):
    the confirmation says so."""
    return db.encrypted and not is_encrypted(backup)


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
            _(
                "{file} was written by a newer version of kamdesk: update kamdesk to "
                "restore it. Nothing was changed."
            ).format(file=backup.name)
        )
    if schema is Schema.UNREADABLE:
        raise UserError(
            _("{file} is not a readable kamdesk backup. Nothing was changed.").format(
                file=backup.name
            )
        )
    try:
        verify_copy(backup, revision)
    except BadBackup as exc:
        raise UserError(
            _("{file} cannot be restored: {reason}. Nothing was changed.").format(
                file=backup.name, reason=exc
            )
        ) from exc


def _restoring(backup: Path, path: Path, restore: Callable[[], T]) -> T:
    try:
        return restore()
    except OSError as exc:
        raise StorageError(
            _("Could not restore {file} to {path}: {reason}. Nothing was changed.").format(
                file=backup.name, path=path, reason=exc.strerror or exc
            )
        ) from exc


def damage_check(db: Database) -> DamageCheck:
    """SQLite's quick_check of the open file, to `run` on a worker and `cancel` at will. It
    reads through one of the database's own connections (as the file is opened: with its
    key, once encrypted), given back to the pool when done."""
    return DamageCheck(db.engine.raw_connection)
