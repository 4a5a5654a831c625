"""What every document of an order is made from: the order, the client and its people, our
company profile; the parties, the lines and the placeholder values in the document's language,
and the terms texts from the templates (the user's folder first)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import LANGUAGES, DocLine, Party, Signatory
from kamdesk.domain.templates import clauses
from kamdesk.errors import UserError
from kamdesk.models import Client, Contact, Product, SalesOrder
from kamdesk.services.company import get_company
from kamdesk.services.documents.text import (
    address_line,
    bank_line,
    capital,
    fill_text,
    read_template,
    total_in_words,
    unit_text,
)
from kamdesk.services.queries import get_live, live
from kamdesk.services.sales.orders import OrderLineRecord, OrderRecord, get_order

NO_COMPANY = (
    "Fill in your company under File > Settings first: its name, address and bank details "
    "head every document."
)
_KAM_TITLE = {"en": "Key Account Manager", "ru": "менеджер по работе с ключевыми клиентами"}
_NOBODY = {"en": "Sir or Madam", "ru": "коллеги"}
_REPRESENTATIVE = {"en": "its authorised representative", "ru": "уполномоченный представитель"}
_AS_AGREED = {"en": "as agreed by the Parties", "ru": "по согласованию Сторон"}


@dataclass(frozen=True)
class Source:
    order: OrderRecord
    client: Client
    company: CompanyProfile
    contacts: tuple[Contact, ...]
    descriptions: dict[str, str] = field(default_factory=dict)  # product id -> description
    contact_id: str | None = None  # the order's contact


def load_source(session: Session, order_id: str, what: str) -> Source:
    order = get_order(session, order_id)  # UserError when it does not exist
    if order.status == "cancelled":
        raise UserError(
            f"Order {order.number} is cancelled: there is nothing to offer in a {what}."
        )
    if not order.lines:
        raise UserError(
            f"Order {order.number} has no lines: add the goods before printing a {what}."
        )
    company = get_company(session)
    if not company.legal_name.strip():
        raise UserError(NO_COMPANY)
    client = get_live(session, Client, order.client_id)
    contacts = tuple(
        session.execute(
            select(Contact)
            .where(Contact.client_id == client.id, live(Contact))
            .order_by(Contact.created_at, Contact.full_name, Contact.id)
        ).scalars()
    )
    ids = list({line.product_id for line in order.lines})
    descriptions = dict(
        session.execute(select(Product.id, Product.description).where(Product.id.in_(ids))).all()
    )
    row = session.get(SalesOrder, order_id)
    return Source(order, client, company, contacts, descriptions, row.contact_id if row else None)


def document_language(client: Client, requested: str | None) -> str:
    if requested is not None:
        if requested not in LANGUAGES:
            raise UserError(
                f"Documents are printed in {', '.join(LANGUAGES)}; {requested!r} is not one."
            )
        return requested
    return client.document_language if client.document_language in LANGUAGES else "en"


def _decision_maker(src: Source) -> Contact | None:
    return next((c for c in src.contacts if c.buying_role == "decision maker"), None)


def addressee_of(src: Source, contact_id: str | None) -> Contact | None:
    """The chosen contact, else the order's contact, else the decision maker, else the first."""
    by_id = {c.id: c for c in src.contacts}
    if contact_id is not None:
        if contact_id not in by_id:
            raise UserError(f"The addressee must be one of {src.client.name}'s contacts.")
        return by_id[contact_id]
    if src.contact_id in by_id:
        return by_id[src.contact_id]
    return _decision_maker(src) or (src.contacts[0] if src.contacts else None)


def signer_of(src: Source) -> Contact | None:
    """Who signs a contract for the client: the decision maker, else the addressee."""
    return _decision_maker(src) or addressee_of(src, None)


def seller_party(company: CompanyProfile, language: str) -> Party:
    return Party(
        name=company.short_name or company.legal_name,
        legal_name=company.legal_name,
        address=address_line(
            company.address, company.postal_code, company.city, company.country, language
        ),
        tax_id=company.tax_id,
        registration_no=company.registration_no,
        phone=company.phone,
        email=company.email,
        website=company.website,
        bank_name=company.bank_name,
        bank_account=company.bank_account,
        bank_code=company.bank_code,
        logo=company.logo,
    )


