"""The reconciliation statement of one client for a period (акт сверки взаиморасчётов): its
ledger named document by document, both parties' requisites and who signs for each, in the
client's currency and document language. reports.documents.reconciliation prints it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.documents import LANGUAGES, Signatory
from kamdesk.domain.reconciliation import (
    DocumentRef,
    ReconciliationError,
    StatementDoc,
    entries_of,
    reconcile,
)
from kamdesk.domain.signatures import company_authority
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Client, Contact, Contract, Invoice, Payment, SalesReturn
from kamdesk.services.company import get_company
from kamdesk.services.documents.parties import (
    NO_COMPANY,
    buyer_party,
    client_authority,
    contract_signatory,
    document_language,
    seller_party,
)
from kamdesk.services.queries import live
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers


def statement_client(session: Session, client_id: str) -> Client:
    """The client a statement is drawn up with, or a UserError naming the id."""
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise UserError(_("There is no client with the id {id!r}.").format(id=client_id))

    return client


@dataclass(frozen=True)
class StatementClient:
    """The client a statement dialog is open for."""

    id: str
    name: str
    currency: str
    language: str  # its document language, "" when documents do not speak it


def client_for_statement(session: Session, client_id: str) -> StatementClient:
    client = statement_client(session, client_id)
    language = client.document_language if client.document_language in LANGUAGES else ""
    return StatementClient(client.id, client.name, client.currency, language)


def document_refs(session: Session, client_id: str) -> dict[str, DocumentRef]:
    """How the statement names each entry of the client's ledger: a payment by its payment
    order's number, with its bank reference (or the invoice it named) beside; a credit note
    by the return's number with the invoice it lowers. A reversal is named by the payment it
    undoes (domain.reconciliation.entries_of)."""
    refs: dict[str, DocumentRef] = {}
    payments = session.execute(
        select(Payment.id, Payment.doc_number, Payment.reference, Payment.reverses_id).where(
            Payment.client_id == client_id, live(Payment)
        )
    )
    for pid, number, reference, reverses in payments:
        given = "" if reverses is not None else (reference or "").strip()
        refs[pid] = DocumentRef((number or "").strip(), given)
    invoice = aliased(Invoice)
    returns = session.execute(
        select(SalesReturn.id, SalesReturn.number, invoice.number, invoice.issue_date)
        .join(invoice, invoice.id == SalesReturn.invoice_id)
        .where(SalesReturn.client_id == client_id, live(SalesReturn))
    )
    for rid, number, invoice_number, issued in returns:
        refs[rid] = DocumentRef(number, invoice_number, issued)
    return refs


def _contract(session: Session, client_id: str, start: date, end: date) -> Contract | None:
    """The client's contract the period falls under, when exactly one covers it."""
    rows = session.scalars(
        select(Contract).where(
            Contract.client_id == client_id,
            live(Contract),
            Contract.period_start <= end,
        )
    ).all()
    covering = [
        c for c in rows if c.period_start <= start and (c.period_end is None or c.period_end >= end)
    ]
    if len(covering) == 1:
        return covering[0]
    if len(rows) == 1 and start.year == end.year == rows[0].period_start.year:
        return rows[0]
    return None


def _client_signatory(session: Session, client: Client, language: str) -> Signatory | None:
    """Who signs for the client as its record says, else its decision maker (the line is
    left for them to complete)."""
    maker = session.scalars(
        select(Contact)
        .where(Contact.client_id == client.id, live(Contact))
        .where(Contact.buying_role == "decision maker")
        .order_by(Contact.created_at, Contact.id)
        .limit(1)
    ).first()
    fallback = Signatory(maker.full_name, maker.position) if maker is not None else None
    return contract_signatory(client_authority(client), fallback, language)


def build_statement(
    session: Session,
    client_id: str,
    start: date,
    end: date,
    *,
    today: date,
    language: str | None = None,
) -> StatementDoc:
    """The reconciliation statement of a client for [start, end]: the opening balance, every
    invoice, payment, return and correction of the period in date order, turnover and the
    closing balance, as our ledger has them; our company and the client with their
    requisites and signatories. `language` defaults to the client's document language."""
    client = statement_client(session, client_id)
    company = get_company(session)
    if not company.legal_name.strip():
        raise UserError(_(NO_COMPANY))
    lang = document_language(client, language)
    ledgers = load_ledgers(session.connection(), [client.id])
    ledger = ledgers.get(client.id)
    entries = entries_of(in_money(ledger), document_refs(session, client.id)) if ledger else []
    try:
        figures = reconcile(entries, start, end)
    except ReconciliationError as exc:
        raise UserError(str(exc)) from exc
    contract = _contract(session, client.id, start, end)
    return StatementDoc(
        language=lang,
        currency=client.currency,
        issued_on=today,
        seller=seller_party(company, lang),
        buyer=buyer_party(client, lang),
        reconciliation=figures,
        seller_signatory=contract_signatory(company_authority(company), None, lang),
        buyer_signatory=_client_signatory(session, client, lang),
        contract_number=contract.number if contract else "",
        contract_date=contract.signed_on if contract else None,
        place=company.city,
    )
