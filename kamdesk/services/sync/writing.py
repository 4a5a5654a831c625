"""Writing merged records into their tables: rows as their states say, twins, revivals.

- A row shows its state's winning values; it is a tombstone when its state is deleted.
- Twins: two live records with one unique key (the same SKU made on two laptops, two prices of
  one client and product) cannot both be live rows. The one with the smaller id stays in sight,
  the other is held back (`sync_held`, reason "twin") and a conflict lists both: the same
  choice on every laptop whatever arrived first.
- Revival: a live record whose parent is deleted brings the parent back into sight (reason
  "revived"), with a conflict; the parent's tombstone still travels until someone decides.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Index, Table
from sqlalchemy.orm import Session

from kamdesk.domain.merge import RecordState, Value
from kamdesk.domain.text import sort_key
from kamdesk.models.base import UTCDateTime, utcnow
from kamdesk.services.check import PARENTS
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.tables import Entity, children_of, entities, parents_of
from kamdesk.sync.bundle import BundleError

_TIME = UTCDateTime()


def now_text() -> str:
    return str(_TIME.process_bind_param(utcnow(), None))  # type: ignore[arg-type]


def _deleted_at(state: RecordState) -> str:
    """The moment of the last delete, from its stamp: the same text on every laptop."""
    from datetime import UTC, datetime

    last = max(state.tombstones, key=lambda t: t.stamp)
    moment = datetime.fromtimestamp(max(0, last.stamp.wall_ms) / 1000, UTC)
    return str(_TIME.process_bind_param(moment, None))  # type: ignore[arg-type]


# values a row keeps that are made here from other fields
DERIVED: dict[str, dict[str, Any]] = {
    "client": {"name_key": lambda v: sort_key(v.get("name") or "")}
}


def write_row(
    session: Session,
    entity: Entity,
    state: RecordState,
    blobs: Mapping[str, bytes],
    *,
    live: bool | None = None,
) -> None:
    """Insert or update the row of `state`; `live` overrides the state's own view."""
    now = now_text()
    values = row_values(entity, state, blobs, live=live, now=now)
    params = (state.record_id, *values.values(), now, 1)
    session.connection().exec_driver_sql(_upsert(entity.name, tuple(values)), params)


def row_values(
    entity: Entity,
    state: RecordState,
    blobs: Mapping[str, bytes],
    *,
    live: bool | None,
    now: str = "",
) -> dict[str, Any]:
    """The columns a row of `state` is written with (without id, updated_at and revision)."""
    values: dict[str, Any] = {}
    for name, value in state.values().items():
        if name not in entity.fields:
            continue
        values[name] = _blob(blobs, value) if name in entity.blobs and value is not None else value
    for name, derive in DERIVED.get(entity.name, {}).items():
        values[name] = derive(values)
    is_live = (not state.deleted) if live is None else live
    # a twin held back has no delete of its own: it is out of sight from now, as in settle_twins
    values["deleted_at"] = (
        None if is_live else _deleted_at(state) if state.tombstones else now or now_text()
    )
    return values


@functools.cache
def _upsert(table: str, names: tuple[str, ...]) -> str:
    """Insert a row (id, *names, updated_at, revision), or update the one with its id."""
    columns = ["id", *names, "updated_at", "revision"]
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in names)
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at, "
        f"revision = {table}.revision + 1"
    )