def buyer_party(client: Client, language: str) -> Party:
    return Party(
        name=client.name,
        legal_name=client.legal_name or client.name,
        address=address_line(
            client.address, client.postal_code, client.city, client.country, language
        ),
        tax_id=client.tax_id,
        phone=client.phone,
        email=client.email,
        website=client.website,
    )


def doc_line(
    no: int, line: OrderLineRecord, src: Source, language: str, *, delivery: date | None = None
) -> DocLine:
    return DocLine(
        no=no,
        sku=line.sku,
        name=line.name,
        unit=unit_text(line.unit, language),
        quantity=line.quantity,
        unit_price=line.unit_price,
        discount_percent=line.discount_percent,
        vat_rate=line.vat_rate,
        net=line.net,
        vat=line.vat,
        gross=line.gross,
        description=src.descriptions.get(line.product_id, ""),
        delivery_date=delivery,
    )


def _person(contact: Contact | None, language: str) -> str:
    if contact is None:
        return ""
    if not contact.position:
        return contact.full_name
    if language == "ru":
        return f"{contact.position} {contact.full_name}"
    return f"{contact.full_name}, {contact.position}"


def placeholder_values(
    src: Source,
    language: str,
    *,
    day: date,
    total: Decimal,
    addressee: Contact | None,
    signer: Contact | None,
) -> dict[str, str]:
    """Every placeholder the data can fill; document numbers are added by the caller."""
    company, client, order = src.company, src.client, src.order
    seller, buyer = seller_party(company, language), buyer_party(client, language)
    kam = client.kam.strip()
    delivery_day = order.delivery_date
    return {
        "seller.name": seller.name,
        "seller.legal_name": seller.legal_name,
        "seller.address": seller.address,
        "seller.tax_id": seller.tax_id,
        "seller.registration_no": seller.registration_no,
        "seller.bank": bank_line(company, language),
        "seller.signatory": (
            (f"{_KAM_TITLE[language]} {kam}" if language == "ru" else f"{kam}, {_KAM_TITLE['en']}")
            if kam
            else _REPRESENTATIVE[language]
        ),
        "buyer.name": buyer.name,
        "buyer.legal_name": buyer.legal_name,
        "buyer.address": buyer.address,
        "buyer.tax_id": buyer.tax_id,
        "buyer.signatory": _person(signer, language) or _REPRESENTATIVE[language],
        "addressee.name": addressee.full_name if addressee else "",
        "addressee.title": addressee.position if addressee else "",
        "addressee.salutation": (
            (addressee.form_of_address.strip() or addressee.full_name)
            if addressee
            else _NOBODY[language]
        ),
        "order.number": order.number,
        "order.date": formatting.long_date(order.order_date, language),
        "order.total": formatting.money(total, language, order.currency),
        "order.total_words": total_in_words(total, order.currency) if language == "ru" else "",
        "payment.days": str(client.payment_terms_days),
        "delivery.date": (
            formatting.long_date(delivery_day, language) if delivery_day else _AS_AGREED[language]
        ),
        "delivery.address": client.delivery_address.strip() or buyer.address,
        "currency": order.currency,
        "today": formatting.long_date(day, language),
        "kam.name": kam,
    }


def add_delivery_terms(values: dict[str, str], language: str, templates_dir: Path | None) -> None:
    """{{ delivery.terms }}: the delivery_terms template, filled (it cannot name itself)."""
    text, source = read_template("delivery_terms", language, templates_dir)
    values["delivery.terms"] = fill_text(text, values, source)


def proposal_terms(
    values: Mapping[str, str], language: str, templates_dir: Path | None
) -> tuple[str, str]:
    """The delivery and payment terms: the first and second section of proposal_terms."""
    text, source = read_template("proposal_terms", language, templates_dir)
    parts = [fill_text(body, values, source) for _heading, body in clauses(text)]
    parts += ["", ""]
    return parts[0], parts[1]


def kam_signatory(src: Source, language: str) -> Signatory | None:
    """The KAM signs for us, with our company's phone and e-mail; None when no KAM is set."""
    kam = src.client.kam.strip()
    if not kam:
        return None
    return Signatory(kam, capital(_KAM_TITLE[language]), src.company.phone, src.company.email)
