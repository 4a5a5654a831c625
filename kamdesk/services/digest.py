"""A fingerprint of the user's data that two laptops can compare.

One line per entity: live-record count and a SHA-256 over the canonical content of the live
records, ordered by id, leaving out local bookkeeping (timestamps, revision counters) and
values derived on this machine (sort keys).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import Connection

from kamdesk.models import BOOKKEEPING_COLUMNS, Base

# Derived locally from other columns; not user data.
DERIVED_COLUMNS = frozenset({"name_key"})
# Tables that are not user data at all.
LOCAL_TABLES = frozenset({"alembic_version"})


@dataclass(frozen=True)
class EntityDigest:
    entity: str
    count: int
    sha256: str

    def line(self) -> str:
        return f"{self.entity} {self.count} {self.sha256}"


def _canonical(value: object) -> object:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}
    return value


def digest(conn: Connection) -> list[EntityDigest]:
    """Digest of every user-data table, sorted by entity name."""
    out: list[EntityDigest] = []
    for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
        if table.name in LOCAL_TABLES:
            continue
        skip = BOOKKEEPING_COLUMNS | DERIVED_COLUMNS | {"deleted_at"}
        cols = sorted((c for c in table.columns if c.name not in skip), key=lambda c: c.name)
        sql = (
            f"SELECT {', '.join(c.name for c in cols)} FROM {table.name} "
            "WHERE deleted_at IS NULL ORDER BY id"
        )
        h = hashlib.sha256()
        h.update(json.dumps([c.name for c in cols]).encode())
        count = 0
        # Raw stored values (minor units, decimal text) are already canonical.
        for row in conn.exec_driver_sql(sql):
            h.update(b"\n")
            h.update(
                json.dumps(
                    [_canonical(v) for v in row], ensure_ascii=False, separators=(",", ":")
                ).encode()
            )
            count += 1
        out.append(EntityDigest(table.name, count, h.hexdigest()))
    return out