class RowWriter:
    """Writes merged records as write_row and settle_twins do, in order, but a batch at a time
    (executemany) for tables without unique keys. A table with unique keys is written record by
    record: a twin check must see the rows written before it."""

    def __init__(self, session: Session, entity: Entity, blobs: Mapping[str, bytes]) -> None:
        self.session = session
        self.entity = entity
        self.blobs = blobs
        self.batched = not unique_keys(entity.name)
        self.now = now_text()
        self.names: tuple[str, ...] = ()
        self.rows: list[tuple[Any, ...]] = []
        self.unheld: list[tuple[str, str]] = []

    def write(self, state: RecordState) -> None:
        """A deleted record: its tombstone row."""
        if not self.batched:
            write_row(self.session, self.entity, state, self.blobs)
            return
        values = row_values(self.entity, state, self.blobs, live=None, now=self.now)
        names = tuple(values)
        if names != self.names:
            self.flush()  # another set of columns: the rows before it go first
            self.names = names
        self.rows.append((state.record_id, *values.values(), self.now, 1))

    def write_live(self, state: RecordState) -> None:
        """A live record: in sight, or held back when it has a twin (settle_twins)."""
        if not self.batched:
            settle_twins(self.session, self.entity, state, self.blobs)
            return
        self.write(state)
        self.unheld.append((self.entity.name, state.record_id))

    def flush(self) -> None:
        conn = self.session.connection()
        if self.rows:
            conn.exec_driver_sql(_upsert(self.entity.name, self.names), self.rows)
            self.rows = []
        if self.unheld:
            conn.exec_driver_sql(
                "DELETE FROM sync_held WHERE entity = ? AND record_id = ?", self.unheld
            )
            self.unheld = []


def _blob(blobs: Mapping[str, bytes], ref: Value) -> bytes:
    data = blobs.get(str(ref))
    if data is None:
        raise BundleError("The sync file refers to a file (a logo or a PDF) it does not hold.")
    return data


@functools.cache
def unique_keys(table_name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The live-unique keys of a table: (columns, extra condition)."""
    table: Table = entities()[table_name].table
    out = []
    for index in table.indexes:
        if isinstance(index, Index) and index.unique:
            where = index.dialect_options["sqlite"].get("where")
            text = str(where) if where is not None else ""
            out.append((tuple(c.name for c in index.columns), text))
    return tuple(out)


def twin_of(session: Session, entity: Entity, state: RecordState) -> str | None:
    """The id of another live row with one of this record's unique keys, if any."""
    values = state.values()
    conn = session.connection()
    for columns, where in unique_keys(entity.name):
        if any(values.get(c) is None for c in columns):
            continue
        cond = " AND ".join(f"{c} = ?" for c in columns)
        live = where or "deleted_at IS NULL"
        sql = f"SELECT id FROM {entity.name} WHERE {live} AND {cond} AND id <> ?"
        row = conn.exec_driver_sql(sql, (*(values[c] for c in columns), state.record_id)).first()
        if row is not None:
            return str(row[0])
    return None


def settle_twins(
    session: Session, entity: Entity, state: RecordState, blobs: Mapping[str, bytes]
) -> bool:
    """Write a live record that has a twin: the smaller id in sight, the other held back.
    Returns whether the record itself is in sight."""
    twin = twin_of(session, entity, state)
    if twin is None:
        write_row(session, entity, state, blobs)
        _unhold(session, entity.name, state.record_id)
        return True
    conn = session.connection()
    mine_first = state.record_id < twin
    hidden = twin if mine_first else state.record_id
    if mine_first:
        conn.exec_driver_sql(
            f"UPDATE {entity.name} SET deleted_at = ? WHERE id = ?", (now_text(), twin)
        )
        write_row(session, entity, state, blobs)
        _unhold(session, entity.name, state.record_id)
    else:
        write_row(session, entity, state, blobs, live=False)
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_held(entity, record_id, reason) VALUES (?, ?, 'twin')",
        (entity.name, hidden),
    )
    kept, other = sorted((state.record_id, twin))
    cid = hashlib.sha256(f"twin\x1f{entity.name}\x1f{kept}\x1f{other}".encode()).hexdigest()
    conflicts.open_rows(
        session,
        [
            (
                cid,
                "twin",
                entity.name,
                kept,
                "",
                _json({"value": kept}),
                _json({"value": other}),
                False,
            )
        ],
    )
    return mine_first


def _unhold(session: Session, entity: str, record_id: str) -> None:
    session.connection().exec_driver_sql(
        "DELETE FROM sync_held WHERE entity = ? AND record_id = ?", (entity, record_id)
    )


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data)


