"""A fingerprint of the user's data that two laptops can compare.

One line per entity: live-record count and a SHA-256 over the canonical content of the live
records, ordered by id, leaving out what is local to one laptop (when a record was last
changed here, its revision counter, the local tables) and values derived on this machine (sort
keys). `created_at` is in: it travels with the record (it decides which issued document is
the latest, which company profile is live), so two laptops must agree on it too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import Connection, LargeBinary

from kamdesk.db import raw_rows
from kamdesk.models import Base
from kamdesk.models.receivables import CACHE_TABLES
from kamdesk.models.sync import SYNC_TABLES

# Derived locally from other columns; not user data.
DERIVED_COLUMNS = frozenset({"name_key"})
# Bookkeeping of this laptop's own edits: differs between laptops holding the same data.
LOCAL_COLUMNS = frozenset({"updated_at", "revision"})
# Tables that are not user data at all.
LOCAL_TABLES = frozenset({"alembic_version", "replica"}) | SYNC_TABLES | CACHE_TABLES


@dataclass(frozen=True)
class EntityDigest:
    entity: str
    count: int
    sha256: str

    def line(self) -> str:
        return f"{self.entity} {self.count} {self.sha256}"


def digest(conn: Connection) -> list[EntityDigest]:
    """Digest of every user-data table, sorted by entity name.

    SQLite renders each row as a JSON array (binary columns as hex), so the canonical text is
    made in C and Python only hashes it: about a million rows a second.
    """
    out: list[EntityDigest] = []
    skip = LOCAL_COLUMNS | DERIVED_COLUMNS | {"deleted_at"}
    for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
        if table.name in LOCAL_TABLES:
            continue
        cols = sorted((c for c in table.columns if c.name not in skip), key=lambda c: c.name)
        values = ", ".join(
            f"hex({c.name})" if isinstance(c.type, LargeBinary) else c.name for c in cols
        )
        sql = f"SELECT json_array({values}) FROM {table.name} WHERE deleted_at IS NULL ORDER BY id"
        h = hashlib.sha256()
        h.update(json.dumps([c.name for c in cols]).encode())
        count = 0
        for (row,) in raw_rows(conn, sql):
            h.update(b"\n")
            h.update(row.encode())
            count += 1
        out.append(EntityDigest(table.name, count, h.hexdigest()))
    return out
