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
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain import merge
from kamdesk.domain.merge import MergeRules, RecordState, Value
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.revivals import parents_of_states, reevaluate
from kamdesk.services.sync.store import (
    Local,
    Row,
    blob_name,
    entity,
    holds_of,
    load_local,
    read_rows,
    read_states,
    save_local,
    state_of,
    write_states,
)
from kamdesk.services.sync.tables import (
    INSERT_ONLY,
    RULES_KEY,
    Entity,
    entities,
    parents_of,
    rules_for,
)
from kamdesk.services.sync.team import apply_authority
from kamdesk.services.sync.writing import (
    cascade_deletes,
    write_row,
)

log = logging.getLogger(__name__)


def pending(session: Session) -> int:
    return int(session.connection().exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar_one())


def capture(session: Session, local: Local | None = None) -> Local | None:
    """Record the noted writes as events; returns the bookkeeping when there were any.

    A record deleted here takes its live children with it (the services cascade most; this
    catches the rest), in further rounds until nothing is left noted. A child that cannot be
    deleted (an invoice, a payment: records never changed) keeps its parent in sight, as on
    every laptop the delete reaches (services.sync.revivals).
    """
    session.flush()
    conn = session.connection()
    if not conn.exec_driver_sql("SELECT 1 FROM sync_dirty LIMIT 1").first():
        return local
    local = local or load_local(session)
    deleted: list[RecordState] = []
    live: list[RecordState] = []
    while True:
        marks = conn.exec_driver_sql("SELECT entity, record_id, old FROM sync_dirty").all()
        if not marks:
            break
        if any(name == "setting" for name, _, _ in marks):
            session.info.pop(RULES_KEY, None)  # the team's hub may have changed
        changed, newly_deleted = _round(session, local, marks)
        write_states(session, local, changed)
        conn.exec_driver_sql("DELETE FROM sync_dirty")
        conflicts.refresh(session, changed)
        cascade_deletes(session, newly_deleted)
        deleted.extend(newly_deleted)
        live.extend(s for s in changed if not s.deleted)
    _keep_parents_worked_on(session, local, live)
    targets = {(s.entity, s.record_id) for s in deleted} | parents_of_states(session, live)
    reevaluate(session, targets)
    apply_authority(session)
    conn.exec_driver_sql("DELETE FROM sync_dirty")  # the revivals' own writes are no edits
    save_local(session, local)
    return local


Mark = tuple[Any, ...]


def _round(
    session: Session, local: Local, marks: Sequence[Mark]
) -> tuple[list[RecordState], list[RecordState]]:
    """The events of one round of marks: the states changed, and those newly deleted."""
    by_entity: dict[str, dict[str, str | None]] = {}
    for name, record_id, old in marks:
        by_entity.setdefault(str(name), {})[str(record_id)] = old
    held = holds_of(session, ((n, r) for n, olds in by_entity.items() for r in olds))
    rules = rules_for(session)
    changed: list[RecordState] = []
    deleted: list[RecordState] = []
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
            row = rows.get(record_id)
            if name in INSERT_ONLY and before is not None and row is not None:
                row = _keep_as_created(session, ent, before, row, rules)
            after = _event(local, name, record_id, before, row, held, rules)
            if after is not None and after is not before:
                changed.append(after)
                if after.deleted and (before is None or not before.deleted):
                    deleted.append(after)
    return changed, deleted


def _keep_as_created(
    session: Session, ent: Entity, state: RecordState, row: Row, rules: MergeRules
) -> Row:
    """An invoice, payment, return or issued document is never changed: a correction is a new
    record. A change of one (an old app, a script) is undone, as every other laptop would; a
    delete stands (it goes with what it belongs to)."""
    created = rules.values(state)
    if row.values == created:
        return row
    log.warning("kept %s %s as created: it is never changed", ent.name, state.record_id)
    write_row(session, ent, state, row.blobs, live=not row.deleted)
    return Row(created, row.deleted, row.blobs)