class Revivals:
    """The live records merged by an import that link to parents, noted as they are written
    (in a temporary table: a full import merges millions), so that revive_parents runs at the
    end for each of them, in order. Only a record whose parent is deleted then is looked at
    again: for any other, revive_parents would do nothing."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.conn.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS sync_revive(id INTEGER PRIMARY KEY, entity TEXT, "
            "record_id TEXT, link TEXT, parent TEXT, parent_id TEXT)"
        )
        self.conn.exec_driver_sql("DELETE FROM temp.sync_revive")
        self.count = 0

    def note(self, states: Sequence[RecordState]) -> None:
        rows = []
        for state in states:
            self.count += 1
            for i, (link, parent) in enumerate(parents_of(state.entity)):
                if link in state.fields and (parent_id := state.value(link)) is not None:
                    row = (self.count * 8 + i, state.entity, state.record_id, link, parent)
                    rows.append((*row, str(parent_id)))
        if rows:
            self.conn.exec_driver_sql(
                "INSERT INTO temp.sync_revive VALUES (?, ?, ?, ?, ?, ?)", rows
            )

    def revive(self, session: Session) -> None:
        found: set[int] = set()
        for parent in sorted({p for _, _, p in PARENTS}):
            rows = self.conn.exec_driver_sql(
                f"SELECT r.id FROM temp.sync_revive r JOIN {parent} p ON p.id = r.parent_id "
                "WHERE r.parent = ? AND p.deleted_at IS NOT NULL",
                (parent,),
            )
            found.update(int(r[0]) // 8 for r in rows)
        for order in sorted(found):
            links = self.conn.exec_driver_sql(
                "SELECT entity, record_id, link, parent, parent_id FROM temp.sync_revive "
                "WHERE id BETWEEN ? AND ? ORDER BY id",
                (order * 8, order * 8 + 7),
            ).all()
            entity, record_id = str(links[0][0]), str(links[0][1])
            revive_links(session, entity, record_id, [(str(p), i) for _, _, _, p, i in links])
        self.conn.exec_driver_sql("DELETE FROM temp.sync_revive")


def revive_parents(session: Session, entity: str, state: RecordState) -> list[tuple[str, str]]:
    """Bring back the deleted parents of a live record; returns the (entity, id) revived."""
    links = [
        (parent, state.value(link) if link in state.fields else None)
        for link, parent in parents_of(entity)
    ]
    return revive_links(session, entity, state.record_id, links)


def revive_links(
    session: Session, entity: str, record_id: str, links: Sequence[tuple[str, Value]]
) -> list[tuple[str, str]]:
    """revive_parents of the record `record_id` whose parents are `links` (entity, id)."""
    conn = session.connection()
    revived = []
    for parent, parent_id in links:
        if parent_id is None:
            continue
        row = conn.exec_driver_sql(
            f"SELECT deleted_at FROM {parent} WHERE id = ?", (parent_id,)
        ).first()
        if row is None or row[0] is None:
            continue
        if conn.exec_driver_sql(
            "SELECT 1 FROM sync_held WHERE entity = ? AND record_id = ? AND reason = 'twin'",
            (parent, parent_id),
        ).first():
            continue  # a twin held back: the child stays with it
        conn.exec_driver_sql(f"UPDATE {parent} SET deleted_at = NULL WHERE id = ?", (parent_id,))
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_held(entity, record_id, reason) VALUES (?, ?, 'revived')",
            (parent, parent_id),
        )
        cid = hashlib.sha256(
            f"revived\x1f{parent}\x1f{parent_id}\x1f{entity}\x1f{record_id}".encode()
        ).hexdigest()
        conflicts.open_rows(
            session,
            [(cid, "revived_by_child", parent, str(parent_id), "",
              _json({"kept": True, "value": f"{entity} {record_id}"}),
              _json({"deleted": True}), False)],
        )  # fmt: skip
        revived.append((parent, str(parent_id)))
    return revived


def has_live_children(session: Session, entity: str, record_id: str) -> bool:
    conn = session.connection()
    for child, link in children_of(entity):
        if conn.exec_driver_sql(
            f"SELECT 1 FROM {child} WHERE {link} = ? AND deleted_at IS NULL LIMIT 1", (record_id,)
        ).first():
            return True
    return False
