"""Export: a bundle of every record a peer has not acknowledged (or of all, for a new laptop).

A peer acknowledges with the version vector in the header of the bundles it sends: every event
up to those counters, it holds. An incremental export to it holds each record whose state has
an event beyond that, so a lost file does no harm (the next one holds the same and more) and a
late file changes nothing (merging is idempotent). Records changed locally since an exchange
whose vector the peer has acknowledged are the only ones looked at (`sync_exchange.seq`).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk import __version__
from kamdesk.db import head_revision
from kamdesk.db.dialect import stream_rows
from kamdesk.domain.clock import VersionVector
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.services.replica import current_replica
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.peers import Peer, find_peer, record_exchange
from kamdesk.services.sync.store import (
    Local,
    Row,
    all_rows,
    load_local,
    read_rows,
    read_state_texts,
    save_local,
)
from kamdesk.services.sync.tables import Entity, entities
from kamdesk.sync import codec
from kamdesk.sync.bundle import BundleBlob, BundleHeader, BundleRecord, BundleWriter

Progress = Callable[[int, int], None]


class Cancelled(UserError):
    """The user stopped an export or import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("Stopped: nothing was written."))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    peer: str | None  # the peer's name, when the file is for one
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def export_bundle(
    session: Session,
    out: Path,
    *,
    peer: str | None = None,
    full: bool = False,
    passphrase: str | None = None,
    encrypt: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write `out`: for `peer` (a name or id), what it has not acknowledged; else everything.

    The caller commits the session (the capture and the exchange are written in it); a failure
    or a cancel leaves no file behind.
    """
    if encrypt and not passphrase:
        raise UserError(_("Enter a passphrase for the sync file (the team's shared one)."))

    local = capture(session) or load_local(session)
    target = find_peer(session, peer) if peer else None
    if peer and target is None:
        full = True  # never heard from it: it gets everything, addressed to anyone
    acked = None if full or target is None else VersionVector.from_json(target.acked)
    header = bundle_header(session, local, target.replica_id if target else None, acked)
    plan = plan_for(session, local, acked)
    total = sum(len(ids) if ids is not None else _count(session, e) for e, ids in plan)
    counts: Counter[str] = Counter()
    done = 0
    with BundleWriter(out, header, passphrase=passphrase, encrypt=encrypt) as writer:
        for item in bundle_items(session, local, plan):
            if isinstance(item, BundleBlob):
                writer.add_blob(item.data)
                continue
            if cancelled is not None and done % 500 == 0 and cancelled():
                raise Cancelled()
            writer.add_record(item.entity, item.data)
            counts[item.entity] += 1
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)
    if progress is not None:
        progress(done, total)
    record_exchange(
        session, local, header.bundle_id, "out", target, header.kind, out.name, dict(counts)
    )
    save_local(session, local)
    return ExportResult(out, header.kind, target.name if target else peer, dict(counts))


Plan = list[tuple[Entity, list[str] | None]]  # ids to send, or None for every row


def bundle_header(
    session: Session, local: Local, recipient: str | None, acked: VersionVector | None
) -> BundleHeader:
    """The header of what this replica sends `recipient` (None: anyone), knowing `acked`."""
    me = current_replica(session)
    return BundleHeader(
        bundle_id=str(uuid.uuid4()),
        schema_revision=head_revision(),
        sender=local.replica,
        sender_name=me.name if me else "",
        recipient=None if acked is None else recipient,
        kind="full" if acked is None else "incremental",
        version_vector=local.vector.as_dict(),
        created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        app_version=__version__,
        baseline=local.baseline,
    )


def plan_for(session: Session, local: Local, acked: VersionVector | None) -> Plan:
    """Per entity (parents first), the records to send."""
    if acked is None:
        return [(e, None) for e in entities().values()]
    conn = session.connection()
    floor = _floor(session, acked)
    wanted: dict[str, list[str]] = {}
    for entity, record_id, state in conn.execute(
        text("SELECT entity, record_id, state FROM sync_state WHERE seq > :floor"),
        {"floor": floor},
    ):
        context = VersionVector.of(json.loads(state)["c"])
        if not acked.dominates(context):
            wanted.setdefault(str(entity), []).append(str(record_id))
    if acked.get(local.baseline) < 2:  # it never had this file's baseline: all of it
        return [(e, None) for e in entities().values()]
    return [(e, wanted[name]) for name, e in entities().items() if name in wanted]


def _floor(session: Session, acked: VersionVector) -> int:
    """The highest change counter of an exchange whose knowledge the peer has acknowledged."""
    best = 0
    for seq, vector in session.connection().execute(
        text("SELECT seq, vector FROM sync_exchange ORDER BY seq DESC")
    ):
        if acked.dominates(VersionVector.from_json(vector)):
            best = max(best, int(seq))
            break
    return best


def _count(session: Session, entity: Entity) -> int:
    return int(
        session.connection().exec_driver_sql(f"SELECT count(*) FROM {entity.name}").scalar_one()
    )


def bundle_items(session: Session, local: Local, plan: Plan) -> Iterator[BundleRecord | BundleBlob]:
    """The plan's records as a bundle holds them, each blob once and before the first record
    naming it: what export_bundle writes to a file, and what an exchange with the team server
    hands to importer.apply_bundle in memory (docs/team-server.md 2.1, step 5)."""
    sent: set[str] = set()
    for entity, data, row in _records(session, local, plan):
        if row is not None:
            for name in entity.blobs:
                ref = row.values.get(name)
                if isinstance(ref, str) and ref in row.blobs and ref not in sent:
                    sent.add(ref)
                    yield BundleBlob(ref.removeprefix(codec.BLOB_PREFIX), row.blobs[ref])
        yield BundleRecord(entity.name, data)


def _records(
    session: Session, local: Local, plan: Plan
) -> Iterator[tuple[Entity, dict[str, Any], Row | None]]:
    """Each record to send, as its bundle object: a kept state as kept (it is codec.encode's
    own output), a baseline record made from its row. Records held out of sight for scope (a
    client taken from this laptop's KAM: services.server.scope) are never sent: their rows'
    tombstones are no deletes, and every edit of them was pushed before they went."""
    hidden = _out_of_sight(session)
    for entity, ids in plan:
        if ids is None:
            records = _every_record(session, local, entity)
            yield from (r for r in records if (entity.name, r[1]["id"]) not in hidden)
            continue
        rows = read_rows(session, entity, ids)
        kept = read_state_texts(session, entity.name, ids)
        for record_id in sorted(ids):
            if (entity.name, record_id) in hidden:
                continue
            found = rows.get(record_id)
            if record_id in kept:
                yield entity, json.loads(kept[record_id]), found
            elif found is not None:
                yield entity, _baseline(local, record_id, found), found


def _out_of_sight(session: Session) -> set[tuple[str, str]]:
    return {
        (str(e), str(r))
        for e, r in session.connection().exec_driver_sql(
            "SELECT entity, record_id FROM sync_held WHERE reason = 'scope'"
        )
    }


def _every_record(
    session: Session, local: Local, entity: Entity
) -> Iterator[tuple[Entity, dict[str, Any], Row | None]]:
    """Every row of the entity with its kept state, if any; then the kept states of records
    removed for good. Rows and states are both read in id order and walked side by side, so
    memory holds a batch of each (and the ids of the removed records), never a whole table."""
    states = _kept_states(session, entity.name)
    pending = next(states, None)
    removed: list[str] = []
    for record_id, row in all_rows(session, entity):
        while pending is not None and pending[0] < record_id:
            removed.append(pending[0])
            pending = next(states, None)
        if pending is not None and pending[0] == record_id:
            yield entity, json.loads(pending[1]), row
            pending = next(states, None)
        else:
            yield entity, _baseline(local, record_id, row), row
    while pending is not None:
        removed.append(pending[0])
        pending = next(states, None)
    for record_id in sorted(removed):  # rows removed for good
        kept = read_state_texts(session, entity.name, [record_id])[record_id]
        yield entity, json.loads(kept), None


def _baseline(local: Local, record_id: str, row: Row) -> dict[str, Any]:
    return codec.encode_baseline(record_id, row.values, local.baseline, deleted=row.deleted)


def _kept_states(session: Session, entity: str) -> Iterator[tuple[str, str]]:
    """(record id, state text) of the entity's kept states, in id order, streamed."""
    for record_id, state in stream_rows(
        session.connection(),
        "SELECT record_id, state FROM sync_state WHERE entity = :e ORDER BY record_id",
        {"e": entity},
    ):
        yield str(record_id), str(state)


__all__ = ["Cancelled", "ExportResult", "Peer", "export_bundle"]
