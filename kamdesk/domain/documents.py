"""What the client holds in hand, as plain records: the commercial proposal and the contract
package (supply contract, specification, invoice for payment).

Services fill these from the database (services.documents); reports.documents prints them.
Amounts are exact Decimals already computed by the domain's money rules (VAT per line, a
document's total the sum of its lines); the printer formats, it never computes money.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from kamdesk.domain.languages import LANGUAGE_NAMES as LANGUAGE_NAMES
from kamdesk.domain.languages import LANGUAGES as LANGUAGES
from kamdesk.domain.money import LineAmounts, sum_lines

# the language a country's documents are written in, where kamdesk has it
_COUNTRY_LANGUAGES = {"RU": "ru", "HU": "hu", "IT": "it", "AZ": "az"}
ZERO = Decimal(0)
# how a document states VAT: the line rates ("rate"), «НДС 0 %» with the regime's note ("zero":
# an export, an EAEU or intra-Community supply), or «Без НДС» with no VAT amount ("none": an
# exempt supply or a supplier not registered for VAT)
VAT_MODES = ("rate", "zero", "none")


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
    # the requisites as (label, value), labelled by the number's country: tax, VAT and
    # registration numbers, and the bank's; what the parties' blocks print when given
    ids: tuple[tuple[str, str], ...] = ()
    bank_lines: tuple[tuple[str, str], ...] = ()


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
    refused: Decimal = ZERO  # refused at delivery: not in `quantity` (what the order holds)
    returned: Decimal = ZERO  # returned since: not in `quantity` either


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


def country_language(country: str) -> str:
    """The document language of a country (RU -> ru, HU -> hu, IT -> it, AZ -> az), else
    English."""
    return _COUNTRY_LANGUAGES.get(country.strip().upper(), "en")


def language_for_country(current: str, old_country: str, new_country: str) -> str:
    """A client's document language when its country changes: the new country's while the
    language is still the one the old country gave it (not chosen by hand); else kept."""
    if current and current != country_language(old_country):
        return current  # chosen by hand: a Hungarian client who wants documents in English
    return country_language(new_country)


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
    # on what authority: "on the basis of the Charter" / «по доверенности № 12 от 01.02.2026»
    basis: str = ""
    role: str = ""  # the line the signature stands on: «Руководитель», «Главный бухгалтер»


@dataclass(frozen=True)
class ProposalDoc:
    number: str  # e.g. KP-2026-0007
    version: int
    issued_on: date
    valid_until: date
    language: str  # LANGUAGES: the client's document language, not the interface's
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
    vat_mode: str = "rate"  # VAT_MODES
    notes: tuple[str, ...] = ()  # under the totals: the VAT note, the rate clause, ...


@dataclass(frozen=True)
class InvoiceDoc:
    number: str
    issued_on: date
    due_on: date
    lines: tuple[DocLine, ...]
    totals: Totals
    total_in_words: str = ""  # ru, hu, az documents: the total written out (domain.words)
    purpose: str = ""  # payment reference: "Payment for goods under contract No ..."
    notes: tuple[str, ...] = ()  # under the totals: VAT note, VAT in HUF, who issues the
    # fiscal invoice
    signatories: tuple[Signatory, ...] = ()  # by the supplier country's practice


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
    vat_mode: str = "rate"  # VAT_MODES
    notes: tuple[str, ...] = ()  # under the specification's totals
    contract_id: str = ""  # the Contract record (natural_keys.contract_id)
    period_start: date | None = None  # the contract's period (1 January of the order's year)
    order_number: str = ""
    # the specification's own date: its order's, never before the contract it belongs to
    specification_date: date | None = None


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# what changes with every print, not with the content: a request for payment of an order not
# invoiced yet is dated the print day and due after the payment terms
_NOT_CONTENT = ("version", "issued_on")
_INVOICE_NOT_CONTENT = ("issued_on", "due_on")


def content_hash(doc: ProposalDoc | ContractDoc, parts: Sequence[str] = ()) -> str:
    """sha256 of a document's content (lines, totals, parties, texts, language and the parts
    of a package printed; not its version, the day it was printed, nor its request for
    payment's own date and due date): saving it unchanged writes no new version."""
    content = _plain(doc)
    for key in _NOT_CONTENT:
        content.pop(key, None)
    if isinstance(content.get("invoice"), dict):
        for key in _INVOICE_NOT_CONTENT:
            content["invoice"].pop(key, None)
    content["kind"] = type(doc).__name__
    if parts:
        content["parts"] = list(parts)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
