"""The contract package of an order: the supply contract from its template, the
specification and the invoice for payment (reports.documents renders it)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting
from kamdesk.domain.documents import ContractDoc, DocLine, InvoiceDoc, Signatory, totals_of
from kamdesk.domain.signatures import authority_problem, company_authority, invoice_signatories
from kamdesk.domain.templates import clauses
from kamdesk.domain.words import capitalised
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Invoice
from kamdesk.services.documents.contracts import ContractTerms, contract_terms
from kamdesk.services.documents.parties import (
    Source,
    add_delivery_terms,
    buyer_party,
    client_authority,
    contract_signatory,
    doc_line,
    document_language,
    document_notes,
    held_line,
    kam_signatory,
    load_source,
    placeholder_values,
    seller_party,
    signer_of,
)
from kamdesk.services.documents.text import fill_text, read_template, total_in_words
from kamdesk.services.documents.vat import fiscal_note, rouble_clause
from kamdesk.services.queries import live

_PURPOSE = {
    "en": "Payment for goods under supply contract No {contract} of {date}, order {order}. {vat}",
    "ru": "Оплата по договору поставки № {contract} от {date} (заказ № {order}). {vat}",
    "hu": "{contract} sz. szállítási szerződés ({date}), {order} sz. megrendelés. {vat}",
    "it": "Pagamento merce, contratto di fornitura n. {contract} del {date}, ordine {order}. {vat}",
    "az": "{date} tarixli № {contract} tədarük müqaviləsi üzrə ödəniş (sifariş № {order}). {vat}",
}
_PURPOSE_VAT = {
    ("rate", "en"): "VAT included: {vat}",
    ("rate", "ru"): "В т. ч. НДС {vat}",
    ("zero", "en"): "VAT 0 %",
    ("zero", "ru"): "НДС 0 %",
    ("none", "en"): "Without VAT",
    ("none", "ru"): "Без НДС",
    ("rate", "hu"): "Áfa: {vat}",
    ("zero", "hu"): "Áfa 0 %",
    ("none", "hu"): "Áfa nélkül",
    ("rate", "it"): "Di cui IVA {vat}",
    ("zero", "it"): "IVA 0 %",
    ("none", "it"): "Senza IVA",
    ("rate", "az"): "o cümlədən ƏDV {vat}",
    ("zero", "az"): "ƏDV 0 %",
    ("none", "az"): "ƏDV-siz",
}


def _purpose(src: Source, language: str, contract: ContractTerms, vat: str) -> str:
    words = _PURPOSE_VAT[(src.vat_mode, language)].format(vat=vat)
    text = _PURPOSE[language].format(
        contract=contract.number,
        date=formatting.long_date(contract.signed_on, language),
        order=src.order.number,
        vat=words,
    )
    return text if text.endswith(".") else text + "."  # «руб.» ends the sentence itself


def _invoice(
    session: Session,
    src: Source,
    language: str,
    *,
    contract: ContractTerms,
    today: date,
) -> InvoiceDoc:
    """The order's invoice when it has one (what was delivered and kept), else an invoice for
    payment of the whole order, numbered as the order and due after the payment terms."""
    order = src.order
    found = session.execute(
        select(Invoice)
        .where(Invoice.order_id == order.id, live(Invoice))
        .order_by(Invoice.issue_date.desc())
        .limit(1)
    ).scalar_one_or_none()
    if found is None:
        lines = tuple(doc_line(i, line, src, language) for i, line in enumerate(order.lines, 1))
        number, issued, due = (
            order.number,
            today,
            today + timedelta(days=src.client.payment_terms_days),
        )
    else:
        billed: list[DocLine] = []
        for line in order.lines:
            qty = line.fulfilment.invoiceable
            if qty > 0:
                billed.append(doc_line(len(billed) + 1, line, src, language, quantity=qty))
        lines = tuple(billed)
        number, issued, due = found.number, found.issue_date, found.due_date
    totals = totals_of(lines)
    vat = formatting.money(totals.vat, language, order.currency)
    words = capitalised(total_in_words(totals.gross, order.currency, language), language)
    notes = document_notes(session, src, language, totals.vat, issued)
    notes.append(fiscal_note(src.company, language))
    return InvoiceDoc(
        number,
        issued,
        due,
        lines,
        totals,
        words,
        _purpose(src, language, contract, vat),
        notes=tuple(n for n in notes if n),
        signatories=invoice_signatories(src.company, language, kam_signatory(src, language)),
    )


def with_price_clause(
    filled: tuple[tuple[str, str], ...], clause: str
) -> tuple[tuple[str, str], ...]:
    """The contract with `clause` added as the last numbered point of its price section (the
    second numbered clause, "2. Price ..."), or after the last clause when there is none."""
    if not clause:
        return filled
    out = list(filled)
    at = next((i for i, (heading, _) in enumerate(out) if heading.strip().startswith("2.")), None)
    if at is None:
        return (*filled, ("", clause))
    heading, body = out[at]
    points = re.findall(r"^2\.(\d+)\.", body, flags=re.MULTILINE)
    number = max((int(p) for p in points), default=0) + 1
    out[at] = (heading, f"{body}\n\n2.{number}. {clause}")
    return tuple(out)


def _require_signatories(src: Source) -> None:
    """Who signs for each party and on what authority, where its country's practice needs it
    (a Russian party: the charter or a power of attorney with number and date): named before
    anything is printed."""
    problems = [
        who.format(name=name, problem=why)
        for who, name, country, auth in (
            (
                _("our company ({name}): {problem}"),
                src.company.legal_name,
                src.company.country,
                company_authority(src.company),
            ),
            (
                _("the client ({name}): {problem}"),
                src.client.name,
                src.client.country,
                client_authority(src.client),
            ),
        )
        if (why := authority_problem(country, auth))
    ]
    if problems:
        raise UserError(
            _(
                "The contract needs who signs and on what authority. {problems} Fill it in "
                "under File > Settings (our company) or on the client card."
            ).format(problems=" ".join(problems))
        )


def build_contract(
    session: Session,
    order_id: str,
    *,
    today: date,
    language: str | None = None,
    templates_dir: Path | None = None,
) -> ContractDoc:
    """The contract package for an order: the supply contract from its template, the
    specification (what the order holds now: refusals and returns stated as such, and the
    delivery date) and the invoice for payment (what is invoiced), with the total in words on
    Russian, Hungarian and Azerbaijani documents. It cites the client's contract for the
    order's year, with that contract's own number and date (a new one is numbered next and
    dated today, and recorded when the package is issued)."""
    src = load_source(session, order_id, "contract")
    lang = document_language(src.client, language)
    _require_signatories(src)
    order = src.order
    delivery = order.delivery_date
    spec = tuple(
        held_line(i, line, src, lang, delivery=delivery) for i, line in enumerate(order.lines, 1)
    )
    totals = totals_of(spec)
    signer = signer_of(src)
    terms = contract_terms(
        session, src.client.id, order_id, order_day=order.order_date, today=today
    )
    values = placeholder_values(
        src, lang, day=terms.signed_on, total=totals.gross, addressee=signer, signer=signer
    )
    values["contract.number"] = terms.number
    values["contract.date"] = formatting.long_date(terms.signed_on, lang)
    values["contract.place"] = src.company.city
    add_delivery_terms(values, lang, templates_dir)
    text, source = read_template("contract", lang, templates_dir)
    filled = tuple((heading, body) for heading, body in clauses(fill_text(text, values, source)))
    pegged = rouble_clause(session, order.id, src.company, src.client, order.currency, lang)
    filled = with_price_clause(filled, pegged)
    invoice = _invoice(session, src, lang, contract=terms, today=today)
    contact = (
        Signatory(signer.full_name, signer.position, signer.phone, signer.email) if signer else None
    )
    return ContractDoc(
        number=terms.number,
        signed_on=terms.signed_on,
        place=src.company.city,
        language=lang,
        currency=order.currency,
        seller=seller_party(src.company, lang),
        buyer=buyer_party(src.client, lang),
        clauses=filled,
        specification=spec,
        totals=totals,
        invoice=invoice,
        seller_signatory=contract_signatory(
            company_authority(src.company), kam_signatory(src, lang), lang
        ),
        buyer_signatory=contract_signatory(client_authority(src.client), contact, lang),
        delivery_date=delivery,
        vat_mode=src.vat_mode,
        notes=tuple(n for n in document_notes(session, src, lang, totals.vat, None) if n),
        contract_id=terms.id,
        period_start=terms.period_start,
        order_number=order.number,
        specification_date=max(order.order_date, terms.signed_on),
    )
