"""Bundles from an older database schema, brought up to this one record by record.

Every migration after the first one with sync that changes what a record holds (a column
added, renamed, a value's form changed) ships its step here, keyed by its revision: the step
takes a record's JSON state as the previous schema wrote it and returns it as the new one
writes it. A test keeps a step (or an explicit "nothing to do") for every such migration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

FIRST_SYNC_REVISION = "0008"

Step = Callable[[str, dict[str, Any]], dict[str, Any]]

# revision -> the step from the schema before it to it; None: the migration changed no record
STEPS: dict[str, Step | None] = {
    # 0009 added columns, each with a default, and tables: an older record reads as it was
    "0009": None,
    # 0010 added payment columns with defaults and tables; a payment that names an invoice
    # gets its allocation on import (services.receivables.legacy)
    "0010": None,
    # 0011 added indexes only (the week, Today)
    "0011": None,
    # 0012 added the digest's local bookkeeping: no record changed
    "0012": None,
    # 0013 added an index only (the outcomes to record)
    "0013": None,
    # 0014 added the people's tables and activity.kam_id (default none): an older record reads
    # as it was; client.kam stays (unused) and travels as before
    "0014": None,
    # 0015 changed the team server only (deferrable keys, capture, no varchar lengths)
    "0015": None,
    # 0016 added the server's search columns (PostgreSQL only, not in the models)
    "0016": None,
    # 0017 added the server's stranded changes (PostgreSQL only, not synced)
    "0017": None,
}


def upgrade_record(
    order: Sequence[str], revision: str, entity: str, data: dict[str, Any]
) -> dict[str, Any]:
    """`data` as written under schema `revision`, as the last of `order` (the revisions, oldest
    first) writes it."""
    if revision == order[-1]:
        return data
    for later in order[order.index(revision) + 1 :]:
        step = STEPS.get(later)
        if step is not None:
            data = step(entity, data)
    return data
