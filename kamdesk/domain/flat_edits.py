"""Optimistic concurrency for records a form edits as more than one flat dataclass: settings
with nested parts, a product's texts per language, rows keyed by id (VAT registrations, order
lines). A `Flat` says how such a record reads as one mapping of field names (the names the
conflict dialog shows) and how it is built back, so domain/edits.py's field-by-field merge
applies to it and the user's choices in the conflict dialog land on the right part.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kamdesk.domain.edits import StaleEdit, merge_values

T = TypeVar("T")


@dataclass(frozen=True)
class Flat(Generic[T]):
    """`values(record)`: its fields as one mapping; `build(record, values)`: `record` with
    those values (keys it does not know are new rows, None values removed rows)."""

    values: Callable[[T], dict[str, Any]]
    build: Callable[[T, Mapping[str, Any]], T]
    as_sets: Collection[str] = ()

    def merge(self, base: T, mine: T, theirs: T) -> T:
        """`mine` merged onto `theirs`; StaleEdit (its `theirs` the record, not the mapping)
        when a field the user changed was changed differently by someone else."""
        was, now = self.values(base), self.values(theirs)
        typed = self.values(mine)
        for key in was:  # a row the user removed reads as None
            typed.setdefault(key, None)
        merged, clashes = merge_values(was, typed, now, as_sets=self.as_sets)
        if clashes:
            raise StaleEdit(clashes, theirs)
        return self.build(theirs, merged)

    def choose(self, record: T, chosen: Mapping[str, Any], *, like: T | None = None) -> T:
        """`record` with the user's choices for its fields (`like`: the base, whose keys a
        removed row still has)."""
        values = self.values(record)
        known = set(values) | (set(self.values(like)) if like is not None else set())
        picked = {k: v for k, v in chosen.items() if k in known}
        if not picked:
            return record
        return self.build(record, {**values, **picked})


def merge_members(
    base: tuple[str, ...], mine: tuple[str, ...], theirs: tuple[str, ...]
) -> tuple[str, ...]:
    """A list of ids (a promotion's products, its clients) as stored now with the user's own
    additions and removals applied: both sides' changes kept, never a clash."""
    added = [x for x in mine if x not in base]
    removed = set(base) - set(mine)
    kept = [x for x in theirs if x not in removed]
    return (*kept, *(x for x in added if x not in kept))
