"""Row hashes for `digest`, kept as rows change: SQLite's side of kamdesk.services.digest.

A row's *canonical text* is SQLite's json_array over its table's columns sorted by name,
leaving out what is local to one laptop (when the row last changed here, its revision counter),
what is derived here (sort keys) and the tombstone (only live rows count); blobs as hex. Its
hash is the SHA-256 of that text read as a 256-bit integer. A table's tally is the count of
its live rows and the sum of their hashes modulo 2**256: no row order changes it, so a write
changes it by the hash of the row it removed and of the row it put in its place.

Triggers on every digested table note each row written in `digest_dirty`, with its canonical
text before its first write (NULL when it was not live: new, or a tombstone). `fold` adds what
the marks say to the tallies in `digest_sum` and clears them: every unit of work folds before
it commits, in its transaction (kamdesk.db.Database.unit_of_work); `pending` says the same
without writing, for a read-only `digest`. A write from anywhere leaves marks, ORM flushes, Core
and hand-written SQL, migrations, the sync import (which sets aside sync's triggers, not these)
and other programs alike; only a path that sets these triggers aside (`triggers_off`: the demo
builder through kamdesk.db.baseline_load) bypasses them, and it recomputes the tallies when
done. `kamdesk check` tells a tally that no longer matches the data.

The old text is rendered by the same SQL expression over OLD as the live row's over the table,
so both give the same bytes for the same values, whatever their type. On PostgreSQL (issue 15)
the design stays: triggers mark, Python folds; only the rendering of a row is dialect SQL.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

SUMS = "digest_sum"
MARKS = "digest_dirty"
MOD = 1 << 256
# Bookkeeping of this laptop's own edits: differs between laptops holding the same data.
LOCAL_COLUMNS = frozenset({"updated_at", "revision"})
# Derived locally from other columns; not user data.
DERIVED_COLUMNS = frozenset({"name_key"})
LEFT_OUT = LOCAL_COLUMNS | DERIVED_COLUMNS | {"deleted_at"}
BATCH = 5000


@dataclass(frozen=True)
class Shape:
    """What a table's canonical text is made of."""

    table: str
    columns: tuple[str, ...]  # sorted by name
    blobs: frozenset[str]

    @property
    def header(self) -> str:
        """The column names, as the digest line hashes them."""
        return json.dumps(list(self.columns))

    def text(self, row: str) -> str:
        """SQL for the canonical text of `row` (a table alias, OLD or NEW)."""
        values = ", ".join(
            f"hex({row}.{c})" if c in self.blobs else f"{row}.{c}" for c in self.columns
        )
        return f"json_array({values})"

    def live_texts(self) -> str:
        """SQL for the canonical text (as bytes) of every live row."""
        return (
            f"SELECT CAST({self.text('x')} AS BLOB) FROM {self.table} x WHERE x.deleted_at IS NULL"
        )


def shape(conn: Connection, table: str) -> Shape:
    info = conn.exec_driver_sql(f"PRAGMA table_info({table})").all()
    columns = tuple(sorted(str(r[1]) for r in info if r[1] not in LEFT_OUT))
    blobs = frozenset(str(r[1]) for r in info if str(r[2]).upper() == "BLOB")
    return Shape(table, columns, blobs)


@dataclass(frozen=True)
class Tally:
    """A table's live rows and the sum of their hashes (modulo 2**256); as a change, what a
    write added (a negative count when it removed more than it added)."""

    live: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.live + other.live, (self.total + other.total) % MOD)


def row_hash(text: bytes) -> int:
    return int.from_bytes(hashlib.sha256(text).digest(), "big")


def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


def _stream(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Iterator[list[Any]]:
    cursor = _driver(conn).execute(sql, params)
    try:
        while batch := cursor.fetchmany(BATCH):
            yield batch
    finally:
        cursor.close()


def scan(conn: Connection, table: str) -> Tally:
    """The tally of `table` read from its rows (in any order: the sum does not depend on it)."""
    sha, as_int = hashlib.sha256, int.from_bytes
    live = total = 0
    for batch in _stream(conn, shape(conn, table).live_texts()):
        live += len(batch)
        total += sum([as_int(sha(text).digest(), "big") for (text,) in batch])
    return Tally(live, total % MOD)


@contextlib.contextmanager
def lean_reads(conn: Connection) -> Iterator[None]:
    """A whole-file pass read with a small page cache and no memory map: a sequential scan
    gains nothing from them, and a memory-mapped file counts in the process's memory."""
    raw = _driver(conn)
    mmap = raw.execute("PRAGMA mmap_size").fetchone()
    cache = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute("PRAGMA mmap_size=0")
    raw.execute("PRAGMA cache_size=-8192")
    try:
        yield
    finally:
        if mmap is not None:
            raw.execute(f"PRAGMA mmap_size={int(mmap[0])}")
        if cache is not None:
            raw.execute(f"PRAGMA cache_size={int(cache[0])}")


def kept(conn: Connection) -> bool:
    """Whether this file keeps tallies (a file migrated to 0011 or later). The team server
    keeps none (docs/team-server.md 2.7): folding, tracking and recomputing are no-ops there."""
    if conn.dialect.name != "sqlite":
        return False
    return bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MARKS,)
        ).first()
    )


def tracked(conn: Connection) -> list[str]:
    """The tables whose writes are marked, by name."""
    return [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'digest_' || tbl_name || '_ad' ORDER BY tbl_name"
        )
    ]


