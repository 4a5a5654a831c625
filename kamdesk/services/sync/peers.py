"""The other laptops: who they are, what each acknowledged, the history of files exchanged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
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
    rows = session.connection().execute(
        text(
            "SELECT replica_id, name, acked, last_sent, last_received FROM sync_peer ORDER BY name"
        )
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
    row = conn.execute(
        text("SELECT acked FROM sync_peer WHERE replica_id = :r"), {"r": replica_id}
    ).first()
    acked = vector if row is None else VersionVector.from_json(str(row[0])).merge(vector)
    conn.execute(
        text(
            "INSERT INTO sync_peer(replica_id, name, acked, last_sent, last_received) "
            "VALUES (:r, :n, :a, NULL, :at) ON CONFLICT (replica_id) DO UPDATE SET "
            "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE sync_peer.name END, "
            "acked = excluded.acked, last_received = excluded.last_received"
        ),
        {"r": replica_id, "n": name, "a": acked.to_json(), "at": time_text(utcnow())},
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
    values = {
        "bundle_id": bundle_id,
        "direction": direction,
        "peer_id": peer.replica_id if peer else peer_id,
        "peer_name": peer.name if peer else peer_name,
        "at": now,
        "kind": kind,
        "file_name": file_name[:260],
        "summary": json.dumps(counts, sort_keys=True),
        "seq": local.seq,
        "vector": local.vector.to_json(),
    }
    conn.execute(
        text(
            f"INSERT INTO sync_exchange({', '.join(values)}) "
            f"VALUES ({', '.join(':' + n for n in values)}) ON CONFLICT (bundle_id) DO UPDATE SET "
            + ", ".join(f"{n} = excluded.{n}" for n in list(values)[1:])
        ),
        values,
    )
    if peer is not None and direction == "out":
        conn.execute(
            text("UPDATE sync_peer SET last_sent = :now WHERE replica_id = :r"),
            {"now": now, "r": peer.replica_id},
        )


def applied(session: Session, bundle_id: str) -> bool:
    """Whether this bundle was imported here before (a replayed file changes nothing anyway)."""
    return (
        session.connection()
        .execute(
            text("SELECT 1 FROM sync_exchange WHERE bundle_id = :b AND direction = 'in'"),
            {"b": bundle_id},
        )
        .first()
        is not None
    )


def exchanges(session: Session, limit: int = 200) -> list[Exchange]:
    rows = session.connection().execute(
        text(
            "SELECT bundle_id, direction, peer_name, at, kind, file_name, summary "
            "FROM sync_exchange ORDER BY at DESC LIMIT :n"
        ),
        {"n": limit},
    )
    out = []
    for r in rows:
        at = time_of(r[3])
        assert at is not None
        out.append(
            Exchange(str(r[0]), str(r[1]), str(r[2]), at, str(r[4]), str(r[5]), json.loads(r[6]))
        )
    return out
