"""Commercial proposals and contract packages: filled from the order, the client and our company
profile into the plain records of domain/documents.py (reports.documents prints them), and
kept once issued with their number, version and the PDF as it was handed over.

`build_document` is the one way from an order to a document record: the dialog and the CLI
both call it, then reports.documents.render_document. Texts come from templates with
documented placeholders (resources/templates/README.md); a copy of a template in the user's
templates folder (AppPaths.templates, passed by the caller) wins over the shipped one. A
template that names an unknown placeholder, or needs data the database does not hold, is
refused by name before anything is printed.

The parts: parties.py (what every document is made from), proposal.py, contract.py,
issued.py (numbers, versions, the kept PDFs), text.py (templates and words).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kamdesk.domain.documents import ContractDoc, ProposalDoc
from kamdesk.services.documents.contract import build_contract
from kamdesk.services.documents.issued import (
    IssuedRow,
    document_pdf,
    issue_document,
    list_documents,
)
from kamdesk.services.documents.parties import NO_COMPANY
from kamdesk.services.documents.proposal import (
    VALID_DAYS,
    ProposalEdits,
    build_proposal,
    proposal_defaults,
)
from kamdesk.services.documents.text import (
    SHIPPED_TEMPLATES,
    TEMPLATES,
    TemplateProblem,
    template_text,
    total_in_words,
)
from kamdesk.services.sync.gates import require_decided

__all__ = [
    "KINDS",
    "NO_COMPANY",
    "SHIPPED_TEMPLATES",
    "TEMPLATES",
    "VALID_DAYS",
    "DocumentRecord",
    "IssuedRow",
    "ProposalEdits",
    "TemplateProblem",
    "build_contract",
    "build_document",
    "build_proposal",
    "document_pdf",
    "issue_document",
    "list_documents",
    "proposal_defaults",
    "template_text",
    "total_in_words",
]

KINDS = ("proposal", "contract")
DocumentRecord = ProposalDoc | ContractDoc


def build_document(
    session: Session,
    kind: str,
    order_id: str,
    edits: ProposalEdits | None = None,
    *,
    today: date,
    templates: Path | None,
) -> DocumentRecord:
    """The document `kind` ("proposal" or "contract") of an order, ready to render.

    `edits` are the KAM's changes (a contract package takes only their language); `templates`
    is the user's templates folder (AppPaths.templates), whose copies win over the shipped
    templates, or None for the shipped ones alone.
    """
    edits = edits or ProposalEdits()
    require_decided(session, order_id, "printed")
    if kind == "proposal":
        return build_proposal(session, order_id, edits, today=today, templates_dir=templates)
    if kind == "contract":
        return build_contract(
            session, order_id, today=today, language=edits.language, templates_dir=templates
        )
    raise ValueError(f"no such document: {kind!r} (one of {', '.join(KINDS)})")
