"""Reading a database file with Python's own sqlite3, before SQLAlchemy is loaded.

At start-up the main window paints first, and SQLAlchemy with the models takes longer to import
than the window takes to paint. The section shown first shows its first rows from a plain read
(services.clients.first_page, services.schedule.first_day); the database then opens as usual
(migrated after a backup when it must be, an encrypted file's passphrase asked for, a damaged
file's backup offered) and the section reads the same rows again through its service.

So this reads only where it changes nothing and needs nothing of that opening: a plain SQLite
file (an encrypted one is noise without its passphrase) already at this version's schema, read
without writing. Anything else (a file to migrate, a newer one, an encrypted one, one that is
locked, damaged or not a database) gives None, and the usual opening says what it must.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from kamdesk.migrations import HEAD

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


def _uri(path: Path) -> str:
    """Read-only in effect (query_only). A file without a -wal or -shm beside it (closed
    cleanly) is opened read-write, so that SQLite removes the two files it makes when this
    connection closes; otherwise `mode=ro` reads what another connection's -wal holds."""
    target = "file:" + quote(str(path.absolute()))
    if not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        return f"{target}?mode=rw"
    return f"{target}?mode=ro"


def read_plain(path: Path, read: Callable[[sqlite3.Connection], T]) -> T | None:
    """`read(connection)` on `path` when it is a plain SQLite file at this version's schema that
    can be read now, else None (the usual opening then says what it must)."""
    if Path(f"{path}-journal").exists():
        return None  # a write cut short: the usual opening rolls it back first
    try:
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None  # encrypted, empty or not a database: the usual opening says so
        conn = sqlite3.connect(_uri(path), uri=True, timeout=0.1)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only=ON")
        if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
            return None  # to be migrated (after a backup), or newer than this version
        return read(conn)
    except sqlite3.Error as exc:  # locked, damaged: the usual opening tells the user
        log.info("nothing read before opening: %s", type(exc).__name__)
        return None
    finally:
        conn.close()
