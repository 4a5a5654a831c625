"""The database file's encryption from the GUI (#15 item 7): turned on or off, or its
passphrase changed, on the open Database, which is then opened again in place (every view keeps
its handle). The file-level work, backup first and never a half-converted file, is
kamdesk.db.encryption's. Run it off the GUI thread: converting reads and writes the whole file.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.db import Database
from kamdesk.db.cipher import is_encrypted
from kamdesk.db.encryption import change_passphrase, decrypt_file, encrypt_file
from kamdesk.errors import WrongPassphrase


def backups_folder(db: Database) -> Path:
    """Where db.back_up() writes."""
    return db.backups or db.path.parent / "backups"


def suspend(db: Database) -> None:
    """Close the database until the conversion opens it again: what would read or write it
    meanwhile waits (the GUI calls this on its own thread before starting the work)."""
    db.suspend(f"{db.path} is being converted: try again in a moment.")


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


def change_database_passphrase(db: Database, old: str, new: str) -> Path:
    """Give the open, encrypted database the passphrase `new`; the backup made first."""
    suspend(db)
    try:
        return change_passphrase(
            db.path, old, new, backups=backups_folder(db), keep=db.keep_backups
        )
    finally:
        _reopen(db, new, old)


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


def delete_backups(found: list[Path]) -> None:
    for path in found:
        path.unlink(missing_ok=True)
