"""The team server's stranded changes (issue 19, docs/team-server.md 4.3): PostgreSQL only

A table `stranded` where an exchange keeps, whole, the record states a laptop pushed that its
login may not write (a client taken from its KAM outright, a shared record edited by a KAM), for
a manager to apply or drop, instead of refusing the laptop's every sync. Row-level security is
enabled and forced here; its policies come with the others (kamdesk.db.policies, server init).

A laptop's file has nothing to change, and no record changes form: nothing to carry in a bundle.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 09:00:00
"""

from collections.abc import Sequence

from alembic import op

from kamdesk.db.dialect import run_script
from kamdesk.db.stranded import CREATE, DROP
from kamdesk.migrations import on_sqlite

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not on_sqlite():
        run_script(op.get_bind(), [CREATE])


def downgrade() -> None:
    if not on_sqlite():
        run_script(op.get_bind(), [DROP])
