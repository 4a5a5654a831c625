"""Clients, their people and the competitors met at them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from kamdesk.domain.text import sort_key
from kamdesk.models.base import Base, DecimalText, ISODate, Money, Record

CLIENT_STATUSES = ("prospect", "active", "dormant", "lost")


class Client(Record, Base):
    __tablename__ = "client"

    code: Mapped[str] = mapped_column(String(30), default="")
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    legal_name: Mapped[str] = mapped_column(String(400), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(80), default="")
    segment: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    founded: Mapped[date | None] = mapped_column(ISODate, default=None)
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money, default=None)
    # The client's yearly spend on what we sell (ours plus competitors'): share of wallet.
    estimated_spend: Mapped[Decimal | None] = mapped_column(Money, default=None)
    currency: Mapped[str] = mapped_column(String(3))
    price_column_id: Mapped[str | None] = mapped_column(
        ForeignKey("price_column.id"), index=True, default=None
    )
    credit_limit: Mapped[Decimal | None] = mapped_column(Money, default=None)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    max_discount_percent: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    document_language: Mapped[str] = mapped_column(String(8), default="en")
    kam: Mapped[str] = mapped_column(String(120), default="")
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), default=None)
    needs: Mapped[str] = mapped_column(Text, default="")
    development_plans: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    @validates("name")
    def _keep_sort_key(self, _key: str, value: str) -> str:
        self.name_key = sort_key(value)
        return value


class Contact(Record, Base):
    __tablename__ = "contact"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # decision maker, approver, evaluator, user, gatekeeper, champion
    buying_role: Mapped[str] = mapped_column(String(30), default="")
    # champion, supporter, neutral, sceptic, opponent
    attitude: Mapped[str] = mapped_column(String(20), default="neutral")
    influence: Mapped[str] = mapped_column(String(10), default="medium")
    is_vip: Mapped[bool] = mapped_column(Boolean, default=False)
    birthday: Mapped[date | None] = mapped_column(ISODate, default=None)
    interests: Mapped[str] = mapped_column(Text, default="")
    form_of_address: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    reports_to_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)


class Competitor(Record, Base):
    __tablename__ = "competitor"

    name: Mapped[str] = mapped_column(String(300))
    website: Mapped[str] = mapped_column(String(200), default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ClientCompetitor(Record, Base):
    """A competitor present at a client: what it supplies, on what terms, its share."""

    __tablename__ = "client_competitor"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    competitor_id: Mapped[str] = mapped_column(ForeignKey("competitor.id"), index=True)
    supplies: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    share_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
