"""Orders, invoices, payments and sales plans."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.orders import ORDER_STATUSES, RETURN_REASONS  # noqa: F401 - with their rules
from kamdesk.models.base import (
    Base,
    DecimalText,
    ISODate,
    Money,
    Quantity,
    Record,
    UTCDateTime,
    added_text,
    unique_live,
)


def _qty(**kw: object) -> Mapped[Decimal]:
    """A quantity column added after the first release: 0 for rows that existed before."""
    return mapped_column(Quantity, default=Decimal(0), server_default="0", **kw)  # type: ignore[arg-type]


class SalesOrder(Record, Base):
    __tablename__ = "sales_order"
    __table_args__ = (
        Index("ix_sales_order_client_date", "client_id", "order_date"),
        # the order list, newest first
        Index("ix_sales_order_date_number", "order_date", "number"),
    )

    number: Mapped[str] = mapped_column(String(40), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id"), index=True, default=None
    )
    order_date: Mapped[date] = mapped_column(ISODate)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    currency: Mapped[str] = mapped_column(String(3))
    # Totals as the domain computed them from the lines when they were saved; `check` verifies.
    total_net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    total_gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    # A confirmed order is never edited: a change makes a new revision (a copy, in draft) and
    # cancels this one, which points to nothing; the copy points back with `supersedes_id`.
    revision_no: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), index=True, default=None
    )
    delivery_date: Mapped[date | None] = mapped_column(ISODate, default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Confirmed past the credit block: who decided and why (also in the order's events).
    credit_override_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    credit_override_reason: Mapped[str] = added_text()
    cancel_reason: Mapped[str] = added_text()
    # VAT regime of the supply when the order was saved (kamdesk.domain.tax) and why
    tax_regime: Mapped[str] = mapped_column(String(20), default="", server_default="")
    tax_reason: Mapped[str] = added_text()
    # the contract this order is supplied under (documents cite its number and date)
    contract_id: Mapped[str | None] = mapped_column(
        ForeignKey("contract.id"), index=True, default=None
    )


class OrderLine(Record, Base):
    __tablename__ = "order_line"
    # the few refused lines with what values them, read by the dashboard's refusals rate
    __table_args__ = (
        Index(
            "ix_order_line_refused",
            "order_id",
            "refused_qty",
            "unit_price",
            "discount_percent",
            "vat_rate",
            "deleted_at",
            sqlite_where=text("refused_qty > 0"),
            postgresql_where=text("refused_qty > 0"),
        ),
    )

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(DecimalText)
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    # How the price was found (domain.pricing): the rule's name and its explanation; the
    # resolved price is kept when the KAM typed another one over it.
    price_rule: Mapped[str] = mapped_column(String(20), default="", server_default="")
    price_note: Mapped[str] = added_text()
    list_price: Mapped[Decimal | None] = mapped_column(Money, default=None)
    # A discount above the client's allowed maximum needs someone's approval.
    approved_by: Mapped[str] = mapped_column(String(120), default="", server_default="")
    approval_note: Mapped[str] = added_text()
    # Fulfilment: shipped so far, refused by the client at delivery (with a reason) and
    # returned after delivery; what is invoiced is shipped - refused - returned-before-invoice.
    shipped_qty: Mapped[Decimal] = _qty()
    refused_qty: Mapped[Decimal] = _qty()
    refusal_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")
    refusal_note: Mapped[str] = added_text()
    # A product priced in another currency than the order's: its price there and the rate
    # that converted it (reporting units per unit of each, as of fx_date, from fx_source).
    source_price: Mapped[Decimal | None] = mapped_column(Money, default=None)
    source_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    fx_rate: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    fx_date: Mapped[date | None] = mapped_column(ISODate, default=None)
    fx_source: Mapped[str] = added_text()


class OrderEvent(Record, Base):
    """One step in an order's life (created, confirmed, shipped, refused, invoiced, ...): the
    client's history shows them."""

    __tablename__ = "order_event"
    __table_args__ = (Index("ix_order_event_client_at", "client_id", "happened_at"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Money, default=None)


class Invoice(Record, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        Index("ix_invoice_client_date", "client_id", "issue_date"),
        # covers revenue per client over a period (key-client shares) without touching rows
        Index(
            "ix_invoice_period", "issue_date", "client_id", "currency", "total_net", "deleted_at"
        ),
    )

    number: Mapped[str] = mapped_column(String(40), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    order_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), index=True, default=None
    )
    issue_date: Mapped[date] = mapped_column(ISODate)
    due_date: Mapped[date] = mapped_column(ISODate)
    currency: Mapped[str] = mapped_column(String(3))
    total_net: Mapped[Decimal] = mapped_column(Money)
    total_vat: Mapped[Decimal] = mapped_column(Money)
    total_gross: Mapped[Decimal] = mapped_column(Money)


