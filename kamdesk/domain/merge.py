"""The merge rules sync applies on import: the same result on every laptop, whatever the order.

A record's state is a small causal store (the "dot store with a causal context" of delta-state
CRDTs): for each field the versions nobody has overwritten yet, the tombstones nobody has
answered yet, and the version vector of every event the record has seen (`context`). Merging
two states keeps what both hold, and what one holds that the other has not seen; what one has
seen and dropped stays dropped. That join is commutative, associative and idempotent, so every
laptop ends with the same state once it has seen the same edits. Winners and conflicts are read
off the state, so they converge too.

- An edit overwrites the versions of its fields the laptop had seen; versions it had not seen
  stay beside it: two versions of one field are a conflict, the higher HLC stamp the
  provisional winner, and an edit made after seeing both closes it (the resolution).
- Different fields edited on two laptops are different registers: both survive.
- A delete is a tombstone that remembers what it saw. Versions it did not see keep the record
  alive and list a conflict; a delete made after seeing them wins. Any later edit or `keep`
  made after seeing the tombstone answers it.
- Insert-only records (invoices, payments, ...) merge by union of their creation; an edit of
  one is refused and reported as a conflict. A delete is not an edit: it goes with its parent.

See docs/sync-merge.md for the table of cases. Clocks: domain/clock.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum
from typing import NamedTuple, TypeVar

from kamdesk.domain.clock import Dot, Hlc, VersionVector

Value = str | int | bool | Decimal | None
RecordKey = tuple[str, str]  # (entity, record id)
_V = TypeVar("_V", "FieldVersion", "Tombstone")


class FieldKind(Enum):
    PLAIN = "plain"
    MONEY = "money"
    QUANTITY = "quantity"


class ConflictKind(Enum):
    VALUE = "value"  # one field changed concurrently to different values
    DELETED_WHILE_EDITED = "deleted_while_edited"  # a delete that did not see an edit
    REVIVED_BY_CHILD = "revived_by_child"  # a child added under a concurrently deleted parent
    REFUSED_EDIT = "refused_edit"  # an edit or delete of an insert-only record


class FieldVersion(NamedTuple):
    """One value of a field, as written by the event `dot` at `stamp` (a named tuple, as
    clock.Hlc: hashed and compared in C)."""

    value: Value
    stamp: Hlc
    dot: Dot


class Tombstone(NamedTuple):
    """A delete made at `stamp` by the event `dot`, after seeing `seen`."""

    stamp: Hlc
    dot: Dot
    seen: VersionVector


@dataclass(frozen=True)
class RecordState:
    """Everything sync knows of one record: surviving versions, tombstones, what it has seen.

    `fields` maps a field to its surviving versions (more than one: a conflict); `origin` is
    the event that created the record. Build and change it with `create`, `edit`, `delete`
    and `keep`; never by hand.
    """

    entity: str
    record_id: str
    origin: Dot
    fields: Mapping[str, frozenset[FieldVersion]]
    tombstones: frozenset[Tombstone]
    context: VersionVector

    @property
    def key(self) -> RecordKey:
        return (self.entity, self.record_id)

    def value(self, name: str) -> Value:
        """The field's value: the provisional winner while it is in conflict."""
        return winner(self.fields[name]).value

    def values(self) -> dict[str, Value]:
        return {name: self.value(name) for name in sorted(self.fields)}

    @property
    def deleted(self) -> bool:
        """Deleted when tombstones remain and they saw every surviving version."""
        return bool(self.tombstones) and not _unseen_by_delete(self)


@dataclass(frozen=True)
class Conflict:
    """Two values (or a delete and an edit) the user should look at.

    `id` is the same on every laptop: a hash of entity, record, field and both stamps.
    `field` is "" for a record-level conflict (a delete, a revival). For a revival the record
    is the parent and `winner` is the child's link to it.
    """

    id: str
    kind: ConflictKind
    entity: str
    record_id: str
    field: str
    winner: FieldVersion
    other: FieldVersion | Tombstone
    needs_decision: bool


