"""The database file's encryption from the GUI (#15 item 7): turned on or off, or its
passphrase changed, on the open Database, which is then opened again in place (every view keeps
its handle). The file-level work, backup first and never a half-converted file, is
kamdesk.db.encryption's. Run it off the GUI thread: converting reads and writes the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.db import Database
from kamdesk.db.cipher import is_encrypted
from kamdesk.db.encryption import change_passphrase, decrypt_file, encrypt_file, rekey_backups
from kamdesk.errors import WrongPassphrase
from kamdesk.messages import _


def backups_folder(db: Database) -> Path:
    """Where db.back_up() writes."""
    return db.backups or db.path.parent / "backups"


def suspend(db: Database) -> None:
    """Close the database until the conversion opens it again: what would read or write it
    meanwhile waits (the GUI calls this on its own thread before starting the work)."""
    db.suspend(_("{path} is being converted: try again in a moment.").format(path=db.path))


def encrypt_database(db: Database, passphrase: str) -> Path:
    """Encrypt the open database with `passphrase`; the backup made first (plain)."""
    suspend(db)
    try:
        return encrypt_file(db.path, passphrase, backups=backups_folder(db), keep=db.keep_backups)
    finally:
        _reopen(db, passphrase)


def decrypt_database(db: Database, passphrase: str) -> Path:
    """Turn the open, encrypted database back into a plain file; the backup made first."""
    suspend(db)
    try:
        return decrypt_file(db.path, passphrase, backups=backups_folder(db), keep=db.keep_backups)
    finally:
        _reopen(db, passphrase)


@dataclass(frozen=True)
class Rekeyed:
    """After a passphrase change: the backup made first, the kept backups given the new
    passphrase, and those left with the old one (their re-keyed copy failed its check)."""

    backup: Path
    rekeyed: list[Path]
    left: list[Path]


def change_database_passphrase(db: Database, old: str, new: str) -> Rekeyed:
    """Give the open, encrypted database the passphrase `new`, then its kept backups too
    (#15: a backup keeping the old one could not be restored by a later session)."""
    suspend(db)
    try:
        backup = change_passphrase(
            db.path, old, new, backups=backups_folder(db), keep=db.keep_backups
        )
    finally:
        _reopen(db, new, old)
    done, left = rekey_backups(backups_folder(db), old, new)
    return Rekeyed(backup, done, left)


def _reopen(db: Database, *passphrases: str) -> None:
    """Open the file again with whichever passphrase opens it (a failed change keeps the old)."""
    for passphrase in passphrases[:-1]:
        try:
            db.reopen(passphrase)
            return
        except WrongPassphrase:
            continue
    db.reopen(passphrases[-1])


def plain_backups(db: Database) -> list[Path]:
    """The backups of this database that are not encrypted (made before encryption was on)."""
    folder = backups_folder(db)
    return sorted(p for p in folder.glob("kamdesk-*.sqlite") if p.is_file() and not is_encrypted(p))


def plain_set_aside(db: Database) -> list[Path]:
    """The files a restore saved aside beside the database (kamdesk-before-restore-*.sqlite)
    that are not encrypted."""
    pattern = f"{db.path.stem}-before-restore-*{db.path.suffix}"
    return sorted(p for p in db.path.parent.glob(pattern) if p.is_file() and not is_encrypted(p))


def unencrypted_copies(db: Database) -> list[Path]:
    """Every plain copy of an encrypted database that kamdesk made and keeps: the backups made
    before encryption was on, and the files restores saved aside. None for a plain one."""
    if not db.encrypted:
        return []
    return plain_backups(db) + plain_set_aside(db)


def delete_backups(found: list[Path]) -> None:
    """Delete these copies, each with its -wal/-shm/-journal (an aside file may have a -wal)."""
    for path in found:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
