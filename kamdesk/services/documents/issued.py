"""Issued documents: their numbers and versions, kept with the PDF as it was handed over, and
the client's list of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.documents import ContractDoc, ProposalDoc, content_hash
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import IssuedDocument, SalesOrder
from kamdesk.models.document import DOCUMENT_KINDS
from kamdesk.services.documents.contracts import ContractTerms, record_contract
from kamdesk.services.queries import get_live, live
from kamdesk.services.replica import series_next

_TITLES = {
    ("proposal", "en"): "Commercial proposal for order {order}",
    ("proposal", "ru"): "Коммерческое предложение по заказу № {order}",
    ("contract", "en"): "Supply contract for order {order}",
    ("contract", "ru"): "Договор поставки по заказу № {order}",
    ("proposal", "hu"): "Árajánlat a(z) {order} sz. megrendeléshez",
    ("contract", "hu"): "Szállítási szerződés a(z) {order} sz. megrendeléshez",
    ("proposal", "it"): "Offerta commerciale per l'ordine {order}",
    ("contract", "it"): "Contratto di fornitura per l'ordine {order}",
    ("proposal", "az"): "№ {order} sifariş üzrə kommersiya təklifi",
    ("contract", "az"): "№ {order} sifariş üzrə tədarük müqaviləsi",
}


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


# --- numbers and versions ---------------------------------------------------------------------


def _order_chain(session: Session, order_id: str) -> list[str]:
    """The order and the revisions it replaced: a proposal follows the order across them."""
    ids = [order_id]
    current = session.get(SalesOrder, order_id)
    while current is not None and current.supersedes_id and current.supersedes_id not in ids:
        ids.append(current.supersedes_id)
        current = session.get(SalesOrder, current.supersedes_id)
    return ids


def latest_issued(session: Session, kind: str, order_id: str) -> IssuedDocument | None:
    return session.execute(
        select(IssuedDocument)
        .where(
            IssuedDocument.kind == kind,
            IssuedDocument.order_id.in_(_order_chain(session, order_id)),
            live(IssuedDocument),
        )
        .order_by(IssuedDocument.created_at.desc(), IssuedDocument.version.desc())
        .limit(1)
    ).scalar_one_or_none()


def next_number(session: Session, prefix: str, year: int) -> str:
    """The next document number of this replica's series: KP-2026-AM-0001."""
    return series_next(session, IssuedDocument.number, prefix, year, width=4)


def _chain(kind: str, number: str, order_id: str | None) -> list[Any]:
    """The versions of one document: a proposal's number; a contract package's number for
    one order (every order of a client and year cites the same contract number)."""
    where = [IssuedDocument.kind == kind, IssuedDocument.number == number, live(IssuedDocument)]
    if kind == "contract":
        where.append(IssuedDocument.order_id == order_id)
    return where


def last_version(session: Session, kind: str, number: str, order_id: str | None = None) -> int:
    versions = session.execute(
        select(IssuedDocument.version).where(*_chain(kind, number, order_id))
    ).scalars()
    return max(versions, default=0)


def issued_version(
    session: Session, kind: str, number: str, digest: str, order_id: str | None = None
) -> str | None:
    """The version of `number` already issued with the content hash `digest`: its id. A
    proposal is compared with its latest version only (its PDF prints the version number); a
    contract package with every version of its order's chain."""
    rows = session.execute(
        select(IssuedDocument)
        .where(*_chain(kind, number, order_id))
        .order_by(IssuedDocument.version.desc())
    ).scalars()
    for row in rows:
        if row.content_hash == digest:
            return row.id
        if kind == "proposal":
            return None
    return None


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
    parts: Sequence[str] = (),
) -> str:
    """Keep an issued document with the PDF as printed; its id. A new version of a number
    already issued points back to the version it replaces, which stays; a contract package's
    versions are its order's (kind, number, order). A document whose content (content_hash) is
    that of a version already issued (a proposal: its latest) is that version: its id, no new
    row. `parts` are the contract package's parts printed (the invoice alone is another
    document than the whole package). A contract package records the contract it cites and
    links the order to it."""
    expected = "proposal" if isinstance(doc, ProposalDoc) else "contract"
    if kind not in DOCUMENT_KINDS or kind != expected:
        raise UserError(
            _("A {expected} cannot be kept as a {kind!r}.").format(expected=expected, kind=kind)
        )
    if not pdf.startswith(b"%PDF"):
        raise UserError(_("Only a printed PDF can be kept as the issued document."))
    order = get_live(session, SalesOrder, order_id)
    if order.client_id != client_id:
        raise UserError(_("Order {number} belongs to another client.").format(number=order.number))
    digest = content_hash(doc, parts)
    same = issued_version(session, kind, doc.number, digest, order_id)
    if same is not None:
        return same
    contract_id = None
    if isinstance(doc, ContractDoc) and doc.contract_id and doc.period_start is not None:
        terms = ContractTerms(doc.contract_id, doc.number, doc.signed_on, doc.period_start, False)
        contract_id = record_contract(
            session, terms, client_id=client_id, order_id=order_id, currency=doc.currency
        )
    last = last_version(session, kind, doc.number, order_id)
    if isinstance(doc, ProposalDoc) and doc.version != last + 1:
        raise UserError(
            _(
                "Proposal {number} version {version} was issued meanwhile: prepare it again to "
                "make the next version."
            ).format(number=doc.number, version=doc.version)
        )

    previous = session.execute(
        select(IssuedDocument.id).where(
            *_chain(kind, doc.number, order_id), IssuedDocument.version == last
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
        content_hash=digest,
        contract_id=contract_id,
    )
    session.add(row)
    session.flush()
    return row.id


def list_documents(session: Session, client_id: str) -> list[IssuedRow]:
    """The client's issued documents, newest first."""
    rows = list(
        session.execute(
            select(IssuedDocument)
            .where(IssuedDocument.client_id == client_id, live(IssuedDocument))
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
    row = get_live(session, IssuedDocument, document_id)
    return row.pdf
