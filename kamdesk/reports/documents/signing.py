"""Where the parties sign: one party's signature block, and both side by side at the foot of a
contract or a reconciliation statement."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain.documents import Signatory
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.layout import WIDTH, SignLine, doc_styles, joined
from kamdesk.reports.pdf import ACCENT, GRID, esc, table_style


def sign_here(signatory: Signatory | None, t: DocText) -> list[Flowable]:
    """Title, then "__________ / Name /" and the stamp place."""
    s = doc_styles()
    out: list[Flowable] = [Spacer(1, 8)]
    if signatory is not None and signatory.title:
        out.append(Paragraph(esc(signatory.title), s.detail))
    if signatory is not None and signatory.basis:
        out.append(Paragraph(esc(signatory.basis), s.small))
    name = esc(signatory.name) if signatory is not None else "&nbsp;" * 24
    out += [
        Spacer(1, 14),
        Table(
            [[SignLine(), Paragraph(f"/ {name} /", s.detail)]],
            colWidths=[30 * mm, None],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ],
            ),
            hAlign="LEFT",
        ),
        Paragraph(joined(esc(t("signature")), esc(t("stamp")), sep="&nbsp;" * 20), s.small),
    ]
    return out


def side_by_side(heads: Sequence[list[Flowable]], signs: Sequence[list[Flowable]]) -> Table:
    """Our side and theirs in two halves: who each is over where each signs, the signature
    lines level however long either side's details are."""
    half = WIDTH / 2
    return Table(
        [list(heads), list(signs)],
        colWidths=[half, half],
        style=table_style(
            header=False,
            grid=False,
            extra=[
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 10),
                ("LINEBEFORE", (1, 0), (1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ],
        ),
        hAlign="LEFT",
        splitInRow=1,  # a party's 20 000-character address runs on; never a LayoutError
    )
