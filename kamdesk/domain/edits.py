"""Optimistic concurrency: a form's edit merged onto what the database holds now.

A form remembers what it loaded (`base`). When it saves, the database may hold something newer
(`theirs`: a price import, another window, another laptop through sync). Field by field:
- the user did not change it (mine == base): the stored value stays, whatever it is now;
- the user changed it and nobody else did, or both made the same change: the user's value;
- the user changed it and so did someone else, to something different: a clash. Nothing is
  written; the user sees both values and chooses (StaleEdit carries what they need).
So Save writes only what the user changed and never silently reverts another writer's change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from kamdesk.errors import UserError
from kamdesk.messages import _

T = TypeVar("T")


@dataclass(frozen=True)
class Clash:
    """One field both the user and someone else changed since the form was filled."""

    field: str
    base: object  # what the form loaded
    mine: object  # what the user typed
    theirs: object  # what the database holds now


class StaleEdit(UserError):
    """The record changed underneath the form in fields the user changed too. `theirs` is the
    record as stored now (the new base for a second attempt); `clashes` names the fields."""

    def __init__(self, clashes: tuple[Clash, ...], theirs: object) -> None:
        names = ", ".join(c.field for c in clashes)
        super().__init__(
            _(
                "Changed elsewhere while you were editing ({fields}): choose which values to keep."
            ).format(fields=names)
        )
        self.clashes = clashes
        self.theirs = theirs


def _same(a: object, b: object, as_set: bool) -> bool:
    if as_set and a is not None and b is not None:
        return bool(set(a) == set(b))  # type: ignore[call-overload]
    return a == b


def merge_values(
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    as_sets: Collection[str] = (),
) -> tuple[dict[str, Any], tuple[Clash, ...]]:
    """Field-by-field merge of three mappings with the same keys (a key missing from `base`
    or `theirs` counts as None): the merged values and the clashes."""
    merged: dict[str, Any] = dict(theirs)
    clashes: list[Clash] = []
    for key, value in mine.items():
        was, now = base.get(key), theirs.get(key)
        as_set = key in as_sets
        if _same(value, was, as_set):
            continue  # the user left it: keep what is stored now
        if not _same(now, was, as_set) and not _same(now, value, as_set):
            clashes.append(Clash(key, was, value, now))
        merged[key] = value
    return merged, tuple(clashes)


def _fields(record: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    return dict(record)


def merge_edit(base: T, mine: T, theirs: T, *, as_sets: Collection[str] = ()) -> T:
    """`mine` merged onto `theirs` (dataclasses of one type, or mappings): what to write.
    StaleEdit when a field the user changed was also changed, differently, by someone else."""
    merged, clashes = merge_values(_fields(base), _fields(mine), _fields(theirs), as_sets=as_sets)
    if clashes:
        raise StaleEdit(clashes, theirs)
    if isinstance(theirs, Mapping):
        return merged  # type: ignore[return-value]
    return dataclasses.replace(theirs, **merged)  # type: ignore[type-var]


def with_choices(record: T, chosen: Mapping[str, Any]) -> T:
    """`record` with the values the user chose for clashing fields."""
    if not chosen:
        return record
    if isinstance(record, Mapping):
        return {**record, **chosen}  # type: ignore[return-value]
    return dataclasses.replace(record, **chosen)  # type: ignore[type-var]
