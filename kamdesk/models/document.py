"""Documents as they were issued to the client: proposals and contract packages, each kept
with its number, version and a copy of the PDF exactly as it was handed over."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, ISODate, Money, Record

DOCUMENT_KINDS = ("proposal", "contract")


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
