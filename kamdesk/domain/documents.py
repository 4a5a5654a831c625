"""What the client holds in hand, as plain records: the commercial proposal and the contract
package (supply contract, specification, invoice for payment).

Services fill these from the database (services.documents); reports.documents prints them.
Amounts are exact Decimals already computed by the domain's money rules (VAT per line, a
document's total the sum of its lines); the printer formats, it never computes money.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from kamdesk.domain.money import LineAmounts, sum_lines

LANGUAGES = ("en", "ru")


@dataclass(frozen=True)
class Party:
    """One side of a document: our company (with its bank details and logo) or the client."""

    name: str  # the short or trading name
    legal_name: str = ""
    address: str = ""  # one line: street, postal code, city, country
    tax_id: str = ""
    registration_no: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class DocLine:
    no: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal  # the client's price before the line discount
    discount_percent: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    description: str = ""
    delivery_date: date | None = None


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat: Decimal
    gross: Decimal


class HasAmounts(Protocol):
    @property
    def net(self) -> Decimal: ...
    @property
    def vat(self) -> Decimal: ...
    @property
    def gross(self) -> Decimal: ...


def totals_of(lines: Iterable[HasAmounts]) -> Totals:
    """A document's totals: the sum of its lines (domain.money), for document or order lines."""
    total = sum_lines(LineAmounts(line.net, line.vat, line.gross) for line in lines)
    return Totals(net=total.net, vat=total.vat, gross=total.gross)


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ProposalDoc:
    number: str  # e.g. KP-2026-0007
    version: int
    issued_on: date
    valid_until: date
    language: str  # en | ru: the client's document language, not the interface's
    currency: str
    seller: Party
    buyer: Party
    addressee: str  # the contact it is addressed to ("" when none)
    addressee_title: str
    opening: str  # the tailored opening text, placeholders already filled
    lines: tuple[DocLine, ...]
    totals: Totals  # of `lines` only
    optional_lines: tuple[DocLine, ...] = ()  # shown apart, not in the total
    delivery_terms: str = ""
    payment_terms: str = ""
    closing: str = ""
    signatory: Signatory | None = None


@dataclass(frozen=True)
class InvoiceDoc:
    number: str
    issued_on: date
    due_on: date
    lines: tuple[DocLine, ...]
    totals: Totals
    total_in_words: str = ""  # Russian documents: the total written out (num2words)
    purpose: str = ""  # payment reference: "Payment for goods under contract No ..."


@dataclass(frozen=True)
class ContractDoc:
    number: str  # the contract's number
    signed_on: date
    place: str  # where it is signed (the seller's city)
    language: str
    currency: str
    seller: Party
    buyer: Party
    # the supply contract: headed clauses from the template, placeholders already filled
    clauses: tuple[tuple[str, str], ...]  # (heading, text)
    specification: tuple[DocLine, ...]  # appendix 1: goods, prices, delivery dates
    totals: Totals
    invoice: InvoiceDoc | None
    seller_signatory: Signatory | None = None
    buyer_signatory: Signatory | None = None
    delivery_date: date | None = None
