"""Resolving a conflict: the user's decision, made as an ordinary edit that travels.

Taking either value (or typing a new one) is a save of that field made after seeing both
versions, so it closes the conflict here and, once the save arrives, on every other laptop.
Keeping a record deleted elsewhere answers the delete; deleting it answers the edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.domain import merge
from kamdesk.domain.merge import RecordState
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.derived import recompute
from kamdesk.services.sync.orders import KIND, check_order, keep_merged, restore_as_draft
from kamdesk.services.sync.revivals import reevaluate
from kamdesk.services.sync.store import (
    Local,
    Row,
    load_local,
    read_rows,
    read_states,
    save_local,
    state_of,
    write_states,
)
from kamdesk.services.sync.tables import children_of, entities, rules_for, stored
from kamdesk.services.sync.twins import release_twins
from kamdesk.services.sync.writing import (
    cascade_deletes,
    unhold,
    write_row,
)

TAKES = ("winner", "other")


@dataclass(frozen=True)
class _Found:
    id: str
    kind: str
    entity: str
    record_id: str
    field: str
    winner: dict[str, Any]
    other: dict[str, Any]


def find(session: Session, conflict_id: str) -> _Found:
    """An open conflict by its id, or by the first characters of it (at least 6)."""
    wanted = conflict_id.strip().lower()
    if len(wanted) < 6:
        raise UserError(_("Give the conflict's id (at least its first 6 characters)."))
    rows = (
        session.connection()
        .execute(
            text(
                "SELECT id, kind, entity, record_id, field, winner, other, closed_at "
                "FROM sync_conflict WHERE id LIKE :like ORDER BY id"
            ),
            {"like": wanted + "%"},
        )
        .all()
    )
    if not rows:
        raise UserError(
            _("No conflict {id} here: `kamdesk conflicts` lists them.").format(id=conflict_id)
        )
    if len(rows) > 1:
        raise UserError(
            _("{id} fits several conflicts: give more of its id.").format(id=conflict_id)
        )
    r = rows[0]
    if r[7] is not None:
        raise UserError(_("That conflict is resolved already."))
    return _Found(
        str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), json.loads(r[5]), json.loads(r[6])
    )


def resolve(
    session: Session, conflict_id: str, *, take: str | None = None, value: str | None = None
) -> str:
    """Settle a conflict; returns what was done, in a sentence."""
    if (take is None) == (value is None):
        raise UserError(_("Say which value to keep (winner or other), or give a new one."))
    if take is not None and take not in TAKES:
        raise UserError(_("Take the winner or the other value."))
    local = capture(session) or load_local(session)
    found = find(session, conflict_id)
    if found.kind == "value":
        text = _value(session, local, found, take, value)
    elif found.kind in ("deleted_while_edited", "revived_by_child"):
        text = _keep_or_delete(session, local, found, take)
    elif found.kind == "twin":
        text = _twin(session, local, found, take)
    elif found.kind == KIND:
        if value is not None:
            raise UserError(_("Keep the order as merged, or restore the other version as a draft."))
        text = _order(session, local, found, take)
    elif found.kind == "duplicate_number" and value is not None:
        text = _renumber(session, local, found, value)
    else:
        if value is not None:
            raise UserError(_("This conflict is settled by a correction, not a value."))
        conflicts.close(session, [found.id])
        text = _("Noted on this laptop: make the correction (a credit note, a refund) in kamdesk.")
    save_local(session, local)
    return text


def _current(
    session: Session, local: Local, entity: str, record_id: str
) -> tuple[RecordState, Row | None]:
    ent = entities()[entity]
    row = read_rows(session, ent, [record_id]).get(record_id)
    state = state_of(
        local, entity, record_id, read_states(session, entity, [record_id]).get(record_id), row
    )
    if state is None:
        raise UserError(_("The record of this conflict is no longer in this database."))
    return state, row


def _save(
    session: Session, local: Local, state: RecordState, row: Row | None, *, live: bool | None = None
) -> None:
    write_row(session, entities()[state.entity], state, row.blobs if row else {}, live=live)
    write_states(session, local, [state])
    session.connection().execute(
        text("DELETE FROM sync_dirty WHERE entity = :e AND record_id = :r"),
        {"e": state.entity, "r": state.record_id},
    )
    conflicts.refresh(session, [state])


def _value(
    session: Session, local: Local, found: _Found, take: str | None, value: str | None
) -> str:
    if take is not None:
        chosen = (found.winner if take == "winner" else found.other)["value"]
    else:
        try:
            chosen = stored(found.entity, found.field, value or "")
        except (ValueError, ArithmeticError) as exc:
            raise UserError(
                _("{value!r} is not a value for {field}: {reason}").format(
                    value=value, field=found.field, reason=exc
                )
            ) from exc
    if found.field in entities()[found.entity].blobs and take == "other":
        raise UserError(_("The other file is not on this laptop: keep this one or choose anew."))
    state, row = _current(session, local, found.entity, found.record_id)
    state = merge.edit(
        state,
        {found.field: chosen},
        replica=local.replica,
        stamp=local.tick(),
        dot=local.next_dot(),
    )
    _save(session, local, state, row)
    if found.entity in ("order_line", "sales_order"):
        recompute(session, [state])  # the line's amounts and the order's totals follow
        capture(session, local)
        order_id = rules_for(session).values(state).get("order_id", found.record_id)
        if order_id is not None:
            check_order(session, str(order_id))
    now = conflicts.side_text(session, state, found.field)
    return _("{entity} {field} is now {value}.").format(
        entity=found.entity, field=found.field, value=now
    )


def _keep_or_delete(session: Session, local: Local, found: _Found, take: str | None) -> str:
    state, row = _current(session, local, found.entity, found.record_id)
    if take == "winner":
        state = merge.keep(state, replica=local.replica, dot=local.next_dot())
        _save(session, local, state, row, live=True)
        conflicts.close(session, [found.id])
        return _("The {entity} is kept.").format(entity=found.entity)
    lasting = _lasting_children(session, found.entity, found.record_id)
    if lasting:
        raise UserError(
            _(
                "It cannot be deleted: its {records} records stay for good (they are never "
                "changed). Keep it instead."
            ).format(records=lasting)
        )
    state = merge.delete(state, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
    _save(session, local, state, row, live=False)
    unhold(session, found.entity, found.record_id)
    conflicts.close(session, [found.id])
    cascade_deletes(session, [state])  # its children go with it, as with any delete here
    capture(session, local)
    reevaluate(session, [(found.entity, found.record_id)])
    return _("The {entity} is deleted.").format(entity=found.entity)


def _lasting_children(session: Session, entity: str, record_id: str) -> str:
    """The live records never changed (invoices, payments...) that belong to it, in words."""
    from kamdesk.services.sync.tables import INSERT_ONLY

    conn = session.connection()
    found = [
        child.replace("_", " ")
        for child, link in children_of(entity)
        if child in INSERT_ONLY
        and conn.execute(
            text(f"SELECT 1 FROM {child} WHERE {link} = :id AND deleted_at IS NULL LIMIT 1"),
            {"id": record_id},
        ).first()
    ]
    return ", ".join(found)


def _twin(session: Session, local: Local, found: _Found, take: str | None) -> str:
    kept_id, other_id = found.record_id, str(found.other["value"])
    keep_id, drop_id = (kept_id, other_id) if take == "winner" else (other_id, kept_id)
    drop, drop_row = _current(session, local, found.entity, drop_id)
    drop = merge.delete(drop, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
    _save(session, local, drop, drop_row, live=False)
    # the rest of the group settles again: a third twin may still be held back
    release_twins(session, {found.entity})
    del keep_id
    return _("One {entity} is kept, its twin deleted.").format(entity=found.entity)


def _order(session: Session, local: Local, found: _Found, take: str | None) -> str:
    """Keep the order as merged (every line conflict settled with the value shown, lines
    numbered anew); with "other", also restore the other laptop's values as a new draft."""
    draft = restore_as_draft(session, found.record_id, found.other) if take == "other" else ""
    line_ids = [
        str(r[0])
        for r in session.connection().execute(
            text("SELECT id FROM order_line WHERE order_id = :o"), {"o": found.record_id}
        )
    ]
    for c in conflicts.open_conflicts_of(session, "order_line", line_ids):
        if c.kind == "value":
            _value(session, local, find(session, c.id), "winner", None)
    keep_merged(session, found.record_id)
    capture(session, local)
    conflicts.close(session, [found.id])
    check_order(session, found.record_id)
    if draft:
        return _("The order stays as merged; the other version is the new draft {number}.").format(
            number=draft
        )
    return _("The order stays as merged.")


def _renumber(session: Session, local: Local, found: _Found, number: str) -> str:
    others = [str(x) for x in found.other.get("records", [])]
    if not number.strip():
        raise UserError(_("Give the new number."))
    for record_id in others[:1]:
        state, row = _current(session, local, found.entity, record_id)
        state = merge.edit(
            state, {"number": number.strip()}, replica=local.replica, stamp=local.tick(),
            dot=local.next_dot(),
        )  # fmt: skip
        _save(session, local, state, row)
    conflicts.close(session, [found.id])
    return _("The other {entity} is now number {number}.").format(
        entity=found.entity, number=number.strip()
    )
