"""A manager settles stranded changes (docs/team-server.md 4.3): `kamdesk server stranded`.

Each is a laptop's whole record state its KAM's login could not write (services.server.stranded).
Listed per client with who made them and who holds the client now; applied, the state is merged
into the server as the manager (the manager's own row-level security decides: a change to a
client outside the team is the head office's), then the server adds an event of its own to the
record, so it travels on to every laptop holding the record, even one whose version vector
already claims the stranded event (the server took the laptop's whole vector at the push: 2.3);
dropped, it is marked so and goes nowhere. A settled change stays listed with its outcome.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kamdesk import __version__
from kamdesk.db import head_revision
from kamdesk.domain import merge
from kamdesk.domain.merge import RecordState
from kamdesk.errors import KamdeskError, StorageError, UserError
from kamdesk.messages import _
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.importer import apply_bundle
from kamdesk.services.sync.store import (
    load_local,
    now_ms,
    read_rows,
    read_states,
    save_local,
    state_of,
    write_states,
)
from kamdesk.services.sync.tables import entities, rules_for
from kamdesk.sync import codec
from kamdesk.sync.bundle import BundleBlob, BundleHeader, BundleRecord

APPLIED, DROPPED = "applied", "dropped"


@dataclass(frozen=True)
class StrandedChange:
    """One stranded record state, as a manager reads it."""

    id: str
    entity: str
    record_id: str
    client_id: str | None  # None: a shared record (the catalogue, prices, people)
    client_name: str  # '' for a shared record
    by: str  # the KAM who made it
    holders: str  # who holds the client now (its live assignments' KAMs), '' if none
    at: datetime
    outcome: str | None  # None while unsettled


@dataclass(frozen=True)
class StrandedGroup:
    """The changes of one client by one KAM: "Kovács Kft.: 3 changes by Anna after the
    handover to Elena"."""

    client_id: str | None
    client_name: str
    by: str
    holders: str
    changes: tuple[StrandedChange, ...]


LIST = """
SELECT s.id, s.entity, s.record_id, s.client_id, coalesce(c.name, ''), coalesce(k.name, s.kam_id),
       coalesce((SELECT string_agg(h.name, ', ' ORDER BY a.position, h.name)
                 FROM client_kam a JOIN kam h ON h.id = a.kam_id
                 WHERE a.client_id = s.client_id AND a.deleted_at IS NULL
                   AND a.leaving_since IS NULL), ''),
       s.at, s.outcome
FROM stranded s LEFT JOIN client c ON c.id = s.client_id LEFT JOIN kam k ON k.id = s.kam_id
{where}
ORDER BY coalesce(c.name, ''), s.client_id NULLS FIRST, k.name, s.at, s.id
"""


def list_stranded(server: Session, *, settled: bool = False) -> list[StrandedChange]:
    """The stranded changes this login may read (a KAM their own, a manager the team's, the
    head office all), unsettled ones only unless `settled`."""
    where = "" if settled else "WHERE s.settled_at IS NULL"
    rows = server.execute(text(LIST.format(where=where))).all()
    return [
        StrandedChange(
            str(i),
            str(e),
            str(r),
            None if c is None else str(c),
            str(cn),
            str(by),
            str(h),
            at,
            None if o is None else str(o),
        )
        for i, e, r, c, cn, by, h, at, o in rows
    ]


def open_count(server: Session) -> int:
    """How many stranded changes this login may read wait to be settled."""
    return int(
        server.execute(text("SELECT count(*) FROM stranded WHERE settled_at IS NULL")).scalar_one()
    )


def grouped(changes: list[StrandedChange]) -> list[StrandedGroup]:
    """Per client (shared records first) and KAM, in the order listed."""
    groups: dict[tuple[str | None, str], list[StrandedChange]] = {}
    for change in changes:
        groups.setdefault((change.client_id, change.by), []).append(change)
    return [
        StrandedGroup(cid, items[0].client_name, by, items[0].holders, tuple(items))
        for (cid, by), items in groups.items()
    ]


def _row(server: Session, change_id: str) -> tuple[str, str, str, dict[str, Any], dict[str, str]]:
    row = server.execute(
        text(
            "SELECT entity, record_id, replica_id, state, blobs FROM stranded "
            "WHERE id = :id AND settled_at IS NULL FOR UPDATE"
        ),
        {"id": change_id},
    ).first()
    if row is None:
        raise UserError(
            _(
                "No unsettled stranded change {id} that this login may settle: see `kamdesk "
                "server stranded` for the list."
            ).format(id=change_id)
        )
    entity, record_id, replica, state, blobs = row
    state = json.loads(state) if isinstance(state, str) else state
    blobs = json.loads(blobs) if isinstance(blobs, str) else blobs
    return str(entity), str(record_id), str(replica), dict(state), dict(blobs or {})


def _settle(server: Session, change_id: str, outcome: str) -> None:
    server.execute(
        text(
            "UPDATE stranded SET settled_at = now(), settled_by = kamdesk.caller(), "
            "outcome = :o WHERE id = :id"
        ),
        {"o": outcome, "id": change_id},
    )


