"""A database file taken alone before it is replaced: nobody else has it open.

Replacing the file (a restore, an encryption conversion) while another kamdesk window or a CLI
import has it open would send that program's later saves into the file moved aside, reported
as saved. So the replacement first takes the file alone, or refuses with IN_USE, nothing
changed: the conversion through SQLite (take_alone: no other connection at all), a restore by
SQLite's lock bytes, held until the new file is in its place (held_alone: no other process;
this one's connections are closed by the restore itself, or left over in a disposed pool).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kamdesk.db.cipher import database_errors
from kamdesk.errors import StorageError
from kamdesk.messages import N_, _

# marked here, said with _(IN_USE) where raised (the language is chosen after import)
IN_USE = N_(
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
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(_(IN_USE).format(path=path)) from exc
        raise
    if str(mode).lower() != "delete":
        raise StorageError(_(IN_USE).format(path=path))


@contextlib.contextmanager
def held_alone(path: Path) -> Iterator[None]:
    """Around replacing the file at `path` (POSIX): StorageError(IN_USE), before the body runs,
    when another process has it open; otherwise no other process reads or writes it until the
    body is done (a write lock on SQLite's shared lock bytes, held through the renames: they
    wait, then find the file moved).

    Another process in WAL mode (as kamdesk keeps every file) holds those bytes for as long as
    it has the file open, whatever it holds (plain, encrypted, damaged). This process's own
    connections are not counted (POSIX locks never conflict within a process): the caller has
    closed its own, and the probe's close drops any lock one left over would still hold.
    Windows has no such locks: there renaming a file open anywhere fails by itself."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        yield  # nothing to take: the body puts a file there
        return
    try:
        _lock(fcntl, fd, path)
        yield
    finally:
        os.close(fd)


def _lock(fcntl: Any, fd: int, path: Path) -> None:
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
            return
        except OSError as exc:
            if time.monotonic() >= deadline:  # a reader would have finished by now
                raise StorageError(_(IN_USE).format(path=path)) from exc
            time.sleep(0.05)
