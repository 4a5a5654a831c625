"""Products, categories and the price list (price columns = discount levels)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, DecimalText, Money, Record, unique_live


class ProductCategory(Record, Base):
    __tablename__ = "product_category"

    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("product_category.id"), index=True, default=None
    )


class Product(Record, Base):
    __tablename__ = "product"
    __table_args__ = (unique_live("uq_product_sku_live", "sku"),)

    sku: Mapped[str] = mapped_column(String(60), index=True)
    name: Mapped[str] = mapped_column(String(300))
    category_id: Mapped[str | None] = mapped_column(
        ForeignKey("product_category.id"), index=True, default=None
    )
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    vat_rate: Mapped[Decimal] = mapped_column(DecimalText)
    base_price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    description: Mapped[str] = mapped_column(Text, default="")


class PriceColumn(Record, Base):
    """A named discount level of the price list (Retail, Wholesale, Key, VIP...).

    Either a percentage off the base price, or explicit prices per product (ProductPrice);
    an explicit price, where present, wins over the percentage.
    """

    __tablename__ = "price_column"

    name: Mapped[str] = mapped_column(String(80))
    discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ProductPrice(Record, Base):
    __tablename__ = "product_price"
    __table_args__ = (UniqueConstraint("product_id", "price_column_id"),)

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    price_column_id: Mapped[str] = mapped_column(ForeignKey("price_column.id"), index=True)
    price: Mapped[Decimal] = mapped_column(Money)


class ProductTranslation(Record, Base):
    """A product's name and unit in one document language (the product's own name otherwise)."""

    __tablename__ = "product_translation"
    __table_args__ = (unique_live("uq_product_translation_live", "product_id", "language"),)

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="")


class ProductTaxRate(Record, Base):
    """A product's VAT rate in a country where the company is registered besides its own."""

    __tablename__ = "product_tax_rate"
    __table_args__ = (unique_live("uq_product_tax_rate_live", "product_id", "country"),)

    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    country: Mapped[str] = mapped_column(String(2))
    rate: Mapped[Decimal] = mapped_column(DecimalText)
