"""Sync capture: every write to a synced table leaves a mark, whoever wrote it."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, LargeBinary, inspect, text

from kamdesk.db import rowhash
from kamdesk.db.dialect import is_sqlite, set_local


def create_sync_triggers(
    execute: Callable[[str], Any], table: str, columns: Sequence[str], blobs: Sequence[str] = ()
) -> None:
    """Triggers that note each record written in `sync_dirty`, with the row as it was first.

    ORM flushes, Core statements, hand-written SQL and migrations alike: the capture
    (services.sync.capture) turns the marks into field-level events before the unit of work
    commits. A migration that adds a column to `table` calls this again with the new columns.
    """
    drop_sync_triggers(execute, table)
    # hex(NULL) is '', as is hex of no bytes: a NULL blob must stay NULL in the old image
    pairs = ", ".join(
        f"'{c}', CASE WHEN OLD.{c} IS NULL THEN NULL ELSE hex(OLD.{c}) END"
        if c in blobs
        else f"'{c}', OLD.{c}"
        for c in columns
    )
    old = f"json_object({pairs})"

    def mark(key: str, image: str, when: str = "") -> str:
        # the first write since the last capture keeps its image; NOT EXISTS rather than
        # OR IGNORE, which an outer statement's conflict clause (an upsert's) would override
        return (
            f"INSERT INTO sync_dirty(entity, record_id, old) SELECT '{table}', {key}, {image} "
            f"WHERE {when}NOT EXISTS (SELECT 1 FROM sync_dirty "
            f"WHERE entity = '{table}' AND record_id = {key});"
        )

    execute(
        f"CREATE TRIGGER sync_{table}_ai AFTER INSERT ON {table} BEGIN {mark('NEW.id', 'NULL')} END"
    )
    execute(
        f"CREATE TRIGGER sync_{table}_au AFTER UPDATE ON {table} BEGIN "
        f"{mark('OLD.id', old)} {mark('NEW.id', 'NULL', 'NEW.id <> OLD.id AND ')} END"
    )
    execute(
        f"CREATE TRIGGER sync_{table}_ad AFTER DELETE ON {table} BEGIN {mark('OLD.id', old)} END"
    )


SYNC_UNTRACKED = frozenset({"id", "updated_at", "revision"})


def track_table(conn: Connection, table: str) -> None:
    """(Re)create `table`'s sync triggers over the columns it has now (a migration that adds a
    table or a column calls this), and the digest's, with its tally made anew (the team
    server's capture trigger; it keeps no digest)."""
    if not is_sqlite(conn):
        create_server_trigger(conn, table)
        return
    info = conn.exec_driver_sql(f"PRAGMA table_info({table})").all()
    columns = [row[1] for row in info if row[1] not in SYNC_UNTRACKED]
    blobs = [row[1] for row in info if str(row[2]).upper() == "BLOB"]
    create_sync_triggers(conn.exec_driver_sql, table, columns, blobs)
    rowhash.track(conn, table)


def drop_sync_triggers(execute: Callable[[str], Any], table: str) -> None:
    for suffix in ("ai", "au", "ad"):
        execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")


# The team server's capture (PostgreSQL): one function for every synced table, the same marks
# as SQLite's triggers make. The old image is the row's JSON without the untracked columns,
# booleans as 0/1 and blobs as upper-case hex, as SQLite's json_object and hex() write them
# (capture._old_row reads either). The transaction-local setting kamdesk.capture = 'off' sets
# it aside (sync_triggers_off): no DROP/CREATE on a shared server.
SERVER_MARK = """
CREATE OR REPLACE FUNCTION kamdesk_sync_mark() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    image jsonb;
    arg text;
    col text;
BEGIN
    IF current_setting('kamdesk.capture', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sync_dirty(entity, record_id, old) VALUES (TG_TABLE_NAME, NEW.id, NULL)
        ON CONFLICT (entity, record_id) DO NOTHING;
        RETURN NULL;
    END IF;
    image := to_jsonb(OLD) - 'id' - 'updated_at' - 'revision';
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        arg := TG_ARGV[i];
        col := substr(arg, 3);
        IF image ->> col IS NOT NULL THEN
            IF left(arg, 2) = 'b:' THEN
                image := jsonb_set(image, ARRAY[col], to_jsonb((image ->> col)::boolean::int));
            ELSE
                image := jsonb_set(image, ARRAY[col], to_jsonb(upper(substr(image ->> col, 3))));
            END IF;
        END IF;
    END LOOP;
    INSERT INTO sync_dirty(entity, record_id, old) VALUES (TG_TABLE_NAME, OLD.id, image::text)
    ON CONFLICT (entity, record_id) DO NOTHING;
    IF TG_OP = 'UPDATE' AND NEW.id <> OLD.id THEN
        INSERT INTO sync_dirty(entity, record_id, old) VALUES (TG_TABLE_NAME, NEW.id, NULL)
        ON CONFLICT (entity, record_id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$
"""


def create_server_trigger(conn: Connection, table: str) -> None:
    """PostgreSQL: the capture trigger of `table` (the function made first), told which of
    its columns are booleans ('b:') and blobs ('x:'), which the old image writes as SQLite."""
    conn.exec_driver_sql(SERVER_MARK)
    args = [
        f"'b:{c['name']}'" if isinstance(c["type"], Boolean) else f"'x:{c['name']}'"
        for c in inspect(conn).get_columns(table)
        if isinstance(c["type"], Boolean | LargeBinary)
    ]
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_mark ON {table}")
    conn.exec_driver_sql(
        f"CREATE TRIGGER sync_{table}_mark AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION kamdesk_sync_mark({', '.join(args)})"
    )


def drop_server_trigger(conn: Connection, table: str) -> None:
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{table}_mark ON {table}")


@contextlib.contextmanager
def sync_triggers_off(conn: Connection) -> Iterator[bool]:
    """Set the sync triggers aside for writes that are no edits (an import's merge), and put
    them back as they were, in the same transaction. Yields whether there were any. On the
    team server the triggers stay: a transaction-local setting tells them to mark nothing."""
    if not is_sqlite(conn):
        had = conn.execute(
            text("SELECT 1 FROM pg_trigger WHERE tgname LIKE 'sync\\_%' LIMIT 1")
        ).first()
        before = set_local(conn, "kamdesk.capture", "off")
        yield had is not None
        # (after a failure the transaction is rolled back, and the setting with it)
        set_local(conn, "kamdesk.capture", before)
        return
    saved = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
        "ESCAPE '\\'"
    ).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield bool(saved)
    finally:
        for _name, sql in saved:
            conn.exec_driver_sql(sql)


@contextlib.contextmanager
def baseline_load(conn: Connection) -> Iterator[None]:
    """Write a new file's first rows as its baseline (the demo generator): no sync events, and
    a baseline id of their own, so that a copy of the empty file they went into (a template)
    never passes for holding them. The digest's triggers are set aside too: the tallies are
    made from the rows when they are all written."""
    with sync_triggers_off(conn) as had, rowhash.triggers_off(conn) as digested:
        yield
    rowhash.recompute(conn, digested)
    if had:
        conn.execute(
            text("UPDATE sync_meta SET value = :v WHERE key = 'baseline'"),
            {"v": f"base-{uuid.uuid4()}"},
        )
