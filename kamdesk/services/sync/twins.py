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
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Index, text
from sqlalchemy.orm import Session

from kamdesk.domain.merge import RecordState
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.store import now_text
from kamdesk.services.sync.tables import Entity, entities, rules_for
from kamdesk.services.sync.writing import UNHOLD, row_values, unhold, upsert_sql, write_row

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
        if any(values.get(c) is None for c in columns) or not _applies(where, values):
            continue
        condition = (where or "deleted_at IS NULL").replace("deleted_at IS NULL", alive)
        same = " AND ".join(f"{c} = :k{i}" for i, c in enumerate(columns))
        sql = f"SELECT id FROM {entity.name} WHERE {condition} AND {same} AND id <> :me"
        params: dict[str, Any] = {
            f"k{i}": _bound(entity, c, values[c]) for i, c in enumerate(columns)
        }
        params.update(held=entity.name, me=state.record_id)
        found.update(str(r[0]) for r in conn.execute(text(sql), params))
    return found


_NULL_TEST = re.compile(r"(\w+) IS (NOT )?NULL")


def _applies(where: str, values: Mapping[str, Any]) -> bool:
    """Whether a live record with `values` is under a partial index's condition (a department's
    plan, `client_id IS NULL`, shares no key with a client's plan of the same month)."""
    for part in where.split(" AND ") if where else ():
        test = _NULL_TEST.fullmatch(part.strip())
        if test is None or test[1] == "deleted_at" or test[1] not in values:
            continue  # the record is live; a condition not of this form is the table's to test
        if (values[test[1]] is None) == bool(test[2]):
            return False
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
    (executemany) for tables without unique keys. A table with unique keys is written record by
    record: a twin check must see the rows written before it."""

    def __init__(self, session: Session, entity: Entity, blobs: Mapping[str, bytes]) -> None:
        self.session = session
        self.entity = entity
        self.blobs = blobs
        self.batched = not unique_keys(entity.name)
        self.rules = rules_for(session)
        self.now = now_text()
        self.names: tuple[str, ...] = ()
        self.rows: list[dict[str, Any]] = []
        self.unheld: list[dict[str, str]] = []

    def write(self, state: RecordState) -> None:
        """A deleted record: its tombstone row."""
        if not self.batched:
            write_row(self.session, self.entity, state, self.blobs)
            return
        values = row_values(self.entity, state, self.blobs, self.rules, live=None, now=self.now)
        names = tuple(values)
        if names != self.names:
            self.flush()  # another set of columns: the rows before it go first
            self.names = names
        self.rows.append({"id": state.record_id, **values, "updated_at": self.now, "revision": 1})

    def write_live(self, state: RecordState) -> None:
        """A live record: in sight, or held back when it has a twin (settle_twins)."""
        if not self.batched:
            settle_twins(self.session, self.entity, state, self.blobs)
            return
        self.write(state)
        self.unheld.append({"e": self.entity.name, "r": state.record_id})

    def flush(self) -> None:
        conn = self.session.connection()
        if self.rows:
            conn.execute(upsert_sql(self.entity.name, self.names), self.rows)
            self.rows = []
        if self.unheld:
            conn.execute(UNHOLD, self.unheld)
            self.unheld = []
