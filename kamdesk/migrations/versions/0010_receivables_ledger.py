"""Receivables (issue 14): payments allocated to invoices, allocations undone, dunning steps,
and the local cache of what is open

- payment: the payment order's number, payer's name and tax id, the purpose text, the duplicate
  key of a payment imported from a bank file, where it came from, a note, and the payment a
  reversing entry undoes (the ledger is append-only: a wrong payment is undone, not edited).
- payment_allocation: this much of a payment settles this invoice. Every live payment that
  named an invoice becomes an allocation to it (id derived from both, so two laptops upgrading
  make one record); `payment.invoice_id` stays as the invoice the payment named.
- allocation_reversal: undoes one allocation (id derived from it).
- dunning_step: a reminder sent, a call made, supplies blocked or unblocked; when and by whom.
- invoice_open and client_balance: this laptop's cache of what is open on each invoice and each
  client's balance and credit, made from the ledger here and after every write; not synced.
- revenue_month, ledger_month and cache_state: this laptop's caches of each client's revenue
  per month in the reporting currency (domain.revenue_months; cache_state keeps the rates it
  was converted at) and of receivable money by month (services.kpi.ledger_months), made here
  and kept by services.kpi; not synced. Indexes of the refused order lines and of plans by
  period.

Every new payment column has a default, so older bundles need no step; a payment from an older
laptop that names an invoice gets its allocation when it is imported.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 15:45:00
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from kamdesk.db import track_table
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.fx import Quote, RateBook
from kamdesk.domain.natural_keys import payment_allocation_id
from kamdesk.domain.receivables import Allocation, CreditNote, InvoiceDue, Ledger, Payment
from kamdesk.domain.reporting import DatedSum
from kamdesk.domain.revenue_months import month_sums, rates_state
from kamdesk.migrations import on_sqlite

# money in minor units in the caches: INTEGER on SQLite (64-bit there), BIGINT on PostgreSQL
MINOR = sa.Integer().with_variant(sa.BigInteger(), "postgresql")

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAYMENT_TEXT = ("doc_number", "payer_name", "payer_tax_id", "purpose", "bank_key", "source", "note")
NEW_TABLES = ("payment_allocation", "allocation_reversal", "dunning_step")


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}")
    )


def _payment() -> None:
    for name in PAYMENT_TEXT:
        op.add_column("payment", sa.Column(name, sa.Text(), server_default="", nullable=False))
    op.create_index(op.f("ix_payment_bank_key"), "payment", ["bank_key"], unique=False)
    # ADD COLUMN with its foreign key inline (Alembic would copy the table to add it)
    op.execute(
        "ALTER TABLE payment ADD COLUMN reverses_id VARCHAR(36) "
        "CONSTRAINT fk_payment_reverses_id_payment REFERENCES payment (id)"
    )
    op.create_index(op.f("ix_payment_reverses_id"), "payment", ["reverses_id"], unique=False)
    # money received in another currency: what came (minor units), and the factor and rate day
    # that converted it into the client's (as order_line keeps a converted price, 0009)
    op.add_column("payment", sa.Column("source_amount", sa.BigInteger(), nullable=True))
    op.add_column(
        "payment",
        sa.Column("source_currency", sa.String(length=3), server_default="", nullable=False),
    )
    op.add_column("payment", sa.Column("fx_rate", sa.String(length=32), nullable=True))
    op.add_column("payment", sa.Column("fx_date", sa.String(length=10), nullable=True))


def _ledger() -> None:
    op.create_table(
        "payment_allocation",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("payment_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("allocated_on", sa.String(length=10), nullable=False),
        *_record_columns(),
        _fk("payment_allocation", "client_id", "client"),
        _fk("payment_allocation", "payment_id", "payment"),
        _fk("payment_allocation", "invoice_id", "invoice"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocation")),
    )
    op.create_index(
        "ix_payment_allocation_client_date",
        "payment_allocation",
        ["client_id", "allocated_on"],
        unique=False,
    )
    for column in ("payment_id", "invoice_id"):
        op.create_index(
            op.f(f"ix_payment_allocation_{column}"), "payment_allocation", [column], unique=False
        )
    op.create_table(
        "allocation_reversal",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("allocation_id", sa.String(length=36), nullable=False),
        sa.Column("reversed_on", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("allocation_reversal", "client_id", "client"),
        _fk("allocation_reversal", "allocation_id", "payment_allocation"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocation_reversal")),
    )
    op.create_index(op.f("ix_allocation_reversal_client_id"), "allocation_reversal", ["client_id"])
    op.create_index(
        "uq_allocation_reversal_live",
        "allocation_reversal",
        ["allocation_id"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "dunning_step",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("step_date", sa.String(length=10), nullable=False),
        sa.Column("done_by", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_record_columns(),
        _fk("dunning_step", "client_id", "client"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dunning_step")),
    )
    op.create_index(
        "ix_dunning_step_client_date", "dunning_step", ["client_id", "step_date"], unique=False
    )


def _cache() -> None:
    op.create_table(
        "invoice_open",
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("due_date", sa.String(length=10), nullable=False),
        sa.Column("open_amount", MINOR, nullable=False),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_invoice_open")),
    )
    op.create_index(op.f("ix_invoice_open_client_id"), "invoice_open", ["client_id"])
    op.create_index("ix_invoice_open_due", "invoice_open", ["due_date", "client_id"])
    op.create_table(
        "client_balance",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("balance", MINOR, nullable=False),
        sa.Column("open_amount", MINOR, nullable=False),
        sa.Column("credit", MINOR, nullable=False),
        sa.Column("excess", MINOR, nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_balance")),
    )


def _allocations_from_payments(conn: sa.Connection) -> list[tuple[str, str, str, int]]:
    """Each live payment that named an invoice settles it: one allocation of its amount, its id
    derived as services.receivables.legacy derives it (a migration keeps its own frozen copy of
    what it runs). Returns (client, payment, invoice, amount) per allocation."""
    rows = conn.exec_driver_sql(
        "SELECT p.id, p.client_id, p.invoice_id, p.amount, p.payment_date, p.created_at "
        "FROM payment p JOIN invoice i ON i.id = p.invoice_id AND i.client_id = p.client_id "
        "WHERE p.deleted_at IS NULL AND p.amount > 0"
    ).all()
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO payment_allocation (id, created_at, updated_at, revision, deleted_at, "
            "client_id, payment_id, invoice_id, amount, allocated_on) "
            "VALUES (?, ?, ?, 1, NULL, ?, ?, ?, ?, ?)",
            [
                (payment_allocation_id(pid, iid, 0), made, made, cid, pid, iid, amount, day)
                for pid, cid, iid, amount, day, made in rows
            ],
        )
    return [(str(cid), str(pid), str(iid), int(amount)) for pid, cid, iid, amount, *_ in rows]


def _fill_cache(conn: sa.Connection, allocations: list[tuple[str, str, str, int]]) -> None:
    """The open amounts as the ledger stands after the upgrade (allocations are the ones just
    made; nothing is reversed yet), by the domain's rules, in minor units."""
    day = date.fromisoformat
    ledgers: dict[str, Ledger] = {}

    def of(client_id: str) -> Ledger:
        return ledgers.setdefault(client_id, Ledger.empty())

    live = "WHERE deleted_at IS NULL"
    for cid, iid, number, issued, due, gross in conn.exec_driver_sql(
        f"SELECT client_id, id, number, issue_date, due_date, total_gross FROM invoice {live}"
    ):
        of(cid).invoices.append(InvoiceDue(iid, number, day(issued), day(due), Decimal(gross)))
    for cid, pid, paid, amount in conn.exec_driver_sql(
        f"SELECT client_id, id, payment_date, amount FROM payment {live}"
    ):
        of(cid).payments.append(Payment(pid, day(paid), Decimal(amount)))
    for cid, nid, on, gross, iid in conn.exec_driver_sql(
        "SELECT client_id, id, return_date, total_gross, invoice_id FROM sales_return "
        f"{live} AND invoice_id IS NOT NULL"
    ):
        of(cid).credit_notes.append(CreditNote(nid, day(on), Decimal(gross), iid))
    for cid, pid, iid, amount in allocations:
        aid = payment_allocation_id(pid, iid, 0)
        of(cid).allocations.append(Allocation(aid, date.min, pid, iid, Decimal(amount)))
    currency = dict(conn.exec_driver_sql("SELECT id, currency FROM client").all())
    opens, balances = [], []
    for cid, ledger in ledgers.items():
        settled = ledger.settle()
        due = {i.id: i.due_date.isoformat() for i in ledger.invoices}
        cur = currency.get(cid, "")
        opens += [(i, cid, cur, due[i], int(a)) for i, a in settled.open.items() if a > 0]
        excess = sum(int(e.amount) for e in settled.excess)
        row = (cid, cur, int(settled.balance), int(settled.open_total), int(settled.credit))
        balances.append((*row, excess))
    if opens:
        conn.exec_driver_sql("INSERT INTO invoice_open VALUES (?, ?, ?, ?, ?)", opens)
    if balances:
        conn.exec_driver_sql("INSERT INTO client_balance VALUES (?, ?, ?, ?, ?, ?)", balances)


