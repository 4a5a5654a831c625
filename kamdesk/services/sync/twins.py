"""Twins: live records with one unique key, made on two laptops (a SKU, a client's price).

They cannot both be live rows (the unique indexes say so), and a plain union would hide that
they are one thing in fact. Of a group of twins the smallest id stays in sight; the others are
held back (`sync_held`, reason "twin"), each listed as a conflict with the one in sight. The
choice depends only on the group, so every laptop makes the same whatever arrived first, and
the conflicts have the same ids. When one of the group is deleted (the user's decision) or its
key changes, the group is settled again.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Index, text
from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids, upsert_many
from kamdesk.domain.merge import MergeRules, RecordState
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.store import now_text
from kamdesk.services.sync.tables import Entity, entities, rules_for
from kamdesk.services.sync.writing import row_values, unhold, upsert_sql, write_row

HELD_SQL = "SELECT record_id FROM sync_held WHERE entity = :held AND reason = 'twin'"
HELD = text(HELD_SQL)
HOLD = text(
    "INSERT INTO sync_held(entity, record_id, reason) VALUES (:e, :r, 'twin') "
    "ON CONFLICT (entity, record_id) DO UPDATE SET reason = excluded.reason"
)


@functools.cache
def unique_keys(table_name: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The live-unique keys of a table: (columns, the index's condition)."""
    out = []
    for index in entities()[table_name].table.indexes:
        if isinstance(index, Index) and index.unique:
            where = index.dialect_options["sqlite"].get("where")
            out.append((tuple(c.name for c in index.columns), "" if where is None else str(where)))
    return tuple(out)


def group_of(session: Session, entity: Entity, state: RecordState) -> set[str]:
    """The other records that share a unique key with `state` and are live in their states
    (in sight, or held back as twins)."""
    values = rules_for(session).values(state)
    conn = session.connection()
    found: set[str] = set()
    alive = f"(deleted_at IS NULL OR id IN ({HELD_SQL}))"
    for columns, where in unique_keys(entity.name):
        if any(values.get(c) is None for c in columns):
            continue
        if not _within(where, values):
            continue  # the index does not hold this record (a client's plan, not the company's)
        condition = (where or "deleted_at IS NULL").replace("deleted_at IS NULL", alive)
        same = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(columns))
        sql = f"SELECT id FROM {entity.name} WHERE {condition} AND {same} AND id <> :me"
        params: dict[str, Any] = {
            f"k{i}": _bound(entity, c, values[c]) for i, c in enumerate(columns)
        }
        params.update(held=entity.name, me=state.record_id)
        found.update(str(r[0]) for r in conn.execute(text(sql), params))
    return found


def _within(where: str, values: Mapping[str, Any]) -> bool:
    """Whether a record with `values` falls under a partial index's condition: the key is
    unique only among the rows it holds ("deleted_at IS NULL AND client_id IS NULL"). The
    conditions `unique_live` is given are columns IS [NOT] NULL; another is a bug to see."""
    for part in (where or "").split(" AND "):
        words = part.strip().split()
        if not words or words[0] == "deleted_at":
            continue  # the record is being written live
        if words[1:] == ["IS", "NULL"]:
            if values.get(words[0]) is not None:
                return False
        elif words[1:] == ["IS", "NOT", "NULL"]:
            if values.get(words[0]) is None:
                return False
        else:
            raise ValueError(f"a unique index condition twins cannot read: {where!r}")
    return True


def _bound(entity: Entity, column: str, value: Any) -> Any:
    return bool(value) if column in entity.bools else value


