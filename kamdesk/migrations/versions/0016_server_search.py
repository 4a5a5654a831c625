"""The team server's search (issue 19): tsvector counterparts of the FTS5 indexes

On PostgreSQL only (a laptop's file keeps its FTS5 tables of 0001 and 0002): a generated
`search_vector` column on client and on contact, over the columns their FTS5 tables index, with
a GIN index each, and the functions that fold text and typed words for it
(kamdesk.db.search_pg). Generated columns: every write keeps them current, and row-level
security on the tables covers them.

Nothing to carry in a bundle (the models do not hold the column), nothing to fill.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 07:00:00
"""

from collections.abc import Sequence

from alembic import op

from kamdesk.db.search_pg import create_server_search, drop_server_search
from kamdesk.migrations import on_sqlite

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        create_server_search(op.get_bind())


def downgrade() -> None:
    if not on_sqlite():
        drop_server_search(op.get_bind())
