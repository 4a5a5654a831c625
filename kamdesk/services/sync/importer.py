"""Import: a bundle merged into this file in one transaction, with a summary of what it did.

`apply_bundle` does the whole merge in the caller's unit of work; the caller commits it, or
rolls it back for a preview (`dry_run`). Nothing is written when a file is refused: every
refusal is raised before the commit. Steps: check the header (not from here, for here, a
schema this kamdesk reads), capture local edits, merge every record (domain.merge), write the
rows, bring back parents of live children, settle twins, recompute derived values, list what a
union would hide, check the touched records, remember the peer and the exchange.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.db import revision_order, sync_triggers_off
from kamdesk.db.dialect import defer_foreign_keys
from kamdesk.domain import merge
from kamdesk.domain.clock import Hlc, VersionVector
from kamdesk.domain.merge import ConflictKind, MergeRules, RecordState
from kamdesk.messages import _
from kamdesk.services.receivables.cache import LEDGER_TABLES
from kamdesk.services.receivables.merged import after_merge as receivables_after_merge
from kamdesk.services.sync import conflicts, derived, invariants
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.export import Cancelled
from kamdesk.services.sync.gc_pause import fewer_collections
from kamdesk.services.sync.orders import check_order
from kamdesk.services.sync.peers import heard_from, record_exchange
from kamdesk.services.sync.purge import purge
from kamdesk.services.sync.revivals import reevaluate
from kamdesk.services.sync.store import (
    Local,
    load_local,
    now_ms,
    read_rows,
    read_states,
    save_local,
    state_of,
    write_states,
)
from kamdesk.services.sync.tables import INSERT_ONLY, RULES_KEY, entities, rules_for
from kamdesk.services.sync.team import apply_authority
from kamdesk.services.sync.twins import RowWriter, release_twins
from kamdesk.services.sync.writing import Revivals
from kamdesk.sync import codec
from kamdesk.sync.bundle import BundleBlob, BundleError, BundleHeader, BundleRecord
from kamdesk.sync.upgrade import FIRST_SYNC_REVISION, upgrade_record

BATCH = 500
Progress = Callable[[int, int], None]


@dataclass
class ImportSummary:
    sender: str = ""
    kind: str = ""
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0  # conflicts open after the import
    new_conflicts: int = 0
    refused_edits: int = 0
    records: int = 0
    purged: int = 0  # tombstones every laptop had acknowledged, gone for good

    def as_json(self) -> dict[str, Any]:
        return {
            "added": dict(sorted(self.added.items())),
            "changed": dict(sorted(self.changed.items())),
            "deleted": dict(sorted(self.deleted.items())),
            "conflicts": self.conflicts,
        }

    @property
    def nothing(self) -> bool:
        return not (self.added or self.changed or self.deleted)


def check_header(session: Session, header: BundleHeader, local: Local) -> None:
    """Refuse a bundle this file must not read, before anything is merged."""
    if header.sender == local.replica:
        raise BundleError(_("This sync file was written by this laptop: import it on another one."))
    if header.recipient is not None and header.recipient != local.replica:
        raise BundleError(
            _(
                "This sync file was made for another laptop. Ask its sender for a file for this "
                "one (a full export if it has never had one)."
            )
        )
    revision = header.schema_revision
    revisions = revision_order()
    if revision not in revisions:
        raise BundleError(
            _(
                "This sync file was written by a newer kamdesk (database schema {revision}); "
                "install kamdesk {version} or later to read it. Nothing was changed."
            ).format(revision=revision, version=header.app_version)
            if header.app_version
            else _(
                "This sync file was written by a newer kamdesk (database schema {revision}); "
                "install a newer kamdesk to read it. Nothing was changed."
            ).format(revision=revision)
        )
    if revisions.index(revision) < revisions.index(FIRST_SYNC_REVISION):
        raise BundleError(_("This sync file comes from a kamdesk too old to sync with this one."))
    if not header.baseline.startswith("base-"):
        raise BundleError(_("The sync file was changed or damaged after it was written."))


def apply_bundle(
    session: Session,
    items: Iterator[BundleRecord | BundleBlob],
    header: BundleHeader,
    *,
    file_name: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    whole: bool = False,
) -> ImportSummary:
    """Merge the bundle's records into this file (in the session's transaction).

    `whole`: the bundle brings records this file's vector may claim without holding them (a
    team server's pull with clients entering a KAM's scope): none is skipped as seen whole and
    purged here."""
    with fewer_collections():
        return _apply(session, items, header, file_name, progress, cancelled, whole)


def _apply(
    session: Session,
    items: Iterator[BundleRecord | BundleBlob],
    header: BundleHeader,
    file_name: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    whole: bool,
) -> ImportSummary:
    conn = session.connection()
    defer_foreign_keys(conn)
    local = capture(session) or load_local(session)
    check_header(session, header, local)
    if _is_empty(session):
        local.baseline = header.baseline  # a laptop seeded by this file shares its baseline
    summary = ImportSummary(sender=header.sender_name or header.sender, kind=header.kind)
    merger = _Merger(session, local, header, summary)
    merger.whole = whole
    total = sum(header.counts.values()) if header.counts else 0
    # the merge's own writes are no edits: the triggers that mark edits are set aside meanwhile
    # (what they would mark, finish() clears anyway), in the same transaction
    with sync_triggers_off(conn):
        for item in items:
            if isinstance(item, BundleBlob):
                merger.blobs[codec.BLOB_PREFIX + item.sha256] = item.data
                continue
            merger.add(item.entity, item.data)
            summary.records += 1
            if summary.records % BATCH == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(summary.records, total)
        merger.flush()
    merger.finish(file_name)
    if progress is not None:
        progress(summary.records, total)
    return summary


def _is_empty(session: Session) -> bool:
    conn = session.connection()
    if conn.exec_driver_sql("SELECT 1 FROM sync_state LIMIT 1").first():
        return False
    return not any(
        conn.exec_driver_sql(f"SELECT 1 FROM {name} LIMIT 1").first() for name in entities()
    )


class _Merger:
    """Merges records batch by batch and keeps what the finishing steps need."""

    def __init__(
        self, session: Session, local: Local, header: BundleHeader, summary: ImportSummary
    ) -> None:
        self.session = session
        self.local = local
        self.header = header
        self.summary = summary
        self.blobs: dict[str, bytes] = {}
        self.pending: list[dict[str, Any]] = []
        self.pending_entity = ""
        self.newest = Hlc(0, 0, local.replica)
        self.whole = False  # never skip a record as seen and purged here (apply_bundle)
        # what the finishing steps need of the merged records, kept small (a full import
        # merges millions): the links to check, orders to recompute, what a union would hide,
        # for the revival of parents the live records that have any, the records deleted
        # (their live children here keep them in sight) and the tables touched (twins)
        self.links: invariants.Wanted = {}
        self.orders: set[str] = set()
        self.union: list[invariants.Check] = []
        self.revivals = Revivals(session)
        self.deleted: list[tuple[str, str]] = []
        self.entities: set[str] = set()
        self.ledger: dict[str, set[str]] = {}  # receivables records merged, by table

    def add(self, entity: str, data: dict[str, Any]) -> None:
        if entity not in entities():
            raise BundleError(
                _("The sync file holds records kamdesk does not know ({entity}).").format(
                    entity=entity
                )
            )
        if entity != self.pending_entity:
            self.flush()
            self.pending_entity = entity
        self.pending.append(
            upgrade_record(revision_order(), self.header.schema_revision, entity, data)
        )
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        entity = entities()[self.pending_entity]
        remote = [self._decode(entity.name, entity.fields, d) for d in self.pending]
        self.pending = []
        ids = [r.record_id for r in remote]
        rows = read_rows(self.session, entity, ids)
        kept = read_states(self.session, entity.name, ids)
        writer = RowWriter(self.session, entity, self.blobs)
        changed: list[RecordState] = []
        rules = rules_for(self.session)
        live: list[RecordState] = []
        for theirs in remote:
            row = rows.get(theirs.record_id)
            purged = row is None and theirs.record_id not in kept
            if purged and not self.whole and self.local.vector.dominates(theirs.context):
                continue  # seen whole and purged here: an old file brings nothing back
            mine = state_of(
                self.local, entity.name, theirs.record_id, kept.get(theirs.record_id), row
            )
            after = self._merged(mine, theirs, rules)
            if mine is not None and after == mine:
                continue
            self._count(entity.name, mine, after, row is not None and not row.deleted, rules)
            if after.deleted:
                writer.write(after)
            else:
                writer.write_live(after)
                live.append(after)
            changed.append(after)
        writer.flush()
        self.revivals.note(live)
        write_states(self.session, self.local, changed)
        self._touched(changed)
        if entity.name == "setting":
            self.session.info.pop(RULES_KEY, None)  # the team's hub may have changed

    def _touched(self, changed: list[RecordState]) -> None:
        """Keep what the finishing steps read of these records; their conflicts are listed
        now (a state's own conflicts depend on nothing the later steps write)."""
        conflicts.refresh(self.session, changed)
        invariants.add_links(self.links, changed)
        self.orders.update(derived.touched_orders(changed))
        self.union.extend(invariants.union_checks(changed))
        self.deleted.extend((s.entity, s.record_id) for s in changed if s.deleted)
        self.entities.update(s.entity for s in changed)
        for s in changed:
            if s.entity in LEDGER_TABLES:
                self.ledger.setdefault(s.entity, set()).add(s.record_id)

    def _merged(
        self, mine: RecordState | None, theirs: RecordState, rules: MergeRules
    ) -> RecordState:
        """The merge of a record (a new one merged with itself is itself, unless insert-only
        with later events: the union keeps only its creation then)."""
        if mine is None and (theirs.entity not in INSERT_ONLY or _created_only(theirs)):
            return theirs
        result = merge.merge_record(mine or theirs, theirs, rules)
        self.summary.refused_edits += sum(
            1 for c in result.conflicts if c.kind is ConflictKind.REFUSED_EDIT
        )
        return result.record

    def _decode(self, entity: str, fields: tuple[str, ...], data: dict[str, Any]) -> RecordState:
        try:
            state = codec.decode(entity, data)
        except codec.StateError as exc:
            raise BundleError(
                _("The sync file was changed or damaged after it was written ({reason}).").format(
                    reason=exc
                )
            ) from exc
        unknown = set(state.fields) - set(fields)
        if unknown:
            raise BundleError(
                _("The sync file holds fields kamdesk does not know ({entity}.{field}).").format(
                    entity=entity, field=min(unknown)
                )
            )

        last = None
        for versions in state.fields.values():
            for v in versions:
                if v.stamp is not last:  # the fields of one event share their stamp object
                    last = v.stamp
                    self.newest = max(self.newest, last)
        return state

    def _count(
        self,
        entity: str,
        mine: RecordState | None,
        after: RecordState,
        was_live: bool,
        rules: MergeRules,
    ) -> None:
        """Counted as a person sees it: a record that shows the same values is unchanged,
        even when the file taught this laptop more of its history."""
        if mine is None or (not was_live and not after.deleted):
            if not after.deleted:
                self.summary.added[entity] += 1
        elif after.deleted and was_live:
            self.summary.deleted[entity] += 1
        elif not after.deleted and not rules.same_values(mine, after):
            self.summary.changed[entity] += 1

    def finish(self, file_name: str) -> None:
        session = self.session
        # revivals once the whole file is in: a child deleted in the same file keeps nothing
        reevaluate(session, self.revivals.parents() | set(self.deleted))
        release_twins(session, self.entities)
        session.connection().exec_driver_sql("DELETE FROM sync_dirty")
        derived.recompute_orders(session, self.orders)
        apply_authority(session)
        invariants.refuse_missing(session, self.links)
        invariants.open_checked(session, self.union)
        receivables_after_merge(session, self.ledger)
        for order_id in sorted(self.orders):
            check_order(session, order_id)
        # the derived values recomputed here are this laptop's edits: capture them as such
        local = capture(session, self.local) or self.local
        local.vector = local.vector.merge(VersionVector.of(self.header.version_vector))
        local.clock = local.clock.receive(self.newest, now_ms())
        heard_from(
            session,
            self.header.sender,
            self.header.sender_name,
            VersionVector.of(self.header.version_vector),
        )
        record_exchange(
            session, local, self.header.bundle_id, "in", None, self.header.kind, file_name,
            _summary_counts(self.summary),
            peer_id=self.header.sender, peer_name=self.header.sender_name,
        )  # fmt: skip
        self.summary.purged = purge(session, local)
        save_local(session, local)
        self.summary.conflicts = conflicts.open_count(session)


def _created_only(state: RecordState) -> bool:
    """Whether a record holds its creation only (the union of it with itself is itself)."""
    return not state.tombstones and all(
        v.dot == state.origin for versions in state.fields.values() for v in versions
    )


def _summary_counts(summary: ImportSummary) -> dict[str, int]:
    return {
        "added": sum(summary.added.values()),
        "changed": sum(summary.changed.values()),
        "deleted": sum(summary.deleted.values()),
    }