def settle_twins(
    session: Session, entity: Entity, state: RecordState, blobs: Mapping[str, bytes]
) -> None:
    """Write a live record, and settle the group of twins it belongs to, if any."""
    group = group_of(session, entity, state)
    if not group:
        write_row(session, entity, state, blobs)
        unhold(session, entity.name, state.record_id)
        return
    members = sorted(group | {state.record_id})
    keep = members[0]
    conn = session.connection()
    for member in members[1:]:  # out of sight first: the unique index allows one live row
        if member != state.record_id:
            conn.execute(
                text(f"UPDATE {entity.name} SET deleted_at = :now WHERE id = :id"),
                {"now": now_text(), "id": member},
            )
        conn.execute(HOLD, {"e": entity.name, "r": member})
    write_row(session, entity, state, blobs, live=state.record_id == keep)
    if keep != state.record_id:
        conn.execute(
            text(f"UPDATE {entity.name} SET deleted_at = NULL WHERE id = :id"), {"id": keep}
        )
    unhold(session, entity.name, keep)
    _list(session, entity.name, keep, members)


def _list(session: Session, entity: str, keep: str, members: list[str]) -> None:
    """The group's conflicts: one per record held back, with the one in sight."""
    wanted = {
        hashlib.sha256(f"twin\x1f{entity}\x1f{keep}\x1f{m}".encode()).hexdigest(): m
        for m in members
        if m != keep
    }
    stale = [
        str(cid)
        for cid, record_id, other in _open(session, entity)
        if cid not in wanted and (record_id in members or other in members)
    ]
    conflicts.close(session, stale)
    known = {cid for cid, _, _ in _open(session, entity)}
    rows = [
        (
            cid,
            "twin",
            entity,
            keep,
            "",
            json.dumps({"value": keep}),
            json.dumps({"value": m}),
            False,
        )
        for cid, m in wanted.items()
        if cid not in known
    ]
    if rows:
        conflicts.open_rows(session, rows)


def _open(session: Session, entity: str) -> list[tuple[str, str, str]]:
    return [
        (str(cid), str(record_id), str(json.loads(other).get("value")))
        for cid, record_id, other in session.connection().execute(
            text(
                "SELECT id, record_id, other FROM sync_conflict WHERE closed_at IS NULL "
                "AND kind = 'twin' AND entity = :e"
            ),
            {"e": entity},
        )
    ]


def release_twins(session: Session, entity_names: set[str]) -> None:
    """Settle again every group with a record held back: one deleted or whose key changed
    lets the others go; twin conflicts with nobody held back any more are closed."""
    from kamdesk.services.sync.store import load_local, read_rows, read_states, state_of

    conn = session.connection()
    local = load_local(session)
    for name in sorted(entity_names):
        held = [str(r[0]) for r in conn.execute(HELD, {"held": name})]
        entity = entities()[name]
        rows = read_rows(session, entity, held)
        kept = read_states(session, name, held)
        for record_id in held:
            state = state_of(local, name, record_id, kept.get(record_id), rows.get(record_id))
            if state is None or state.deleted:
                unhold(session, name, record_id)
            else:
                settle_twins(session, entity, state, rows[record_id].blobs)
        still = {str(r[0]) for r in conn.execute(HELD, {"held": name})}
        conflicts.close(
            session, [cid for cid, _, other in _open(session, name) if other not in still]
        )


