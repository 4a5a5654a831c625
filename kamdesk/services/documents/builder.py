"""Commercial proposals and contract packages: filled from the order, the client and our company
profile into the plain records of domain/documents.py (reports/documents.py prints them), and
kept once issued with their number, version and the PDF as it was handed over.

Texts come from templates with documented placeholders (resources/templates/README.md); a copy
of a template in the user's template folder wins over the shipped one. A template that names
an unknown placeholder, or needs data the database does not hold, is refused by name before
anything is printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import (
    LANGUAGES,
    ContractDoc,
    DocLine,
    InvoiceDoc,
    Party,
    ProposalDoc,
    Signatory,
    Totals,
    totals_of,
)
from kamdesk.domain.money import LineAmounts, line_amounts
from kamdesk.domain.templates import clauses
from kamdesk.errors import UserError
from kamdesk.models import Client, Contact, Invoice, IssuedDocument, Product, SalesOrder
from kamdesk.models.document import DOCUMENT_KINDS
from kamdesk.services.company import get_company
from kamdesk.services.documents.text import (
    SHIPPED_TEMPLATES,
    TEMPLATES,
    TemplateProblem,
    address_line,
    bank_line,
    capital,
    fill_text,
    read_template,
    template_text,
    total_in_words,
    unit_text,
)
from kamdesk.services.sales.orders import OrderLineRecord, OrderRecord, get_order

__all__ = [
    "NO_COMPANY",
    "SHIPPED_TEMPLATES",
    "TEMPLATES",
    "VALID_DAYS",
    "IssuedRow",
    "ProposalEdits",
    "TemplateProblem",
    "build_contract",
    "build_proposal",
    "document_pdf",
    "issue_document",
    "list_documents",
    "proposal_defaults",
    "template_text",
    "total_in_words",
]

VALID_DAYS = 30  # a proposal holds this long unless the KAM says otherwise
NO_COMPANY = (
    "Fill in your company under File > Settings first: its name, address and bank details "
    "head every document."
)
_TITLES = {
    ("proposal", "en"): "Commercial proposal for order {order}",
    ("proposal", "ru"): "Коммерческое предложение по заказу № {order}",
    ("contract", "en"): "Supply contract for order {order}",
    ("contract", "ru"): "Договор поставки по заказу № {order}",
}
_KAM_TITLE = {"en": "Key Account Manager", "ru": "менеджер по работе с ключевыми клиентами"}
_NOBODY = {"en": "Sir or Madam", "ru": "коллеги"}
_REPRESENTATIVE = {"en": "its authorised representative", "ru": "уполномоченный представитель"}
_AS_AGREED = {"en": "as agreed by the Parties", "ru": "по согласованию Сторон"}
_PURPOSE = {
    "en": "Payment for goods under supply contract No {contract} of {date}, order {order}. "
    "VAT included: {vat}.",
    "ru": "Оплата по договору поставки № {contract} от {date} (заказ № {order}). "
    "В т. ч. НДС {vat}.",
}


@dataclass(frozen=True)
class ProposalEdits:
    """What the KAM may change before a proposal is printed; None takes the default."""

    language: str | None = None  # None: the client's document language
    opening: str | None = None  # None: from the template
    valid_until: date | None = None  # None: issued_on + 30 days
    delivery_terms: str | None = None
    payment_terms: str | None = None
    addressee_id: str | None = None  # None: the order's contact, the decision maker, the first
    optional_line_nos: tuple[int, ...] = ()  # order lines shown as optional, not in the total
    closing: str | None = None  # None: from the template


@dataclass(frozen=True)
class IssuedRow:
    id: str
    kind: str
    number: str
    version: int
    issued_on: date
    title: str
    total: Decimal
    currency: str
    language: str
    order_id: str | None = None
    valid_until: date | None = None
    superseded: bool = False  # a later version of the same document exists


# --- what a document is made from ------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    order: OrderRecord
    client: Client
    company: CompanyProfile
    contacts: tuple[Contact, ...]
    descriptions: dict[str, str] = field(default_factory=dict)  # product id -> description
    contact_id: str | None = None  # the order's contact


def _load(session: Session, order_id: str, what: str) -> _Source:
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
    client = session.get(Client, order.client_id)
    if client is None or client.deleted_at is not None:
        raise UserError("The order's client no longer exists.")
    contacts = tuple(
        session.execute(
            select(Contact)
            .where(Contact.client_id == client.id, Contact.deleted_at.is_(None))
            .order_by(Contact.created_at, Contact.full_name, Contact.id)
        ).scalars()
    )
    ids = list({line.product_id for line in order.lines})
    descriptions = dict(
        session.execute(select(Product.id, Product.description).where(Product.id.in_(ids))).all()
    )
    row = session.get(SalesOrder, order_id)
    return _Source(order, client, company, contacts, descriptions, row.contact_id if row else None)


def _language(client: Client, requested: str | None) -> str:
    if requested is not None:
        if requested not in LANGUAGES:
            raise UserError(
                f"Documents are printed in {', '.join(LANGUAGES)}; {requested!r} is not one."
            )
        return requested
    return client.document_language if client.document_language in LANGUAGES else "en"


def _decision_maker(src: _Source) -> Contact | None:
    return next((c for c in src.contacts if c.buying_role == "decision maker"), None)


def _addressee(src: _Source, contact_id: str | None) -> Contact | None:
    """The chosen contact, else the order's contact, else the decision maker, else the first."""
    by_id = {c.id: c for c in src.contacts}
    if contact_id is not None:
        if contact_id not in by_id:
            raise UserError(f"The addressee must be one of {src.client.name}'s contacts.")
        return by_id[contact_id]
    if src.contact_id in by_id:
        return by_id[src.contact_id]
    return _decision_maker(src) or (src.contacts[0] if src.contacts else None)


