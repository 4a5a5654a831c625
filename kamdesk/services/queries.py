"""What every service asks of the database the same way.

Live records: a row is live until it is deleted, which sets its tombstone (`deleted_at`) rather
than removing it, so sync can carry the deletion to the other laptops. `live(Model)` is the
WHERE clause for live rows; `get_live(session, Model, id)` is one live record or the UserError
the user reads when it was deleted meanwhile (on another screen, or on another laptop).

Natural keys: `revive_or_add(session, Model, derived_id, **values)` makes the record of a key
that has an id of its own, bringing its tombstone back when it was deleted before.

Many ids: `in_chunks(ids)` cuts a list of ids for `IN (...)` below SQLite's variable limit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from kamdesk.errors import UserError
from kamdesk.messages import N_, _
from kamdesk.models import (
    Activity,
    Client,
    ClientCompetitor,
    ClientPrice,
    Complaint,
    Contact,
    Invoice,
    IssuedDocument,
    MeetingQuestion,
    Objection,
    Payment,
    PaymentAllocation,
    PriceColumn,
    Product,
    ProductCategory,
    Promotion,
    QuantityBreak,
    Record,
    SalesOrder,
)

R = TypeVar("R", bound=Record)

# what the user reads when a record of each kind was deleted meanwhile (one whole sentence each)
GONE: dict[type[Record], str] = {
    Activity: N_("That meeting no longer exists (it may have been deleted)."),
    Client: N_("That client no longer exists (it may have been deleted)."),
    ClientCompetitor: N_("That entry no longer exists (it may have been deleted)."),
    ClientPrice: N_("That special price no longer exists (it may have been deleted)."),
    Complaint: N_("That complaint no longer exists (it may have been deleted)."),
    Contact: N_("That contact no longer exists (it may have been deleted)."),
    Invoice: N_("That invoice no longer exists (it may have been deleted)."),
    IssuedDocument: N_("That document no longer exists (it may have been deleted)."),
    MeetingQuestion: N_("That question no longer exists (it may have been deleted)."),
    Objection: N_("That objection no longer exists (it may have been deleted)."),
    Payment: N_("That payment no longer exists (it may have been deleted)."),
    PaymentAllocation: N_("That allocation no longer exists (it may have been deleted)."),
    PriceColumn: N_("That price column no longer exists (it may have been deleted)."),
    Product: N_("That product no longer exists (it may have been deleted)."),
    ProductCategory: N_("That category no longer exists (it may have been deleted)."),
    Promotion: N_("That promotion no longer exists (it may have been deleted)."),
    QuantityBreak: N_("That quantity break no longer exists (it may have been deleted)."),
    SalesOrder: N_("That order no longer exists (it may have been deleted)."),
}
GONE_RECORD = N_("That record no longer exists (it may have been deleted).")


def live(entity: Any) -> ColumnElement[bool]:
    """The rows of `entity` (a model or an alias of one) that are not deleted."""
    clause: ColumnElement[bool] = entity.deleted_at.is_(None)
    return clause


def gone(model: type[Record]) -> UserError:
    """What the user reads when a record of `model` was deleted meanwhile."""
    return UserError(_(GONE.get(model, GONE_RECORD)))


def get_live(session: Session, model: type[R], record_id: str) -> R:
    """The live record, or a UserError naming what is gone."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise gone(model)
    return row


IN_CHUNK = 500  # ids per IN (...): well below SQLite's limit of bound variables


def in_chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    """`ids` in slices short enough for one IN (...) each."""
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def revive_or_add(session: Session, model: type[R], record_id: str, **values: Any) -> R:
    """The record of a natural key (`record_id` derived from it, kamdesk.domain.natural_keys)
    with `values`: a new row, or its tombstone brought back (a second row could not take the
    id, and sync sees one record deleted and made again). Only values that differ are set, so
    a revival counts as one edit."""
    row = session.get(model, record_id)
    if row is None:
        make: Any = model  # a mapped class: its constructor takes the columns
        new: R = make(id=record_id, **values)
        session.add(new)
        return new
    if row.deleted_at is not None:
        row.deleted_at = None
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return row
