"""The team server applies laptops' bundles (issue 19, step 1): PostgreSQL only

A laptop's file has nothing to change (a no-op on SQLite). On the team server:

- every foreign key DEFERRABLE INITIALLY IMMEDIATE: checked per statement as before, unless an
  import says `SET CONSTRAINTS ALL DEFERRED` (kamdesk.db.dialect.defer_foreign_keys, SQLite's
  `PRAGMA defer_foreign_keys`): a bundle may bring a child before its parent;
- the sync capture on every synced table: one trigger each (kamdesk.db.triggers
  create_server_trigger) noting the record written in sync_dirty with its old image, as a
  laptop's three triggers do, so the server's own derived edits are captured under its replica
  id. No digest triggers: the server keeps no tallies (docs/team-server.md 2.7);
- VARCHAR(n) without its n: SQLite ignores lengths, and a laptop keeps lines up to 500
  characters (kamdesk.domain.limits) in columns declared shorter (client.city 120): the server
  must take whatever a laptop keeps. Dropping a varchar's limit rewrites no table.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 07:00:00
"""

from collections.abc import Sequence

from alembic import op

from kamdesk.db import is_search_table
from kamdesk.db.triggers import create_server_trigger, drop_server_trigger
from kamdesk.migrations import on_sqlite
from kamdesk.models.digest import DIGEST_TABLES
from kamdesk.models.receivables import CACHE_TABLES
from kamdesk.models.sync import SYNC_TABLES

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# not synced: the server's own identity, Alembic's, sync's bookkeeping, the receivables' caches
# and the digest's tallies (services.digest.LOCAL_TABLES: the tables a laptop has no capture on)
LOCAL = {"alembic_version", "replica"} | SYNC_TABLES | CACHE_TABLES | DIGEST_TABLES


def _tables() -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_type = 'BASE TABLE' ORDER BY table_name"
    )
    return [str(name) for (name,) in rows]


def _synced() -> list[str]:
    return [name for name in _tables() if name not in LOCAL and not is_search_table(name)]


def _foreign_keys() -> list[tuple[str, str]]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace "
        "ORDER BY 1, 2"
    )
    return [(str(t), str(n)) for t, n in rows]


def _limited_text() -> list[tuple[str, str]]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'character varying' "
        "AND character_maximum_length IS NOT NULL AND table_name <> 'alembic_version' "
        "ORDER BY 1, 2"
    )
    return [(str(t), str(c)) for t, c in rows]


def upgrade() -> None:
    if on_sqlite():
        return
    conn = op.get_bind()
    for table, name in _foreign_keys():
        conn.exec_driver_sql(
            f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'
        )
    for table, column in _limited_text():
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER COLUMN "{column}" TYPE varchar')
    for table in _synced():
        create_server_trigger(conn, table)


def downgrade() -> None:
    if on_sqlite():
        return
    conn = op.get_bind()
    for table in _synced():
        drop_server_trigger(conn, table)
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS kamdesk_sync_mark()")
    for table, name in _foreign_keys():
        conn.exec_driver_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" NOT DEFERRABLE')
    # the lengths stay off: a row longer than a declared length may be on the server by now
