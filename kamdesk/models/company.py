from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, LargeBinary, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, DecimalText, ISODate, Record, added_text, unique_live


class Requisites:
    """What a party's documents state beyond name and address (issue 13), shared by the company
    and its clients: labels follow the number's country (kamdesk.domain.requisites)."""

    # EU VAT number with its country prefix (HU12345678, IT00743110157)
    vat_number: Mapped[str] = added_text()
    kpp: Mapped[str] = added_text()  # Russia: КПП
    corr_account: Mapped[str] = added_text()  # Russia: корреспондентский счёт of the bank
    fiscal_code: Mapped[str] = added_text()  # Italy: Codice fiscale
    # who signs for the party and on what authority: "charter" (Устав) or "poa" (доверенность)
    signatory_name: Mapped[str] = added_text()
    signatory_position: Mapped[str] = added_text()
    signatory_basis: Mapped[str] = added_text()
    signatory_poa_number: Mapped[str] = added_text()
    signatory_poa_date: Mapped[date | None] = mapped_column(ISODate, default=None)


class Company(Requisites, Record, Base):
    """Our own company: the letterhead of every document. One live row."""

    __tablename__ = "company"

    legal_name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    registration_no: Mapped[str] = mapped_column(String(60), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    bank_account: Mapped[str] = mapped_column(String(40), default="")
    bank_code: Mapped[str] = mapped_column(String(20), default="")
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    vat_rate: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal("20"))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # Cross-client figures are in this currency; exchange rates are quoted in it ('' until
    # set: the billing currency). HU bills in EUR and reports in HUF.
    reporting_currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    vat_registered: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    director_name: Mapped[str] = added_text()
    director_position: Mapped[str] = added_text()
    accountant_name: Mapped[str] = added_text()
    accountant_position: Mapped[str] = added_text()


class VatRegistration(Record, Base):
    """A VAT registration of the company in another country than its own: clients there are
    charged that country's rates (ProductTaxRate). Keyed by the country."""

    __tablename__ = "vat_registration"
    __table_args__ = (unique_live("uq_vat_registration_live", "country"),)

    country: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(20), default="")


class Setting(Record, Base):
    """A setting the team shares (thresholds and rules); synced like any record."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)
