"""What a unit of work changed, as the views understand it (after Anki's OpChanges).

The services do not name what they change by hand: the unit of work itself knows which tables
it inserted into, updated or deleted from. `track(session)` watches every statement the session
sends (ORM flushes, bulk statements, Core or hand-written SQL); `changes_of(session)` tells, in
the words the views listen for, what changed. A table is mapped below; a new table without an
entry fails a test.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the enum is imported by every view before the database layer is loaded
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


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
    SYNC = "sync"  # peers, exchanges and conflicts to resolve


Changes = frozenset[Change]

TABLE_CHANGES: dict[str, Changes] = {
    "client": frozenset({Change.CLIENTS}),
    "client_competitor": frozenset({Change.CLIENTS}),
    "client_key_reason": frozenset({Change.CLIENTS}),
    "competitor": frozenset({Change.CLIENTS}),
    "complaint": frozenset({Change.CLIENTS}),
    # the people: the list's and the dossier's KAM column (issue 19)
    "client_kam": frozenset({Change.CLIENTS}),
    "kam": frozenset({Change.CLIENTS}),
    "team": frozenset({Change.CLIENTS}),
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
    "payment_allocation": frozenset({Change.PAYMENTS}),
    "allocation_reversal": frozenset({Change.PAYMENTS}),
    "dunning_step": frozenset({Change.PAYMENTS}),
    # the local caches of open amounts, rewritten with every ledger write
    "invoice_open": frozenset({Change.PAYMENTS}),
    "client_balance": frozenset({Change.PAYMENTS}),
    "revenue_month": frozenset({Change.INVOICES, Change.RETURNS}),
    "ledger_month": frozenset({Change.PAYMENTS}),
    "cache_state": frozenset({Change.PAYMENTS}),
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
    "contract": frozenset({Change.DOCUMENTS, Change.ORDERS}),
    "exchange_rate": frozenset({Change.PRICES}),
    "product_translation": frozenset({Change.PRODUCTS}),
    "product_tax_rate": frozenset({Change.PRODUCTS}),
    "vat_registration": frozenset({Change.COMPANY}),
    # the capture's own bookkeeping, written with every save: the Sync section's news
    "sync_meta": frozenset({Change.SYNC}),
    "sync_state": frozenset({Change.SYNC}),
    "sync_dirty": frozenset({Change.SYNC}),
    "sync_held": frozenset({Change.SYNC}),
    "sync_peer": frozenset({Change.SYNC}),
    "sync_exchange": frozenset({Change.SYNC}),
    "sync_conflict": frozenset({Change.SYNC}),
    # the digest's tallies, folded with every save (what two laptops compare)
    "digest_sum": frozenset({Change.SYNC}),
    "digest_dirty": frozenset({Change.SYNC}),
}

_KEY = "kamdesk.changes"


def _note(session: Session, table: str) -> None:
    found: set[Change] = session.info.setdefault(_KEY, set())
    found.update(TABLE_CHANGES[table])


# The table a write statement writes, as SQLAlchemy and hand-written SQL spell it
_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE writes, or None for any other statement."""
    match = _WRITE.match(statement)
    return match.group(1).lower() if match else None


def _watch(session: Session, connection: Connection) -> None:
    """Every statement the unit of work sends on its connection: the ORM's flushes, bulk
    statements, Core and hand-written SQL alike, so no write path goes unannounced. A field set
    to the value it had sends no UPDATE, so it is no change."""
    from sqlalchemy import event

    def on_statement(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        table = written_table(statement)
        if table in TABLE_CHANGES:
            _note(session, table)

    if id(connection) not in session.info.setdefault(_KEY + ".watched", set()):
        session.info[_KEY + ".watched"].add(id(connection))
        event.listen(connection, "before_cursor_execute", on_statement)


def track(session: Session) -> Session:
    """Record what this session writes from now on (one unit of work)."""
    from sqlalchemy import event

    if not session.info.get(_KEY + ".tracked"):
        session.info[_KEY + ".tracked"] = True
        event.listen(session, "after_begin", lambda s, _t, conn: _watch(s, conn))
        if session.in_transaction():
            _watch(session, session.connection())
    return session


def changes_of(session: Session) -> Changes:
    """What the tracked session has written so far (flushed or about to be)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return frozenset(session.info.get(_KEY, ()))
