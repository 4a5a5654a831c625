"""An index for the meetings and calls awaiting their outcome (issue 17 and 18)

- ix_activity_planned_starts: the planned activities by start, so that Today's "Outcomes to
  record" (planned and begun before now) reads the few planned ones before now instead of
  every meeting held since the file began (244 000 activities in the 10k demo: 370 ms, now a
  few), at start-up too (services.schedule.first_day). Partial on the literal status, so that
  only a query naming 'planned' as a literal uses it: an index on (status, starts_at) was
  taken by the key clients' last meeting held (status 'done', per client) and walked every
  meeting held for each client (13 s at 10k instead of 0.1).

Only an index: nothing to carry in a bundle, nothing to fill.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 03:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_activity_planned_starts",
        "activity",
        ["starts_at"],
        unique=False,
        sqlite_where=sa.text("status = 'planned'"),
        postgresql_where=sa.text("status = 'planned'"),
    )


def downgrade() -> None:
    op.drop_index("ix_activity_planned_starts", table_name="activity")