@dataclass(frozen=True)
class MergeRules:
    """What the merge must know of the schema.

    `field_kinds`: entity -> field -> kind (money and quantity conflicts need a decision).
    `insert_only`: entities merged by union, never edited (order events, invoices, payments,
    returns, issued documents). `parents`: child entity -> (its link field, parent entity).
    """

    field_kinds: Mapping[str, Mapping[str, FieldKind]] = field(default_factory=dict)
    insert_only: frozenset[str] = frozenset()
    parents: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # The team's hub (a manager's laptop) may be the authority for some entities (the price
    # list, promotions, team rules, the company profile): among concurrent versions there, its
    # version is the winner whatever the stamps say. The others still list as conflicts.
    authority: str | None = None
    authority_entities: frozenset[str] = frozenset()

    def kind(self, entity: str, name: str) -> FieldKind:
        return self.field_kinds.get(entity, {}).get(name, FieldKind.PLAIN)

    def pick(self, entity: str, versions: Iterable[FieldVersion]) -> FieldVersion:
        """The provisional winner: the authority's version where it has one, else `winner`."""
        if isinstance(versions, frozenset) and len(versions) == 1:
            return winner(versions)  # one version is the winner, whoever wrote it
        versions = list(versions)
        if self.authority is not None and entity in self.authority_entities:
            theirs = [v for v in versions if v.dot.replica == self.authority]
            if theirs:
                return winner(theirs)
        return winner(versions)

    def values(self, record: RecordState) -> dict[str, Value]:
        """What the record shows under these rules (the winners of its fields)."""
        out: dict[str, Value] = {}
        for name, versions in sorted(record.fields.items()):
            if len(versions) == 1:  # no conflict, the usual case: no winner to pick
                for only in versions:
                    out[name] = only.value
            else:
                out[name] = self.pick(record.entity, versions).value
        return out

    def same_values(self, a: RecordState, b: RecordState) -> bool:
        """Whether two states of a record show the same values (`values(a) == values(b)`,
        with only the fields whose versions differ looked at)."""
        if a.fields.keys() != b.fields.keys():
            return False
        for name, versions in a.fields.items():
            other = b.fields[name]
            if versions != other and (
                self.pick(a.entity, versions).value != self.pick(b.entity, other).value
            ):
                return False
        return True


@dataclass(frozen=True)
class MergeResult:
    record: RecordState
    conflicts: tuple[Conflict, ...]


@dataclass(frozen=True)
class MergeSet:
    """The merge of many records: states by key, every conflict, the parents brought back."""

    records: Mapping[RecordKey, RecordState]
    conflicts: tuple[Conflict, ...]
    revived: frozenset[RecordKey]

    def is_live(self, key: RecordKey) -> bool:
        return key in self.revived or not self.records[key].deleted


# --- local events: what a laptop does when the KAM edits -------------------------------------


def create(
    entity: str,
    record_id: str,
    values: Mapping[str, Value],
    *,
    replica: str,
    stamp: Hlc,
    dot: Dot | None = None,
) -> RecordState:
    """A new record, every field written by one event.

    `dot` names the event; by default the replica's first on this record. A laptop that counts
    its events across records (sync's capture does) passes its own: any dots do, as long as a
    replica's are unique and rise.
    """
    dot = dot or Dot(replica, 1)
    return RecordState(
        entity=entity,
        record_id=record_id,
        origin=dot,
        fields={name: frozenset({FieldVersion(v, stamp, dot)}) for name, v in values.items()},
        tombstones=frozenset(),
        context=VersionVector().add(dot),
    )


def edit(
    record: RecordState,
    changes: Mapping[str, Value],
    *,
    replica: str,
    stamp: Hlc,
    dot: Dot | None = None,
) -> RecordState:
    """Fields changed by one event, made after seeing all `record` holds.

    The event overwrites every version of the changed fields (a conflict there is resolved by
    it) and answers any tombstone (the KAM saw the record deleted elsewhere and kept working
    on it).
    """
    dot = dot or record.context.next_dot(replica)
    fields = dict(record.fields)
    for name, value in changes.items():
        fields[name] = frozenset({FieldVersion(value, stamp, dot)})
    return replace(record, fields=fields, tombstones=frozenset(), context=record.context.add(dot))


def delete(record: RecordState, *, replica: str, stamp: Hlc, dot: Dot | None = None) -> RecordState:
    """The KAM deletes the record after seeing all it holds."""
    dot = dot or record.context.next_dot(replica)
    tomb = Tombstone(stamp, dot, record.context)
    return replace(record, tombstones=frozenset({tomb}), context=record.context.add(dot))


def keep(record: RecordState, *, replica: str, dot: Dot | None = None) -> RecordState:
    """The KAM keeps a record deleted elsewhere: the tombstones seen so far are answered."""
    dot = dot or record.context.next_dot(replica)
    return replace(record, tombstones=frozenset(), context=record.context.add(dot))


