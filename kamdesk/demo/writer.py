"""Rows exactly as the column types store them, buffered per table and written with executemany."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection

from kamdesk.demo.model import Row
from kamdesk.models import Base

BASE_COLUMNS = ("id", "created_at", "updated_at", "revision", "deleted_at")
# what the company and a client state on documents beyond name and address (models.Requisites)
REQUISITES = (
    "vat_number kpp corr_account fiscal_code signatory_name signatory_position signatory_basis "
    "signatory_poa_number signatory_poa_date"
)
# The columns of each table after BASE_COLUMNS, in the order rows are built. Dict order is insert
# order, which is foreign-key order.
OWN_COLUMNS = {
    "company": "legal_name short_name tax_id registration_no country city postal_code address "
    "phone email website bank_name bank_account bank_code default_currency vat_rate logo "
    f"{REQUISITES} director_name director_position accountant_name accountant_position "
    "reporting_currency vat_registered",
    "exchange_rate": "currency rate_date rate source",
    "price_column": "name discount_percent sort_order",
    "product_category": "name parent_id",
    "product": "sku name category_id unit vat_rate base_price currency active description",
    "product_translation": "product_id language name unit",
    "product_price": "product_id price_column_id price",
    "competitor": "name website strengths weaknesses notes",
    "kam": "name name_key email role_name team_id is_manager",
    "client": "code name name_key legal_name tax_id country city postal_code address phone "
    "email website industry segment status founded employees annual_revenue estimated_spend "
    "currency price_column_id credit_limit payment_terms_days max_discount_percent "
    "document_language kam parent_id needs development_plans problems notes delivery_address "
    "budget vision swot_strengths swot_weaknesses swot_opportunities swot_threats archived_at "
    f"{REQUISITES} registration_no bank_name bank_account bank_code sdi_code pec tax_regime "
    "vat_checked_on",
    "client_kam": "client_id kam_id position leaving_since",
    "contract": "number client_id signed_on period_start period_end currency notes",
    "contact": "client_id full_name position department phone email buying_role attitude "
    "influence is_vip birthday interests form_of_address language notes reports_to_id mobile "
    "email_alt familiarity is_opinion_leader etiquette",
    "client_competitor": "client_id competitor_id supplies terms share_percent",
    "client_key_reason": "client_id reason justification",
    "contact_relation": "from_contact_id to_contact_id kind note",
    "complaint": "client_id contact_id opened_on subject description status resolved_on resolution "
    "prepared_response",
    "client_price": "client_id product_id price valid_from valid_to note",
    "quantity_break": "product_id price_column_id min_quantity discount_percent price",
    "promotion": "name category_id discount_percent fixed_price starts_on ends_on notes",
    "promotion_product": "promotion_id product_id",
    "promotion_client": "promotion_id client_id",
    "sales_order": "number client_id contact_id order_date status currency total_net "
    "total_vat total_gross notes revision_no supersedes_id delivery_date confirmed_at "
    "credit_override_by credit_override_reason cancel_reason tax_regime tax_reason contract_id",
    "order_line": "order_id line_no product_id quantity unit_price discount_percent vat_rate "
    "net vat gross price_rule price_note list_price approved_by approval_note shipped_qty "
    "refused_qty refusal_reason refusal_note source_price source_currency fx_rate fx_date "
    "fx_source",
    "invoice": "number client_id order_id issue_date due_date currency total_net total_vat "
    "total_gross",
    "payment": "client_id invoice_id payment_date amount currency method reference doc_number "
    "payer_name payer_tax_id purpose bank_key source note reverses_id",
    "payment_allocation": "client_id payment_id invoice_id amount allocated_on",
    "sales_return": "number client_id order_id invoice_id return_date currency total_net "
    "total_vat total_gross note",
    "return_line": "return_id order_line_id product_id quantity unit_price discount_percent "
    "vat_rate net vat gross reason note",
    "order_event": "order_id client_id happened_at kind note amount",
    "activity": "kind client_id subject starts_at duration_min location travel_min agenda "
    "goals outcome status due_date place_kind needs_asked offer_order_id recurrence series_id "
    "follow_up_of_id checked",
    "activity_contact": "activity_id contact_id",
    "activity_product": "activity_id product_id",
    "meeting_question": "activity_id position question answer",
    "objection": "client_id raised_on objection response status",
    "sales_plan": "client_id period_start amount currency margin_percent",
    "dunning_step": "client_id step step_date done_by note",
}
COLUMNS = {table: (*BASE_COLUMNS, *cols.split()) for table, cols in OWN_COLUMNS.items()}
ACTIVITY_TABLES = (
    "activity",
    "activity_contact",
    "activity_product",
    "meeting_question",
    "objection",
)
ORDER_TABLES = (
    "contract",
    "sales_order",
    "order_line",
    "invoice",
    "payment",
    "payment_allocation",
    "sales_return",
    "return_line",
    "order_event",
)
FLUSH_ROWS = 20_000


# --- raw values exactly as the column types store them -----------------------------------------


def dec_text(value: Decimal) -> str:
    """DecimalText."""
    return format(value.normalize(), "f")


_VAT_TEXT: dict[Decimal, str] = {}


def vat_text(rate: Decimal) -> str:
    """A VAT rate as DecimalText stores it (cached: every line has one)."""
    text = _VAT_TEXT.get(rate)
    if text is None:
        text = _VAT_TEXT[rate] = dec_text(rate)
    return text


def minor_of(amount: float) -> int:
    """A positive float amount rounded to whole euros, in minor units (Money)."""
    return max(1, round(amount)) * 100


class Writer:
    """Buffers rows per table and writes them with executemany in foreign-key order."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[str, list[Row]] = {t: [] for t in COLUMNS}
        self.counts: dict[str, int] = dict.fromkeys(COLUMNS, 0)
        self.sql: dict[str, str] = {}
        for table, cols in COLUMNS.items():
            model = Base.metadata.tables[table].columns
            # the models changed: this generator must follow (a column it leaves out must
            # take a default of the database's)
            unknown = set(cols) - set(model.keys())
            unfilled = {
                c.name
                for c in model
                if c.name not in cols and c.server_default is None and not c.nullable
            }
            if unknown or unfilled:
                raise RuntimeError(f"demo columns of {table} differ from the model: {unknown}")
            marks = ", ".join("?" for _ in cols)
            self.sql[table] = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})"

    def add(self, table: str, row: Row) -> None:
        self.rows[table].append(row)

    def flush(self, *tables: str) -> None:
        for table in tables or tuple(COLUMNS):
            rows = self.rows[table]
            if rows:
                self.conn.exec_driver_sql(self.sql[table], rows)
                self.counts[table] += len(rows)
                rows.clear()
