"""Schedule and meeting preparation: place kinds, recurrence, follow-up tasks, ticked checks,
products on the agenda, the listening plan (questions and answers), the client's objections,
and a prepared response to each complaint

Columns added to existing tables are plain ADD COLUMNs with server defaults; foreign keys go
inline in the ADD COLUMN (Alembic would copy the table to add them). Calls that existed before
are by phone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("activity_product", "meeting_question", "objection")
NEW_ACTIVITY_COLUMNS = (
    "checked",
    "follow_up_of_id",
    "series_id",
    "recurrence",
    "offer_order_id",
    "needs_asked",
    "place_kind",
)


def _bookkeeping() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "activity_product",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_activity_product_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_activity_product_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_product")),
    )
    op.create_index(
        op.f("ix_activity_product_activity_id"), "activity_product", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_activity_product_product_id"), "activity_product", ["product_id"], unique=False
    )
    op.create_table(
        "meeting_question",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_meeting_question_activity_id_activity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_question")),
    )
    op.create_index(
        op.f("ix_meeting_question_activity_id"), "meeting_question", ["activity_id"], unique=False
    )
    op.create_table(
        "objection",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("raised_on", sa.String(length=10), nullable=True),
        sa.Column("objection", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_objection_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection")),
    )
    op.create_index(op.f("ix_objection_client_id"), "objection", ["client_id"], unique=False)

    op.add_column(
        "activity",
        sa.Column("place_kind", sa.String(length=10), server_default="site", nullable=False),
    )
    op.add_column(
        "activity", sa.Column("needs_asked", sa.Text(), server_default="", nullable=False)
    )
    op.execute(
        "ALTER TABLE activity ADD COLUMN offer_order_id VARCHAR(36) "
        "CONSTRAINT fk_activity_offer_order_id_sales_order REFERENCES sales_order (id)"
    )
    op.add_column(
        "activity",
        sa.Column("recurrence", sa.String(length=10), server_default="", nullable=False),
    )
    op.execute(
        "ALTER TABLE activity ADD COLUMN series_id VARCHAR(36) "
        "CONSTRAINT fk_activity_series_id_activity REFERENCES activity (id)"
    )
    op.execute(
        "ALTER TABLE activity ADD COLUMN follow_up_of_id VARCHAR(36) "
        "CONSTRAINT fk_activity_follow_up_of_id_activity REFERENCES activity (id)"
    )
    op.add_column(
        "activity",
        sa.Column("checked", sa.String(length=120), server_default="", nullable=False),
    )
    for column in ("offer_order_id", "series_id", "follow_up_of_id"):
        op.create_index(op.f(f"ix_activity_{column}"), "activity", [column], unique=False)
    op.add_column(
        "complaint", sa.Column("prepared_response", sa.Text(), server_default="", nullable=False)
    )
    op.execute("UPDATE activity SET place_kind = 'phone' WHERE kind = 'call'")


def downgrade() -> None:
    for column in ("offer_order_id", "series_id", "follow_up_of_id"):
        op.drop_index(op.f(f"ix_activity_{column}"), table_name="activity")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        for name in NEW_ACTIVITY_COLUMNS:
            batch_op.drop_column(name)
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_column("prepared_response")
    for table in NEW_TABLES:
        op.drop_table(table)
