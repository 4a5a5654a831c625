"""A form that edits several rows at once (a meeting's questions, a client's objections): each
row merged by its id, as domain/edits.py merges one record.

Rows are mappings of row id -> {field: value}. A clash is named `field:row id` so one conflict
dialog can list fields of several rows. A row the user changed that someone else deleted
meanwhile cannot be merged: it is reported back (`gone`) for the caller to say so, never
silently revived nor dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from kamdesk.domain.edits import Clash, StaleEdit, merge_values


class Rows(dict[str, dict[str, Any]]):
    """Rows by id, each a mapping of field -> value: what a list form loaded. A kind of row
    subclasses it, so that one save holding several lists keeps their bases apart (the conflict
    dialog's Pick tells bases apart by type)."""


def row_key(field: str, row_id: str) -> str:
    return f"{field}:{row_id}"


def split_key(key: str) -> tuple[str, str]:
    """(field, row id) of a clash's name."""
    field, _, row_id = key.partition(":")
    return field, row_id


def merge_rows(
    base: Mapping[str, Mapping[str, Any]],
    mine: Mapping[str, Mapping[str, Any]],
    theirs: Mapping[str, Mapping[str, Any]],
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The user's rows (`mine`, rows that existed when the form was filled) merged onto those
    stored now: (row id -> the fields to write, only where they differ from what is stored;
    the ids of rows the user changed that are no longer stored). StaleEdit (clashes named
    `field:id`, `theirs` the rows stored now) when a field the user changed was changed
    differently meanwhile."""
    clashes: list[Clash] = []
    writes: dict[str, dict[str, Any]] = {}
    gone: list[str] = []
    for row_id, fields in mine.items():
        was = base.get(row_id, {})
        now = theirs.get(row_id)
        if now is None:
            if any(value != was.get(name) for name, value in fields.items()):
                gone.append(row_id)
            continue
        merged, found = merge_values(was, fields, now)
        clashes += [dataclasses.replace(c, field=row_key(c.field, row_id)) for c in found]
        changed = {name: value for name, value in merged.items() if now.get(name) != value}
        if changed:
            writes[row_id] = changed
    if clashes:
        raise StaleEdit(tuple(clashes), theirs)
    return writes, gone


def rows_with_choices(
    rows: Mapping[str, Mapping[str, Any]], chosen: Mapping[str, object]
) -> dict[str, dict[str, Any]]:
    """`rows` with the values the user chose for clashing fields (named `field:id`)."""
    out = {row_id: dict(fields) for row_id, fields in rows.items()}
    for key, value in chosen.items():
        field, row_id = split_key(key)
        if row_id in out and field in out[row_id]:
            out[row_id][field] = value
    return out