_NONE: frozenset[FieldVersion] = frozenset()

# --- merging -----------------------------------------------------------------------------------


def merge_record(
    local: RecordState, remote: RecordState, rules: MergeRules | None = None
) -> MergeResult:
    """The join of two states of one record, with its conflicts.

    Commutative, associative and idempotent on the record; the conflicts listed are those of
    the merged record, plus the refused edits of an insert-only record found in either input.
    """
    rules = rules or MergeRules()
    if local.key != remote.key:
        raise ValueError(f"cannot merge {local.key} with {remote.key}")
    if local.entity in rules.insert_only:
        merged, refused = _union_insert_only(local, remote)
        return MergeResult(merged, refused)
    fields: dict[str, frozenset[FieldVersion]] = {}
    for name in sorted(set(local.fields) | set(remote.fields)):
        mine, theirs = local.fields.get(name, _NONE), remote.fields.get(name, _NONE)
        # the join of a set with itself is itself: most fields of an edited record are the same
        versions = mine if mine == theirs else _join(mine, local.context, theirs, remote.context)
        if versions:
            fields[name] = versions
    merged = RecordState(
        entity=local.entity,
        record_id=local.record_id,
        origin=min(local.origin, remote.origin),
        fields=fields,
        tombstones=_join(local.tombstones, local.context, remote.tombstones, remote.context),
        context=local.context.merge(remote.context),
    )
    return MergeResult(merged, conflicts_of(merged, rules))


def merge_many(
    local: Mapping[RecordKey, RecordState],
    remote: Iterable[RecordState],
    rules: MergeRules | None = None,
) -> MergeSet:
    """Merge a bundle's records into a laptop's, then bring back deleted parents of live children.

    A parent is live again when a live child (by `rules.parents`) links to it: a meeting added
    under a client deleted meanwhile on another laptop brings the client back, with a conflict.
    """
    rules = rules or MergeRules()
    records = dict(local)
    refused: list[Conflict] = []
    for record in remote:
        mine = records.get(record.key)
        if mine is None:
            result = merge_record(record, record, rules)
        else:
            result = merge_record(mine, record, rules)
        records[record.key] = result.record
        refused.extend(c for c in result.conflicts if c.kind is ConflictKind.REFUSED_EDIT)
    revived, revivals = _revive_parents(records, rules)
    conflicts = {c.id: c for c in refused}
    for key in sorted(records):
        conflicts.update((c.id, c) for c in conflicts_of(records[key], rules))
    conflicts.update((c.id, c) for c in revivals)
    return MergeSet(records, tuple(sorted(conflicts.values(), key=_conflict_order)), revived)


def can_purge(record: RecordState, acknowledged: Mapping[str, VersionVector]) -> bool:
    """Whether a deleted record's tombstone may be dropped for good.

    Only when every known peer (the keys of `acknowledged`, this laptop's own entry included)
    has acknowledged a state of the record that saw everything this one saw; else a peer could
    still send an edit the delete has not answered, and the record would come back half-empty.
    """
    return record.deleted and all(v.dominates(record.context) for v in acknowledged.values())


# --- reading a state: winners and conflicts ---------------------------------------------------


def winner(versions: Iterable[FieldVersion]) -> FieldVersion:
    """The provisional winner of concurrent versions: the highest HLC stamp, on every laptop."""
    if isinstance(versions, frozenset) and len(versions) == 1:
        only: FieldVersion
        (only,) = versions  # no conflict, the usual case: no comparison to make
        return only
    return max(versions, key=lambda v: v.stamp)


def conflicts_of(record: RecordState, rules: MergeRules | None = None) -> tuple[Conflict, ...]:
    """The open conflicts of a record, read off its state (so the same on every laptop)."""
    rules = rules or MergeRules()
    if record.deleted:
        return ()  # deleted after seeing every value: nothing left to decide (until kept)
    found: list[Conflict] = []
    for name in sorted(record.fields):
        versions = record.fields[name]
        if len(versions) < 2:
            continue
        best = rules.pick(record.entity, versions)
        decide = rules.kind(record.entity, name) is not FieldKind.PLAIN
        for other in sorted(versions - {best}, key=lambda v: v.stamp):
            if other.value == best.value:
                continue  # both typed the same: nothing to decide
            found.append(_conflict(ConflictKind.VALUE, record, name, best, other, decide))
    unseen = _unseen_by_delete(record)
    if record.tombstones and unseen:
        last_delete = max(record.tombstones, key=lambda t: t.stamp)
        best = max(unseen, key=lambda v: v.stamp)
        found.append(
            _conflict(ConflictKind.DELETED_WHILE_EDITED, record, "", best, last_delete, False)
        )
    return tuple(found)


