"""The conflicts list: what two people changed at once, kept open until someone decides.

Conflicts are read off the merged states (domain.merge.conflicts_of), so every laptop lists the
same ones with the same ids; this table only remembers when each opened and closed here.
Besides those, the import finds what a plain union would hide (twins of one key, one order
invoiced twice, ...): see services.sync.invariants.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids
from kamdesk.domain.merge import Conflict, FieldVersion, RecordState, Tombstone, conflicts_of
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync.store import now_text
from kamdesk.services.sync.tables import rules_for, shown

# kinds kept by the merge's reading of a state (refreshed whenever the state changes)
STATE_KINDS = ("value", "deleted_while_edited")


def side(item: FieldVersion | Tombstone, entity: str, name: str) -> dict[str, Any]:
    """One side of a conflict as kept: a value (or a delete), as stored and as shown, who made
    it and when."""
    if isinstance(item, Tombstone):
        return {"deleted": True, "stamp": item.stamp.to_text(), "by": item.dot.replica}
    return {
        "value": item.value,
        "shown": shown(entity, name, item.value) if name else item.value,
        "stamp": item.stamp.to_text(),
        "by": item.dot.replica,
    }


@dataclass(frozen=True)
class OpenConflict:
    id: str
    kind: str
    entity: str
    record_id: str
    field: str
    winner: dict[str, Any]
    other: dict[str, Any]
    needs_decision: bool

    def as_json(self) -> dict[str, Any]:
        """The CLI's shape: `field` is null for a record-level (delete, status) conflict."""
        whole = not self.field or (self.entity == "sales_order" and self.field == "status")
        return {
            "id": self.id,
            "entity": self.entity,
            "record_id": self.record_id,
            "field": None if whole else self.field,
            "kind": self.kind,
            "winner": _shown(self.winner),
            "other": _shown(self.other),
            "needs_decision": self.needs_decision,
        }


def _shown(item: dict[str, Any]) -> Any:
    if item.get("deleted"):
        return "deleted"
    if "kept" in item:
        return "kept"
    return item.get("shown", item.get("value"))


def row_of(c: Conflict) -> tuple[Any, ...]:
    if c.kind.value == "deleted_while_edited":
        winner = {"kept": True, **side(c.winner, c.entity, "")}
    else:
        winner = side(c.winner, c.entity, c.field)
    return (
        c.id,
        c.kind.value,
        c.entity,
        c.record_id,
        c.field,
        json.dumps(winner, default=str),
        json.dumps(side(c.other, c.entity, c.field), default=str),
        c.needs_decision,
    )


def refresh(session: Session, states: Iterable[RecordState]) -> None:
    """Make the open state conflicts of these records what their states say now."""
    by_entity: dict[str, list[RecordState]] = {}
    for state in states:
        by_entity.setdefault(state.entity, []).append(state)
    conn = session.connection()
    now = now_text()
    for entity, group in by_entity.items():
        ids = [s.record_id for s in group]
        rules = rules_for(session)
        found = {c.id: c for s in group for c in conflicts_of(s, rules)}
        open_now = _open_ids(session, entity, ids, STATE_KINDS)
        gone = [cid for cid in open_now if cid not in found]
        if gone:
            conn.execute(
                text("UPDATE sync_conflict SET closed_at = :now WHERE id = :id"),
                [{"now": now, "id": g} for g in gone],
            )
        new = [c for cid, c in found.items() if cid not in open_now]
        if new:
            open_rows(session, [row_of(c) for c in new], now)
        _answered_revivals(session, entity, [s.record_id for s in group if not s.deleted], now)