def _signer(src: _Source) -> Contact | None:
    """Who signs a contract for the client: the decision maker, else the addressee."""
    return _decision_maker(src) or _addressee(src, None)


def _seller(company: CompanyProfile, language: str) -> Party:
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


def _buyer(client: Client, language: str) -> Party:
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


def _doc_line(
    no: int, line: OrderLineRecord, src: _Source, language: str, *, delivery: date | None = None
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


def _values(
    src: _Source,
    language: str,
    *,
    day: date,
    total: Decimal,
    addressee: Contact | None,
    signer: Contact | None,
) -> dict[str, str]:
    """Every placeholder the data can fill; document numbers are added by the caller."""
    company, client, order = src.company, src.client, src.order
    seller, buyer = _seller(company, language), _buyer(client, language)
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


def _add_delivery_terms(values: dict[str, str], language: str, templates_dir: Path | None) -> None:
    """{{ delivery.terms }}: the delivery_terms template, filled (it cannot name itself)."""
    text, source = read_template("delivery_terms", language, templates_dir)
    values["delivery.terms"] = fill_text(text, values, source)


def _terms(values: Mapping[str, str], language: str, templates_dir: Path | None) -> tuple[str, str]:
    """The delivery and payment terms: the first and second section of proposal_terms."""
    text, source = read_template("proposal_terms", language, templates_dir)
    parts = [fill_text(body, values, source) for _heading, body in clauses(text)]
    parts += ["", ""]
    return parts[0], parts[1]


# --- proposals -------------------------------------------------------------------------------


def _order_chain(session: Session, order_id: str) -> list[str]:
    """The order and the revisions it replaced: a proposal follows the order across them."""
    ids = [order_id]
    current = session.get(SalesOrder, order_id)
    while current is not None and current.supersedes_id and current.supersedes_id not in ids:
        ids.append(current.supersedes_id)
        current = session.get(SalesOrder, current.supersedes_id)
    return ids


def _latest_issued(session: Session, kind: str, order_id: str) -> IssuedDocument | None:
    return session.execute(
        select(IssuedDocument)
        .where(
            IssuedDocument.kind == kind,
            IssuedDocument.order_id.in_(_order_chain(session, order_id)),
            IssuedDocument.deleted_at.is_(None),
        )
        .order_by(IssuedDocument.created_at.desc(), IssuedDocument.version.desc())
        .limit(1)
    ).scalar_one_or_none()


def _next_number(session: Session, prefix: str, year: int) -> str:
    stem = f"{prefix}-{year}-"
    used = session.execute(
        select(IssuedDocument.number).where(IssuedDocument.number.like(f"{stem}%"))
    ).scalars()
    last = max((int(n[len(stem) :]) for n in used if n[len(stem) :].isdigit()), default=0)
    return f"{stem}{last + 1:04d}"


def _proposal_number(session: Session, order_id: str, day: date) -> tuple[str, int]:
    previous = _latest_issued(session, "proposal", order_id)
    if previous is not None:
        return previous.number, _last_version(session, "proposal", previous.number) + 1
    return _next_number(session, "KP", day.year), 1


def _last_version(session: Session, kind: str, number: str) -> int:
    versions = session.execute(
        select(IssuedDocument.version).where(
            IssuedDocument.kind == kind,
            IssuedDocument.number == number,
            IssuedDocument.deleted_at.is_(None),
        )
    ).scalars()
    return max(versions, default=0)


@dataclass(frozen=True)
class _Proposal:
    src: _Source
    language: str
    valid_until: date
    addressee: Contact | None
    lines: tuple[DocLine, ...]
    optional: tuple[DocLine, ...]
    totals: Totals
    values: dict[str, str]
    version: int


def _prepare(
    session: Session,
    order_id: str,
    edits: ProposalEdits,
    today: date,
    templates_dir: Path | None,
) -> _Proposal:
    src = _load(session, order_id, "proposal")
    language = _language(src.client, edits.language)
    valid_until = edits.valid_until or today + timedelta(days=VALID_DAYS)
    if valid_until < today:
        raise UserError("An offer cannot expire before the day it is issued: choose a later date.")
    addressee = _addressee(src, edits.addressee_id)
    known = {line.line_no for line in src.order.lines}
    unknown = sorted(set(edits.optional_line_nos) - known)
    if unknown:
        raise UserError(
            f"Order {src.order.number} has no line {', '.join(map(str, unknown))}: "
            "only its lines can be offered as optional."
        )
    optional_nos = set(edits.optional_line_nos)
    main = [line for line in src.order.lines if line.line_no not in optional_nos]
    if not main:
        raise UserError(
            "Every line is marked optional: keep at least one in the offer and its total."
        )
    extra = [line for line in src.order.lines if line.line_no in optional_nos]
    lines = tuple(_doc_line(i, line, src, language) for i, line in enumerate(main, 1))
    optional = tuple(_doc_line(i, line, src, language) for i, line in enumerate(extra, 1))
    totals = totals_of(lines)
    number, version = _proposal_number(session, order_id, today)
    values = _values(
        src, language, day=today, total=totals.gross, addressee=addressee, signer=addressee
    )
    values["proposal.number"] = number
    values["proposal.valid_until"] = formatting.long_date(valid_until, language)
    _add_delivery_terms(values, language, templates_dir)
    return _Proposal(
        src, language, valid_until, addressee, lines, optional, totals, values, version
    )


def proposal_defaults(
    session: Session,
    order_id: str,
    *,
    today: date,
    templates_dir: Path | None = None,
    base: ProposalEdits | None = None,
) -> ProposalEdits:
    """The proposal's editable parts with every field filled: what the KAM sees to change.

    Texts come from the templates, filled for the language, addressee and validity of `base`
    (the defaults where it leaves them None); fields `base` sets are kept as they are. Ask again
    with the new choices (and opening=None) to refresh the texts after changing them.
    """
    base = base or ProposalEdits()
    p = _prepare(session, order_id, base, today, templates_dir)
    delivery, payment = _terms(p.values, p.language, templates_dir)
    opening, closing = base.opening, base.closing
    if opening is None:
        opening = _text("proposal_opening", p, templates_dir)
    if closing is None:
        closing = _text("proposal_closing", p, templates_dir)
    return ProposalEdits(
        language=p.language,
        opening=opening,
        valid_until=p.valid_until,
        delivery_terms=delivery if base.delivery_terms is None else base.delivery_terms,
        payment_terms=payment if base.payment_terms is None else base.payment_terms,
        addressee_id=p.addressee.id if p.addressee else None,
        optional_line_nos=base.optional_line_nos,
        closing=closing,
    )


def _text(name: str, p: _Proposal, templates_dir: Path | None) -> str:
    text, source = read_template(name, p.language, templates_dir)
    return fill_text(text, p.values, source)


def build_proposal(
    session: Session,
    order_id: str,
    edits: ProposalEdits,
    *,
    today: date,
    templates_dir: Path | None = None,
) -> ProposalDoc:
    """The commercial proposal for a draft or confirmed order, ready to print.

    Numbered as the next version of the order's last issued proposal (same number), or with a
    new number KP-<year>-NNNN. Optional lines are shown apart and left out of the total, which
    is the sum of the other lines as the order holds them. Edited texts are filled like the
    templates: an unknown placeholder is refused by name (TemplateProblem).
    """
    p = _prepare(session, order_id, edits, today, templates_dir)
    delivery, payment = _terms(p.values, p.language, templates_dir)
    if edits.delivery_terms is not None:
        delivery = fill_text(edits.delivery_terms, p.values, "The delivery terms")
    if edits.payment_terms is not None:
        payment = fill_text(edits.payment_terms, p.values, "The payment terms")
    opening = (
        fill_text(edits.opening, p.values, "The opening text")
        if edits.opening is not None
        else _text("proposal_opening", p, templates_dir)
    )
    closing = (
        fill_text(edits.closing, p.values, "The closing text")
        if edits.closing is not None
        else _text("proposal_closing", p, templates_dir)
    )
    src, language = p.src, p.language
    kam = src.client.kam.strip()
    return ProposalDoc(
        number=p.values["proposal.number"],
        version=p.version,
        issued_on=today,
        valid_until=p.valid_until,
        language=language,
        currency=src.order.currency,
        seller=_seller(src.company, language),
        buyer=_buyer(src.client, language),
        addressee=p.addressee.full_name if p.addressee else "",
        addressee_title=p.addressee.position if p.addressee else "",
        opening=opening,
        lines=p.lines,
        totals=p.totals,
        optional_lines=p.optional,
        delivery_terms=delivery,
        payment_terms=payment,
        closing=closing,
        signatory=(
            Signatory(kam, capital(_KAM_TITLE[language]), src.company.phone, src.company.email)
            if kam
            else None
        ),
    )


# --- contract packages -----------------------------------------------------------------------


def _invoice(
    session: Session,
    src: _Source,
    language: str,
    *,
    contract: str,
    today: date,
) -> InvoiceDoc:
    """The order's invoice when it has one (what was delivered and kept), else an invoice for
    payment of the whole order, numbered as the order and due after the payment terms."""
    order = src.order
    found = session.execute(
        select(Invoice)
        .where(Invoice.order_id == order.id, Invoice.deleted_at.is_(None))
        .order_by(Invoice.issue_date.desc())
        .limit(1)
    ).scalar_one_or_none()
    if found is None:
        lines = tuple(_doc_line(i, line, src, language) for i, line in enumerate(order.lines, 1))
        number, issued, due = (
            order.number,
            today,
            today + timedelta(days=src.client.payment_terms_days),
        )
    else:
        billed: list[DocLine] = []
        for line in order.lines:
            qty = line.fulfilment.invoiceable
            if qty <= 0:
                continue
            if qty != line.quantity:
                a = line_amounts(qty, line.unit_price, line.discount_percent, line.vat_rate)
                line = _with_quantity(line, qty, a)
            billed.append(_doc_line(len(billed) + 1, line, src, language))
        lines = tuple(billed)
        number, issued, due = found.number, found.issue_date, found.due_date
    totals = totals_of(lines)
    purpose = _PURPOSE[language].format(
        contract=contract,
        date=formatting.long_date(today, language),
        order=order.number,
        vat=formatting.money(totals.vat, language, order.currency),
    )
    words = capital(total_in_words(totals.gross, order.currency)) if language == "ru" else ""
    return InvoiceDoc(number, issued, due, lines, totals, words, purpose)


def _with_quantity(line: OrderLineRecord, qty: Decimal, a: LineAmounts) -> OrderLineRecord:
    return replace(line, quantity=qty, net=a.net, vat=a.vat, gross=a.gross)


def _contract_number(session: Session, order_id: str, day: date) -> str:
    previous = _latest_issued(session, "contract", order_id)
    return previous.number if previous is not None else _next_number(session, "D", day.year)


def build_contract(
    session: Session,
    order_id: str,
    *,
    today: date,
    language: str | None = None,
    templates_dir: Path | None = None,
) -> ContractDoc:
    """The contract package for an order: the supply contract from its template, the
    specification (the order's lines and delivery date) and the invoice for payment, with the
    total in words on Russian documents. Numbered as the order's contract when one was issued,
    else D-<year>-NNNN."""
    src = _load(session, order_id, "contract")
    lang = _language(src.client, language)
    order = src.order
    delivery = order.delivery_date
    spec = tuple(
        _doc_line(i, line, src, lang, delivery=delivery) for i, line in enumerate(order.lines, 1)
    )
    totals = totals_of(spec)
    signer = _signer(src)
    number = _contract_number(session, order_id, today)
    values = _values(src, lang, day=today, total=totals.gross, addressee=signer, signer=signer)
    values["contract.number"] = number
    values["contract.date"] = formatting.long_date(today, lang)
    values["contract.place"] = src.company.city
    _add_delivery_terms(values, lang, templates_dir)
    text, source = read_template("contract", lang, templates_dir)
    filled = tuple((heading, body) for heading, body in clauses(fill_text(text, values, source)))
    kam = src.client.kam.strip()
    return ContractDoc(
        number=number,
        signed_on=today,
        place=src.company.city,
        language=lang,
        currency=order.currency,
        seller=_seller(src.company, lang),
        buyer=_buyer(src.client, lang),
        clauses=filled,
        specification=spec,
        totals=totals,
        invoice=_invoice(session, src, lang, contract=number, today=today),
        seller_signatory=(
            Signatory(kam, capital(_KAM_TITLE[lang]), src.company.phone, src.company.email)
            if kam
            else None
        ),
        buyer_signatory=(
            Signatory(signer.full_name, signer.position, signer.phone, signer.email)
            if signer
            else None
        ),
        delivery_date=delivery,
    )


# --- issued documents ------------------------------------------------------------------------


def issue_document(
    session: Session,
    doc: ProposalDoc | ContractDoc,
    *,
    kind: str,
    order_id: str,
    client_id: str,
    pdf: bytes,
    today: date,
) -> str:
    """Keep an issued document with the PDF as printed; its id. A new version of a number
    already issued points back to the version it replaces, which stays."""
    expected = "proposal" if isinstance(doc, ProposalDoc) else "contract"
    if kind not in DOCUMENT_KINDS or kind != expected:
        raise UserError(f"A {expected} cannot be kept as a {kind!r}.")
    if not pdf.startswith(b"%PDF"):
        raise UserError("Only a printed PDF can be kept as the issued document.")
    order = session.get(SalesOrder, order_id)
    if order is None or order.deleted_at is not None:
        raise UserError("That order no longer exists.")
    if order.client_id != client_id:
        raise UserError(f"Order {order.number} belongs to another client.")
    last = _last_version(session, kind, doc.number)
    if isinstance(doc, ProposalDoc) and doc.version != last + 1:
        raise UserError(
            f"Proposal {doc.number} version {doc.version} was issued meanwhile: "
            "prepare it again to make the next version."
        )
    previous = session.execute(
        select(IssuedDocument.id).where(
            IssuedDocument.kind == kind,
            IssuedDocument.number == doc.number,
            IssuedDocument.version == last,
            IssuedDocument.deleted_at.is_(None),
        )
    ).scalar()
    row = IssuedDocument(
        kind=kind,
        number=doc.number,
        version=last + 1,
        client_id=client_id,
        order_id=order_id,
        issued_on=today,
        valid_until=doc.valid_until if isinstance(doc, ProposalDoc) else None,
        language=doc.language,
        title=_TITLES[(kind, doc.language)].format(order=order.number),
        total_gross=doc.totals.gross,
        currency=doc.currency,
        pdf=pdf,
        supersedes_id=previous,
    )
    session.add(row)
    session.flush()
    return row.id


def list_documents(session: Session, client_id: str) -> list[IssuedRow]:
    """The client's issued documents, newest first."""
    rows = list(
        session.execute(
            select(IssuedDocument)
            .where(IssuedDocument.client_id == client_id, IssuedDocument.deleted_at.is_(None))
            .order_by(
                IssuedDocument.issued_on.desc(),
                IssuedDocument.created_at.desc(),
                IssuedDocument.version.desc(),
            )
        ).scalars()
    )
    replaced = {r.supersedes_id for r in rows if r.supersedes_id}
    return [
        IssuedRow(
            id=r.id,
            kind=r.kind,
            number=r.number,
            version=r.version,
            issued_on=r.issued_on,
            title=r.title,
            total=r.total_gross,
            currency=r.currency,
            language=r.language,
            order_id=r.order_id,
            valid_until=r.valid_until,
            superseded=r.id in replaced,
        )
        for r in rows
    ]


def document_pdf(session: Session, document_id: str) -> bytes:
    """The PDF exactly as it was issued."""
    row = session.get(IssuedDocument, document_id)
    if row is None or row.deleted_at is not None:
        raise UserError("That document no longer exists.")
    return row.pdf
