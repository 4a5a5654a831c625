"""Documents as they were issued to the client: proposals and contract packages, each kept
with its number, version and a copy of the PDF exactly as it was handed over."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, ISODate, Money, Record, unique_live

DOCUMENT_KINDS = ("proposal", "contract")


class Contract(Record, Base):
    """A supply contract with a client for a period: its own number and date, cited by every
    order and document under it. One per client and period; its id is derived from them
    (natural_keys.contract_id), so two laptops making "the" contract meet in one record."""

    __tablename__ = "contract"
    __table_args__ = (unique_live("uq_contract_client_period_live", "client_id", "period_start"),)

    number: Mapped[str] = mapped_column(String(40), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    signed_on: Mapped[date] = mapped_column(ISODate)
    period_start: Mapped[date] = mapped_column(ISODate)
    period_end: Mapped[date | None] = mapped_column(ISODate, default=None)
    currency: Mapped[str] = mapped_column(String(3))
    notes: Mapped[str] = mapped_column(Text, default="")


class IssuedDocument(Record, Base):
    """One issued version of a document. A new version of the same proposal (or contract) keeps
    the number, counts `version` up and points back to the one it replaces; the old one stays."""

    __tablename__ = "issued_document"
    __table_args__ = (Index("ix_issued_document_client_date", "client_id", "issued_on"),)

    kind: Mapped[str] = mapped_column(String(10))  # DOCUMENT_KINDS
    number: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    order_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), index=True, default=None
    )
    issued_on: Mapped[date] = mapped_column(ISODate)
    valid_until: Mapped[date | None] = mapped_column(ISODate, default=None)
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300), default="")
    total_gross: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)  # the PDF as it was issued
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("issued_document.id"), index=True, default=None
    )
    # sha256 of the document's canonical content: saving it unchanged writes no new version
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    contract_id: Mapped[str | None] = mapped_column(
        ForeignKey("contract.id"), index=True, default=None
    )
