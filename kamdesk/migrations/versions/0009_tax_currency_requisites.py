"""Documents a manager signs as they are (issue 13): VAT by client, currencies, requisites,
the contract as a record

- company: reporting currency (cross-client figures; exchange rates are quoted in it; set to the
  billing currency here), whether it is registered for VAT, director and chief accountant, and
  the requisites every party has (below).
- client and company requisites: EU VAT number, КПП, корр. счёт, Codice fiscale, the signatory
  with the authority they sign on (charter or power of attorney, its number and date); on the
  client also its registration number (ОГРН), bank, SDI code and PEC, the VAT regime set by hand
  and the date of the last VIES check.
- vat_registration: the company's registrations in other countries; product_tax_rate: a
  product's rate there. product_translation: a product's name and unit per document language.
- exchange_rate: reporting-currency units per unit of a currency, by date and source.
- contract: a supply contract with its own number and date, one per client and period (its id
  derived from both); orders and issued documents point to it.
- sales_order: the VAT regime of the supply and why; order_line: a converted price's source
  price, currency, rate, date and source. issued_document: the content hash (saving unchanged
  content writes no new version). The invoice period index covers the currency too.

Every new column has a default, so records of older bundles need no step. Sync triggers are
made again over the tables' new columns, and made for the new tables.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.db import track_table
from kamdesk.migrations import on_sqlite

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REQUISITES = (
    "vat_number",
    "kpp",
    "corr_account",
    "fiscal_code",
    "signatory_name",
    "signatory_position",
    "signatory_basis",
    "signatory_poa_number",
)
COMPANY_TEXT = ("director_name", "director_position", "accountant_name", "accountant_position")
CLIENT_TEXT = ("registration_no", "bank_name", "bank_account", "bank_code", "sdi_code", "pec")
LINE_TEXT = ("fx_source",)
NEW_TABLES = ("vat_registration", "product_translation", "product_tax_rate", "exchange_rate")


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def _text(table: str, *names: str) -> None:
    for name in names:
        op.add_column(table, sa.Column(name, sa.Text(), server_default="", nullable=False))


def _fk_column(table: str, column: str, parent: str) -> None:
    # ADD COLUMN with its foreign key inline (Alembic would copy the table to add it)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(36) "
        f"CONSTRAINT fk_{table}_{column}_{parent} REFERENCES {parent} (id)"
    )
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _live_unique(name: str, table: str, *columns: str) -> None:
    op.create_index(
        name,
        table,
        list(columns),
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def _parties() -> None:
    for table in ("company", "client"):
        _text(table, *REQUISITES)
        op.add_column(table, sa.Column("signatory_poa_date", sa.String(length=10), nullable=True))
    _text("company", *COMPANY_TEXT)
    op.add_column(
        "company",
        sa.Column("reporting_currency", sa.String(length=3), server_default="", nullable=False),
    )
    op.add_column(
        "company",
        sa.Column("vat_registered", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.execute("UPDATE company SET reporting_currency = default_currency")
    _text("client", *CLIENT_TEXT)
    op.add_column(
        "client", sa.Column("tax_regime", sa.String(length=20), server_default="", nullable=False)
    )
    op.add_column("client", sa.Column("vat_checked_on", sa.String(length=10), nullable=True))


def _catalogue() -> None:
    op.create_table(
        "vat_registration",
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("vat_number", sa.String(length=20), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vat_registration")),
    )
    _live_unique("uq_vat_registration_live", "vat_registration", "country")
    for table, columns in (
        (
            "product_translation",
            [
                sa.Column("language", sa.String(length=8), nullable=False),
                sa.Column("name", sa.String(length=300), nullable=False),
                sa.Column("unit", sa.String(length=20), nullable=False),
            ],
        ),
        (
            "product_tax_rate",
            [
                sa.Column("country", sa.String(length=2), nullable=False),
                sa.Column("rate", sa.String(length=32), nullable=False),
            ],
        ),
    ):
        op.create_table(
            table,
            sa.Column("product_id", sa.String(length=36), nullable=False),
            *columns,
            *_record_columns(),
            sa.ForeignKeyConstraint(
                ["product_id"], ["product.id"], name=op.f(f"fk_{table}_product_id_product")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_product_id"), table, ["product_id"], unique=False)
    _live_unique("uq_product_translation_live", "product_translation", "product_id", "language")
    _live_unique("uq_product_tax_rate_live", "product_tax_rate", "product_id", "country")
    op.create_table(
        "exchange_rate",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate_date", sa.String(length=10), nullable=False),
        sa.Column("rate", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
    )
    _live_unique("uq_exchange_rate_live", "exchange_rate", "currency", "rate_date")


def _contracts() -> None:
    op.create_table(
        "contract",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.String(length=10), nullable=False),
        sa.Column("period_end", sa.String(length=10), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_contract_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
    )
    op.create_index(op.f("ix_contract_number"), "contract", ["number"], unique=False)
    op.create_index(op.f("ix_contract_client_id"), "contract", ["client_id"], unique=False)
    _live_unique("uq_contract_client_period_live", "contract", "client_id", "period_start")
    op.add_column(
        "sales_order",
        sa.Column("tax_regime", sa.String(length=20), server_default="", nullable=False),
    )
    _text("sales_order", "tax_reason")
    _fk_column("sales_order", "contract_id", "contract")
    op.add_column("order_line", sa.Column("source_price", sa.BigInteger(), nullable=True))
    op.add_column(
        "order_line",
        sa.Column("source_currency", sa.String(length=3), server_default="", nullable=False),
    )
    op.add_column("order_line", sa.Column("fx_rate", sa.String(length=32), nullable=True))
    op.add_column("order_line", sa.Column("fx_date", sa.String(length=10), nullable=True))
    _text("order_line", *LINE_TEXT)
    op.add_column(
        "issued_document",
        sa.Column("content_hash", sa.String(length=64), server_default="", nullable=False),
    )
    _fk_column("issued_document", "contract_id", "contract")
    # revenue per client in the reporting currency reads the invoice's currency too: the
    # period index covers it again without touching rows
    op.drop_index("ix_invoice_period", table_name="invoice")
    op.create_index(
        "ix_invoice_period",
        "invoice",
        ["issue_date", "client_id", "currency", "total_net", "deleted_at"],
    )


def upgrade() -> None:
    _parties()
    _catalogue()
    _contracts()
    conn = op.get_bind()
    changed = ("company", "client", "sales_order", "order_line", "issued_document")
    for table in (*changed, *NEW_TABLES, "contract") if on_sqlite() else ():
        track_table(conn, table)  # sync and digest triggers: a laptop's (see 0008)


def downgrade() -> None:
    """Not undone: the backup taken before the upgrade is the way back."""
