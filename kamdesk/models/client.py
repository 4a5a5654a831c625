"""Clients, their people and the competitors met at them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, validates

from kamdesk.domain.client import (  # noqa: F401 - the allowed values live with their rules
    ATTITUDES,
    BUYING_ROLES,
    FAMILIARITY,
    INFLUENCES,
    KEY_REASONS,
    RELATION_KINDS,
)
from kamdesk.domain.text import sort_key
from kamdesk.models.base import (
    Base,
    DecimalText,
    ISODate,
    Money,
    Record,
    SortKey,
    UTCDateTime,
    added_text,
    unique_live,
)
from kamdesk.models.company import Requisites

COMPLAINT_STATUSES = ("open", "resolved")


class Client(Requisites, Record, Base):
    __tablename__ = "client"

    code: Mapped[str] = mapped_column(String(30), default="")
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(SortKey(300), index=True, default="")
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
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), index=True, default=None)
    needs: Mapped[str] = mapped_column(Text, default="")
    development_plans: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    delivery_address: Mapped[str] = added_text()
    budget: Mapped[Decimal | None] = mapped_column(Money, default=None)
    vision: Mapped[str] = added_text()
    swot_strengths: Mapped[str] = added_text()
    swot_weaknesses: Mapped[str] = added_text()
    swot_opportunities: Mapped[str] = added_text()
    swot_threats: Mapped[str] = added_text()
    # Archived clients keep their history but leave the working lists.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # VAT (kamdesk.domain.tax): the regime set by hand ('' = from country and VAT number) and
    # the day the user last saw the VAT number confirmed by VIES
    tax_regime: Mapped[str] = mapped_column(String(20), default="", server_default="")
    vat_checked_on: Mapped[date | None] = mapped_column(ISODate, default=None)
    registration_no: Mapped[str] = added_text()  # ОГРН / ОГРНИП, cégjegyzékszám, REA
    bank_name: Mapped[str] = added_text()
    bank_account: Mapped[str] = added_text()
    bank_code: Mapped[str] = added_text()  # SWIFT/BIC or Russian БИК
    sdi_code: Mapped[str] = added_text()  # Italy: codice destinatario for e-invoices
    pec: Mapped[str] = added_text()  # Italy: certified e-mail

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
    reports_to_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id"), index=True, default=None
    )
    mobile: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email_alt: Mapped[str] = mapped_column(String(200), default="", server_default="")
    familiarity: Mapped[str] = mapped_column(String(10), default="none", server_default="none")
    is_opinion_leader: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    etiquette: Mapped[str] = added_text()


class ClientKeyReason(Record, Base):
    """One reason a client is key (revenue, potential, reference, ...), with why."""

    __tablename__ = "client_key_reason"
    __table_args__ = (UniqueConstraint("client_id", "reason"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    justification: Mapped[str] = mapped_column(Text, default="")


class ContactRelation(Record, Base):
    """An informal line between two people: one influences, or is in conflict with, another."""

    __tablename__ = "contact_relation"
    __table_args__ = (
        unique_live("uq_contact_relation_live", "from_contact_id", "to_contact_id", "kind"),
    )

    from_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    to_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Complaint(Record, Base):
    __tablename__ = "complaint"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id"), index=True, default=None
    )
    opened_on: Mapped[date] = mapped_column(ISODate)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_on: Mapped[date | None] = mapped_column(ISODate, default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")
    # what the KAM will say about it at the next meeting (the "arguing" check)
    prepared_response: Mapped[str] = added_text()


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
    # No unique (client, competitor): one competitor may supply two lines at a client on
    # different terms (film at 60 days, boxes at 30), each an entry of its own.

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    competitor_id: Mapped[str] = mapped_column(ForeignKey("competitor.id"), index=True)
    supplies: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    share_percent: Mapped[Decimal | None] = mapped_column(DecimalText, default=None)
