"""One row of the client list, as the list shows it (kept apart from the query that reads it:
the first page is read at start-up without SQLAlchemy, see first_page)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClientRow:
    id: str
    name: str
    code: str
    city: str
    country: str
    industry: str
    segment: str
    status: str
    kam: str
    price_column: str
