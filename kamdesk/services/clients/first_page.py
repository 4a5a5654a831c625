"""The client list's first page read with Python's own sqlite3, before SQLAlchemy is loaded.

At start-up the main window paints first, and SQLAlchemy with the models takes longer to import
than the window takes to paint. The Clients list shows its first rows from this read at once;
the database then opens as usual (migrated after a backup when it must be, an encrypted file's
passphrase asked for, a damaged file's backup offered) and the list reads the same page again
through `client_list`.

So this reads only where it changes nothing and needs nothing of that opening: a plain SQLite
file (an encrypted one is noise without its passphrase) already at this version's schema, read
without writing. Anything else (a file to migrate, a newer one, an encrypted one, one that is
locked, damaged or not a database) gives None, and the usual opening says what it must.

The query is `list_clients`' and `count_clients`' for the list as it opens: no search, sorted
by name, archived clients left out (a test keeps them equal).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kamdesk.migrations import HEAD
from kamdesk.services.clients.client_row import ClientRow

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
LIVE = "c.deleted_at IS NULL AND c.archived_at IS NULL"
PAGE_QUERY = (
    "SELECT c.id, c.name, c.code, c.city, c.country, c.industry, c.segment, c.status, c.kam, "
    "coalesce(p.name, '') FROM client AS c LEFT OUTER JOIN price_column AS p "
    f"ON p.id = c.price_column_id WHERE {LIVE} ORDER BY c.name_key ASC, c.id ASC LIMIT ?"
)
COUNT_QUERY = f"SELECT count(*) FROM client AS c WHERE {LIVE}"


@dataclass(frozen=True)
class FirstPage:
    rows: tuple[ClientRow, ...]
    total: int  # live clients not archived, the page's rows among them


def _uri(path: Path) -> str:
    """Read-only in effect (query_only). A file without a -wal or -shm beside it (closed
    cleanly) is opened read-write, so that SQLite removes the two files it makes when this
    connection closes; otherwise `mode=ro` reads what another connection's -wal holds."""
    target = "file:" + quote(str(path.absolute()))
    if not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        return f"{target}?mode=rw"
    return f"{target}?mode=ro"


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    """The first `limit` clients of the list as it opens and how many there are, or None
    when `path` is not a plain SQLite file at this version's schema that can be read now."""
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
        total = int(conn.execute(COUNT_QUERY).fetchone()[0])
        rows = tuple(ClientRow(*row) for row in conn.execute(PAGE_QUERY, (limit,)))
    except sqlite3.Error as exc:  # locked, damaged: the usual opening tells the user
        log.info("the first page was not read before opening: %s", type(exc).__name__)
        return None
    finally:
        conn.close()
    return FirstPage(rows, total)
