"""Sync capture: the bookkeeping of sync between laptops and the triggers that feed it

Local tables (kamdesk.models.sync; never synced nor digested): sync_meta, sync_state,
sync_dirty, sync_peer, sync_exchange, sync_conflict, sync_held. Every synced table gets three
triggers (kamdesk.db.create_sync_triggers) that note each record written in sync_dirty, so no
write path escapes the capture. The rows already in the file are its *baseline*: they carry no
state, and sync treats them as written by one event of the baseline id stored here.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:30:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.db import is_search_table, track_table
from kamdesk.migrations import on_sqlite

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCAL = {"alembic_version", "replica"}


def upgrade() -> None:
    _tables()
    conn = op.get_bind()
    if on_sqlite():
        _track(conn)
    conn.execute(
        sa.text("INSERT INTO sync_meta(key, value) VALUES ('baseline', :b)"),
        {"b": f"base-{uuid.uuid4()}"},
    )


def _track(conn: sa.Connection) -> None:
    """The capture's triggers on every synced table. A laptop's own bookkeeping: the team
    server (PostgreSQL) has none yet; how its writes are captured is issue 19's sync step."""
    names = [
        name
        for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        )
        if name not in LOCAL
        and not name.startswith(("sync_", "sqlite_"))
        and not is_search_table(name)
    ]
    for table in names:
        track_table(conn, table)


def _tables() -> None:
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_meta")),
    )
    op.create_table(
        "sync_state",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_sync_state")),
    )
    op.create_index("ix_sync_state_seq", "sync_state", ["seq"])
    op.create_table(
        "sync_dirty",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_sync_dirty")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("replica_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("acked", sa.Text(), nullable=False),
        sa.Column("last_sent", sa.String(length=32), nullable=True),
        sa.Column("last_received", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_exchange",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("peer_id", sa.String(length=64), nullable=True),
        sa.Column("peer_name", sa.String(length=120), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_exchange")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("winner", sa.Text(), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("needs_decision", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_record", "sync_conflict", ["entity", "record_id"])
    op.create_table(
        "sync_held",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_sync_held")),
    )
