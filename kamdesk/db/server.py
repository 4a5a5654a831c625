"""The team server (issue 19): the same models and migrations on PostgreSQL, through psycopg 3.

This is PostgreSQL's side of what kamdesk.db does for a file. The counterparts of the SQLite
pragmas: foreign keys and write-ahead logging are always on in PostgreSQL; `synchronous_commit`
is left at the server's (on, the default: a commit is durable); SQLite's busy_timeout becomes
`lock_timeout`; FTS5 (the client list's search) becomes generated tsvector columns
(kamdesk.db.search_pg). What has no counterpart stays with SQLite: `immutable` read-only
opening, the file's backups (the server's are pg_dump's), the sync capture and digest triggers
(see the migrations).

Credentials never travel in what kamdesk prints or logs: `shown` drops the password from a URL.
A URL needs none: libpq reads ~/.pgpass (or PGPASSFILE) and a service file (`service=` in the
query, PGSERVICEFILE) through psycopg as for psql.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from kamdesk.db.revisions import _state_of, head_revision
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _

# how long a statement waits for a lock another transaction holds (SQLite's busy_timeout)
LOCK_TIMEOUT = "5s"
# the oldest server kamdesk sets up (the "PostgreSQL 15+": its datlocprovider, MERGE)
OLDEST_SERVER = 150000
# Orders of text that are byte order, as SQLite's BINARY collation is on every laptop: names
# (client.name_key), numbers and ISO dates then sort on the server as they do on a laptop.
BYTE_ORDER = frozenset({"C", "POSIX", "C.UTF-8", "C.utf8"})


def server_url(text: str) -> URL:
    """`text` as a SQLAlchemy URL for psycopg 3; UserError when it names no PostgreSQL."""
    authority = text.partition("://")[2].split("/", 1)[0]
    if authority.count("@") > 1:  # a password with '@' in it: read as part of the host
        raise UserError(
            _(
                "The URL holds more than one '@': give no password in it (libpq's password "
                "file or service file gives it), or write '@' in a name as %40."
            )
        )
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise UserError(
            _("Not a database URL: give one like postgresql://HOST/DATABASE.")
        ) from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError(
            _("{url} is not a PostgreSQL URL: give one like postgresql://HOST/DATABASE.").format(
                url=shown(url)
            )
        )
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL | str) -> str:
    """The URL as it may be printed or logged: without its password (also one in the query)."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return "(not a URL)"
    # URL.set(password=None) keeps the password (None means "unchanged" there)
    url = url._replace(password=None).difference_update_query(["password"])
    if url.drivername == "postgresql+psycopg":
        url = url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)  # none left to hide


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # the counterparts of kamdesk.db._set_pragmas; UTC as the app stores it
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.commit()


def make_server_engine(url: str | URL, *, application_name: str = "kamdesk") -> Engine:
    """An engine on the server at `url` (postgresql://...), through psycopg 3; its sessions
    name themselves `application_name` to the server's administrators (pg_stat_activity)."""
    target = server_url(url) if isinstance(url, str) else url
    engine = create_engine(
        target,
        pool_pre_ping=True,
        connect_args={"application_name": application_name[:63], "connect_timeout": 10},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def server_state(conn: Connection) -> str:
    """'empty', 'current', 'older', 'newer', 'foreign' or 'damaged:...', as for a file."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return "empty" if not tables else "foreign"
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return _state_of(None if row is None else str(row[0]))


@dataclass(frozen=True)
class ServerInit:
    """What `init_server` found and did."""

    url: str  # as shown: no password
    before: str  # the schema state it found
    upgraded: bool  # whether migrations ran
    revision: str  # the schema's revision now (this kamdesk's head)


def reason_of(exc: BaseException) -> str:
    """The server's (or libpq's) own words, on one line, without SQLAlchemy's additions."""
    return " ".join(str(getattr(exc, "orig", None) or exc).split())


