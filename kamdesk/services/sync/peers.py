"""The other laptops: who they are, what each acknowledged, the history of files exchanged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kamdesk.domain.clock import VersionVector
from kamdesk.models.base import utcnow
from kamdesk.services.sync.store import Local, time_of, time_text


@dataclass(frozen=True)
class Peer:
    replica_id: str
    name: str
    acked: str  # version vector, JSON
    last_sent: datetime | None
    last_received: datetime | None


@dataclass(frozen=True)
class Exchange:
    bundle_id: str
    direction: str  # "out" or "in"
    peer_name: str
    at: datetime
    kind: str
    file_name: str
    counts: dict[str, int]


def peers(session: Session) -> list[Peer]:
    rows = session.connection().exec_driver_sql(
        "SELECT replica_id, name, acked, last_sent, last_received FROM sync_peer ORDER BY name"
    )
    return [Peer(str(r[0]), str(r[1]), str(r[2]), time_of(r[3]), time_of(r[4])) for r in rows]


def find_peer(session: Session, name_or_id: str) -> Peer | None:
    """A peer by id, or by its name (case and spaces aside)."""
    wanted = " ".join(name_or_id.split()).casefold()
    for peer in peers(session):
        if peer.replica_id == name_or_id or " ".join(peer.name.split()).casefold() == wanted:
            return peer
    return None


def heard_from(session: Session, replica_id: str, name: str, vector: VersionVector) -> None:
    """A bundle from `replica_id` was applied: it holds (at least) `vector`."""
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT acked FROM sync_peer WHERE replica_id = ?", (replica_id,)
    ).first()
    acked = vector if row is None else VersionVector.from_json(str(row[0])).merge(vector)
    conn.exec_driver_sql(
        "INSERT INTO sync_peer(replica_id, name, acked, last_sent, last_received) "
        "VALUES (?, ?, ?, NULL, ?) ON CONFLICT(replica_id) DO UPDATE SET "
        "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE sync_peer.name END, "
        "acked = excluded.acked, last_received = excluded.last_received",
        (replica_id, name, acked.to_json(), time_text(utcnow())),
    )


def record_exchange(
    session: Session,
    local: Local,
    bundle_id: str,
    direction: str,
    peer: Peer | None,
    kind: str,
    file_name: str,
    counts: dict[str, int],
    *,
    peer_id: str | None = None,
    peer_name: str = "",
) -> None:
    conn = session.connection()
    now = time_text(utcnow())
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_exchange(bundle_id, direction, peer_id, peer_name, at, kind, "
        "file_name, summary, seq, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle_id,
            direction,
            peer.replica_id if peer else peer_id,
            peer.name if peer else peer_name,
            now,
            kind,
            file_name[:260],
            json.dumps(counts, sort_keys=True),
            local.seq,
            local.vector.to_json(),
        ),
    )
    if peer is not None and direction == "out":
        conn.exec_driver_sql(
            "UPDATE sync_peer SET last_sent = ? WHERE replica_id = ?", (now, peer.replica_id)
        )


def applied(session: Session, bundle_id: str) -> bool:
    """Whether this bundle was imported here before (a replayed file changes nothing anyway)."""
    return (
        session.connection()
        .exec_driver_sql(
            "SELECT 1 FROM sync_exchange WHERE bundle_id = ? AND direction = 'in'", (bundle_id,)
        )
        .first()
        is not None
    )


def exchanges(session: Session, limit: int = 200) -> list[Exchange]:
    rows = session.connection().exec_driver_sql(
        "SELECT bundle_id, direction, peer_name, at, kind, file_name, summary "
        "FROM sync_exchange ORDER BY at DESC LIMIT ?",
        (limit,),
    )
    out = []
    for r in rows:
        at = time_of(r[3])
        assert at is not None
        out.append(
            Exchange(str(r[0]), str(r[1]), str(r[2]), at, str(r[4]), str(r[5]), json.loads(r[6]))
        )
    return out
