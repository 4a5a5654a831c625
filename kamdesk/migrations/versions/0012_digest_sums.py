"""The digest's tallies, kept as rows change (issue 17)

Local tables (kamdesk.models.digest; never synced nor digested): digest_sum holds, per digested
table, the count of its live rows and the sum of their hashes (kamdesk.db.rowhash);
digest_dirty the rows written since the last fold, kept by three triggers on every digested
table (the tables sync tracks). The tallies are made here from the rows the file holds, so
`kamdesk digest` reads a few rows instead of the whole file. Its printed values change once:
a sum of row hashes instead of a hash of the rows in id order.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.db import rowhash
from kamdesk.migrations import on_sqlite

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "digest_sum",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("live", sa.Integer(), nullable=False),
        sa.Column("total", sa.String(length=64), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", name=op.f("pk_digest_sum")),
    )
    op.create_table(
        "digest_dirty",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_digest_dirty")),
    )
    if not on_sqlite():
        return  # the digest's triggers: a laptop's bookkeeping (see 0008), as sync's are
    conn = op.get_bind()
    # the digested tables are the synced ones: those with sync's triggers
    synced = [
        str(name)
        for (name,) in conn.exec_driver_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'sync_' || tbl_name || '_ad' ORDER BY tbl_name"
        )
    ]
    with rowhash.lean_reads(conn):  # a pass over the whole file: no need to map it
        for table in synced:
            rowhash.track(conn, table)


def downgrade() -> None:
    """Not undone: the backup taken before the upgrade is the way back."""
