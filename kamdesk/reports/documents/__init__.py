"""What the client holds in hand: the commercial proposal and the contract package as PDF.

`render_proposal` prints a `ProposalDoc`: our letterhead (logo, legal name, address, contacts),
the client and the addressee, title with number, version and date, the opening text, the lines
with their amounts, the totals, optional items apart (not in the total), validity, delivery and
payment terms, the closing and the KAM's signature block; our legal and bank details run along
the foot of every page.

`render_contract_package` prints a `ContractDoc` as one PDF of the chosen parts, each from a
new page and numbered on its own ("Page 1 of 3" within the contract): the supply contract
(parties, numbered clauses, both parties' details and signatures side by side), the
specification (appendix No. 1: goods, prices, delivery dates, totals, signatures) and the
invoice for payment (bank details box, lines, totals, for Russian, Hungarian and Azerbaijani
documents the total in words, the payment purpose).

Every fixed word is in the document's language (`doc.language`), numbers and dates in its
locale (doc_i18n). Amounts are printed as the records carry them: nothing is added up here.

`render_document` prints either record: the dialog and the CLI call it with what
services.documents.builder.build_document made. The modules: layout (styles, letterhead, page
foot, tables of lines), proposal, contract, specification, invoice, package (the parts in one
PDF).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from kamdesk.domain.documents import ContractDoc, ProposalDoc
from kamdesk.reports.documents.package import PARTS, render_contract_package
from kamdesk.reports.documents.proposal import render_proposal

__all__ = [
    "PARTS",
    "ContractDoc",
    "ProposalDoc",
    "render_contract_package",
    "render_document",
    "render_proposal",
]


def render_document(
    doc: ProposalDoc | ContractDoc,
    out: Path | BinaryIO,
    *,
    parts: Sequence[str] = PARTS,
    invariant: bool = False,
) -> None:
    """Write a document record as an A4 PDF to `out`: a proposal whole, a contract package as
    the chosen `parts` (ignored for a proposal)."""
    if isinstance(doc, ProposalDoc):
        render_proposal(doc, out, invariant=invariant)
    else:
        render_contract_package(doc, out, parts=parts, invariant=invariant)
