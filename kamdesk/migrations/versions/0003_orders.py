"""Orders: special prices, quantity breaks, promotions, order fulfilment and events, returns

Columns added to existing tables are plain ADD COLUMNs with server defaults (no table copy:
recreating order_line would check every foreign key row by row). Orders that were shipped,
delivered or invoiced before fulfilment was tracked per line count as fully shipped.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = (
    "return_line",
    "sales_return",
    "order_event",
    "quantity_break",
    "promotion_product",
    "promotion_client",
    "client_price",
    "promotion",
)


def upgrade() -> None:
    op.create_table(
        "promotion",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=True),
        sa.Column("discount_percent", sa.String(length=32), nullable=True),
        sa.Column("fixed_price", sa.BigInteger(), nullable=True),
        sa.Column("starts_on", sa.String(length=10), nullable=False),
        sa.Column("ends_on", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["product_category.id"],
            name=op.f("fk_promotion_category_id_product_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion")),
    )
    op.create_index(op.f("ix_promotion_category_id"), "promotion", ["category_id"], unique=False)
    op.create_table(
        "client_price",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.String(length=10), nullable=True),
        sa.Column("valid_to", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_client_price_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_client_price_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_price")),
    )
    op.create_index(op.f("ix_client_price_client_id"), "client_price", ["client_id"], unique=False)
    op.create_index(
        op.f("ix_client_price_product_id"), "client_price", ["product_id"], unique=False
    )
    op.create_table(
        "promotion_client",
        sa.Column("promotion_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_promotion_client_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["promotion_id"],
            ["promotion.id"],
            name=op.f("fk_promotion_client_promotion_id_promotion"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_client")),
    )
    op.create_index(
        op.f("ix_promotion_client_client_id"), "promotion_client", ["client_id"], unique=False
    )
    op.create_index(
        op.f("ix_promotion_client_promotion_id"), "promotion_client", ["promotion_id"], unique=False
    )
    op.create_table(
        "promotion_product",
        sa.Column("promotion_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_promotion_product_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["promotion_id"],
            ["promotion.id"],
            name=op.f("fk_promotion_product_promotion_id_promotion"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_product")),
    )
    op.create_index(
        op.f("ix_promotion_product_product_id"), "promotion_product", ["product_id"], unique=False
    )
    op.create_index(
        op.f("ix_promotion_product_promotion_id"),
        "promotion_product",
        ["promotion_id"],
        unique=False,
    )
    op.create_table(
        "quantity_break",
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("price_column_id", sa.String(length=36), nullable=True),
        sa.Column("min_quantity", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.String(length=32), nullable=True),
        sa.Column("price", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["price_column_id"],
            ["price_column.id"],
            name=op.f("fk_quantity_break_price_column_id_price_column"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_quantity_break_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quantity_break")),
    )
    op.create_index(
        op.f("ix_quantity_break_price_column_id"),
        "quantity_break",
        ["price_column_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_quantity_break_product_id"), "quantity_break", ["product_id"], unique=False
    )
    op.create_table(
        "order_event",
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("happened_at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_order_event_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_order_event_order_id_sales_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_event")),
    )
    op.create_index(
        "ix_order_event_client_at", "order_event", ["client_id", "happened_at"], unique=False
    )
    op.create_index(op.f("ix_order_event_order_id"), "order_event", ["order_id"], unique=False)
    op.create_table(
        "sales_return",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("return_date", sa.String(length=10), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_net", sa.BigInteger(), nullable=False),
        sa.Column("total_vat", sa.BigInteger(), nullable=False),
        sa.Column("total_gross", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_sales_return_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_sales_return_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_sales_return_order_id_sales_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_return")),
    )
    op.create_index(
        "ix_sales_return_client_date", "sales_return", ["client_id", "return_date"], unique=False
    )
    op.create_index(
        op.f("ix_sales_return_invoice_id"), "sales_return", ["invoice_id"], unique=False
    )
    op.create_index(op.f("ix_sales_return_number"), "sales_return", ["number"], unique=False)
    op.create_index(op.f("ix_sales_return_order_id"), "sales_return", ["order_id"], unique=False)
    op.create_table(
        "return_line",
        sa.Column("return_id", sa.String(length=36), nullable=False),
        sa.Column("order_line_id", sa.String(length=36), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_percent", sa.String(length=32), nullable=False),
        sa.Column("vat_rate", sa.String(length=32), nullable=False),
        sa.Column("net", sa.BigInteger(), nullable=False),
        sa.Column("vat", sa.BigInteger(), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_line_id"],
            ["order_line.id"],
            name=op.f("fk_return_line_order_line_id_order_line"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_return_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["return_id"], ["sales_return.id"], name=op.f("fk_return_line_return_id_sales_return")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_line")),
    )
    op.create_index(
        op.f("ix_return_line_order_line_id"), "return_line", ["order_line_id"], unique=False
    )
    op.create_index(op.f("ix_return_line_product_id"), "return_line", ["product_id"], unique=False)
    op.create_index(op.f("ix_return_line_return_id"), "return_line", ["return_id"], unique=False)
    op.add_column(
        "order_line",
        sa.Column("price_rule", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "order_line", sa.Column("price_note", sa.Text(), server_default="", nullable=False)
    )
    op.add_column("order_line", sa.Column("list_price", sa.BigInteger(), nullable=True))
    op.add_column(
        "order_line",
        sa.Column("approved_by", sa.String(length=120), server_default="", nullable=False),
    )
    op.add_column(
        "order_line", sa.Column("approval_note", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "order_line", sa.Column("shipped_qty", sa.BigInteger(), server_default="0", nullable=False)
    )
    op.add_column(
        "order_line", sa.Column("refused_qty", sa.BigInteger(), server_default="0", nullable=False)
    )
    op.add_column(
        "order_line",
        sa.Column("refusal_reason", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "order_line", sa.Column("refusal_note", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "sales_order", sa.Column("revision_no", sa.Integer(), server_default="1", nullable=False)
    )
    # ADD COLUMN with its foreign key inline (Alembic would copy the table to add it)
    op.execute(
        "ALTER TABLE sales_order ADD COLUMN supersedes_id VARCHAR(36) "
        "CONSTRAINT fk_sales_order_supersedes_id_sales_order REFERENCES sales_order (id)"
    )

    op.add_column("sales_order", sa.Column("delivery_date", sa.String(length=10), nullable=True))
    op.add_column("sales_order", sa.Column("confirmed_at", sa.String(length=32), nullable=True))
    op.add_column(
        "sales_order",
        sa.Column("credit_override_by", sa.String(length=120), server_default="", nullable=False),
    )
    op.add_column(
        "sales_order",
        sa.Column("credit_override_reason", sa.Text(), server_default="", nullable=False),
    )
    op.add_column(
        "sales_order", sa.Column("cancel_reason", sa.Text(), server_default="", nullable=False)
    )
    op.create_index(
        op.f("ix_sales_order_supersedes_id"), "sales_order", ["supersedes_id"], unique=False
    )

    op.create_index("ix_sales_order_date_number", "sales_order", ["order_date", "number"])
    op.execute(
        "UPDATE order_line SET shipped_qty = quantity WHERE order_id IN (SELECT id FROM "
        "sales_order WHERE status IN ('shipped', 'delivered', 'invoiced'))"
    )


def downgrade() -> None:
    op.drop_index("ix_sales_order_date_number", table_name="sales_order")
    op.drop_index("ix_sales_order_supersedes_id", table_name="sales_order")
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        for name in (
            "cancel_reason",
            "credit_override_reason",
            "credit_override_by",
            "confirmed_at",
            "delivery_date",
            "supersedes_id",
            "revision_no",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        for name in (
            "refusal_note",
            "refusal_reason",
            "refused_qty",
            "shipped_qty",
            "approval_note",
            "approved_by",
            "list_price",
            "price_note",
            "price_rule",
        ):
            batch_op.drop_column(name)
    for table in NEW_TABLES:
        op.drop_table(table)