def _answered_revivals(session: Session, entity: str, live: Sequence[str], now: str) -> None:
    """A parent brought back by a child and then kept (or edited) here is settled."""
    conn = session.connection()
    closing = in_ids(
        "UPDATE sync_conflict SET closed_at = :now WHERE closed_at IS NULL AND entity = :e "
        "AND kind = 'revived_by_child' AND record_id IN :ids",
        "ids",
    )
    unhold = in_ids(
        "DELETE FROM sync_held WHERE reason = 'revived' AND entity = :e AND record_id IN :ids",
        "ids",
    )
    for chunk in in_chunks(list(live)):
        conn.execute(closing, {"now": now, "e": entity, "ids": list(chunk)})
        conn.execute(unhold, {"e": entity, "ids": list(chunk)})


def open_rows(session: Session, rows: Sequence[tuple[Any, ...]], now: str | None = None) -> None:
    """Open conflicts (a closed one with the same id opens again)."""
    at = now or now_text()
    session.connection().execute(
        OPEN_ROW, [dict(zip(_OPEN_NAMES, (*row, at), strict=True)) for row in rows]
    )


_OPEN_NAMES = (
    "id", "kind", "entity", "record_id", "field", "winner", "other", "needs_decision", "opened_at"
)  # fmt: skip
OPEN_ROW = text(
    f"INSERT INTO sync_conflict({', '.join(_OPEN_NAMES)}, closed_at) "
    f"VALUES ({', '.join(':' + n for n in _OPEN_NAMES)}, NULL) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{n} = excluded.{n}" for n in (*_OPEN_NAMES[1:], "closed_at"))
)


def _open_ids(session: Session, entity: str, ids: Sequence[str], kinds: Sequence[str]) -> set[str]:
    conn = session.connection()
    out: set[str] = set()
    sql = in_ids(
        "SELECT id FROM sync_conflict WHERE closed_at IS NULL AND entity = :e "
        "AND kind IN :kinds AND record_id IN :ids",
        "kinds",
        "ids",
    )
    for chunk in in_chunks(list(ids)):
        rows = conn.execute(sql, {"e": entity, "kinds": list(kinds), "ids": list(chunk)}).all()
        out.update(str(r[0]) for r in rows)
    return out


def close(session: Session, ids: Iterable[str]) -> None:
    ids = list(ids)
    if not ids:
        return
    now = now_text()
    session.connection().execute(
        text("UPDATE sync_conflict SET closed_at = :now WHERE id = :id AND closed_at IS NULL"),
        [{"now": now, "id": cid} for cid in ids],
    )


_SELECT = (
    "SELECT id, kind, entity, record_id, field, winner, other, needs_decision "
    "FROM sync_conflict WHERE closed_at IS NULL"
)


def _open(row: Any) -> OpenConflict:
    return OpenConflict(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
        json.loads(row[5]), json.loads(row[6]), bool(row[7]),
    )  # fmt: skip


def open_conflicts(session: Session) -> list[OpenConflict]:
    rows = session.connection().execute(text(f"{_SELECT} ORDER BY entity, record_id, field, id"))
    return [_open(r) for r in rows]


def open_count(session: Session) -> int:
    return int(
        session.connection()
        .execute(text("SELECT count(*) FROM sync_conflict WHERE closed_at IS NULL"))
        .scalar_one()
    )


def blocking(session: Session, entity: str, record_ids: Sequence[str]) -> list[OpenConflict]:
    """Open conflicts that need a decision (money, quantities) on these records."""
    return [c for c in open_conflicts_of(session, entity, record_ids) if c.needs_decision]


def open_conflicts_of(
    session: Session, entity: str, record_ids: Sequence[str]
) -> list[OpenConflict]:
    conn = session.connection()
    out: list[OpenConflict] = []
    sql = in_ids(f"{_SELECT} AND entity = :e AND record_id IN :ids", "ids")
    for chunk in in_chunks(list(record_ids)):
        rows = conn.execute(sql, {"e": entity, "ids": list(chunk)})
        out.extend(_open(r) for r in rows)
    return out


def side_text(session: Session, state: RecordState, name: str) -> str:
    value = shown(state.entity, name, rules_for(session).values(state)[name])
    return "empty" if value in (None, "") else str(value)
