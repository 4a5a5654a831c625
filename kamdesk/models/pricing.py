"""What decides a client's price beyond the price column: special prices, quantity breaks and
promotions. The one function that weighs them is kamdesk.domain.pricing.resolve_price."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, DecimalText, ISODate, Money, Quantity, Record, unique_live


class ClientPrice(Record, Base):
    """A price negotiated with one client for one product, optionally between two dates."""

    __tablename__ = "client_price"
    __table_args__ = (
        unique_live(
            "uq_client_price_undated_live",
            "client_id",
            "product_id",
            where="valid_from IS NULL AND valid_to IS NULL",
        ),
        unique_live(
            "uq_client_price_dated_live", "client_id", "product_id", "valid_from", "valid_to"
        ),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    price: Mapped[Decimal] = mapped_column(Money)
    valid_from: Mapped[date | None] = mapped_column(ISODate, default=None)
    valid_to: Mapped[date | None] = mapped_column(ISODate, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class QuantityBreak(Record, Base):
    """From `min_quantity` on, a product costs less: a percentage off the client's column
    price, or a fixed unit price. For one price column, or for every column when empty."""

    __tablename__ = "quantity_break"
    __table_args__ = (
        unique_live(
            "uq_quantity_break_column_live", "product_id", "price_column_id", "min_quantity"
        ),
        unique_live(
            "uq_quantity_break_every_live",
            "product_id",
            "min_quantity",
            where="price_column_id IS NULL",
        ),
    )

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    price_column_id: Mapped[str | None] = mapped_column(
        ForeignKey("price_column.id"), index=True, default=None
    )
    min_quantity: Mapped[Decimal] = mapped_column(Quantity)
    discount_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    price: Mapped[Decimal | None] = mapped_column(Money, default=None)


class Promotion(Record, Base):
    """A date-bounded promotion on chosen products or a whole category: a percentage off the
    base price or a fixed price; for every client, or only for those in promotion_client."""

    __tablename__ = "promotion"

    name: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[str | None] = mapped_column(
        ForeignKey("product_category.id"), index=True, default=None
    )
    discount_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
    fixed_price: Mapped[Decimal | None] = mapped_column(Money, default=None)
    starts_on: Mapped[date] = mapped_column(ISODate)
    ends_on: Mapped[date] = mapped_column(ISODate)
    notes: Mapped[str] = mapped_column(Text, default="")


class PromotionProduct(Record, Base):
    __tablename__ = "promotion_product"
    __table_args__ = (unique_live("uq_promotion_product_live", "promotion_id", "product_id"),)

    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)


class PromotionClient(Record, Base):
    __tablename__ = "promotion_client"
    __table_args__ = (unique_live("uq_promotion_client_live", "promotion_id", "client_id"),)

    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)


class ExchangeRate(Record, Base):
    """Reporting-currency units for one unit of `currency` on `rate_date` (the latest on or
    before a document's date applies), with where it came from (central bank, contract)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (unique_live("uq_exchange_rate_live", "currency", "rate_date"),)

    currency: Mapped[str] = mapped_column(String(3))
    rate_date: Mapped[date] = mapped_column(ISODate)
    rate: Mapped[Decimal] = mapped_column(DecimalText)
    source: Mapped[str] = mapped_column(String(120), default="")
