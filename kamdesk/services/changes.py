"""What a unit of work changed, as the views understand it (after Anki's OpChanges).

The services do not name what they change by hand: every row written goes through the ORM, so
the session itself knows which tables it inserted, updated or deleted. `track(session)` listens
to the flushes of one unit of work; `changes_of(session)` tells, in the words the views listen
for, what changed. A table is mapped below; a new table without an entry fails a test.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the enum is imported by every view before the database layer is loaded
    from sqlalchemy.orm import ORMExecuteState, Session


class Change(StrEnum):
    """One kind of data a view shows. A view refreshes when one it shows changed."""

    CLIENTS = "clients"  # the client, its strategy, key reasons, competitors, complaints
    CONTACTS = "contacts"  # a client's people and their relations
    SCHEDULE = "schedule"  # meetings, calls, tasks, their preparation and outcome
    ORDERS = "orders"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    RETURNS = "returns"
    PRODUCTS = "products"
    PRICES = "prices"  # price columns, own prices, quantity breaks, promotions, special prices
    PLANS = "plans"
    SETTINGS = "settings"  # the team's shared rules and thresholds
    COMPANY = "company"  # our own company profile
    DOCUMENTS = "documents"  # issued proposals and contract packages


Changes = frozenset[Change]

TABLE_CHANGES: dict[str, Changes] = {
    "client": frozenset({Change.CLIENTS}),
    "client_competitor": frozenset({Change.CLIENTS}),
    "client_key_reason": frozenset({Change.CLIENTS}),
    "competitor": frozenset({Change.CLIENTS}),
    "complaint": frozenset({Change.CLIENTS}),
    "client_price": frozenset({Change.CLIENTS, Change.PRICES}),
    "contact": frozenset({Change.CONTACTS}),
    "contact_relation": frozenset({Change.CONTACTS}),
    "activity": frozenset({Change.SCHEDULE}),
    "activity_contact": frozenset({Change.SCHEDULE}),
    "activity_product": frozenset({Change.SCHEDULE}),
    "meeting_question": frozenset({Change.SCHEDULE}),
    "objection": frozenset({Change.SCHEDULE}),
    "sales_order": frozenset({Change.ORDERS}),
    "order_line": frozenset({Change.ORDERS}),
    "order_event": frozenset({Change.ORDERS}),
    "invoice": frozenset({Change.INVOICES}),
    "payment": frozenset({Change.PAYMENTS}),
    "sales_return": frozenset({Change.RETURNS}),
    "return_line": frozenset({Change.RETURNS}),
    "product": frozenset({Change.PRODUCTS}),
    "product_category": frozenset({Change.PRODUCTS}),
    "price_column": frozenset({Change.PRICES}),
    "product_price": frozenset({Change.PRICES}),
    "quantity_break": frozenset({Change.PRICES}),
    "promotion": frozenset({Change.PRICES}),
    "promotion_client": frozenset({Change.PRICES}),
    "promotion_product": frozenset({Change.PRICES}),
    "sales_plan": frozenset({Change.PLANS}),
    "setting": frozenset({Change.SETTINGS}),
    "replica": frozenset({Change.SETTINGS}),
    "company": frozenset({Change.COMPANY}),
    "issued_document": frozenset({Change.DOCUMENTS}),
}

_KEY = "kamdesk.changes"


def _note(session: Session, table: str) -> None:
    found: set[Change] = session.info.setdefault(_KEY, set())
    found.update(TABLE_CHANGES[table])


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.deleted):
        _note(session, obj.__table__.name)
    for obj in session.dirty:
        # an attribute set to the value it had is no change
        if session.is_modified(obj, include_collections=False):
            _note(session, obj.__table__.name)


def _orm_execute(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete or state.is_insert) and state.bind_mapper is not None:
        _note(state.session, str(state.bind_mapper.local_table.name))  # type: ignore[attr-defined]


def track(session: Session) -> Session:
    """Record what this session writes from now on (one unit of work)."""
    from sqlalchemy import event

    if not session.info.get(_KEY + ".tracked"):
        session.info[_KEY + ".tracked"] = True
        event.listen(session, "before_flush", _before_flush)
        event.listen(session, "do_orm_execute", _orm_execute)
    return session


def changes_of(session: Session) -> Changes:
    """What the tracked session has written so far (flushed or about to be)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return frozenset(session.info.get(_KEY, ()))