class RowWriter:
    """Writes merged records as write_row and settle_twins do, in order, but a batch at a time
    (executemany). In a table with unique keys, the live records of a batch are first looked up
    together (clashing_ids): those that share no key with a row written before them, nor with
    another of the batch, go in the batch; the others are settled one by one, in order, as
    settle_twins does (a twin check must see the rows written before it)."""

    def __init__(self, session: Session, entity: Entity, blobs: Mapping[str, bytes]) -> None:
        self.session = session
        self.entity = entity
        self.blobs = blobs
        self.keyed = bool(unique_keys(entity.name))
        self.rules = rules_for(session)
        self.now = now_text()
        self.names: tuple[str, ...] = ()
        self.rows: list[dict[str, Any]] = []
        self.unheld: list[dict[str, str]] = []
        self.pending: list[RecordState] = []  # live records of a keyed table, to look up

    def write(self, state: RecordState) -> None:
        """A deleted record: its tombstone row."""
        if self.keyed:
            self._settle_pending()  # the live ones before it go first
        self._queue(state)

    def write_live(self, state: RecordState) -> None:
        """A live record: in sight, or held back when it has a twin (settle_twins)."""
        if self.keyed:
            self.pending.append(state)
            if len(self.pending) >= LOOKUP_BATCH:
                self._settle_pending()
            return
        self._queue(state)
        self.unheld.append({"e": self.entity.name, "r": state.record_id})

    def flush(self) -> None:
        self._settle_pending()
        self._write_rows()

    def _queue(self, state: RecordState) -> None:
        values = row_values(self.entity, state, self.blobs, self.rules, live=None, now=self.now)
        names = tuple(values)
        if names != self.names:
            self._write_rows()  # another set of columns: the rows before it go first
            self.names = names
        self.rows.append({"id": state.record_id, **values, "updated_at": self.now, "revision": 1})

    def _settle_pending(self) -> None:
        states, self.pending = self.pending, []
        if not states:
            return
        clashing = clashing_ids(self.session, self.entity, states, self.rules)
        for state in states:
            if state.record_id in clashing:
                self._write_rows()
                settle_twins(self.session, self.entity, state, self.blobs)
            else:
                self._queue(state)
                self.unheld.append({"e": self.entity.name, "r": state.record_id})

    def _write_rows(self) -> None:
        conn = self.session.connection()
        if self.rows:
            sql = upsert_sql(self.entity.name, self.names)
            upsert_many(conn, self.entity.table, sql, self.rows, ("id",))
            self.rows = []
        if self.unheld:  # all of one table: one statement (one row-level check on the server)
            ids = [u["r"] for u in self.unheld]
            for chunk in in_chunks(ids):
                conn.execute(UNHOLD_MANY, {"e": self.entity.name, "ids": list(chunk)})
            self.unheld = []


LOOKUP_BATCH = 500
UNHOLD_MANY = in_ids("DELETE FROM sync_held WHERE entity = :e AND record_id IN :ids", "ids")


def clashing_ids(
    session: Session, entity: Entity, states: list[RecordState], rules: MergeRules
) -> set[str]:
    """The records of `states` that may have a twin: one of their unique keys is held by a live
    (or held-back) row with another id, or by another record of `states`."""
    clashing: set[str] = set()
    conn = session.connection()
    alive = f"(deleted_at IS NULL OR id IN ({HELD_SQL}))"
    for columns, where in unique_keys(entity.name):
        keys: dict[tuple[Any, ...], list[str]] = {}
        for state in states:
            values = rules.values(state)
            if any(values.get(c) is None for c in columns) or not _within(where, values):
                continue
            key = tuple(_bound(entity, c, values[c]) for c in columns)
            keys.setdefault(key, []).append(state.record_id)
        for ids in keys.values():
            if len(ids) > 1:
                clashing.update(ids)  # twins of each other within the batch
        condition = (where or "deleted_at IS NULL").replace("deleted_at IS NULL", alive)
        listed = " AND ".join(f"{c} IN :k{i}" for i, c in enumerate(columns))
        sql = in_ids(
            f"SELECT id, {', '.join(columns)} FROM {entity.name} WHERE {condition} AND {listed}",
            *(f"k{i}" for i in range(len(columns))),
        )
        found = list(keys)
        for start in range(0, len(found), 200):
            chunk = found[start : start + 200]
            params: dict[str, Any] = {"held": entity.name}
            for i in range(len(columns)):
                params[f"k{i}"] = sorted({k[i] for k in chunk}, key=repr)
            for row in conn.execute(sql, params):
                for record_id in keys.get(tuple(row[1:]), ()):
                    if record_id != str(row[0]):
                        clashing.add(record_id)
    return clashing
