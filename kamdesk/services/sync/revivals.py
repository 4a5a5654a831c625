"""Parents brought back by children, settled from what the data say now.

A record deleted on one laptop while another added (or kept) a child under it stays in sight,
with one conflict per live child, until someone keeps or deletes it. Which parents are so, and
their conflicts, follow from the records alone: a parent whose state is deleted and that has
live children. `reevaluate` makes the rows, holds and conflicts of the given parents (and of
every parent held now) what that rule says, so every laptop ends the same whatever the order
the files came in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.services.sync import conflicts
from kamdesk.services.sync.store import holds_of, load_local, read_rows, read_states, state_of
from kamdesk.services.sync.tables import children_of, entities
from kamdesk.services.sync.writing import deleted_at_of, unhold

Key = tuple[str, str]


def conflict_id(parent: str, parent_id: str, child: str, child_id: str) -> str:
    text = f"revived\x1f{parent}\x1f{parent_id}\x1f{child}\x1f{child_id}"
    return hashlib.sha256(text.encode()).hexdigest()


def _revived(session: Session) -> set[Key]:
    rows = session.connection().execute(
        text("SELECT entity, record_id FROM sync_held WHERE reason = 'revived'")
    )
    return {(str(e), str(r)) for e, r in rows}


def reevaluate(session: Session, parents: Iterable[Key]) -> None:
    conn = session.connection()
    targets = set(parents) | _revived(session)
    twins = {key for key, why in holds_of(session, targets).items() if why in ("twin", "scope")}
    local = load_local(session)
    for entity, record_id in sorted(targets - twins):
        if entity not in entities():
            continue
        row = read_rows(session, entities()[entity], [record_id]).get(record_id)
        if row is None:
            continue
        kept = read_states(session, entity, [record_id]).get(record_id)
        state = state_of(local, entity, record_id, kept, row)
        children = [
            (child, str(cid))
            for child, link in children_of(entity)
            for (cid,) in conn.execute(
                text(f"SELECT id FROM {child} WHERE {link} = :id AND deleted_at IS NULL"),
                {"id": record_id},
            )
        ]
        revived = state is not None and state.deleted and bool(children)
        wanted = (
            {conflict_id(entity, record_id, c, i): (c, i) for c, i in children} if revived else {}
        )
        if revived:
            conn.execute(
                text(f"UPDATE {entity} SET deleted_at = NULL WHERE id = :id"), {"id": record_id}
            )
            conn.execute(
                text(
                    "INSERT INTO sync_held(entity, record_id, reason) VALUES (:e, :r, 'revived') "
                    "ON CONFLICT (entity, record_id) DO UPDATE SET reason = excluded.reason"
                ),
                {"e": entity, "r": record_id},
            )
        else:
            unhold(session, entity, record_id)
            if state is not None and state.deleted and not row.deleted:
                conn.execute(
                    text(f"UPDATE {entity} SET deleted_at = :at WHERE id = :id"),
                    {"at": deleted_at_of(state), "id": record_id},
                )
        _list(session, entity, record_id, wanted)


def _list(session: Session, entity: str, record_id: str, wanted: dict[str, Key]) -> None:
    current = {
        str(cid)
        for (cid,) in session.connection().execute(
            text(
                "SELECT id FROM sync_conflict WHERE closed_at IS NULL "
                "AND kind = 'revived_by_child' AND entity = :e AND record_id = :r"
            ),
            {"e": entity, "r": record_id},
        )
    }
    conflicts.close(session, current - set(wanted))
    new = [
        (cid, "revived_by_child", entity, record_id, "",
         json.dumps({"kept": True, "value": f"{child} {child_id}"}),
         json.dumps({"deleted": True}), False)
        for cid, (child, child_id) in sorted(wanted.items())
        if cid not in current
    ]  # fmt: skip
    if new:
        conflicts.open_rows(session, new)


def parents_of_states(session: Session, states: Iterable[object]) -> set[Key]:
    """The parents the given live records link to (to re-evaluate after they changed)."""
    from kamdesk.domain.merge import RecordState
    from kamdesk.services.sync.tables import parents_of, rules_for

    rules = rules_for(session)
    found: set[Key] = set()
    for state in states:
        assert isinstance(state, RecordState)
        values = rules.values(state)
        for link, parent in parents_of(state.entity):
            value = values.get(link)
            if value is not None:
                found.add((parent, str(value)))
    return found
