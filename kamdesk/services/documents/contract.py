"""The contract package of an order: the supply contract from its template, the
specification and the invoice for payment (reports.documents renders it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import formatting
from kamdesk.domain.documents import ContractDoc, DocLine, InvoiceDoc, Signatory, totals_of
from kamdesk.domain.money import LineAmounts, line_amounts
from kamdesk.domain.templates import clauses
from kamdesk.models import Invoice
from kamdesk.services.documents.issued import latest_issued, next_number
from kamdesk.services.documents.parties import (
    Source,
    add_delivery_terms,
    buyer_party,
    doc_line,
    document_language,
    kam_signatory,
    load_source,
    placeholder_values,
    seller_party,
    signer_of,
)
from kamdesk.services.documents.text import capital, fill_text, read_template, total_in_words
from kamdesk.services.queries import live
from kamdesk.services.sales.orders import OrderLineRecord

_PURPOSE = {
    "en": "Payment for goods under supply contract No {contract} of {date}, order {order}. "
    "VAT included: {vat}.",
    "ru": "Оплата по договору поставки № {contract} от {date} (заказ № {order}). "
    "В т. ч. НДС {vat}.",
}


def _invoice(
    session: Session,
    src: Source,
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
            if qty <= 0:
                continue
            if qty != line.quantity:
                a = line_amounts(qty, line.unit_price, line.discount_percent, line.vat_rate)
                line = _with_quantity(line, qty, a)
            billed.append(doc_line(len(billed) + 1, line, src, language))
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
    previous = latest_issued(session, "contract", order_id)
    return previous.number if previous is not None else next_number(session, "D", day.year)


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
    src = load_source(session, order_id, "contract")
    lang = document_language(src.client, language)
    order = src.order
    delivery = order.delivery_date
    spec = tuple(
        doc_line(i, line, src, lang, delivery=delivery) for i, line in enumerate(order.lines, 1)
    )
    totals = totals_of(spec)
    signer = signer_of(src)
    number = _contract_number(session, order_id, today)
    values = placeholder_values(
        src, lang, day=today, total=totals.gross, addressee=signer, signer=signer
    )
    values["contract.number"] = number
    values["contract.date"] = formatting.long_date(today, lang)
    values["contract.place"] = src.company.city
    add_delivery_terms(values, lang, templates_dir)
    text, source = read_template("contract", lang, templates_dir)
    filled = tuple((heading, body) for heading, body in clauses(fill_text(text, values, source)))
    return ContractDoc(
        number=number,
        signed_on=today,
        place=src.company.city,
        language=lang,
        currency=order.currency,
        seller=seller_party(src.company, lang),
        buyer=buyer_party(src.client, lang),
        clauses=filled,
        specification=spec,
        totals=totals,
        invoice=_invoice(session, src, lang, contract=number, today=today),
        seller_signatory=kam_signatory(src, lang),
        buyer_signatory=(
            Signatory(signer.full_name, signer.position, signer.phone, signer.email)
            if signer
            else None
        ),
        delivery_date=delivery,
    )
