"""What every document of an order is made from: the order, the client and its people, our
company profile; the parties, the lines and the placeholder values in the document's language,
and the terms texts from the templates (the user's folder first)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting, tax
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import LANGUAGES, DocLine, Party, Signatory
from kamdesk.domain.greeting import addressed_as, greeting
from kamdesk.domain.money import line_amounts
from kamdesk.domain.signatures import Authority, basis_text, company_authority, represented
from kamdesk.domain.templates import clauses
from kamdesk.domain.words import capitalised
from kamdesk.errors import UserError
from kamdesk.messages import N_, _
from kamdesk.models import Client, Contact, Product, SalesOrder
from kamdesk.services.clients.assignments import lead_kam
from kamdesk.services.company import get_company
from kamdesk.services.documents.requisites import requisite_lines
from kamdesk.services.documents.text import (
    address_line,
    bank_line,
    fill_text,
    read_template,
    total_in_words,
    unit_text,
)
from kamdesk.services.documents.vat import (
    as_held,
    huf_vat_note,
    order_regime,
    rouble_clause,
    vat_mode,
    vat_notes,
)
from kamdesk.services.prices.product_texts import product_names
from kamdesk.services.queries import get_live, live
from kamdesk.services.sales.orders import OrderLineRecord, OrderRecord, get_order

NO_COMPANY = N_(
    "Fill in your company under File > Settings first: its name, address and bank details "
    "head every document."
)
# why an order cannot be printed, by what is printed: one whole sentence each
_CANCELLED = {
    "proposal": N_("Order {number} is cancelled: there is nothing to offer in a proposal."),
    "contract": N_("Order {number} is cancelled: there is nothing to offer in a contract."),
}
_NO_LINES = {
    "proposal": N_("Order {number} has no lines: add the goods before printing a proposal."),
    "contract": N_("Order {number} has no lines: add the goods before printing a contract."),
}
_KAM_TITLE = {
    "en": "Key Account Manager",
    "ru": "менеджер по работе с ключевыми клиентами",
    "hu": "kulcsügyfél-menedzser",
    "it": "Key Account Manager",
    "az": "əsas müştərilər üzrə menecer",
}
_NOBODY = {"en": "Sir or Madam", "ru": "коллеги", "hu": "Hölgyem/Uram", "it": "Signori"}
_NOBODY["az"] = "həmkarlar"
_REPRESENTATIVE = {
    "en": "its authorised representative",
    "ru": "уполномоченный представитель",
    "hu": "meghatalmazott képviselő",
    "it": "un rappresentante autorizzato",
    "az": "səlahiyyətli nümayəndə",
}
_AS_AGREED = {
    "en": "as agreed by the Parties",
    "ru": "по согласованию Сторон",
    "hu": "a Felek megállapodása szerint",
    "it": "come concordato tra le Parti",
    "az": "Tərəflərin razılaşması ilə",
}
_VAT_WORDS = {
    ("rate", "en"): "VAT included",
    ("rate", "ru"): "в том числе НДС",
    ("rate", "hu"): "áfával együtt",
    ("rate", "it"): "IVA inclusa",
    ("rate", "az"): "ƏDV daxil olmaqla",
    ("zero", "en"): "VAT 0 %",
    ("zero", "ru"): "НДС 0 %",
    ("zero", "hu"): "áfa 0 %",
    ("zero", "it"): "IVA 0 %",
    ("zero", "az"): "ƏDV 0 %",
    ("none", "en"): "without VAT",
    ("none", "ru"): "без НДС",
    ("none", "hu"): "áfa nélkül",
    ("none", "it"): "senza IVA",
    ("none", "az"): "ƏDV-siz",
}
_IDS = ("tax_id", "kpp", "vat_number", "registration_no", "fiscal_code", "sdi_code", "pec")
_BANK = ("bank_name", "bank_account", "corr_account", "bank_code")


def _only(party: Client | CompanyProfile, fields: tuple[str, ...]) -> SimpleNamespace:
    """The party with only `fields` (and its country) for requisite_lines."""
    values = {f: getattr(party, f, "") for f in (*_IDS, *_BANK)}
    return SimpleNamespace(
        country=party.country, **{f: v if f in fields else "" for f, v in values.items()}
    )


def ids_of(party: Client | CompanyProfile, language: str) -> tuple[tuple[str, str], ...]:
    """Tax, VAT and registration numbers, each labelled by its country."""
    return requisite_lines(_only(party, _IDS), language)


def bank_of(party: Client | CompanyProfile, language: str) -> tuple[tuple[str, str], ...]:
    """Bank, account, correspondent account and bank code, labelled by the bank's country."""
    return requisite_lines(_only(party, _BANK), language)


