"""Orders, invoices, payments and sales plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, DecimalText, ISODate, Money, Quantity, Record

ORDER_STATUSES = ("draft", "confirmed", "shipped", "delivered", "invoiced", "cancelled")


class SalesOrder(Record, Base):
    __tablename__ = "sales_order"
    __table_args__ = (Index("ix_sales_order_client_date", "client_id", "order_date"),)

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


class OrderLine(Record, Base):
    __tablename__ = "order_line"

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


class Invoice(Record, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        Index("ix_invoice_client_date", "client_id", "issue_date"),
        # covers revenue per client over a period (key-client shares) without touching rows
        Index("ix_invoice_period", "issue_date", "client_id", "total_net", "deleted_at"),
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


class SalesPlan(Record, Base):
    """The revenue planned for one client (or the whole department when client is empty)."""

    __tablename__ = "sales_plan"

    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), index=True, default=None)
    period_start: Mapped[date] = mapped_column(ISODate)  # first day of the month
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    margin_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
