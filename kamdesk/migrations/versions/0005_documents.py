"""Issued documents: every commercial proposal and contract package handed to a client, with
its number, version (a new version points back to the one it replaces) and the PDF as issued

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "issued_document",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("issued_on", sa.String(length=10), nullable=False),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("total_gross", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_issued_document_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_issued_document_order_id_sales_order")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["issued_document.id"],
            name=op.f("fk_issued_document_supersedes_id_issued_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_document")),
    )
    op.create_index(
        "ix_issued_document_client_date",
        "issued_document",
        ["client_id", "issued_on"],
        unique=False,
    )
    for column in ("number", "order_id", "supersedes_id"):
        op.create_index(
            op.f(f"ix_issued_document_{column}"), "issued_document", [column], unique=False
        )


def downgrade() -> None:
    for column in ("number", "order_id", "supersedes_id"):
        op.drop_index(op.f(f"ix_issued_document_{column}"), table_name="issued_document")
    op.drop_index("ix_issued_document_client_date", table_name="issued_document")
    op.drop_table("issued_document")
