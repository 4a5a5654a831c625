"""Purging tombstones: a deleted record leaves the file for good once nobody can bring it back.

A tombstone must stay while some laptop may still hold the record alive: its next file would
bring the record back without the delete. So a deleted record is removed (row and state) only
when every laptop this one has heard from has acknowledged a state that saw everything the
record's state saw (`domain.merge.can_purge`), and no file was given to a laptop not known by
name (a full export "for a new laptop") before the delete, unless a known laptop has since
acknowledged all that file held (the new laptop, most likely, reporting back): a laptop never
heard from could still hold the record alive. Records something still points to stay too, and
so does every record deleted less than RETENTION_DAYS ago: the trash keeps what a KAM may want
back.
"""

from __future__ import annotations

import functools
import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.domain.clock import VersionVector
from kamdesk.domain.merge import can_purge
from kamdesk.models import Base
from kamdesk.services.sync.store import Local, now_ms
from kamdesk.sync import codec


@functools.cache
def referrers() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per table, the (table, column) pairs that point at its rows."""
    found: dict[str, list[tuple[str, str]]] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            found.setdefault(fk.column.table.name, []).append((table.name, fk.parent.name))
    return {name: tuple(pairs) for name, pairs in found.items()}


def _acknowledged(session: Session, local: Local) -> dict[str, VersionVector] | None:
    """What each laptop holds for sure, or None when a laptop without a name may hold less."""
    conn = session.connection()
    acks = {local.replica: local.vector}
    for replica_id, acked in conn.execute(text("SELECT replica_id, acked FROM sync_peer")):
        acks[str(replica_id)] = VersionVector.from_json(str(acked))
    if len(acks) == 1:
        return None  # a laptop that never heard from another purges nothing
    unknown = [
        VersionVector.from_json(str(v))
        for (v,) in conn.execute(
            text("SELECT vector FROM sync_exchange WHERE direction = 'out' AND peer_id IS NULL")
        )
    ]
    known = list(acks.values())
    for i, vector in enumerate(unknown):
        # a laptop seeded by that file and heard from since holds at least what it was sent;
        # one never heard from may hold only that
        if not any(ack.dominates(vector) for ack in known[1:]):
            acks[f"unnamed-{i}"] = vector
    return acks


RETENTION_DAYS = 180


def purge(session: Session, local: Local) -> int:
    """Remove the old tombstones every laptop has acknowledged; how many went. On the team
    server only a role that may delete (a manager's, the administrator's) purges: a KAM's
    exchange leaves tombstones to the next of those (kamdesk.db.policies)."""
    if not may_delete(session):
        return 0
    acks = _acknowledged(session, local)
    if acks is None:
        return 0
    before = now_ms() - RETENTION_DAYS * 86_400_000
    gone = 0
    while True:  # a parent goes in the round after the last of its deleted children
        round_gone = _purge_round(session, acks, before)
        gone += round_gone
        if not round_gone:
            return gone


def _purge_round(session: Session, acks: dict[str, VersionVector], before: int) -> int:
    conn = session.connection()
    rows = conn.execute(
        text("SELECT entity, record_id, state FROM sync_state WHERE state LIKE '%\"t\":[%'")
    ).all()
    gone = 0
    for entity, record_id, kept in rows:
        state = codec.decode(str(entity), json.loads(kept))
        if not state.tombstones or max(t.stamp.wall_ms for t in state.tombstones) > before:
            continue
        if not can_purge(state, acks) or _pointed_at(session, str(entity), str(record_id)):
            continue
        key = {"e": entity, "r": record_id}
        conn.execute(text(f"DELETE FROM {entity} WHERE id = :r"), key)
        conn.execute(text("DELETE FROM sync_state WHERE entity = :e AND record_id = :r"), key)
        conn.execute(text("DELETE FROM sync_dirty WHERE entity = :e AND record_id = :r"), key)
        gone += 1
    return gone


def _pointed_at(session: Session, entity: str, record_id: str) -> bool:
    conn = session.connection()
    return any(
        conn.execute(
            text(f"SELECT 1 FROM {table} WHERE {column} = :id LIMIT 1"), {"id": record_id}
        ).first()
        for table, column in referrers().get(entity, ())
    )


def may_delete(session: Session) -> bool:
    """Whether this connection may remove rows for good: always on a laptop; on the team
    server with the DELETE privilege (managers and the administrator)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        return True
    return bool(conn.execute(text("SELECT has_table_privilege('client', 'DELETE')")).scalar())