def ids_line(party: Client | CompanyProfile, language: str) -> str:
    """Tax, VAT and registration numbers on one line (a contract's preamble), each labelled by
    its country; the e-invoicing addresses (SDI, PEC) are left to the parties' blocks."""
    numbers = requisite_lines(_only(party, _IDS[:5]), language)
    return ", ".join(f"{label} {value}" for label, value in numbers)


@dataclass(frozen=True)
class Source:
    order: OrderRecord
    client: Client
    company: CompanyProfile
    contacts: tuple[Contact, ...]
    descriptions: dict[str, str] = field(default_factory=dict)  # product id -> description
    contact_id: str | None = None  # the order's contact
    # (product id, language) -> (name, unit) where a translation exists
    translations: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    regime: tax.Regime = tax.Regime.DOMESTIC  # the order's VAT regime
    kam: str = ""  # the client's lead KAM (client_kam position 1), who signs for us

    @property
    def charges_vat(self) -> bool:
        return any(line.vat for line in self.order.lines)

    @property
    def vat_mode(self) -> str:
        return vat_mode(self.regime, self.company, self.charges_vat)


def load_source(session: Session, order_id: str, what: str) -> Source:
    order = get_order(session, order_id)  # UserError when it does not exist
    if order.status == "cancelled":
        raise UserError(_(_CANCELLED[what]).format(number=order.number))
    if not order.lines:
        raise UserError(_(_NO_LINES[what]).format(number=order.number))
    company = get_company(session)
    if not company.legal_name.strip():
        raise UserError(_(NO_COMPANY))
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
    # name and unit per document language where the product has a translation (else the
    # order line's own name, as it was sold)
    own = {
        pid: (name, unit)
        for pid, name, unit in session.execute(
            select(Product.id, Product.name, Product.unit).where(Product.id.in_(ids))
        )
    }
    translations = {
        (pid, language): texts
        for language in LANGUAGES
        for pid, texts in product_names(session, ids, language).items()
        if texts != own.get(pid)
    }
    return Source(
        order,
        client,
        company,
        contacts,
        descriptions,
        row.contact_id if row else None,
        translations,
        as_held(order_regime(session, order_id, client), any(x.vat for x in order.lines)),
        lead_kam(session, client.id),
    )


def document_language(client: Client, requested: str | None) -> str:
    if requested is not None:
        if requested not in LANGUAGES:
            raise UserError(
                _("Documents are printed in {languages}; {language!r} is not one.").format(
                    languages=", ".join(LANGUAGES), language=requested
                )
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
            raise UserError(
                _("The addressee must be one of {client}'s contacts.").format(
                    client=src.client.name
                )
            )

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
        ids=ids_of(company, language),
        bank_lines=bank_of(company, language),
    )


def buyer_party(client: Client, language: str) -> Party:
    return Party(
        name=client.name,
        legal_name=client.legal_name or client.name,
        address=address_line(
            client.address, client.postal_code, client.city, client.country, language
        ),
        tax_id=client.tax_id,
        registration_no=client.registration_no,
        phone=client.phone,
        email=client.email,
        website=client.website,
        bank_name=client.bank_name,
        bank_account=client.bank_account,
        bank_code=client.bank_code,
        ids=ids_of(client, language),
        bank_lines=bank_of(client, language),
    )


def doc_line(
    no: int,
    line: OrderLineRecord,
    src: Source,
    language: str,
    *,
    delivery: date | None = None,
    quantity: Decimal | None = None,
    refused: Decimal = Decimal(0),
    returned: Decimal = Decimal(0),
) -> DocLine:
    """An order line as a document prints it: its name and unit in the document's language
    where the product has a translation, and `quantity` (with its amounts made again by the
    domain's money rule) when the document states another quantity than ordered."""
    translated = (line.product_id, language) in src.translations
    name, unit = src.translations.get((line.product_id, language), (line.name, line.unit))
    if unit == line.unit:  # no unit of its own in this language: as the language writes it
        unit = ""
    net, vat, gross = line.net, line.vat, line.gross
    qty = line.quantity if quantity is None else quantity
    if qty != line.quantity:
        a = line_amounts(qty, line.unit_price, line.discount_percent, line.vat_rate)
        net, vat, gross = a.net, a.vat, a.gross
    return DocLine(
        no=no,
        sku=line.sku,
        name=name or line.name,
        unit=unit or unit_text(line.unit, language),
        quantity=qty,
        unit_price=line.unit_price,
        discount_percent=line.discount_percent,
        vat_rate=line.vat_rate,
        net=net,
        vat=vat,
        gross=gross,
        # the description is in the product's own language: not under a translated name
        description="" if translated else src.descriptions.get(line.product_id, ""),
        delivery_date=delivery,
        refused=refused,
        returned=returned,
    )