class Payment(Record, Base):
    """Money received from a client. Posted once and never edited: which invoices it settles
    is in `payment_allocation`; a wrong payment is undone by a reversing payment (negative
    amount, `reverses_id` the one it undoes).

    `invoice_id` is the invoice a payment named before allocations existed (migration 0010 made
    each one an allocation); new payments leave it empty. `bank_key` is the duplicate key of a
    payment imported from a bank statement (kamdesk.domain.bank_statement.duplicate_key): the
    same payment imported twice is recognised by it, on this laptop and, since an imported
    payment's id derives from it, across laptops."""

    __tablename__ = "payment"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(
        ForeignKey("invoice.id"), index=True, default=None
    )
    payment_date: Mapped[date] = mapped_column(ISODate)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(30), default="bank transfer")
    reference: Mapped[str] = mapped_column(String(120), default="")
    doc_number: Mapped[str] = added_text()  # the payment order's number at the bank
    payer_name: Mapped[str] = added_text()
    payer_tax_id: Mapped[str] = added_text()
    purpose: Mapped[str] = added_text()  # the bank's "purpose of payment" text
    bank_key: Mapped[str] = added_text(index=True)
    source: Mapped[str] = added_text()  # '' typed by hand, 'csv' or '1c' from a bank file
    note: Mapped[str] = added_text()
    reverses_id: Mapped[str | None] = mapped_column(
        ForeignKey("payment.id"), index=True, default=None
    )
    # Money received in another currency than the client's (roubles for a EUR invoice): what
    # came, and the factor (client's currency per unit of it) and rate day that made `amount`.
    source_amount: Mapped[Decimal | None] = mapped_column(Money, default=None)
    source_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    fx_rate: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    fx_date: Mapped[date | None] = mapped_column(ISODate, default=None)


class SalesPlan(Record, Base):
    """The revenue planned for one client in a month, net of VAT, in the client's currency.
    With no client it is the plan for new clients in total (revenue from clients whose first
    invoice falls in the plan's year), in the company's reporting currency."""

    __tablename__ = "sales_plan"
    __table_args__ = (
        unique_live("uq_sales_plan_client_live", "client_id", "period_start"),
        unique_live("uq_sales_plan_department_live", "period_start", where="client_id IS NULL"),
        # a period's plans summed without reading the table (the dashboard, issue 14)
        Index(
            "ix_sales_plan_period",
            "period_start",
            "client_id",
            "currency",
            "amount",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), index=True, default=None)
    period_start: Mapped[date] = mapped_column(ISODate)  # first day of the month
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    margin_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)


class SalesReturn(Record, Base):
    """Goods the client sent back after delivery. Against an invoiced order it is a credit
    note: it lowers what the client owes and the revenue of its day."""

    __tablename__ = "sales_return"
    __table_args__ = (Index("ix_sales_return_client_date", "client_id", "return_date"),)

    number: Mapped[str] = mapped_column(String(40), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    order_id: Mapped[str] = mapped_column(ForeignKey("sales_order.id"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(
        ForeignKey("invoice.id"), index=True, default=None
    )
    return_date: Mapped[date] = mapped_column(ISODate)
    currency: Mapped[str] = mapped_column(String(3))
    total_net: Mapped[Decimal] = mapped_column(Money)
    total_vat: Mapped[Decimal] = mapped_column(Money)
    total_gross: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")


class ReturnLine(Record, Base):
    __tablename__ = "return_line"

    return_id: Mapped[str] = mapped_column(ForeignKey("sales_return.id"), index=True)
    order_line_id: Mapped[str] = mapped_column(ForeignKey("order_line.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(DecimalText)
    net: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
