"""The client list: filtered, sorted and paged in SQL so 10 000 clients stay instant."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Float, String, case, cast, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from kamdesk.db.search_pg import ClientSearch
from kamdesk.domain.text import fts_query
from kamdesk.models import Client, ExchangeRate, Invoice, PriceColumn, SalesReturn
from kamdesk.services.clients.client_row import ClientRow as ClientRow
from kamdesk.services.clients.client_row import kam_label_sql
from kamdesk.services.company import get_company
from kamdesk.services.queries import live

# the lead KAM's name with "+1"/"+2" for co-KAMs, from the assignments
KAM_LABEL = literal_column(kam_label_sql("client"), String()).label("kam")

# What a column header sorts by; every sort ends on id so pages never overlap.
SORT_COLUMNS: dict[str, Any] = {
    "name": Client.name_key,
    "code": Client.code,
    "city": Client.city,
    "country": Client.country,
    "industry": Client.industry,
    "segment": Client.segment,
    "status": Client.status,
    "kam": literal_column(kam_label_sql("client"), String()),
    "price_column": PriceColumn.name,
}


# People are searched from the third typed character on: one or two letters match half the
# address book, cost a keystroke its speed and tell the KAM nothing.
CONTACT_SEARCH_MIN = 3
# Past this many matches the list by name is read by walking the name index until the page is
# full (a page in a few hundred rows) rather than sorting every match ("C" matches every client
# by its code: 10 000 rows sorted for 100 shown, a keystroke's worst).
MANY_MATCHES = 1000


def client_search_clause(search: str, *, walk: bool = False) -> Any:
    """Clients whose own words, or one of whose contacts' names, phones or e-mails, start
    with every typed word (FTS5 on a laptop, tsvector on the server: kamdesk.db.search_pg).
    `walk`: the matches are tested row by row (SQLite's unary + keeps them from choosing the
    index), for a list read in the order of an index."""
    query = fts_query(search)
    if query is None:
        return None
    own = literal_column("+client.rowid" if walk else "client.rowid").in_(
        text("SELECT rowid FROM client_fts WHERE client_fts MATCH :q").bindparams(q=query)
    )
    if sum(ch.isalnum() for ch in search) < CONTACT_SEARCH_MIN:
        return ClientSearch(own, search, contacts=False)
    by_contact = (literal_column("+client.id") if walk else Client.id).in_(
        text(
            "SELECT client_id FROM contact WHERE deleted_at IS NULL AND rowid IN "
            "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH :cq)"
        ).bindparams(cq=query)
    )
    return ClientSearch(or_(own, by_contact), search, contacts=True)


def _live(stmt: Any, include_archived: bool) -> Any:
    stmt = stmt.where(live(Client))
    return stmt if include_archived else stmt.where(Client.archived_at.is_(None))


def _in_reporting(table: Any, amount: Any, day: Any, reporting: str) -> Any:
    """A document's amount in the reporting currency at the latest rate on or before its date
    (NULL without one: left out, as the shares leave it), as an SQL expression. For ordering
    only: SQLite multiplies it as a REAL; the figures shown are converted exactly in Python
    (services.clients.classification)."""
    rate = (
        select(cast(ExchangeRate.rate, Float))
        .where(
            ExchangeRate.currency == table.currency,
            ExchangeRate.rate_date <= day,
            live(ExchangeRate),
        )
        .order_by(ExchangeRate.rate_date.desc())
        .limit(1)
        .correlate(table)
        .scalar_subquery()
    )
    return case((table.currency == reporting, amount), else_=amount * rate)


def revenue_between(start: date, end: date, reporting: str = "") -> Any:
    """A client's net invoiced revenue in the period less its credit notes, as an SQL
    expression correlated to Client (the key-client share sorts by it); with `reporting`,
    each document in that currency at the rate of its date, as the shares are."""
    invoiced_amount: Any = Invoice.__table__.c.total_net
    credited_amount: Any = SalesReturn.__table__.c.total_net
    if reporting:
        invoiced_amount = _in_reporting(Invoice, invoiced_amount, Invoice.issue_date, reporting)
        credited_amount = _in_reporting(
            SalesReturn, credited_amount, SalesReturn.return_date, reporting
        )
    invoiced = (
        select(func.coalesce(func.sum(invoiced_amount), 0))
        .where(
            Invoice.client_id == Client.id,
            live(Invoice),
            Invoice.issue_date >= start,
            Invoice.issue_date <= end,
        )
        .correlate(Client)
        .scalar_subquery()
    )
    credited = (
        select(func.coalesce(func.sum(credited_amount), 0))
        .where(
            SalesReturn.client_id == Client.id,
            live(SalesReturn),
            SalesReturn.invoice_id.is_not(None),
            SalesReturn.return_date >= start,
            SalesReturn.return_date <= end,
        )
        .correlate(Client)
        .scalar_subquery()
    )
    return invoiced - credited


def list_clients(
    session: Session,
    *,
    search: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    include_archived: bool = False,
    period: tuple[date, date] | None = None,
    matches: int | None = None,
) -> list[ClientRow]:
    """One page of live clients matching `search` (prefix words over name, code, tax id, city).

    sort="revenue" orders by the net revenue in `period` (biggest first when descending).
    `matches`: how many match, when the caller counted them (the list by name reads many
    matches faster in the index's order, MANY_MATCHES)."""
    if sort == "revenue" and period is not None:
        order = revenue_between(*period, get_company(session).reporting)
    else:
        order = SORT_COLUMNS.get(sort, Client.name_key)
    stmt = select(
        Client.id,
        Client.name,
        Client.code,
        Client.city,
        Client.country,
        Client.industry,
        Client.segment,
        Client.status,
        KAM_LABEL,
        func.coalesce(PriceColumn.name, "").label("price_column"),
    ).outerjoin(PriceColumn, PriceColumn.id == Client.price_column_id)
    stmt = _live(stmt, include_archived)
    walk = sort == "name" and matches is not None and matches > MANY_MATCHES
    clause = client_search_clause(search, walk=walk)
    if clause is not None:
        stmt = stmt.where(clause)
    if descending:
        stmt = stmt.order_by(order.desc(), Client.id.desc())
    else:
        stmt = stmt.order_by(order.asc(), Client.id.asc())
    stmt = stmt.offset(offset).limit(limit)
    return [ClientRow(**row._asdict()) for row in session.execute(stmt)]


def count_clients(session: Session, *, search: str = "", include_archived: bool = False) -> int:
    stmt = _live(select(func.count()).select_from(Client), include_archived)
    clause = client_search_clause(search)
    if clause is not None:
        stmt = stmt.where(clause)
    return int(session.execute(stmt).scalar_one())
