"""Field-level change capture: the marks the triggers left, turned into sync events.

Triggers on every synced table (kamdesk.db.create_sync_triggers) note each record written in
`sync_dirty`, with the row as it was before its first write. `capture(session)` compares each
noted row with its state and records one event per record: a create, an edit of exactly the
fields whose value changed (a value saved unchanged is no edit), a delete, or a keep (a
tombstoned row brought back). It runs before every unit of work commits (`install`), and
before every export and import, so a write that happened elsewhere (a migration, a script) is
captured at the latest then. The import's own writes are not edits: it clears their marks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain import merge
from kamdesk.domain.merge import RecordState, Value
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.store import (
    Local,
    Row,
    blob_name,
    entity,
    load_local,
    read_rows,
    read_states,
    save_local,
    state_of,
    write_states,
)
from kamdesk.services.sync.tables import Entity, entities


def pending(session: Session) -> int:
    return int(session.connection().exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar_one())


def capture(session: Session, local: Local | None = None) -> Local | None:
    """Record the noted writes as events; returns the bookkeeping when there were any."""
    session.flush()
    conn = session.connection()
    marks = conn.exec_driver_sql("SELECT entity, record_id, old FROM sync_dirty").all()
    if not marks:
        return local
    local = local or load_local(session)
    by_entity: dict[str, dict[str, str | None]] = {}
    for name, record_id, old in marks:
        by_entity.setdefault(str(name), {})[str(record_id)] = old
    held = _held(session)
    changed: list[RecordState] = []
    for name, olds in by_entity.items():
        if name not in entities():
            continue
        ent = entity(name)
        ids = list(olds)
        rows = read_rows(session, ent, ids)
        kept = read_states(session, name, ids)
        for record_id in ids:
            old = olds[record_id]
            before = kept.get(record_id)
            if before is None and old is not None:
                before = state_of(local, name, record_id, None, _old_row(ent, old))
            after = _event(local, name, record_id, before, rows.get(record_id), held)
            if after is not None and after is not before:
                changed.append(after)
    write_states(session, local, changed)
    conn.exec_driver_sql("DELETE FROM sync_dirty")
    conflicts.refresh(session, changed)
    save_local(session, local)
    return local


def _held(session: Session) -> set[tuple[str, str]]:
    rows = session.connection().exec_driver_sql("SELECT entity, record_id FROM sync_held").all()
    return {(str(e), str(r)) for e, r in rows}


def _old_row(ent: Entity, old: str) -> Row:
    """The row as the trigger noted it, as sync sees it: its fields only (not `name_key`)."""
    noted: dict[str, Any] = json.loads(old)
    deleted = noted.get("deleted_at") is not None
    data = {name: noted[name] for name in ent.fields if name in noted}
    for name in ent.blobs:
        if data.get(name) is not None:
            data[name] = blob_name(bytes.fromhex(data[name]))
    return Row(data, deleted)


def _event(
    local: Local,
    name: str,
    record_id: str,
    before: RecordState | None,
    row: Row | None,
    held: set[tuple[str, str]],
) -> RecordState | None:
    """The record's state after what was written to it, or `before` when nothing was."""
    if row is None:  # removed for good: a delete
        if before is None or before.deleted:
            return before
        return merge.delete(before, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
    if before is None:
        state = merge.create(
            name, record_id, row.values,
            replica=local.replica, stamp=local.tick(), dot=local.next_dot(),
        )  # fmt: skip
        if row.deleted:
            state = merge.delete(
                state, replica=local.replica, stamp=local.tick(), dot=local.next_dot()
            )
        return state
    deleted = row.deleted and (name, record_id) not in held
    changes = _changes(before, row.values)
    state = before
    if changes or (before.deleted and not deleted):
        # an edit answers any delete it has seen: the record was brought back or worked on
        state = merge.edit(
            state, changes, replica=local.replica, stamp=local.tick(), dot=local.next_dot()
        )
    if deleted and not state.deleted:
        state = merge.delete(state, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
    return state


def _changes(state: RecordState, values: Mapping[str, Value]) -> dict[str, Value]:
    return {
        name: value
        for name, value in values.items()
        if name not in state.fields or state.value(name) != value
    }


def install() -> None:
    """Capture before every unit of work commits (kamdesk.db.BEFORE_COMMIT)."""
    from kamdesk.db import BEFORE_COMMIT

    if capture_hook not in BEFORE_COMMIT:
        BEFORE_COMMIT.append(capture_hook)


def capture_hook(session: Session) -> None:
    from sqlalchemy.exc import OperationalError

    try:
        session.connection().exec_driver_sql("SELECT 1 FROM sync_dirty LIMIT 1")
    except OperationalError:
        return  # a file not yet migrated to sync (its upgrade is under way)
    capture(session)