def held_line(no: int, line: OrderLineRecord, src: Source, language: str, **kw: object) -> DocLine:
    """What the order holds now: the ordered quantity less what was refused and returned,
    which the line states as such."""
    f = line.fulfilment
    held = line.quantity - f.refused - f.returned
    return doc_line(
        no,
        line,
        src,
        language,
        quantity=held,
        refused=f.refused,
        returned=f.returned,
        **kw,  # type: ignore[arg-type]
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
    kam = src.kam.strip()
    delivery_day = order.delivery_date
    seller_auth, buyer_auth = company_authority(company), client_authority(client)
    return {
        "seller.name": seller.name,
        "seller.legal_name": seller.legal_name,
        "seller.address": seller.address,
        "seller.tax_id": seller.tax_id,
        "seller.ids": ids_line(company, language),
        "buyer.ids": ids_line(client, language),
        "order.vat": _VAT_WORDS[(src.vat_mode, language)],
        "seller.registration_no": seller.registration_no,
        "seller.bank": bank_line(company, language),
        "seller.signatory": represented(seller_auth, language)
        or (
            (
                f"{_KAM_TITLE[language]} {kam}"
                if language == "ru"
                else f"{kam}, {_KAM_TITLE[language]}"
            )
            if kam
            else _REPRESENTATIVE[language]
        ),
        "buyer.name": buyer.name,
        "buyer.legal_name": buyer.legal_name,
        "buyer.address": buyer.address,
        "buyer.tax_id": buyer.tax_id,
        "buyer.signatory": represented(buyer_auth, language)
        or _person(signer, language)
        or _REPRESENTATIVE[language],
        "seller.authority": basis_text(seller_auth, language) if seller_auth else "",
        "buyer.authority": basis_text(buyer_auth, language) if buyer_auth else "",
        "addressee.name": addressee.full_name if addressee else "",
        "addressee.title": addressee.position if addressee else "",
        "addressee.salutation": (
            addressed_as(addressee.form_of_address, addressee.full_name)
            if addressee
            else _NOBODY[language]
        ),
        "addressee.greeting": greeting(
            addressee.form_of_address if addressee else "",
            addressee.full_name if addressee else "",
            language,
        ),
        "order.number": order.number,
        "order.date": formatting.long_date(order.order_date, language),
        "order.total": formatting.money(total, language, order.currency),
        "order.total_words": total_in_words(total, order.currency, language),
        "payment.days": str(client.payment_terms_days),
        "delivery.date": (
            formatting.long_date(delivery_day, language) if delivery_day else _AS_AGREED[language]
        ),
        "delivery.address": client.delivery_address.strip() or buyer.address,
        "currency": order.currency,
        "today": formatting.long_date(day, language),
        "kam.name": kam,
    }


def client_authority(client: Client) -> Authority | None:
    """Who signs for the client as its record says (None when nobody is named)."""
    if not client.signatory_name.strip():
        return None
    return Authority(
        client.signatory_name.strip(),
        client.signatory_position.strip(),
        client.signatory_basis,
        client.signatory_poa_number,
        client.signatory_poa_date,
    )


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
    kam = src.kam.strip()
    if not kam:
        return None
    return Signatory(
        kam, capitalised(_KAM_TITLE[language], language), src.company.phone, src.company.email
    )


def contract_signatory(
    auth: Authority | None, fallback: Signatory | None, language: str
) -> Signatory | None:
    """Who signs the contract for a party: the one with authority, cited with its basis; else
    `fallback` (the KAM for us, the decision maker for the client)."""
    if auth is None:
        return fallback
    return Signatory(auth.name, auth.position, basis=basis_text(auth, language))


def document_notes(
    session: Session, src: Source, language: str, vat: Decimal, day: date | None
) -> list[str]:
    """The notes under a document's totals: VAT by regime, the VAT in HUF at the rate of `day`
    (None: not stated), the clause on paying in roubles."""
    order = src.order
    return [
        *vat_notes(src.regime, src.company, src.client, language, src.vat_mode),
        huf_vat_note(session, src.company, order.currency, vat, day, language) if day else "",
        rouble_clause(session, order.id, src.company, src.client, order.currency, language),
    ]
