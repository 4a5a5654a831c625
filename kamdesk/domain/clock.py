"""Clocks for sync between laptops: version vectors decide causality, an HLC breaks ties.

Why laptops whose clocks are hours apart still merge right: no rule of the merge asks a wall
clock what happened first. "Made after seeing" is decided by version vectors alone: every edit
carries a dot (replica, counter), and a record carries the vector of every dot it has seen, so
an edit made after another is known to be after it whatever the two laptops' clocks said.
Only edits that are truly concurrent (neither saw the other) need an order, and there any
deterministic order will do as long as every laptop picks the same one. The hybrid logical
clock gives that order: it follows wall time when clocks agree (so the newer edit usually
wins, which is what a KAM expects), never runs backwards, and is moved past every stamp a
laptop receives, so a laptop whose clock is slow still stamps its later edits after what it
has seen. A skewed clock can only change which of two concurrent values is the provisional
winner; the other value is kept in the conflict list either way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

# Hlc and Dot are named tuples, not frozen dataclasses: a merge hashes and compares millions of
# them, which tuples do in C (a third of the cost); the order is the same (field by field)


class Hlc(NamedTuple):
    """A hybrid logical clock stamp: total order by (wall_ms, counter, replica).

    The replica id is the final tie-break, so two replicas never make equal stamps.
    """

    wall_ms: int
    counter: int
    replica: str

    def tick(self, now_ms: int) -> Hlc:
        """The stamp of a local event at wall time `now_ms`: after this one whatever `now_ms` is."""
        if now_ms > self.wall_ms:
            return Hlc(now_ms, 0, self.replica)
        return Hlc(self.wall_ms, self.counter + 1, self.replica)

    def receive(self, remote: Hlc, now_ms: int) -> Hlc:
        """This clock after receiving `remote` at `now_ms`: after both, on this replica."""
        wall = max(self.wall_ms, remote.wall_ms, now_ms)
        if wall == self.wall_ms == remote.wall_ms:
            counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall_ms:
            counter = self.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        return Hlc(wall, counter, self.replica)

    def to_text(self) -> str:
        """A compact text form, e.g. '1733390000000.3.laptop-a'."""
        return f"{self.wall_ms}.{self.counter}.{self.replica}"

    @staticmethod
    def from_text(text: str) -> Hlc:
        wall, counter, replica = text.split(".", 2)
        return Hlc(int(wall), int(counter), replica)


class Dot(NamedTuple):
    """One event: the `counter`-th event of `replica` (on one record, see domain.merge)."""

    replica: str
    counter: int


@dataclass(frozen=True)
class VersionVector:
    """Per replica, the highest counter seen; every lower counter is seen too.

    Kept as a sorted tuple of (replica, counter) with counters above zero, so equal vectors
    are equal values and hash alike.
    """

    entries: tuple[tuple[str, int], ...] = ()

    @staticmethod
    def of(counters: Mapping[str, int] | Iterable[tuple[str, int]]) -> VersionVector:
        items = counters.items() if isinstance(counters, Mapping) else counters
        best: dict[str, int] = {}
        for replica, counter in items:
            if counter > best.get(replica, 0):
                best[replica] = counter
        return VersionVector(tuple(sorted(best.items())))

    def get(self, replica: str) -> int:
        for name, counter in self.entries:
            if name == replica:
                return counter
        return 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.entries)

    def covers(self, dot: Dot) -> bool:
        """Whether the event `dot` has been seen."""
        return self.get(dot.replica) >= dot.counter

    def add(self, dot: Dot) -> VersionVector:
        return self.merge(VersionVector.of([(dot.replica, dot.counter)]))

    def next_dot(self, replica: str) -> Dot:
        """The dot of `replica`'s next event after everything this vector has seen."""
        return Dot(replica, self.get(replica) + 1)

    def merge(self, other: VersionVector) -> VersionVector:
        """The least vector that has seen all both have seen (pointwise max)."""
        return VersionVector.of([*self.entries, *other.entries])

    def dominates(self, other: VersionVector) -> bool:
        """Whether this vector has seen everything `other` has (equal vectors dominate)."""
        mine = self.as_dict()
        return all(mine.get(replica, 0) >= counter for replica, counter in other.entries)

    def concurrent(self, other: VersionVector) -> bool:
        """Neither has seen all the other has: edits made without seeing each other."""
        return not self.dominates(other) and not other.dominates(self)

    def to_json(self) -> str:
        """Compact JSON, keys sorted: '{"laptop-a":3,"laptop-b":1}'."""
        return json.dumps(dict(self.entries), separators=(",", ":"), sort_keys=True)

    @staticmethod
    def from_json(text: str) -> VersionVector:
        data = json.loads(text)
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in data.items()
        ):
            raise ValueError(f"not a version vector: {text!r}")
        return VersionVector.of(data)
