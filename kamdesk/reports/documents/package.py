"""The contract package as one PDF of the chosen parts, each from a new page and numbered on
its own: `render_contract_package`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from kamdesk.domain.documents import ContractDoc
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.contract import contract_part
from kamdesk.reports.documents.invoice import invoice_part
from kamdesk.reports.documents.layout import footer_hook, joined, legal_of
from kamdesk.reports.documents.specification import specification_part
from kamdesk.reports.pdf import build_pdf

PARTS = ("contract", "specification", "invoice")


class _PartStart(Flowable):  # type: ignore[misc]
    """Notes the page a part of the package starts on (it takes no room)."""

    def __init__(self, name: str, starts: dict[int, str]) -> None:
        super().__init__()
        self.name = name
        self.starts = starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts.setdefault(self.canv.getPageNumber(), self.name)


def render_contract_package(
    doc: ContractDoc,
    out: Path | BinaryIO,
    *,
    parts: Sequence[str] = PARTS,
    invariant: bool = False,
) -> None:
    """Write the chosen parts of the contract package as one A4 PDF to `out`, each part from a
    new page and numbered on its own. `parts` is any of "contract", "specification",
    "invoice", printed in the order given."""
    chosen = list(parts)
    unknown = [p for p in chosen if p not in PARTS]
    if unknown:
        raise ValueError(f"unknown part(s) {unknown}: choose from {PARTS}")
    if not chosen:
        raise ValueError(f"no part chosen: choose from {PARTS}")
    if len(set(chosen)) != len(chosen):
        raise ValueError(f"a part is named twice: {chosen}")
    if "invoice" in chosen and doc.invoice is None:
        raise ValueError("the contract package has no invoice to print")
    t = DocText(doc.language, doc.currency)

    starts: dict[int, str] = {}
    story: list[Flowable] = []
    names: dict[str, str] = {}
    for index, part in enumerate(chosen):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(part, starts))
        if part == "contract":
            names[part] = f"{t('contract')} {t('number')} {doc.number}"
            story += contract_part(doc, t)
        elif part == "specification":
            names[part] = f"{t('specification')} · {t('contract')} {t('number')} {doc.number}"
            story += specification_part(doc, t)
        else:
            assert doc.invoice is not None
            names[part] = f"{t('invoice')} {t('number')} {doc.invoice.number}"
            story += invoice_part(doc, doc.invoice, t)

    def span(page: int, pages: int) -> tuple[str, int, int]:
        """The part a page belongs to, its first page and its last."""
        firsts = sorted(starts)
        first = max((p for p in firsts if p <= page), default=1)
        later = [p for p in firsts if p > page]
        last = later[0] - 1 if later else pages
        return starts.get(first, chosen[0]), first, last

    def page_label(page: int, pages: int) -> str:
        _, first, last = span(page, pages)
        return t.page(page - first + 1, last - first + 1)

    def header(page: int, pages: int) -> str:
        part, first, _ = span(page, pages)
        return "" if page == first else joined(names[part], legal_of(doc.buyer))

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        part, _, _ = span(page, pages)
        first_line = joined(names[part], doc.seller.name, doc.buyer.name)
        footer_hook(doc.seller, t, first_line)(canvas, page, pages)

    build_pdf(
        out,
        story,
        title=f"{t('contract')} {t('number')} {doc.number} · {doc.buyer.name}",
        author=doc.seller.name,
        header=header,
        invariant=invariant,
        page_label=page_label,
        on_page=furniture,
    )
