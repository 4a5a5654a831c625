"""The supply contract, first part of a contract package: parties, numbered clauses, both
parties' details and signatures side by side."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kamdesk.domain.documents import ContractDoc, Party, Signatory
from kamdesk.reports.doc_i18n import DocText, bank_code_key, registration_key
from kamdesk.reports.documents.layout import (
    NUMBERED,
    WIDTH,
    doc_styles,
    joined,
    legal_of,
    paragraphs,
    right_aligned,
)
from kamdesk.reports.documents.signing import side_by_side, sign_here
from kamdesk.reports.pdf import esc, table_style

# ---------------------------------------------------------------- the contract package


def _requisites(party: Party, role: str, t: DocText, *, details: bool) -> list[Flowable]:
    """One party's role, name and (with `details`) address and bank details."""
    s = doc_styles()
    out: list[Flowable] = [
        Paragraph(esc(t.upper(role)), s.label),
        Paragraph(f"<b>{esc(legal_of(party))}</b>", s.detail),
    ]
    if party.ids or party.bank_lines:  # labelled by the numbers' country
        pairs = [("", party.address), *party.ids, *party.bank_lines]
    else:
        pairs = [
            ("", party.address),
            (t("tax_id"), party.tax_id),
            (t(registration_key(party.registration_no)), party.registration_no),
            (t("bank"), party.bank_name),
            (t("account"), party.bank_account),
            (t(bank_code_key(party.bank_code)), party.bank_code),
        ]
    pairs += [(t("phone"), party.phone), (t("email"), party.email)]
    for key, value in pairs if details else ():
        if value:
            text = f"{esc(key)}: {esc(value)}" if key else esc(value)
            out.append(Paragraph(text, s.detail))
    return out


def both_parties(doc: ContractDoc, t: DocText, *, details: bool) -> Table:
    """Seller and buyer side by side: their details over their signature lines, which sit
    level however long either side's details are."""
    return side_by_side(
        [
            _requisites(doc.seller, t("seller"), t, details=details),
            _requisites(doc.buyer, t("buyer"), t, details=details),
        ],
        [sign_here(doc.seller_signatory, t), sign_here(doc.buyer_signatory, t)],
    )


def _parties_paragraph(doc: ContractDoc, t: DocText) -> str:
    def by(signatory: Signatory | None, after: str = "") -> str:
        if signatory is None:
            return ""
        return t("represented_by", who=joined(signatory.title, signatory.name, sep=" ")) + after

    return t(
        "parties",
        seller=legal_of(doc.seller),
        buyer=legal_of(doc.buyer),
        seller_by=by(doc.seller_signatory, ","),  # the clause closes before "and"
        buyer_by=by(doc.buyer_signatory),
    )


def contract_part(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = doc_styles()
    story: list[Flowable] = [
        Paragraph(esc(t.upper(f"{t('contract')} {t('number')} {doc.number}")), s.center_title),
        Spacer(1, 6),
        Table(
            [
                [
                    Paragraph(esc(doc.place), s.body),
                    Paragraph(esc(t.contract_date(doc.signed_on)), right_aligned(s.body)),
                ]
            ],
            colWidths=[WIDTH / 2, WIDTH / 2],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ],
            ),
        ),
        Spacer(1, 8),
    ]
    clauses = list(doc.clauses)
    if clauses and not clauses[0][0].strip():
        story += paragraphs(clauses.pop(0)[1], s.justified)  # the template's preamble
    else:
        story.append(Paragraph(esc(_parties_paragraph(doc, t)), s.justified))
    number = 0
    for heading, text in clauses:
        block: list[Flowable] = []
        if heading.strip():
            given = NUMBERED.match(heading)
            number = int(given.group(1)) if given else number + 1
            title = heading.strip() if given else f"{number}. {heading.strip()}"
            block.append(Paragraph(esc(title), s.clause))
        body = paragraphs(text, s.justified, subclauses=True)
        # a heading keeps its first paragraph with it
        story.append(KeepTogether(block + body[:1]))
        story += body[1:]
    number += 1
    story.append(
        KeepTogether(
            [
                Paragraph(esc(f"{number}. {t('requisites')}"), s.clause),
                Spacer(1, 2),
                both_parties(doc, t, details=True),
            ]
        )
    )
    return story
