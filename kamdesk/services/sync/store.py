"""This file's sync bookkeeping: its clocks and knowledge, and the states of its records.

A record's state is in `sync_state` once it changed since sync began; a record without one is
a baseline record (kamdesk.sync.codec.baseline), its state made from the row. Every read and
write goes through the unit of work's connection, in its transaction.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids, stream_rows, upsert_many
from kamdesk.domain.clock import Dot, Hlc, VersionVector
from kamdesk.domain.merge import RecordState, Value
from kamdesk.models.base import UTCDateTime, utcnow
from kamdesk.models.sync import SyncState
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync.tables import Entity, entities
from kamdesk.sync import codec

Key = tuple[str, str]


def now_ms() -> int:
    return int(time.time() * 1000)


_TIME = UTCDateTime()


def time_text(moment: datetime) -> str:
    """A moment as the bookkeeping tables store it (the UTC text every table uses)."""
    return str(_TIME.process_bind_param(moment, None))  # type: ignore[arg-type]


def now_text() -> str:
    return time_text(utcnow())


def time_of(text: str | None) -> datetime | None:
    return None if text is None else _TIME.process_result_value(text, None)  # type: ignore[arg-type]


@dataclass
class Local:
    """This file's clocks: who it is, its baseline, its HLC, every event it holds, its counter
    of state changes (what an incremental export looks past)."""

    replica: str
    baseline: str
    clock: Hlc
    vector: VersionVector
    seq: int

    def next_dot(self) -> Dot:
        dot = self.vector.next_dot(self.replica)
        self.vector = self.vector.add(dot)
        return dot

    def tick(self) -> Hlc:
        self.clock = self.clock.tick(now_ms())
        return self.clock

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


def _meta(session: Session) -> dict[str, str]:
    rows = session.connection().execute(text("SELECT key, value FROM sync_meta")).all()
    return {str(k): str(v) for k, v in rows}


def load_local(session: Session) -> Local:
    """The bookkeeping, with the live replica (one is made if the file has none yet)."""
    from kamdesk.services.replica import ensure_replica

    replica = ensure_replica(session)
    meta = _meta(session)
    baseline = meta["baseline"]
    clock = Hlc.from_text(meta["clock"]) if "clock" in meta else Hlc(0, 0, replica)
    if clock.replica != replica:  # the file forked: same time, new name
        clock = Hlc(clock.wall_ms, clock.counter, replica)
    vector = VersionVector.from_json(meta.get("vector", "{}"))
    if vector.get(baseline) < 2:
        vector = vector.merge(VersionVector.of({baseline: 2}))
    return Local(replica, baseline, clock, vector, int(meta.get("seq", "0")))


def save_local(session: Session, local: Local) -> None:
    values = {
        "baseline": local.baseline,
        "clock": local.clock.to_text(),
        "vector": local.vector.to_json(),
        "seq": str(local.seq),
    }
    session.connection().execute(SET_META, [{"k": k, "v": v} for k, v in values.items()])


SET_META = text(
    "INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def blob_name(data: bytes) -> str:
    return codec.BLOB_PREFIX + hashlib.sha256(data).hexdigest()


@dataclass
class Row:
    values: dict[str, Value]
    deleted: bool
    blobs: dict[str, bytes] = field(default_factory=dict)


def _row(entity: Entity, raw: Sequence[Any]) -> Row:
    values: dict[str, Value] = {}
    blobs: dict[str, bytes] = {}
    for name, value in zip(entity.fields, raw[1:-1], strict=True):
        if name in entity.blobs and value is not None:
            data = bytes(value)
            values[name] = blob_name(data)
            blobs[values[name]] = data  # type: ignore[index]
        elif name in entity.bools and value is not None:
            values[name] = int(value)  # PostgreSQL's booleans read as SQLite's 0/1
        else:
            values[name] = value
    return Row(values, raw[-1] is not None, blobs)


def read_rows(session: Session, entity: Entity, ids: Sequence[str]) -> dict[str, Row]:
    """The rows of `ids` as sync sees them (field values, deleted or not), by id."""
    conn = session.connection()
    out: dict[str, Row] = {}
    sql = in_ids(
        f"SELECT id, {entity.columns}, deleted_at FROM {entity.name} WHERE id IN :ids", "ids"
    )
    for chunk in in_chunks(list(ids)):
        for raw in conn.execute(sql, {"ids": list(chunk)}).all():
            out[str(raw[0])] = _row(entity, raw)
    return out


def all_rows(session: Session, entity: Entity) -> Iterator[tuple[str, Row]]:
    """Every row of `entity` (live and tombstoned), streamed in id order."""
    sql = f"SELECT id, {entity.columns}, deleted_at FROM {entity.name} ORDER BY id"
    for raw in stream_rows(session.connection(), sql):
        yield str(raw[0]), _row(entity, raw)


def read_states(session: Session, entity: str, ids: Iterable[str]) -> dict[str, RecordState]:
    """The kept states of `ids` (records changed since sync began), by id."""
    texts = read_state_texts(session, entity, ids)
    return {rid: codec.decode(entity, json.loads(text)) for rid, text in texts.items()}


def read_state_texts(session: Session, entity: str, ids: Iterable[str]) -> dict[str, str]:
    """The kept states of `ids` as kept: codec.encode's JSON, by id."""
    conn = session.connection()
    out: dict[str, str] = {}
    for chunk in in_chunks(list(ids)):
        rows = conn.execute(STATE_TEXTS, {"e": entity, "ids": list(chunk)}).all()
        out.update((str(record_id), str(text)) for record_id, text in rows)
    return out