def stored(conn: Connection) -> dict[str, tuple[Tally, str]]:
    """The tallies as kept (marks not folded yet aside), with the header each was made for."""
    return {
        str(entity): (Tally(int(live), int(total, 16)), str(header))
        for entity, live, total, header in conn.exec_driver_sql(
            f"SELECT entity, live, total, columns FROM {SUMS}"
        )
    }


def pending(conn: Connection) -> dict[str, Tally]:
    """What the marks not folded yet change in each table's tally (read only)."""
    out: dict[str, Tally] = {}
    entities = [str(e) for (e,) in conn.exec_driver_sql(f"SELECT DISTINCT entity FROM {MARKS}")]
    for entity in entities:
        now = shape(conn, entity)
        sql = (
            f"SELECT CAST(d.old AS BLOB), (SELECT CAST({now.text('x')} AS BLOB) FROM {entity} x "
            f"WHERE x.id = d.record_id AND x.deleted_at IS NULL) FROM {MARKS} d WHERE d.entity = ?"
        )
        live = total = 0
        for batch in _stream(conn, sql, (entity,)):
            for old, new in batch:
                if old == new:
                    continue  # written back as it was
                if old is not None:
                    live -= 1
                    total -= row_hash(old)
                if new is not None:
                    live += 1
                    total += row_hash(new)
        out[entity] = Tally(live, total % MOD)
    return out


def fold(conn: Connection) -> None:
    """Add the marks to the tallies and clear them (in the caller's write transaction)."""
    if not kept(conn) or not conn.exec_driver_sql(f"SELECT 1 FROM {MARKS} LIMIT 1").first():
        return
    changes = pending(conn)
    tallies = stored(conn)
    for entity, change in changes.items():
        if entity in tallies:
            tally, header = tallies[entity]
            _write(conn, entity, tally + change, header)
        else:  # no tally to change (a table tracked by hand): one from its rows
            recompute(conn, [entity])
    conn.exec_driver_sql(f"DELETE FROM {MARKS}")


def recompute(conn: Connection, tables: Iterable[str]) -> dict[str, Tally]:
    """Make the tallies of `tables` from their rows (their marks are then moot)."""
    out: dict[str, Tally] = {}
    for table in tables:
        tally = scan(conn, table)
        _write(conn, table, tally, shape(conn, table).header)
        conn.exec_driver_sql(f"DELETE FROM {MARKS} WHERE entity = ?", (table,))
        out[table] = tally
    return out


def _write(conn: Connection, entity: str, tally: Tally, header: str) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO {SUMS} (entity, live, total, columns) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity) DO UPDATE SET live = excluded.live, total = excluded.total, "
        "columns = excluded.columns",
        (entity, tally.live, f"{tally.total:064x}", header),
    )


def create_triggers(conn: Connection, table: str) -> None:
    """The triggers that mark every write to `table` (again after its columns changed)."""
    drop_triggers(conn, table)
    now = shape(conn, table)

    def mark(key: str, image: str, when: str = "") -> str:
        # the first write since the last fold keeps its image (see kamdesk.db.triggers)
        return (
            f"INSERT INTO {MARKS}(entity, record_id, old) SELECT '{table}', {key}, {image} "
            f"WHERE {when}NOT EXISTS (SELECT 1 FROM {MARKS} "
            f"WHERE entity = '{table}' AND record_id = {key});"
        )

    # BEFORE INSERT: an INSERT OR REPLACE removes the row it replaces without a delete
    # trigger; the row live under this id before the insert is its old image
    before = f"(SELECT {now.text('x')} FROM {table} x WHERE x.id = NEW.id AND x.deleted_at IS NULL)"
    old = f"CASE WHEN OLD.deleted_at IS NULL THEN {now.text('OLD')} END"
    watched = ", ".join(("id", "deleted_at", *now.columns))
    execute = conn.exec_driver_sql
    execute(
        f"CREATE TRIGGER digest_{table}_bi BEFORE INSERT ON {table} BEGIN "
        f"{mark('NEW.id', before)} END"
    )
    execute(
        f"CREATE TRIGGER digest_{table}_au AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"{mark('OLD.id', old)} {mark('NEW.id', 'NULL', 'NEW.id <> OLD.id AND ')} END"
    )
    execute(
        f"CREATE TRIGGER digest_{table}_ad AFTER DELETE ON {table} BEGIN {mark('OLD.id', old)} END"
    )


def drop_triggers(conn: Connection, table: str) -> None:
    for suffix in ("bi", "au", "ad"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS digest_{table}_{suffix}")


def track(conn: Connection, table: str) -> None:
    """Mark `table`'s writes from now on and make its tally from its rows (a migration that
    adds a table or changes one's columns calls this through kamdesk.db.track_table); nothing
    in a file that does not keep tallies yet."""
    if kept(conn):
        create_triggers(conn, table)
        recompute(conn, [table])


@contextlib.contextmanager
def triggers_off(conn: Connection) -> Iterator[list[str]]:
    """Set the marking triggers aside for a bulk load, and put them back as they were, in the
    same transaction; yields the tables they mark. The caller recomputes their tallies.
    None on the team server (it keeps no tallies)."""
    if conn.dialect.name != "sqlite":
        yield []
        return
    saved = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'digest\\_%' ESCAPE '\\'"
    ).all()
    tables = tracked(conn)
    for name, _sql in saved:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield tables
    finally:
        for _name, sql in saved:
            conn.exec_driver_sql(sql)
