"""A fingerprint of the user's data that two laptops can compare.

One line per entity: its live-record count and a SHA-256 over its column names and the sum
(modulo 2**256) of the SHA-256 of each live record's canonical content (kamdesk.db.rowhash),
leaving out what is local to one laptop (when a record was last changed here, its revision
counter, the local tables) and values derived on this machine (sort keys). `created_at` is in:
it travels with the record (it decides which issued document is the latest, which company
profile is live), so two laptops must agree on it too. A sum does not depend on the order of
the records, so it is kept as they change: `digest` reads a few rows (the kept tallies and
the writes not folded into them yet), `recompute` makes the tallies from the records again,
and `kept_problems` (for `kamdesk check`) tells tallies that no longer match the records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection

from kamdesk.db import rowhash
from kamdesk.db.dialect import run
from kamdesk.db.rowhash import DERIVED_COLUMNS as DERIVED_COLUMNS
from kamdesk.db.rowhash import LOCAL_COLUMNS as LOCAL_COLUMNS
from kamdesk.db.rowhash import Tally
from kamdesk.models import Base
from kamdesk.models.digest import DIGEST_TABLES
from kamdesk.models.receivables import CACHE_TABLES
from kamdesk.models.sync import SYNC_TABLES

# Tables that are not user data at all.
LOCAL_TABLES = (
    frozenset({"alembic_version", "replica"}) | SYNC_TABLES | CACHE_TABLES | DIGEST_TABLES
)
RECOMPUTE_HINT = "run `kamdesk digest --recompute --db FILE` to make them from the records"


@dataclass(frozen=True)
class EntityDigest:
    entity: str
    count: int
    sha256: str

    def line(self) -> str:
        return f"{self.entity} {self.count} {self.sha256}"


def digested_tables() -> list[str]:
    """Every user-data table, by name."""
    return sorted(t.name for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES)


def _entry(entity: str, tally: Tally, header: str) -> EntityDigest:
    summed = hashlib.sha256(header.encode())
    summed.update(b"\n")
    summed.update(tally.total.to_bytes(32, "big"))
    return EntityDigest(entity, tally.live, summed.hexdigest())


def digest(conn: Connection) -> list[EntityDigest]:
    """Digest of every user-data table, sorted by entity name (reads only).

    From the kept tallies plus what the writes not folded yet change in them; a table without
    a tally that fits its columns (a schema changed around the bookkeeping) is read whole."""
    kept = rowhash.stored(conn) if rowhash.kept(conn) else {}
    changes = rowhash.pending(conn) if kept else {}
    out: list[EntityDigest] = []
    for table in digested_tables():
        header = rowhash.shape(conn, table).header
        found = kept.get(table)
        if found is None or found[1] != header:
            tally = rowhash.scan(conn, table)
        else:
            tally = found[0] + changes.get(table, Tally())
        out.append(_entry(table, tally, header))
    return out


def from_records(conn: Connection) -> list[EntityDigest]:
    """The digest made from the records alone, every one read (reads only): what the kept
    tallies must give."""
    with rowhash.lean_reads(conn):
        return [
            _entry(table, rowhash.scan(conn, table), rowhash.shape(conn, table).header)
            for table in digested_tables()
        ]


def recompute(conn: Connection) -> None:
    """Make every table's tally from its records, in the caller's write transaction (what
    its unit of work writes after this folds into them as it commits)."""
    with rowhash.lean_reads(conn):
        rowhash.recompute(conn, digested_tables())


def kept_problems(conn: Connection, *, full: bool = False) -> list[str]:
    """Where the kept tallies do not follow the records, as `check` lines: a table whose
    writes are not marked, a tally missing or made for other columns, a live count that
    differs (a write that went around the bookkeeping); with `full`, every record is hashed
    again and the sums compared too."""
    problems: list[str] = []
    tables = digested_tables()
    if not rowhash.kept(conn):
        return [f"digest: this file keeps no digest tallies; {RECOMPUTE_HINT}"]
    marked = set(rowhash.tracked(conn))
    kept = rowhash.stored(conn)
    changes = rowhash.pending(conn)
    with rowhash.lean_reads(conn):
        for table in tables:
            if table not in marked:
                problems.append(f"digest: writes to {table} are not marked (its triggers are gone)")
            found = kept.get(table)
            if found is None or found[1] != rowhash.shape(conn, table).header:
                problems.append(f"digest: {table} has no tally of its columns; {RECOMPUTE_HINT}")
                continue
            tally = found[0] + changes.get(table, Tally())
            if full:
                actual = rowhash.scan(conn, table)
            else:
                live = run(
                    conn, f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
                ).scalar_one()
                actual = Tally(int(live), tally.total)
            if actual != tally:
                problems.append(
                    f"digest: the tally of {table} ({tally.live} live records) does not match "
                    f"its records ({actual.live}): a write went around kamdesk's bookkeeping; "
                    f"{RECOMPUTE_HINT}"
                )
    return problems
