"""One exchange between a laptop and the team server: push, then pull, in two open transactions.

The server is one more replica (docs/team-server.md, section 2): no kamdesk process runs there,
the laptop opens both databases and runs the same merge as for a file. What a file would carry
goes as an in-memory stream of bundle records: push = what the server has not seen of the
laptop's records (planned against the server's own version vector, read in this transaction:
a true "has seen", not an acknowledgement), merged into the server by the importer; pull = what
the laptop has not seen of the server's, planned against the laptop's vector after the push,
merged into the laptop. Both sides keep the exchange in their history (`sync_exchange`) and
each other's vector (`sync_peer`), as for files.

The pull also follows the KAM's scope (services.server.scope), computed after the push (which
may have ended an assignment: the laptop's offline edits reach the server first). Clients
entering it come whole, whatever the laptop's vector says; clients leaving it go out of sight
on the laptop after the pull. The laptop still takes the server's whole vector, although under
row-level security it received only its scope's records: the events it claims without holding
them are all of records out of its scope, and such a record reaches the laptop only with its
client entering, which comes whole. Taking only the contexts received would claim less but
cost every pull its shortcut (`export._floor` needs the laptop to cover an exchange's vector)
and, for a laptop joined with another baseline, make every pull a full one.

Neither transaction is committed here: the caller commits the server first, then the laptop
(services.server.run). If the laptop's commit fails after the server's, nothing is lost: the
next exchange pushes the same again (the merge is idempotent) and pulls what it missed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kamdesk.domain.clock import VersionVector
from kamdesk.services.server.scope import (
    bring_back,
    put_out_of_sight,
    records_under,
    scope_moves,
    with_whole,
)
from kamdesk.services.server.stranded import Gate, gate_for
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.export import Plan, bundle_header, bundle_items, plan_for
from kamdesk.services.sync.gc_pause import fewer_collections
from kamdesk.services.sync.importer import ImportSummary, apply_bundle
from kamdesk.services.sync.peers import record_exchange
from kamdesk.services.sync.store import Local, load_local, save_local
from kamdesk.services.team.handover import end_leaving
from kamdesk.sync.bundle import BundleBlob, BundleRecord

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exchange:
    """What one exchange sent and what it did on each side."""

    server_id: str
    sent: int  # records pushed to the server and merged there (the stranded ones apart)
    received: int  # records pulled from it
    pushed: ImportSummary  # the push as the server merged it
    pulled: ImportSummary  # the pull as this laptop merged it
    seconds: tuple[float, float] = (0.0, 0.0)  # the push's and the pull's (for benchmarks)
    entered: frozenset[str] = frozenset()  # clients that entered the KAM's scope
    left: frozenset[str] = frozenset()  # clients that left it (out of sight here now)
    stranded: int = 0  # records sent that the login may not write: kept for a manager (4.3)

    @property
    def nothing(self) -> bool:
        return self.pushed.nothing and self.pulled.nothing


def exchange(laptop: Session, server: Session, *, label: str = "") -> Exchange:
    """Push this laptop's changes the server lacks, then pull what the laptop lacks. `label`
    names the exchange in both histories (where a file's name would be)."""
    with fewer_collections():
        return _exchange(laptop, server, label)


def _exchange(laptop: Session, server: Session, label: str) -> Exchange:
    mine = capture(laptop) or load_local(laptop)
    theirs = capture(server) or load_local(server)
    if mine.replica == theirs.replica:
        raise ValueError("the laptop and the server are the same replica")
    started = time.perf_counter()
    gate = gate_for(laptop, server, mine)  # what the login may not write goes to `stranded`
    sent, pushed = _send(laptop, mine, server, theirs.replica, theirs.vector, label, gate=gate)
    end_leaving(server)  # a handover's outgoing KAM: their edits are in, their part ends (3.5)
    between = time.perf_counter()
    theirs = load_local(server)  # as the push left it
    mine = load_local(laptop)
    moves = scope_moves(laptop, server)
    plan = plan_for(server, theirs, mine.vector)
    full = all(ids is None for _entity, ids in plan)  # a first pull: every record already
    whole = {} if full else records_under(server, moves.entering)
    bring_back(laptop, whole)
    received, pulled = _send(
        server, theirs, laptop, mine.replica, mine.vector, label, with_whole(plan, whole),
        whole=bool(whole),
    )  # fmt: skip
    put_out_of_sight(laptop, moves.leaving)  # for good: the server holds it all (pushed first)
    seconds = (between - started, time.perf_counter() - between)
    held = len(gate.held) if gate else 0  # sent too, but kept apart: not counted as sent
    return Exchange(
        theirs.replica, sent - held, received, pushed, pulled, seconds,
        entered=moves.entering, left=moves.leaving, stranded=held,
    )  # fmt: skip


def _send(
    source: Session,
    local: Local,
    target: Session,
    target_id: str,
    known: VersionVector,
    label: str,
    plan: Plan | None = None,
    *,
    whole: bool = False,
    gate: Gate | None = None,
) -> tuple[int, ImportSummary]:
    """What `target` (whose whole knowledge is `known`) lacks of `source`'s records, merged
    into it; the sending recorded on the source's side as an export would. With `whole`, the
    plan holds records `known` may claim (clients entering scope): none is skipped. A `gate`
    keeps apart what the server's login may not write (services.server.stranded)."""
    header = bundle_header(source, local, target_id, known)
    counts: Counter[str] = Counter()
    plan = plan if plan is not None else plan_for(source, local, known)
    items = _counted(bundle_items(source, local, plan), counts)
    if gate is not None:
        items = gate.passed(items)
    summary = apply_bundle(target, items, header, file_name=label, whole=whole)
    if gate is not None:
        gate.keep(local.replica)
    record_exchange(
        source, local, header.bundle_id, "out", None, header.kind, label, dict(counts),
        peer_id=target_id, peer_name=summary_name(target),
    )  # fmt: skip
    save_local(source, local)
    return sum(counts.values()), summary


def _counted(
    items: Iterator[BundleRecord | BundleBlob], counts: Counter[str]
) -> Iterator[BundleRecord | BundleBlob]:
    for item in items:
        if isinstance(item, BundleRecord):
            counts[item.entity] += 1
        yield item


def summary_name(session: Session) -> str:
    """The replica's name as the other side's history shows it."""
    from kamdesk.services.replica import current_replica

    me = current_replica(session)
    return me.name if me else ""
