"""Portable SQL helpers: what SQLite (a laptop's file) and PostgreSQL (the team server) say
differently, in one place, so that the services and sync can run the same statements on both.

Statements themselves are written once, as `text()` with named binds (`:name`) and
`bindparam(..., expanding=True)` for IN lists; both dialects take `INSERT ... ON CONFLICT (...)
DO UPDATE/NOTHING` and COALESCE. What differs lives here, each helper small and documented.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text


def is_sqlite(conn: Connection) -> bool:
    """Whether `conn` writes a laptop's SQLite file (else the team server, PostgreSQL)."""
    return conn.dialect.name == "sqlite"


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at COMMIT from here to the end of the transaction (an import writes
    children before a parent it brings later). SQLite: `PRAGMA defer_foreign_keys`;
    PostgreSQL: `SET CONSTRAINTS ALL DEFERRED`, which needs the keys DEFERRABLE (the server
    sync migration makes them so; INITIALLY IMMEDIATE, so nothing else changes)."""
    if is_sqlite(conn):
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")


def in_ids(sql: str, *names: str) -> TextClause:
    """`text(sql)` where each of `names` is an expanding bind (`... IN :ids`), given a list."""
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n in names))


def stream_rows(
    conn: Connection, sql: str, params: Mapping[str, Any] | None = None, batch: int = 2000
) -> Iterator[tuple[Any, ...]]:
    """Plain tuples of `sql` (named binds), streamed a batch at a time (a whole table's pass).
    SQLite: straight from the driver's cursor (sqlite3 takes `:name` binds too), as fast as
    before; PostgreSQL: `stream_results`, a server-side cursor, so memory holds one batch."""
    if is_sqlite(conn):
        cursor = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
            sql, dict(params or {})
        )
        try:
            while rows := cursor.fetchmany(batch):
                yield from rows
        finally:
            cursor.close()
        return
    # per statement: Connection.execution_options() would set them for the connection itself
    result = conn.execute(
        text(sql),
        dict(params or {}),
        execution_options={"stream_results": True, "yield_per": batch},
    )
    try:
        for row in result:
            yield tuple(row)
    finally:
        result.close()


def set_local(conn: Connection, name: str, value: str) -> str:
    """PostgreSQL only: set the custom setting `name` for the rest of the transaction (its
    previous value back with a second call); returns the value it had ('' when unset)."""
    before = conn.execute(text("SELECT current_setting(:n, true)"), {"n": name}).scalar()
    conn.execute(text("SELECT set_config(:n, :v, true)"), {"n": name, "v": value})
    return str(before or "")
