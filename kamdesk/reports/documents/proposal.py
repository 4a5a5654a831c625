"""The commercial proposal as the client holds it: `render_proposal`."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kamdesk.domain.documents import Party, ProposalDoc, Signatory
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.layout import (
    WIDTH,
    SignLine,
    doc_styles,
    footer_hook,
    ids_of,
    joined,
    key_values,
    legal_of,
    letterhead,
    notes_block,
    paragraphs,
    proposal_table,
)
from kamdesk.reports.pdf import ACCENT, SHADE, build_pdf, esc, section, table_style

# ---------------------------------------------------------------- the proposal


def _proposal_heading(doc: ProposalDoc, t: DocText) -> Table:
    """Title, number, version and dates on the left; the client and addressee on the right."""
    s = doc_styles()
    number = f"{t('number')} {doc.number}"
    if doc.version > 1:
        number += f" · {t('version', n=doc.version)}"
    left: list[Flowable] = [
        Paragraph(esc(t("proposal")), s.title),
        Paragraph(esc(number), s.subtitle),
        Paragraph(esc(t("dated", date=t.date(doc.issued_on))), s.meta),
        Spacer(1, 3),
        Paragraph(f"{esc(t('valid_until'))}: <b>{esc(t.date(doc.valid_until))}</b>", s.detail),
    ]
    buyer = doc.buyer
    right: list[Flowable] = [
        Paragraph(esc(t.upper(t("to"))), s.label),
        Paragraph(f"<b>{esc(buyer.name)}</b>", s.body),
    ]
    if buyer.legal_name and buyer.legal_name != buyer.name:
        right.append(Paragraph(esc(buyer.legal_name), s.detail))
    for line in (buyer.address, ids_of(buyer, t)):
        if line:
            right.append(Paragraph(esc(line), s.detail))
    if doc.addressee:
        who = esc(doc.addressee)
        if doc.addressee_title:
            who += f", {esc(doc.addressee_title)}"
        right += [Spacer(1, 3), Paragraph(f"{esc(t('attention'))}: <b>{who}</b>", s.detail)]
    side = 78 * mm
    return Table(
        [[left, right]],
        colWidths=[WIDTH - side, side],
        style=table_style(
            header=False,
            grid=False,
            extra=[
                ("BACKGROUND", (1, 0), (1, 0), SHADE),
                ("LINEBEFORE", (1, 0), (1, 0), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        ),
        hAlign="LEFT",
        splitInRow=1,
    )


def _signature(signatory: Signatory | None, company: Party, t: DocText) -> list[Flowable]:
    """Name, title, company, phone and e-mail on the left; a line to sign on the right."""
    s = doc_styles()
    who: list[Flowable] = []
    if signatory is not None:
        who.append(Paragraph(f"<b>{esc(signatory.name)}</b>", s.body))
        if signatory.title:
            who.append(Paragraph(esc(signatory.title), s.detail))
    who.append(Paragraph(esc(legal_of(company)), s.detail))
    if signatory is not None:
        reach = joined(
            f"{t('phone')} {signatory.phone}" if signatory.phone else "", signatory.email
        )
        if reach:
            who.append(Paragraph(esc(reach), s.detail))
    sign: list[Flowable] = [
        Spacer(1, 16),
        SignLine(),
        Paragraph(esc(t("signature")), ParagraphStyle("sig", parent=s.small, alignment=TA_CENTER)),
    ]
    return [
        Table(
            [[who, sign]],
            colWidths=[WIDTH - 70 * mm, 70 * mm],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ],
            ),
            hAlign="LEFT",
        )
    ]


def render_proposal(doc: ProposalDoc, out: Path | BinaryIO, *, invariant: bool = False) -> None:
    """Write the commercial proposal `doc` as an A4 PDF to `out`, in `doc.language`."""
    t = DocText(doc.language, doc.currency)
    s = doc_styles()
    story: list[Flowable] = [
        letterhead(doc.seller, t),
        Spacer(1, 10),
        _proposal_heading(doc, t),
        Spacer(1, 10),
    ]
    story += paragraphs(doc.opening, s.text)
    story += [
        Spacer(1, 4),
        proposal_table(
            doc.lines, t, doc.totals, vat_mode=doc.vat_mode, trailer=notes_block(doc.notes)
        ),
    ]
    if doc.optional_lines:
        story += section(t("optional"))
        story.append(proposal_table(doc.optional_lines, t, optional=True, vat_mode=doc.vat_mode))
    terms = key_values(
        [
            (t("valid_until"), t.date(doc.valid_until)),
            (t("delivery_terms"), doc.delivery_terms),
            (t("payment_terms"), doc.payment_terms),
        ]
    )
    if terms is not None:
        story += [*section(t("terms")), terms]
    ending: list[Flowable] = [Spacer(1, 10)]
    ending += paragraphs(doc.closing, s.text)
    # a closing ending as a sign-off does ("Kind regards,", Hungarian "Üdvözlettel:") has its own
    if not doc.closing.strip().endswith((",", ":")):
        ending.append(Paragraph(esc(t("regards")), s.text))
    ending.append(Spacer(1, 4))
    ending += _signature(doc.signatory, doc.seller, t)
    story.append(KeepTogether(ending))

    title = f"{t('proposal')} {t('number')} {doc.number}"
    running = joined(title, doc.buyer.name, t.date(doc.issued_on))

    def header(page: int, pages: int) -> str:
        return "" if page == 1 else running

    build_pdf(
        out,
        story,
        title=f"{title} · {doc.buyer.name}",
        author=doc.signatory.name if doc.signatory else doc.seller.name,
        header=header,
        invariant=invariant,
        page_label=t.page,
        on_page=footer_hook(doc.seller, t),
    )
