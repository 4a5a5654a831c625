"""The client list's first page read with Python's own sqlite3, before SQLAlchemy is loaded
(services.plain_read says when and why).

The query is `list_clients`' and `count_clients`' for the list as it opens: no search, sorted
by name, archived clients left out (a test keeps them equal).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kamdesk.services.clients.client_row import ClientRow, kam_label_sql
from kamdesk.services.plain_read import read_plain

LIVE = "c.deleted_at IS NULL AND c.archived_at IS NULL"
PAGE_QUERY = (
    "SELECT c.id, c.name, c.code, c.city, c.country, c.industry, c.segment, c.status, "
    f"{kam_label_sql('c')}, coalesce(p.name, '') "
    "FROM client AS c LEFT OUTER JOIN price_column AS p "
    f"ON p.id = c.price_column_id WHERE {LIVE} ORDER BY c.name_key ASC, c.id ASC LIMIT ?"
)
COUNT_QUERY = f"SELECT count(*) FROM client AS c WHERE {LIVE}"


@dataclass(frozen=True)
class FirstPage:
    rows: tuple[ClientRow, ...]
    total: int  # live clients not archived, the page's rows among them


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    """The first `limit` clients of the list as it opens and how many there are, or None
    when `path` is not a plain SQLite file at this version's schema that can be read now."""

    def read(conn: sqlite3.Connection) -> FirstPage:
        total = int(conn.execute(COUNT_QUERY).fetchone()[0])
        rows = tuple(ClientRow(*row) for row in conn.execute(PAGE_QUERY, (limit,)))
        return FirstPage(rows, total)

    return read_plain(path, read)
