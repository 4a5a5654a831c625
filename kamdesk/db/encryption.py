"""Encryption turned on and off, and the passphrase changed, on a database file nobody has open.

Each change backs the file up first (as it is: a plain file's backup is plain). Turning
encryption on or off writes the converted database beside the file (`<name>.converting`,
through SQLCipher's `ATTACH ... KEY` and `sqlcipher_export()`), reads it back (quick_check, the
schema revision, every table's row count), then renames it over the file: a failure at any
step removes the half-made copy and leaves the file as it was. A new passphrase is set by
`PRAGMA rekey`, one transaction, then checked by opening the file with it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kamdesk.db import BACKUPS_KEPT, open_database
from kamdesk.db.alone import take_alone as _take_alone
from kamdesk.db.backups import remove_part, revision_of
from kamdesk.db.cipher import (
    SQLITE_HEADER,
    check_passphrase,
    connect_keyed,
    connect_plain,
    database_errors,
    is_encrypted,
    quote,
)
from kamdesk.errors import StorageError, UserError, WrongPassphrase
from kamdesk.messages import _

CONVERTING = ".converting"  # the converted copy being written beside the file
REKEYING = ".rekey"  # a backup's copy being given the new passphrase


def encrypt_file(path: Path, passphrase: str, *, backups: Path, keep: int = BACKUPS_KEPT) -> Path:
    """Encrypt the plain database at `path` with `passphrase`; returns the backup made first."""
    path = Path(path)
    check_passphrase(passphrase)
    if is_encrypted(path):
        raise UserError(_("{path} is encrypted already.").format(path=path))
    backup = _back_up(path, None, backups, keep)
    _convert(
        path,
        lambda: connect_plain(str(path)),
        passphrase,
        lambda copy: connect_keyed(str(copy), passphrase, path=copy),
    )
    return backup


def decrypt_file(path: Path, passphrase: str, *, backups: Path, keep: int = BACKUPS_KEPT) -> Path:
    """Turn the encrypted database at `path` back into a plain file; returns the backup."""
    path = Path(path)
    if not is_encrypted(path):
        raise UserError(_("{path} is not encrypted.").format(path=path))
    backup = _back_up(path, passphrase, backups, keep)
    _convert(
        path,
        lambda: connect_keyed(str(path), passphrase, path=path),
        "",
        lambda copy: sqlite3.connect(copy),
    )
    return backup


def change_passphrase(
    path: Path, old: str, new: str, *, backups: Path, keep: int = BACKUPS_KEPT
) -> Path:
    """Re-encrypt the database at `path` with `new` (PRAGMA rekey); returns the backup made
    first (encrypted with `old`)."""
    path = Path(path)
    check_passphrase(new)
    if not is_encrypted(path):
        raise UserError(_("{path} is not encrypted.").format(path=path))
    backup = _back_up(path, old, backups, keep)
    conn = connect_keyed(str(path), old, path=path)
    try:
        _take_alone(conn, path)
        conn.execute(f"PRAGMA rekey = {quote(new)}")  # one transaction: all pages or none
    except database_errors() as exc:
        raise StorageError(
            _("Could not change the passphrase of {path}: {exc}.").format(path=path, exc=exc)
        ) from exc
    finally:
        conn.close()
    check = connect_keyed(str(path), new, path=path)
    try:
        _quick_check(check)
    finally:
        check.close()
    return backup


def rekey_backups(folder: Path, old: str, new: str) -> tuple[list[Path], list[Path]]:
    """Give every encrypted backup in `folder` that `old` opens the passphrase `new`: each
    re-keyed as a copy beside it (`.rekey`), checked with `new`, then renamed over it. The
    backups re-keyed, and those left with the old passphrase (a copy failed: its own left)."""
    done: list[Path] = []
    left: list[Path] = []
    with contextlib.suppress(OSError):
        found = sorted(p for p in folder.glob("kamdesk-*.sqlite") if is_encrypted(p))
        for backup in found:
            try:
                _rekey_one(backup, old, new)
            except WrongPassphrase:
                continue  # another passphrase's backup: not ours to change
            except (OSError, StorageError, *database_errors()):  # type: ignore[misc]
                left.append(backup)
                continue
            done.append(backup)
    return done, left


def _rekey_one(backup: Path, old: str, new: str) -> None:
    part = backup.with_name(backup.name + REKEYING)
    remove_part(part)
    try:
        shutil.copyfile(backup, part)
        conn = connect_keyed(str(part), old, path=part)
        try:
            conn.isolation_level = None
            conn.execute(f"PRAGMA rekey = {quote(new)}")
        finally:
            conn.close()
        check = connect_keyed(str(part), new, path=part)
        try:
            _quick_check(check)
        finally:
            check.close()
        _fsync(part)
        os.replace(part, backup)
    finally:
        remove_part(part)


def encrypt_copy(source: Path, dest: Path, passphrase: str) -> None:
    """An encrypted copy at `dest` of the plain database `source` (a backup, left unchanged),
    checked against it (quick_check, schema revision, row counts). StorageError, with no
    copy left, on failure."""
    remove_part(dest)
    try:
        expected = _export(connect_plain(str(source)), dest, check_passphrase(passphrase))
        copy = connect_keyed(str(dest), passphrase, path=dest)
        try:
            _compare(copy, expected)
        finally:
            copy.close()
        _fsync(dest)
    except (OSError, *database_errors()) as exc:  # type: ignore[misc]
        remove_part(dest)
        raise StorageError(
            _("Could not encrypt a copy of {file}: {exc}.").format(file=source.name, exc=exc)
        ) from exc
    except BaseException:
        remove_part(dest)
        raise


def _back_up(path: Path, passphrase: str | None, backups: Path, keep: int) -> Path:
    db = open_database(path, passphrase=passphrase, backups=backups, keep_backups=keep)
    try:
        return db.back_up()
    finally:
        db.close()


def _convert(
    path: Path,
    connect_source: Callable[[], Any],
    target_key: str,
    connect_copy: Callable[[Path], Any],
) -> None:
    """Export `path` into a copy keyed with `target_key` ('' for a plain file), check it and
    rename it over `path`. StorageError, with `path` unchanged and no copy left, on failure."""
    part = path.with_name(path.name + CONVERTING)
    remove_part(part)  # left by a conversion cut short: never the database itself
    guard = connect_source()
    try:
        _take_alone(guard, path)
        guard.execute("BEGIN IMMEDIATE")  # no writer from here until the copy is in place
        expected = _export(connect_source(), part, target_key)
        copy = connect_copy(part)
        try:
            _compare(copy, expected)
        finally:
            copy.close()
        if part.read_bytes()[:16].startswith(SQLITE_HEADER) == bool(target_key):
            raise StorageError(
                _("The converted copy of {path} is not what was asked for.").format(path=path)
            )
        _fsync(part)
        if os.name == "nt":
            guard.close()  # Windows renames no file that is open (nor would anyone else's)
        os.replace(part, path)
        for suffix in ("-wal", "-shm", "-journal"):  # they belonged to the file replaced
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _fsync(path.parent)
    except (OSError, *database_errors()) as exc:  # type: ignore[misc]
        _give_back(guard, part)
        raise StorageError(
            _("Could not convert {path}: {exc}. Nothing was changed.").format(path=path, exc=exc)
        ) from exc
    except BaseException:
        _give_back(guard, part)
        raise
    finally:
        guard.close()  # its lock was on the file replaced (a second close does nothing)


def _give_back(guard: Any, part: Path) -> None:
    """After a failure: no half-made copy, and the file in WAL mode again as kamdesk keeps it."""
    remove_part(part)
    with contextlib.suppress(*database_errors()):
        if guard.in_transaction:
            guard.execute("ROLLBACK")
        guard.execute("PRAGMA journal_mode = WAL")


def _export(source: Any, part: Path, target_key: str) -> tuple[str | None, dict[str, int]]:
    """Copy the source into `part` in one read transaction (the guard keeps writers off); the
    source's revision and row counts, to compare the copy with. Closes `source`."""
    try:
        source.isolation_level = None
        source.execute("ATTACH DATABASE ? AS kamdesk_converted KEY ?", (str(part), target_key))
        source.execute("BEGIN")
        try:
            expected = revision_of(source), _counts(source)
            source.execute("SELECT sqlcipher_export('kamdesk_converted')")
            source.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(*database_errors()):
                source.execute("ROLLBACK")
            raise
        source.execute("DETACH DATABASE kamdesk_converted")
    finally:
        source.close()
    return expected


def _counts(conn: Any) -> dict[str, int]:
    names = [
        name
        for (name, sql) in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='table' ORDER BY name"
        )
        if not str(sql).upper().startswith("CREATE VIRTUAL")  # its shadow tables are counted
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _compare(copy: Any, expected: tuple[str | None, dict[str, int]]) -> None:
    _quick_check(copy)
    revision, counts = expected
    if revision_of(copy) != revision or _counts(copy) != counts:
        raise StorageError(_("The converted copy does not hold the same records."))


def _quick_check(conn: Any) -> None:
    lines = [str(line) for (line,) in conn.execute("PRAGMA quick_check").fetchall()]
    if lines != ["ok"]:
        raise StorageError(
            _("The converted file failed its check ({problems}).").format(
                problems="; ".join(lines[:3])
            )
        )


def _fsync(path: Path) -> None:
    """Flush `path` (a file, or a folder's entries) to disk; folders cannot be on Windows."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