def _unreachable(url: URL, exc: DBAPIError) -> StorageError:
    return StorageError(
        _("Cannot connect to the server {url}: {reason}").format(
            url=shown(url), reason=reason_of(exc)
        )
    )


def _refuse_state(state: str, url: URL) -> None:
    where = shown(url)
    if state == "newer":
        raise StorageError(
            _(
                "{url} holds the schema of a newer kamdesk. Update kamdesk to use it; "
                "nothing was changed."
            ).format(url=where)
        )
    if state == "foreign":
        raise StorageError(
            _(
                "{url} is not empty and is not a kamdesk database: it holds tables of another "
                "program. Nothing was changed; give an empty database."
            ).format(url=where)
        )
    if state.startswith("damaged:"):
        raise StorageError(
            _(
                "{url} has a malformed kamdesk schema version {version}; nothing was changed."
            ).format(url=where, version=state.partition(":")[2])
        )


def _refuse_database(conn: Connection, url: URL) -> None:
    """A database kamdesk cannot keep laptops' data in as they do: refused before any change."""
    version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
    if version < OLDEST_SERVER:
        raise StorageError(
            _(
                "{url} runs PostgreSQL {version}; kamdesk needs 15 or newer. Nothing was changed."
            ).format(url=shown(url), version=conn.exec_driver_sql("SHOW server_version").scalar())
        )
    encoding, collate, provider = conn.exec_driver_sql(
        "SELECT pg_encoding_to_char(encoding), datcollate, datlocprovider FROM pg_database "
        "WHERE datname = current_database()"
    ).one()
    if encoding != "UTF8" or provider != "c" or collate not in BYTE_ORDER:
        order = collate if provider == "c" else "ICU"
        raise StorageError(
            _(
                "{url} keeps text as {encoding} sorted by {order}; kamdesk needs UTF8 sorted "
                "byte by byte, as on the laptops. Create the database with: CREATE DATABASE "
                "name TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'. Nothing was changed."
            ).format(url=shown(url), encoding=encoding, order=order)
        )


def init_server(url: str) -> ServerInit:
    """Create (or bring to head) kamdesk's schema in the PostgreSQL database at `url`, in one
    transaction: all of it or nothing. A database at head is left as it is. StorageError when
    the server cannot be reached, holds another program's tables or a newer kamdesk's schema,
    is older than PostgreSQL 15, or keeps text otherwise than as UTF-8 in byte order."""
    from kamdesk.db import run_upgrade

    target = server_url(url)
    engine = make_server_engine(target)
    try:
        try:
            with engine.connect() as conn:
                state = server_state(conn)
                _refuse_state(state, target)
                if state != "current":
                    _refuse_database(conn, target)
        except DBAPIError as exc:
            raise _unreachable(target, exc) from exc
        try:
            if state != "current":
                run_upgrade(engine)
        except DBAPIError as exc:  # no right to create tables, say: all of it rolled back
            raise StorageError(
                _(
                    "Creating kamdesk's schema on {url} failed: {reason} Nothing was changed."
                ).format(url=shown(target), reason=reason_of(exc))
            ) from exc
        _secure(engine, target)
        upgraded = state != "current"
        return ServerInit(shown(target), state, upgraded=upgraded, revision=head_revision())
    finally:
        engine.dispose()


def _secure(engine: Engine, target: URL) -> None:
    """The roles, scope functions, grants and row-level security (kamdesk.db.policies), made
    again by every init: one transaction, so no grant is ever there without its policies."""
    from kamdesk.db.audit import apply_audit
    from kamdesk.db.policies import apply_policies

    try:
        with engine.begin() as conn:
            apply_policies(conn)
            apply_audit(conn)  # its triggers use the policies' functions
    except DBAPIError as exc:
        raise StorageError(
            _(
                "Setting up who may see what on {url} failed: {reason} The schema is in place; "
                "run server init again as a role that may create roles (CREATEROLE)."
            ).format(url=shown(target), reason=reason_of(exc))
        ) from exc
