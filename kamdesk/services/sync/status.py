"""What the Sync section shows: this laptop, the other laptops and what waits for each, the
conflicts in words a person reads (which record, who made each value), the files exchanged.

One read (`overview`) gives the whole page as plain records; `open_count` alone is the badge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.domain.clock import VersionVector
from kamdesk.domain.money import from_minor
from kamdesk.services.replica import current_replica
from kamdesk.services.sync.conflicts import OpenConflict, open_conflicts
from kamdesk.services.sync.export import plan_for
from kamdesk.services.sync.peers import Exchange, exchanges, peers
from kamdesk.services.sync.store import load_local
from kamdesk.services.sync.tables import entities, parents_of

# The columns that name a record, in the order tried: an order by its number, a client by name.
_NAMING = ("number", "name", "subject", "title", "sku", "code")


@dataclass(frozen=True)
class PeerStatus:
    replica_id: str
    name: str
    last_sent: datetime | None
    last_received: datetime | None
    waiting: int | None  # records the next file to it holds; None: everything (a full file)


@dataclass(frozen=True)
class ConflictView:
    """An open conflict as the conflicts list shows it."""

    conflict: OpenConflict
    record: str  # the record's name ("Acme Ltd", "SO-2026-AM-000001"), "" if it has none
    winner_by: str  # the laptop that made the value shown now
    other_by: str
    winner_text: str  # each side's value as read ("" for an empty one)
    other_text: str

    @property
    def id(self) -> str:
        return self.conflict.id


@dataclass(frozen=True)
class SyncOverview:
    laptop: str  # this laptop's name
    peers: list[PeerStatus]
    conflicts: list[ConflictView]
    exchanges: list[Exchange]

    @property
    def open_conflicts(self) -> int:
        return len(self.conflicts)


def overview(session: Session) -> SyncOverview:
    """The Sync section's page, read in one go."""
    me = current_replica(session)
    names = laptop_names(session)
    return SyncOverview(
        laptop=me.name if me is not None else "",
        peers=peer_statuses(session),
        conflicts=[
            ConflictView(
                c,
                record_label(session, c.entity, c.record_id),
                names.get(str(c.winner.get("by", "")), ""),
                names.get(str(c.other.get("by", "")), ""),
                side_text(session, c, c.winner),
                side_text(session, c, c.other),
            )
            for c in open_conflicts(session)
        ],
        exchanges=exchanges(session),
    )


def peer_statuses(session: Session) -> list[PeerStatus]:
    """Every laptop heard from, with how many records the next file to it would hold."""
    known = peers(session)
    if not known:
        return []
    local = load_local(session)
    out = []
    for peer in known:
        plan = plan_for(session, local, VersionVector.from_json(peer.acked))
        waiting = (
            None if any(ids is None for _e, ids in plan) else sum(len(i or ()) for _e, i in plan)
        )
        out.append(
            PeerStatus(peer.replica_id, peer.name, peer.last_sent, peer.last_received, waiting)
        )
    return out


def laptop_names(session: Session) -> dict[str, str]:
    """Laptop (replica) id -> its name: the peers', and this file's own ids (a fork's earlier
    ones included) as this laptop's name."""
    names = {p.replica_id: p.name for p in peers(session)}
    rows = session.connection().execute(text("SELECT id, name FROM replica")).all()
    for rid, name in rows:
        names[str(rid)] = str(name)
    return names


def peer_name(session: Session, replica_id: str) -> str:
    """A laptop's name by its id; "" when this file never heard of it."""
    return laptop_names(session).get(replica_id, "")


def record_label(session: Session, entity: str, record_id: str, *, depth: int = 0) -> str:
    """A record's name as the KAM knows it: an order's number, a client's name; a record
    without one is named by what it belongs to ("SO-2026-000123" for an order's line)."""
    ent = entities().get(entity)
    if ent is None:
        return ""
    naming = [c for c in _NAMING if c in ent.table.columns]
    links = [fk for fk, _parent in parents_of(entity)]
    wanted = naming + [fk for fk in links if fk not in naming]
    if not wanted:
        return ""
    row = (
        session.connection()
        .execute(
            text(f"SELECT {', '.join(wanted)} FROM {entity} WHERE id = :id"), {"id": record_id}
        )
        .first()
    )
    if row is None:
        return ""
    values: dict[str, Any] = dict(zip(wanted, row, strict=True))
    own = next((str(values[c]) for c in naming if values[c] not in (None, "")), "")
    if own or depth > 1:
        return own
    for fk, parent in parents_of(entity):
        if values.get(fk):
            label = record_label(session, parent, str(values[fk]), depth=depth + 1)
            if label:
                return label
    return ""


def side_text(session: Session, c: OpenConflict, side: dict[str, Any]) -> str:
    """One side's value as a person reads it: amounts as decimals, a twin by its name."""
    if side.get("deleted") or ("kept" in side and c.kind != "revived_by_child"):
        return ""
    value = side.get("shown", side.get("value"))
    if c.kind == "twin" and value is not None:
        return record_label(session, c.entity, str(value)) or str(value)
    if c.kind == "overpaid" and isinstance(value, int):
        return str(from_minor(value))
    if c.kind == "revived_by_child" and isinstance(value, str) and " " in value:
        entity, _space, record_id = value.partition(" ")
        return record_label(session, entity, record_id)
    return "" if value is None else str(value)
