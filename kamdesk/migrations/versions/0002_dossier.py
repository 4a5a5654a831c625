"""Dossier: strategy, key reasons, contact details and relations, complaints, settings, contact search

Columns added to existing tables carry server defaults so existing rows stay valid.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:17:57.145630
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.db import create_contact_search, drop_contact_search
from kamdesk.migrations import on_sqlite

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite has no booleans: 0 as it always was; PostgreSQL wants a boolean default
    false = sa.text("0") if on_sqlite() else sa.false()
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
    )
    op.create_table(
        "client_key_reason",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_client_key_reason_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_key_reason")),
        sa.UniqueConstraint("client_id", "reason", name=op.f("uq_client_key_reason_client_id")),
    )
    with op.batch_alter_table("client_key_reason", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_key_reason_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "complaint",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("opened_on", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_on", sa.String(length=10), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_complaint_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_complaint_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_client_id"), ["client_id"], unique=False)

    op.create_table(
        "contact_relation",
        sa.Column("from_contact_id", sa.String(length=36), nullable=False),
        sa.Column("to_contact_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_relation_from_contact_id_contact"),
        ),
        sa.ForeignKeyConstraint(
            ["to_contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_relation_to_contact_id_contact"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_relation")),
    )
    with op.batch_alter_table("contact_relation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_relation_from_contact_id"), ["from_contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_relation_to_contact_id"), ["to_contact_id"], unique=False
        )

    # Plain ADD COLUMN, no batch copy: recreating contact would make SQLite check every foreign
    # key pointing at it, row by row (hours on a large database).
    for name in (
        "delivery_address",
        "vision",
        "swot_strengths",
        "swot_weaknesses",
        "swot_opportunities",
        "swot_threats",
    ):
        op.add_column("client", sa.Column(name, sa.Text(), server_default="", nullable=False))
    op.add_column("client", sa.Column("budget", sa.BigInteger(), nullable=True))
    op.add_column("client", sa.Column("archived_at", sa.String(length=32), nullable=True))
    op.add_column(
        "contact", sa.Column("mobile", sa.String(length=40), server_default="", nullable=False)
    )
    op.add_column(
        "contact", sa.Column("email_alt", sa.String(length=200), server_default="", nullable=False)
    )
    op.add_column(
        "contact",
        sa.Column("familiarity", sa.String(length=10), server_default="none", nullable=False),
    )
    op.add_column(
        "contact",
        sa.Column("is_opinion_leader", sa.Boolean(), server_default=false, nullable=False),
    )
    op.add_column("contact", sa.Column("etiquette", sa.Text(), server_default="", nullable=False))
    # Foreign-key columns get indexes: deletes and future table copies check them.
    op.create_index("ix_sales_order_contact_id", "sales_order", ["contact_id"])
    op.create_index("ix_contact_reports_to_id", "contact", ["reports_to_id"])
    op.create_index("ix_client_parent_id", "client", ["parent_id"])
    op.create_index("ix_complaint_contact_id", "complaint", ["contact_id"])
    op.create_index("ix_product_category_parent_id", "product_category", ["parent_id"])
    op.create_index(
        "ix_invoice_period", "invoice", ["issue_date", "client_id", "total_net", "deleted_at"]
    )

    if on_sqlite():  # FTS5; the server's counterpart: tsvector (kamdesk.db.search_pg)
        create_contact_search(op.execute)


def downgrade() -> None:
    if on_sqlite():
        drop_contact_search(op.execute)
    for name, table in (
        ("ix_sales_order_contact_id", "sales_order"),
        ("ix_contact_reports_to_id", "contact"),
        ("ix_client_parent_id", "client"),
        ("ix_complaint_contact_id", "complaint"),
        ("ix_product_category_parent_id", "product_category"),
        ("ix_invoice_period", "invoice"),
    ):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("etiquette")
        batch_op.drop_column("is_opinion_leader")
        batch_op.drop_column("familiarity")
        batch_op.drop_column("email_alt")
        batch_op.drop_column("mobile")

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
        batch_op.drop_column("swot_threats")
        batch_op.drop_column("swot_opportunities")
        batch_op.drop_column("swot_weaknesses")
        batch_op.drop_column("swot_strengths")
        batch_op.drop_column("vision")
        batch_op.drop_column("budget")
        batch_op.drop_column("delivery_address")

    with op.batch_alter_table("contact_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_relation_to_contact_id"))
        batch_op.drop_index(batch_op.f("ix_contact_relation_from_contact_id"))

    op.drop_table("contact_relation")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_client_id"))

    op.drop_table("complaint")
    with op.batch_alter_table("client_key_reason", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_key_reason_client_id"))

    op.drop_table("client_key_reason")
    op.drop_table("setting")