def conflict_id(
    entity: str, record_id: str, field_name: str, winner_stamp: Hlc, other_stamp: Hlc
) -> str:
    """sha256 of entity, record, field and both stamps: the same conflict has one id anywhere."""
    text = "\x1f".join(
        [entity, record_id, field_name, winner_stamp.to_text(), other_stamp.to_text()]
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _conflict(
    kind: ConflictKind,
    record: RecordState,
    name: str,
    best: FieldVersion,
    other: FieldVersion | Tombstone,
    needs_decision: bool,
) -> Conflict:
    return Conflict(
        id=conflict_id(record.entity, record.record_id, name, best.stamp, other.stamp),
        kind=kind,
        entity=record.entity,
        record_id=record.record_id,
        field=name,
        winner=best,
        other=other,
        needs_decision=needs_decision,
    )


def _conflict_order(c: Conflict) -> tuple[str, str, str, str]:
    return (c.entity, c.record_id, c.field, c.id)


def _join(
    mine: frozenset[_V], seen_mine: VersionVector, theirs: frozenset[_V], seen_theirs: VersionVector
) -> frozenset[_V]:
    """Keep what both hold, and what one holds that the other has not seen."""
    return (
        (mine & theirs)
        | frozenset(v for v in mine if not seen_theirs.covers(v.dot))
        | frozenset(v for v in theirs if not seen_mine.covers(v.dot))
    )


def _unseen_by_delete(record: RecordState) -> list[FieldVersion]:
    """The surviving versions no remaining tombstone saw: edits concurrent with the delete."""
    if not record.tombstones:
        return []
    seen = VersionVector()
    for tomb in record.tombstones:
        seen = seen.merge(tomb.seen)
    return [v for versions in record.fields.values() for v in versions if not seen.covers(v.dot)]


def _union_insert_only(
    local: RecordState, remote: RecordState
) -> tuple[RecordState, tuple[Conflict, ...]]:
    """An insert-only record is its creation: the union of it; any later event is refused."""
    origin = min(local.origin, remote.origin)
    fields: dict[str, frozenset[FieldVersion]] = {}
    for state in (local, remote):
        for name, versions in state.fields.items():
            created = frozenset(v for v in versions if v.dot == origin)
            if created:
                fields[name] = fields.get(name, frozenset()) | created
    merged = RecordState(
        entity=local.entity,
        record_id=local.record_id,
        origin=origin,
        fields=fields,
        # a delete is allowed (its parent went, with what belonged to it): joined as any
        tombstones=_join(local.tombstones, local.context, remote.tombstones, remote.context),
        context=local.context.merge(remote.context),
    )
    refused: dict[str, Conflict] = {}
    for state in (local, remote):
        later: list[tuple[str, FieldVersion | Tombstone]] = [
            (name, v) for name, vs in state.fields.items() for v in vs if v.dot != origin
        ]
        for name, event in later:
            original = fields.get(name) or next(iter(fields.values()), None)
            if original:
                c = _conflict(
                    ConflictKind.REFUSED_EDIT, merged, name, winner(original), event, False
                )
                refused[c.id] = c
    return merged, tuple(sorted(refused.values(), key=_conflict_order))


def _revive_parents(
    records: Mapping[RecordKey, RecordState], rules: MergeRules
) -> tuple[frozenset[RecordKey], list[Conflict]]:
    """Deleted parents that a live child links to, transitively, and a conflict for each."""
    revived: set[RecordKey] = set()
    conflicts: dict[str, Conflict] = {}
    changed = True
    while changed:
        changed = False
        for key in sorted(records):
            child = records[key]
            link = rules.parents.get(child.entity)
            if link is None or (child.deleted and key not in revived):
                continue
            name, parent_entity = link
            if name not in child.fields:
                continue
            parent_key = (parent_entity, str(child.value(name)))
            parent = records.get(parent_key)
            if parent is None or not parent.deleted:
                continue
            if parent_key not in revived:
                revived.add(parent_key)
                changed = True
            tomb = max(parent.tombstones, key=lambda t: t.stamp)
            linked = winner(child.fields[name])
            c = _conflict(ConflictKind.REVIVED_BY_CHILD, parent, "", linked, tomb, False)
            conflicts[c.id] = c
    return frozenset(revived), list(conflicts.values())