def holds_of(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Why sync holds each of these records, for those it holds (`sync_held`): looked up by
    key, not read whole (a KAM's laptop may hold the rows of many clients out of scope)."""
    by_entity: dict[str, list[str]] = {}
    for name, record_id in keys:
        by_entity.setdefault(name, []).append(record_id)
    conn = session.connection()
    out: dict[tuple[str, str], str] = {}
    for name, ids in by_entity.items():
        for chunk in in_chunks(sorted(set(ids))):
            for record_id, why in conn.execute(HOLDS, {"e": name, "ids": list(chunk)}):
                out[(name, str(record_id))] = str(why)
    return out


HOLDS = in_ids(
    "SELECT record_id, reason FROM sync_held WHERE entity = :e AND record_id IN :ids", "ids"
)
STATE_TEXTS = in_ids(
    "SELECT record_id, state FROM sync_state WHERE entity = :e AND record_id IN :ids", "ids"
)


def state_of(
    local: Local, entity: str, record_id: str, kept: RecordState | None, row: Row | None
) -> RecordState | None:
    """A record's state: the kept one, else the baseline made from its row, else None."""
    if kept is not None:
        return kept
    if row is None:
        return None
    return codec.baseline(entity, record_id, row.values, local.baseline, deleted=row.deleted)


def write_states(session: Session, local: Local, states: Iterable[RecordState]) -> None:
    """Keep the states (a baseline state is dropped: the row says it all)."""
    keep: list[dict[str, Any]] = []
    drop: list[dict[str, str]] = []
    for state in states:
        if codec.is_baseline(state, local.baseline):
            drop.append({"e": state.entity, "r": state.record_id})
        else:
            kept = json.dumps(codec.encode(state), separators=(",", ":"), ensure_ascii=False)
            keep.append({
                "entity": state.entity, "record_id": state.record_id, "state": kept,
                "seq": local.next_seq(),
            })  # fmt: skip
    conn = session.connection()
    if keep:
        upsert_many(conn, STATES, KEEP_STATE, keep, ("entity", "record_id"))
    if drop:
        conn.execute(text("DELETE FROM sync_state WHERE entity = :e AND record_id = :r"), drop)


STATES = SyncState.metadata.tables["sync_state"]
KEEP_STATE = text(
    "INSERT INTO sync_state (entity, record_id, state, seq) VALUES (:entity, :record_id, :state, "
    ":seq) ON CONFLICT (entity, record_id) DO UPDATE SET state = excluded.state, "
    "seq = excluded.seq"
)


def entity(name: str) -> Entity:
    return entities()[name]
