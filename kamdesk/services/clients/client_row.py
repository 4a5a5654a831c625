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
    kam: str  # the lead KAM's name, "+1" or "+2" for co-KAMs (kam_label_sql)
    price_column: str


def kam_label_sql(client: str) -> str:
    """SQL for the list's KAM column of the client row aliased `client`: the lead's name, with
    "+1" or "+2" for the co-KAMs ('' when none). Plain SQL both dialects and sqlite3 read (the
    first page is read without SQLAlchemy)."""
    live = f"a.client_id = {client}.id AND a.deleted_at IS NULL AND a.leaving_since IS NULL"
    return (
        "coalesce((SELECT k.name FROM client_kam a JOIN kam k ON k.id = a.kam_id "
        f"WHERE {live} ORDER BY a.position, a.id LIMIT 1) || coalesce(' +' || CAST(nullif("
        f"(SELECT count(*) FROM client_kam a WHERE {live}) - 1, 0) AS TEXT), ''), '')"
    )