def drop_stranded(server: Session, change_id: str) -> None:
    """Mark the change dropped: it reaches no other database, and the KAM's own laptop is
    answered (`_answer`)."""
    entity, _id, _replica, state, _blobs = _row(server, change_id)
    _answer(server, entity, codec.decode(entity, state))
    _settle(server, change_id, DROPPED)


def _answer(server: Session, entity: str, theirs: RecordState) -> None:
    """The server's answer to a dropped state of a record it holds: an edit of its own, made
    after seeing the dropped one, setting each field the dropped state changed to what the
    server holds. The KAM's laptop (which pushed the dropped state and still shows it) merges
    that edit as any other and shows the server's values again; without it, it would keep its
    own for good, unsent (the server's vector claims it). A record the server does not hold, or
    holds deleted, is not answered: nothing to set its fields to."""
    local = capture(server) or load_local(server)
    record_id = theirs.record_id
    row = read_rows(server, entities()[entity], [record_id]).get(record_id)
    kept = read_states(server, entity, [record_id]).get(record_id)
    mine = state_of(local, entity, record_id, kept, row)
    if mine is None or mine.deleted:
        return
    changed = {
        name
        for name, versions in theirs.fields.items()
        if name in mine.fields and any(not mine.context.covers(v.dot) for v in versions)
    }
    if not changed and not any(not mine.context.covers(t.dot) for t in theirs.tombstones):
        return  # the server has seen all of it already
    newest = max((v.stamp for vs in theirs.fields.values() for v in vs), default=local.clock)
    local.clock = local.clock.receive(newest, now_ms())
    seen = replace(mine, context=mine.context.merge(theirs.context))
    shown = rules_for(server).values(mine)  # what the server's row shows (the hub's authority)
    after = merge.edit(
        seen, {name: shown[name] for name in sorted(changed)},
        replica=local.replica, stamp=local.tick(), dot=local.next_dot(),
    )  # fmt: skip
    write_states(server, local, [after])
    conflicts.refresh(server, [after])
    save_local(server, local)


def apply_stranded(server: Session, change_id: str) -> None:
    """Merge the change into the server as this login, then give the record an event of the
    server's own so that it travels to the laptops; marked applied."""
    entity, record_id, replica, state, blobs = _row(server, change_id)
    local = capture(server) or load_local(server)
    header = BundleHeader(
        bundle_id=str(uuid.uuid4()),
        schema_revision=head_revision(),
        sender=replica,
        sender_name="",
        recipient=None,
        kind="incremental",
        version_vector=dict(state.get("c") or {}),  # what the state itself has seen
        created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        app_version=__version__,
        baseline=local.baseline,
    )
    items: list[BundleRecord | BundleBlob] = [
        BundleBlob(ref.split(":", 1)[1], bytes.fromhex(data)) for ref, data in blobs.items()
    ]
    items.append(BundleRecord(entity, state))
    # `whole`: the server's vector claims this state's events (taken at the push) although it
    # holds them only here; without it a record new to the server would be skipped as purged
    apply_bundle(server, iter(items), header, file_name=f"stranded {change_id}", whole=True)
    local = load_local(server)
    merged = read_states(server, entity, [record_id]).get(record_id)
    if merged is not None:
        write_states(server, local, [replace(merged, context=merged.context.add(local.next_dot()))])
        save_local(server, local)
    _settle(server, change_id, APPLIED)


def _engine(url: str) -> tuple[Engine, str]:
    from kamdesk.db.server import shown
    from kamdesk.services.server.connect import sync_engine, sync_url

    target = sync_url(url)
    return sync_engine(target, "stranded"), shown(target)


def stranded_on_server(url: str, *, settled: bool = False) -> list[StrandedChange]:
    """`list_stranded` on the team server at `url` (read only)."""
    engine, where = _engine(url)
    reader = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with Session(reader) as server:
            from kamdesk.services.server.run import check_server

            check_server(server, engine, where)
            return list_stranded(server, settled=settled)
    except DBAPIError as exc:
        raise _refused(where, exc) from exc
    finally:
        engine.dispose()


def settle_on_server(url: str, change_id: str, outcome: str) -> None:
    """Apply or drop one stranded change on the team server at `url`, in one SERIALIZABLE
    transaction (queued with the exchanges that write, tried again as they are)."""
    from kamdesk.services.server.connect import with_retries, writer_queue
    from kamdesk.services.server.run import check_server

    engine, where = _engine(url)

    def attempt() -> None:
        with Session(engine) as server:
            check_server(server, engine, where)
            if outcome == APPLIED:
                apply_stranded(server, change_id)
            else:
                drop_stranded(server, change_id)
            server.commit()

    try:
        with writer_queue(engine):
            with_retries(attempt)
    except DBAPIError as exc:
        raise _refused(where, exc) from exc
    finally:
        engine.dispose()


def _refused(where: str, exc: DBAPIError) -> KamdeskError:
    from kamdesk.db.server import reason_of
    from kamdesk.services.server.connect import sqlstate

    if sqlstate(exc) == "42501":
        return UserError(
            _(
                "The team server {url} refused: {reason}. Stranded changes are settled by the "
                "manager of the KAM who made them (or by head office, for a client outside the "
                "manager's team)."
            ).format(url=where, reason=reason_of(exc))
        )
    return StorageError(
        _("The team server {url} refused: {reason}").format(url=where, reason=reason_of(exc))
    )
