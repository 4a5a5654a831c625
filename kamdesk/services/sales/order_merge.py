"""A draft order saved from a window opened before someone else changed it (another window,
a sync): the user's changes merged onto the order as stored now.

The header's fields merge one by one; the lines by id, each line one field: a line only the
user changed takes the user's version, one changed only elsewhere keeps that version, a line
both changed differently is a clash the user decides (as is a line one side deleted and the
other changed). Lines added on either side are all kept, the user's where they were typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from kamdesk.domain.edits import StaleEdit, merge_values
from kamdesk.domain.flat_edits import Flat
from kamdesk.services.sales.line_checks import DraftLine, OrderDraft

HEADER = ("order_date", "delivery_date", "notes")  # what the window edits besides the lines


def line_field(line_id: str) -> str:
    """The field name of a saved line in the conflict dialog."""
    return f"line:{line_id}"


def _values(draft: OrderDraft) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(draft, name) for name in HEADER}
    for line in draft.lines:
        if line.line_id is not None:
            values[line_field(line.line_id)] = dataclasses.replace(line, line_id=None)
    return values


def _build(draft: OrderDraft, values: Mapping[str, Any]) -> OrderDraft:
    """`draft` with these values: its lines in its order (new ones where typed), a line
    None in `values` left out, lines only `values` has at the end."""
    lines: list[DraftLine] = []
    placed: set[str] = set()
    for line in draft.lines:
        if line.line_id is None:
            lines.append(line)
            continue
        key = line_field(line.line_id)
        placed.add(key)
        value = values.get(key)
        if value is not None:
            lines.append(dataclasses.replace(value, line_id=line.line_id))
    for key, value in values.items():
        if key.startswith("line:") and key not in placed and value is not None:
            lines.append(dataclasses.replace(value, line_id=key.partition(":")[2]))
    header = {name: values.get(name, getattr(draft, name)) for name in HEADER}
    return dataclasses.replace(draft, lines=tuple(lines), **header)


# the draft field by field (order_date, delivery_date, notes, line:<id>), for the user's choice
# of a clashing field
DRAFT_FIELDS = Flat(_values, _build)


def merge_draft(base: OrderDraft, mine: OrderDraft, theirs: OrderDraft) -> OrderDraft:
    """`mine` (the window's draft) merged onto `theirs` (the order as stored now), `base` as
    the window loaded it; StaleEdit, `theirs` in it, when both changed one field or line."""
    was, now, typed = _values(base), _values(theirs), _values(mine)
    for key in was:
        typed.setdefault(key, None)  # a line the user deleted
    merged, clashes = merge_values(was, typed, now)
    if clashes:
        raise StaleEdit(clashes, theirs)
    # the window does not edit the contact: whatever is stored stays
    return dataclasses.replace(_build(mine, merged), contact_id=theirs.contact_id)
