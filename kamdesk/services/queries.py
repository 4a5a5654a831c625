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
    PriceColumn,
    Product,
    ProductCategory,
    Promotion,
    QuantityBreak,
    Record,
    SalesOrder,
)

R = TypeVar("R", bound=Record)

# what the user calls a record of each kind, in "That … no longer exists"
NOUNS: dict[type[Record], str] = {
    Activity: "meeting",
    Client: "client",
    ClientCompetitor: "entry",
    ClientPrice: "special price",
    Complaint: "complaint",
    Contact: "contact",
    Invoice: "invoice",
    IssuedDocument: "document",
    MeetingQuestion: "question",
    Objection: "objection",
    PriceColumn: "price column",
    Product: "product",
    ProductCategory: "category",
    Promotion: "promotion",
    QuantityBreak: "quantity break",
    SalesOrder: "order",
}


def live(entity: Any) -> ColumnElement[bool]:
    """The rows of `entity` (a model or an alias of one) that are not deleted."""
    clause: ColumnElement[bool] = entity.deleted_at.is_(None)
    return clause


def gone(model: type[Record], what: str | None = None) -> UserError:
    """What the user reads when a record of `model` was deleted meanwhile."""
    noun = what or NOUNS.get(model, "record")
    return UserError(f"That {noun} no longer exists (it may have been deleted).")


def get_live(session: Session, model: type[R], record_id: str, *, what: str | None = None) -> R:
    """The live record, or a UserError naming what is gone (`what` overrides the noun)."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise gone(model, what)
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
