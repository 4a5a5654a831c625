"""Filling a brand-new file in one transaction (the demo generator) the way SQLite does it
fastest: a rollback journal instead of the WAL, and the indexes built once at the end.

Both keep the transaction whole (a failure leaves the file empty) and the data the same; they
only change how the pages get written. At 10 000 clients (1.6 GB) the build's one transaction
outgrows the page cache: in WAL mode every page it spills goes to a WAL that grows to the
size of the file, and every page read back looks through the WAL's index; and random UUIDs
in the foreign-key indexes land all over the file. Both costs grow faster than the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection

from kamdesk.db.cipher import database_errors


@contextlib.contextmanager
def rollback_journal(conn: Connection) -> Iterator[bool]:
    """A rollback journal while the body fills a brand-new file, the WAL again after; yields
    whether it switched (leaving WAL mode needs the only connection to the file: with another
    one open the body runs in WAL mode, only slower).

    The journal mode can only change outside a transaction: an open one is committed first,
    and the caller commits (or rolls back) its own work before leaving."""
    if conn.in_transaction():
        conn.commit()
    raw = conn.connection.driver_connection
    assert raw is not None
    before = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    now = before
    wait = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute("PRAGMA busy_timeout=0")  # another connection holds the file: never wait for it
    try:
        now = str(raw.execute("PRAGMA journal_mode=DELETE").fetchone()[0]).lower()
    except database_errors() as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(wait)}")
    try:
        yield now != before
    finally:
        if conn.in_transaction():
            conn.rollback()
        if now != before:
            raw.execute(f"PRAGMA journal_mode={before}")


@contextlib.contextmanager
def indexes_deferred(conn: Connection) -> Iterator[None]:
    """The schema's own indexes (not the primary keys' and unique constraints') dropped while
    the body inserts, created again after it from the same SQL, in the same transaction: an
    index built from sorted keys at the end costs less than keys inserted one by one all over
    it. The body must not need them (it only inserts); a unique index refuses a duplicate
    when it is created, as it would have on the insert. On an error nothing is put back: the
    caller rolls the transaction back, and the drops with it."""
    saved = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "ORDER BY rowid"
    ).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        conn.exec_driver_sql(sql)
