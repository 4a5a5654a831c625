"""Indexes for the week, Today and a meeting's preparation at 10 000 clients (issue 17, item 4)

- ix_activity_due_tasks: the tasks due by a day, by status (Today's overdue and upcoming tasks
  read 1 558 rows of the 10k demo through it instead of scanning 244 000 activities).
- ix_activity_contact_contact_live: who attended what, by contact, for the live links only, so
  that a contact's last meeting (services.clients.contacts.last_contacts) reads the meeting ids
  from the index alone.

Only indexes: nothing to carry in a bundle, nothing to fill.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 22:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_activity_due_tasks",
        "activity",
        ["status", "due_date"],
        unique=False,
        sqlite_where=sa.text("due_date IS NOT NULL"),
        postgresql_where=sa.text("due_date IS NOT NULL"),
    )
    op.create_index(
        "ix_activity_contact_contact_live",
        "activity_contact",
        ["contact_id", "activity_id"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_activity_contact_contact_live", table_name="activity_contact")
    op.drop_index("ix_activity_due_tasks", table_name="activity")