def _dashboard() -> None:
    op.create_index(
        "ix_order_line_refused",
        "order_line",
        ["order_id", "refused_qty", "unit_price", "discount_percent", "vat_rate", "deleted_at"],
        unique=False,
        sqlite_where=sa.text("refused_qty > 0"),
        postgresql_where=sa.text("refused_qty > 0"),
    )
    op.create_index(
        "ix_sales_plan_period",
        "sales_plan",
        ["period_start", "client_id", "currency", "amount"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "revenue_month",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("amount", MINOR, nullable=False),
        sa.Column("converted", MINOR, nullable=False),
        sa.Column("unconverted", sa.Integer(), nullable=False),
        sa.Column("missing_first", sa.String(length=10), nullable=True),
        sa.Column("missing_last", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint(
            "client_id", "currency", "kind", "month", name=op.f("pk_revenue_month")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "ledger_month",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("due_date", sa.String(length=10), nullable=False),
        sa.Column("since", sa.String(length=7), nullable=False),
        sa.Column("amount", MINOR, nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "kind", "currency", "due_date", "since", name=op.f("pk_ledger_month")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "cache_state",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_cache_state")),
    )


_REVENUE_DAYS = (
    ("invoice", "SELECT client_id, currency, issue_date, SUM(total_net), COUNT(*) FROM invoice "
     "WHERE deleted_at IS NULL GROUP BY 1, 2, 3"),
    ("credit note", "SELECT client_id, currency, return_date, SUM(total_net), COUNT(*) "
     "FROM sales_return WHERE deleted_at IS NULL AND invoice_id IS NOT NULL GROUP BY 1, 2, 3"),
)  # fmt: skip


def _fill_revenue(conn: sa.Connection) -> None:
    """Revenue per client and month as services.kpi.revenue_cache.rebuild makes it (its frozen
    copy), at the rates known now; the reads check those rates before trusting a row."""
    company = conn.exec_driver_sql(
        "SELECT reporting_currency, default_currency FROM company WHERE deleted_at IS NULL "
        "ORDER BY created_at LIMIT 1"
    ).first()
    reporting = (company[0] or company[1]) if company else CompanyProfile().reporting
    rates = [
        (str(c), str(d), str(r))
        for c, d, r in conn.exec_driver_sql(
            "SELECT currency, rate_date, rate FROM exchange_rate WHERE deleted_at IS NULL"
        )
    ]
    book = RateBook(reporting, (Quote(c, date.fromisoformat(d), Decimal(r)) for c, d, r in rates))
    sums = [
        DatedSum(str(cid), str(cur), date.fromisoformat(str(day)[:10]), int(m), int(n), kind)
        for kind, sql in _REVENUE_DAYS
        for cid, cur, day, m, n in conn.exec_driver_sql(sql)
    ]
    rows = [
        (r.key, r.currency, r.kind, r.month, r.documents, r.minor, r.converted, r.unconverted,
         r.first and r.first.isoformat(), r.last and r.last.isoformat())
        for r in month_sums(book, sums)
    ]  # fmt: skip
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO revenue_month VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
        )
    conn.execute(  # sa.text: a parameter both SQLite and psycopg read (the team server's)
        sa.text("INSERT INTO cache_state (name, state) VALUES ('revenue_rates', :state)"),
        {"state": rates_state(reporting, rates)},
    )


# services.kpi.ledger_months.MONTHS as it was (a migration keeps its own frozen copy)
_LEDGER_MONTHS = (
    "SELECT substr(i.issue_date, 1, 7), 'invoice', i.currency, i.due_date, '', "
    "-SUM(i.total_gross) FROM invoice i WHERE i.deleted_at IS NULL GROUP BY 1, 3, 4",
    "SELECT substr(a.allocated_on, 1, 7), 'allocation', i.currency, i.due_date, '', "
    "SUM(a.amount) FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id "
    "WHERE a.deleted_at IS NULL AND i.deleted_at IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM allocation_reversal r WHERE r.allocation_id = a.id "
    "AND r.deleted_at IS NULL) GROUP BY 1, 3, 4",
    "SELECT substr(n.return_date, 1, 7), 'credit note', i.currency, i.due_date, '', "
    "SUM(n.total_gross) FROM sales_return n JOIN invoice i ON i.id = n.invoice_id "
    "WHERE n.deleted_at IS NULL AND i.deleted_at IS NULL GROUP BY 1, 3, 4",
)  # (no reversal exists yet)


def _fill_ledger_months(conn: sa.Connection) -> None:
    rows = [tuple(r) for sql in _LEDGER_MONTHS for r in conn.exec_driver_sql(sql).all()]
    if rows:
        conn.exec_driver_sql("INSERT INTO ledger_month VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.exec_driver_sql("INSERT INTO cache_state (name, state) VALUES ('ledger_month', 'made')")


def upgrade() -> None:
    _payment()
    _ledger()
    _cache()
    _dashboard()
    conn = op.get_bind()
    for table in ("payment", *NEW_TABLES) if on_sqlite() else ():
        track_table(conn, table)  # sync and digest triggers: a laptop's (see 0008)
    # after the triggers: the allocations are records this laptop made, sent with its data
    _fill_cache(conn, _allocations_from_payments(conn))
    _fill_revenue(conn)
    _fill_ledger_months(conn)


def downgrade() -> None:
    """Not undone: the backup taken before the upgrade is the way back."""