def _keep_parents_worked_on(session: Session, local: Local, states: list[RecordState]) -> None:
    """A record added or changed here under a parent kept in sight by a revival (deleted on
    another laptop, brought back by a child) is work on that parent after seeing its delete:
    it answers the delete, as a save of the parent would, and the parent is kept everywhere."""
    conn = session.connection()
    revived = {
        (str(e), str(r))
        for e, r in conn.exec_driver_sql(
            "SELECT entity, record_id FROM sync_held WHERE reason = 'revived'"
        )
    }
    if not revived:
        return
    rules = rules_for(session)
    wanted: set[tuple[str, str]] = set()
    for state in states:
        values = rules.values(state)
        for link, parent in parents_of(state.entity):
            key = (parent, str(values.get(link)))
            if key in revived:
                wanted.add(key)
    for parent, parent_id in sorted(wanted):
        kept = read_states(session, parent, [parent_id]).get(parent_id)
        if kept is None or not kept.deleted:
            continue
        state = merge.keep(kept, replica=local.replica, dot=local.next_dot())
        write_states(session, local, [state])
        conflicts.refresh(session, [state])  # closes its revivals, drops the hold


def _old_row(entity: Entity, old: str) -> Row:
    """The row as the trigger saw it before the first write (sync's fields only)."""
    noted: dict[str, Any] = json.loads(old)
    data = {name: noted.get(name) for name in entity.fields}
    for name in entity.blobs:
        if data.get(name) is not None:
            data[name] = blob_name(bytes.fromhex(str(data[name])))
    for name in entity.bools:
        if (flag := data.get(name)) is not None:
            data[name] = int(flag)  # 0/1 as in a state, whichever image it was
    return Row(data, noted.get("deleted_at") is not None)


def _event(
    local: Local,
    name: str,
    record_id: str,
    before: RecordState | None,
    row: Row | None,
    held: Mapping[tuple[str, str], str],
    rules: MergeRules,
) -> RecordState | None:
    """The record's state after what was written to it, or `before` when nothing was.

    A hold changes how a tombstoned row reads. A twin held back is out of sight by sync's
    doing: its `deleted_at` is no delete. A parent kept in sight by a revival (its state
    deleted, a live child holding it) whose row is now tombstoned was deleted here by the KAM
    (or by a cascade): a new delete, made after seeing all it holds, as resolving its revival
    with "delete" is. Reading that row as held too took the state's old tombstones for a delete
    the KAM had answered: the delete became a keep, the state live while the row stayed
    deleted, and every other laptop showed the client again (the three-laptop machine's
    divergence; tests/sync/test_sync_fixes.py replays it).
    """
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
    reason = held.get((name, record_id))
    deleted = row.deleted and reason not in ("twin", "scope")  # out of sight: no delete
    changes = _changes(before, row.values, rules)
    state = before
    if changes or (before.deleted and not deleted):
        # an edit answers any delete it has seen: the record was brought back or worked on
        state = merge.edit(
            state, changes, replica=local.replica, stamp=local.tick(), dot=local.next_dot()
        )
    if deleted and (not state.deleted or reason == "revived"):
        state = merge.delete(state, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
    return state


def _changes(
    state: RecordState, values: Mapping[str, Value], rules: MergeRules
) -> dict[str, Value]:
    shown = rules.values(state)
    return {
        name: value for name, value in values.items() if name not in shown or shown[name] != value
    }


def install() -> None:
    """Capture before every unit of work commits (kamdesk.db.BEFORE_COMMIT), after the
    receivables cache has read the marks of the ledger records written."""
    from kamdesk.db import BEFORE_COMMIT
    from kamdesk.services.receivables.cache import install as keep_receivables

    keep_receivables()

    if capture_hook not in BEFORE_COMMIT:
        BEFORE_COMMIT.append(capture_hook)


def capture_hook(session: Session) -> None:
    from sqlalchemy.exc import OperationalError

    try:
        session.connection().exec_driver_sql("SELECT 1 FROM sync_dirty LIMIT 1")
    except OperationalError:
        return  # a file not yet migrated to sync (its upgrade is under way)
    capture(session)
