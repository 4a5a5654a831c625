"""A database file taken alone: no other connection, in this process or another, has it open.

Replacing the file (a restore, an encryption conversion) while another kamdesk window or a CLI
import has it open would send that program's later saves into the file moved aside, reported
as saved. So the replacement first takes the file alone, or refuses with IN_USE, nothing
changed; a restore then holds it (an exclusive lock) until the new file is in its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kamdesk.db.cipher import connect_keyed, database_errors, key_for
from kamdesk.errors import StorageError

IN_USE = (
    "{path} is open in another kamdesk window or program: close it there and try again. "
    "Nothing was changed."
)
WAIT_MS = 1000  # a reader finishing its read lets go within this; an open window never does

# SQLite's lock bytes on a database file (its unix VFS): a connection in WAL mode keeps a read
# lock on the shared range for as long as it is open
_PENDING_BYTE = 0x40000000
_SHARED_FIRST = _PENDING_BYTE + 2
_SHARED_SIZE = 510


def take_alone(conn: Any, path: Path) -> None:
    """StorageError unless `conn` is the only connection to `path`: leaving WAL mode for a
    rollback journal needs every other one closed (it also folds the -wal into the file)."""
    conn.isolation_level = None
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except database_errors() as exc:
        if _busy(exc):
            raise StorageError(IN_USE.format(path=path)) from exc
        raise
    if str(mode).lower() != "delete":
        raise StorageError(IN_USE.format(path=path))


@contextlib.contextmanager
def held_alone(path: Path, passphrase: str | None = None) -> Iterator[None]:
    """Around replacing the file at `path`: StorageError(IN_USE), before the body runs, when
    another connection has it open; otherwise nobody can read or write it until the body is
    done (an exclusive lock on the file, held through its renames; on Windows, which renames
    no open file, it is let go first). The body failing leaves it in WAL mode again.

    A file SQLite cannot read (damaged, or encrypted with no passphrase held) is checked by
    its lock bytes instead: a kamdesk that has it open holds them."""
    if not path.is_file():
        yield
        return
    try:
        guard = _connect(path, passphrase)
    except (StorageError, *database_errors()):  # type: ignore[misc]
        _refuse_if_locked(path)
        yield
        return
    try:
        take_alone(guard, path)
        guard.execute("BEGIN EXCLUSIVE")  # nobody reads or writes it from here
    except StorageError:
        guard.close()
        raise
    except database_errors() as exc:
        if _busy(exc):  # another reader came between the two: still in use
            _back_to_wal(guard)
            guard.close()
            raise StorageError(IN_USE.format(path=path)) from exc
        guard.close()  # damaged past what SQLite reads
        _refuse_if_locked(path)
        yield
        return
    if os.name == "nt":
        guard.close()
    try:
        yield
    except BaseException:
        _back_to_wal(guard)
        raise
    finally:
        guard.close()  # its lock was on the file replaced, now aside (a second close: nothing)


def _busy(exc: BaseException) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _connect(path: Path, passphrase: str | None) -> Any:
    key = key_for(path, passphrase)  # PassphraseNeeded: an encrypted file, none held
    if key is None:
        return sqlite3.connect(path, timeout=WAIT_MS / 1000, check_same_thread=False)
    conn = connect_keyed(str(path), key, path=path)
    conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
    return conn


def _back_to_wal(guard: Any) -> None:
    with contextlib.suppress(*database_errors()):
        if guard.in_transaction:
            guard.execute("ROLLBACK")
        guard.execute("PRAGMA journal_mode = WAL")


def _refuse_if_locked(path: Path) -> None:
    """StorageError(IN_USE) when another process holds SQLite's shared lock on `path` (POSIX
    only; a Windows rename of a file open elsewhere fails by itself). Closing the probe drops
    this process's locks on the file: called only when no connection of ours has it open."""
    try:
        import fcntl
    except ImportError:
        return
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
    except OSError as exc:
        raise StorageError(IN_USE.format(path=path)) from exc
    finally:
        os.close(fd)
