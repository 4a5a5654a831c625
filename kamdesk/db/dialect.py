"""Portable SQL helpers: what SQLite (a laptop's file) and PostgreSQL (the team server) say
differently, in one place, so that the services and sync can run the same statements on both.

Statements themselves are written once, as `text()` with named binds (`:name`) and
`bindparam(..., expanding=True)` for IN lists; both dialects take `INSERT ... ON CONFLICT (...)
DO UPDATE/NOTHING` and COALESCE. What differs lives here, each helper small and documented.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, CursorResult, Dialect, Table, TextClause, bindparam, text
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.types import String, TypeDecorator, TypeEngine
from sqlalchemy.util.typing import TupleAny, Unpack


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
    # options on the statement, not the connection: Connection.execution_options sets them on
    # the connection itself, and every later statement (an INSERT) became a server-side cursor
    streamed = text(sql).execution_options(stream_results=True, yield_per=batch)
    result = conn.execute(streamed, dict(params or {}))
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


# --- the services' driver SQL (issue 19: every service on the server) -----------------------
# The services' hot statements are driver SQL with SQLite's `?` placeholders, read straight from
# the driver's cursor where SQLAlchemy's per-row processing would cost more than the query. They
# stay so on a laptop (not a byte slower); on the server each `?` outside a quoted literal
# becomes psycopg's `%s` (and a literal `%` is doubled), once per statement text.


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=512)
def to_format(sql: str) -> str:
    """`sql` with SQLite's placeholders in psycopg's style, outside single-quoted literals: `?`
    becomes `%s`, `:name` `%(name)s`; and every `%` is doubled (psycopg's placeholder mark)."""
    parts = sql.split("'")  # even parts are outside a literal ('' inside one splits in two)
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:
            part = _NAMED.sub(r"%(\1)s", part.replace("?", "%s"))
        parts[i] = part
    return "'".join(parts)


Params = Sequence[Any] | Mapping[str, Any] | list[Sequence[Any]]


def run(conn: Connection, sql: str, params: Params = ()) -> CursorResult[Unpack[TupleAny]]:
    """`conn.exec_driver_sql(sql, params)` for a statement written with SQLite's placeholders
    (`?` given a tuple, or `:name` given a dict; a list of them runs it once each), on either
    dialect."""
    if is_sqlite(conn):
        return conn.exec_driver_sql(sql, params)
    return conn.exec_driver_sql(to_format(sql), params)


def raw_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    """Plain tuples straight from the driver's cursor (kamdesk.db.raw_rows) for a qmark
    statement, on either dialect: whole-table passes skip SQLAlchemy's per-row processing."""
    driver = conn.connection.driver_connection
    assert driver is not None
    if is_sqlite(conn):
        cursor = driver.execute(sql, tuple(params))
    else:
        cursor = driver.cursor()
        cursor.execute(to_format(sql), tuple(params))
    try:
        while batch := cursor.fetchmany(5000):
            yield from batch
    finally:
        cursor.close()


def json_values(conn: Connection) -> str:
    """A row source of the values of a JSON array given as one `?` (a list of ids, say):
    `SELECT value FROM {json_values(conn)}`. SQLite's json_each; PostgreSQL's
    json_array_elements_text (text values: compare with text columns)."""
    if is_sqlite(conn):
        return "json_each(?)"
    return "json_array_elements_text(CAST(? AS json)) AS je(value)"


def greatest(conn: Connection, *values: str) -> str:
    """The largest of SQL expressions `values`, NULL when any is NULL: SQLite's scalar max();
    on PostgreSQL GREATEST (which skips NULLs: only give it expressions that are never)."""
    joined = ", ".join(values)
    return f"max({joined})" if is_sqlite(conn) else f"GREATEST({joined})"


def least(conn: Connection, *values: str) -> str:
    """The smallest of SQL expressions `values` (see greatest)."""
    joined = ", ".join(values)
    return f"min({joined})" if is_sqlite(conn) else f"LEAST({joined})"


def has_table(conn: Connection, name: str) -> bool:
    """Whether the database has the table `name` (a cheap catalogue look-up on either)."""
    if is_sqlite(conn):
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    else:
        sql = (
            "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
            "AND tablename = ?"
        )
    return run(conn, sql, (name,)).first() is not None


def run_script(conn: Connection, statements: Iterable[str]) -> None:
    """PostgreSQL DDL statements sent as written, in the connection's transaction: psycopg's own
    cursor without parameters, so a '%' (in format(), in LIKE) is not taken for a placeholder."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for sql in statements:
        cursor.execute(sql)


def upsert_many(
    conn: Connection,
    table: Table,
    statement: TextClause,
    rows: Sequence[Mapping[str, Any]],
    key: Sequence[str],
) -> None:
    """Rows written by `statement`, an `INSERT INTO table (...) VALUES (:a, ...) ON CONFLICT
    ...` whose binds are named as their columns. SQLite: executemany, as ever. PostgreSQL: one
    statement for all the rows, their values sent as one array per column (`SELECT * FROM
    unnest(...)`): the server's per-statement work (row-level security's scope, the audit
    trigger) is done once, not once per row (a KAM's 1 000 client rows one by one: 15 s).
    Rows with the same `key` are written once, the last (a statement updates a row once)."""
    if not rows:
        return
    if is_sqlite(conn):
        conn.execute(statement, list(rows))
        return
    last = {tuple(r[k] for k in key): r for r in rows}
    typed = tuple(
        (name, bind.type)
        for name, bind in statement._bindparams.items()
        if not isinstance(bind.type, NullType)
    )  # as text() converts: only the binds given a type
    sql, names, processors = _unnest_sql(conn.dialect, table, statement.text, tuple(rows[0]), typed)
    arrays = []
    for name, process in zip(names, processors, strict=True):
        values = [r[name] for r in last.values()]
        arrays.append([process(v) for v in values] if process is not None else values)
    conn.exec_driver_sql(sql, tuple(arrays))


_INSERT = re.compile(r"INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES\s*\(([^)]*)\)\s*(.*)", re.S)


@functools.lru_cache(maxsize=256)
def _unnest_sql(
    dialect: Dialect,
    table: Table,
    statement: str,
    names: tuple[str, ...],
    typed: tuple[tuple[str, TypeEngine[Any]], ...],
) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """The unnest form of an `INSERT ... VALUES (:a, ...)` statement, its binds in their order
    and the bind processor of each typed one (its type's conversion, as `text()` applies it);
    each array is cast to its column's type."""
    found = _INSERT.match(statement.strip())
    if found is None or found.group(1) != table.name:
        raise ValueError(f"not an INSERT INTO {table.name} ... VALUES statement")
    _name, columns, binds, tail = found.groups()
    order = tuple(b.strip().lstrip(":") for b in binds.split(","))
    if set(order) != set(names):
        raise ValueError(f"the rows do not name the binds of the statement on {table.name}")
    casts = []
    processors = []
    for name in order:
        column_type = table.columns[name].type
        casts.append(f"%b::{_array_type(column_type, dialect)}[]")  # binary: no escaping
        given = dict(typed).get(name)
        processors.append(given.bind_processor(dialect) if given is not None else None)
    sql = (
        f"INSERT INTO {table.name} ({columns}) SELECT * FROM unnest({', '.join(casts)}) "
        + tail.replace("%", "%%")
    )
    return sql, order, tuple(processors)


def _array_type(column_type: TypeEngine[Any], dialect: Dialect) -> str:
    """The type an array of the column's values is cast to: text for every string (a cast to
    varchar(n) would cut a longer value short, where writing it is refused), else the
    column's own."""
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, String):
        return "TEXT"
    return str(column_type.compile(dialect=dialect))
