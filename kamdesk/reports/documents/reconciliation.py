"""The reconciliation statement of mutual settlements (акт сверки взаимных расчётов) as a PDF:
`render_statement` prints a `StatementDoc`.

The title with the period and both parties, the statement's wording, then the customary table
in two halves: "According to <us>" filled in (date, document, debit, credit) and "According to
<the client>" left empty for the client's accountant; the opening balance, every document of
the period, the turnover and the closing balance; the sentence with the result and both
signature blocks (position, name, authority, signature line, stamp place). The table's headers
repeat on every page; the totals, the result and the signatures never part (the last line of
the period goes with them). Nothing is added up here: the figures are the record's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain.documents import Party, Signatory
from kamdesk.domain.reconciliation import StatementDoc, sides
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.layout import (
    WIDTH,
    centered,
    doc_styles,
    footer_hook,
    ids_of,
    joined,
    legal_of,
    right_aligned,
)
from kamdesk.reports.documents.signing import side_by_side, sign_here
from kamdesk.reports.documents.statement_text import StatementText
from kamdesk.reports.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    SHADE,
    Cell,
    build_pdf,
    data_table,
    esc,
    table_style,
)

# one half of the table: date, debit and credit at least (mm); the document takes the rest
DATE_MM, AMOUNT_MM = 16.5, 20.0
AMOUNT_PT = 7.5
AMOUNTS = (2, 3, 6, 7)
DATES = (0, 4)
HEADER_ROWS = 2


def render_statement(doc: StatementDoc, out: Path | BinaryIO, *, invariant: bool = False) -> None:
    """Write the statement as an A4 PDF to `out`, in the document's language."""
    t = DocText(doc.language, doc.currency)
    x = StatementText(t)
    title = x("title")

    def header(page: int, pages: int) -> str:
        return "" if page == 1 else joined(title, legal_of(doc.buyer))

    first_line = joined(title, doc.seller.name, doc.buyer.name)
    build_pdf(
        out,
        _story(doc, x),
        title=f"{title} · {doc.buyer.name}",
        author=doc.seller.name,
        header=header,
        invariant=invariant,
        page_label=t.page,
        on_page=footer_hook(doc.seller, t, first_line),
    )


def _story(doc: StatementDoc, x: StatementText) -> list[Flowable]:
    s = doc_styles()
    figures = doc.reconciliation
    period = x(
        "period",
        start=x.day(figures.start),
        end=x.day(figures.end),
        company=legal_of(doc.seller),
        client=legal_of(doc.buyer),
    )
    story: list[Flowable] = [
        Paragraph(esc(x.t.upper(x("title"))), s.center_title),
        Spacer(1, 3),
        Paragraph(f"<b>{esc(period)}</b>", centered(s.body)),
    ]
    if doc.contract_number and doc.contract_date is not None:
        under = x("contract", number=doc.contract_number, date=x.day(doc.contract_date))
        story.append(Paragraph(esc(under), centered(s.body)))
    story += [Spacer(1, 8), _place_and_date(doc, x), Spacer(1, 8)]
    wording = x(
        "wording",
        company=legal_of(doc.seller),
        company_by=x.represented(doc.seller_signatory),
        client=legal_of(doc.buyer),
        client_by=x.represented(doc.buyer_signatory),
    )
    story += [Paragraph(esc(wording), s.justified), Spacer(1, 6), _table(doc, x)]
    return story


def _place_and_date(doc: StatementDoc, x: StatementText) -> Table:
    s = doc_styles()
    return Table(
        [
            [
                Paragraph(esc(doc.place), s.body),
                Paragraph(esc(x.t.date(doc.issued_on)), right_aligned(s.body)),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
        style=table_style(
            header=False,
            grid=False,
            extra=[("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0)],
        ),
    )


def _balance_row(label: str, amount: Decimal, x: StatementText) -> list[Cell]:
    s = doc_styles()
    debit, credit = sides(amount)
    cell = Paragraph(f"<b>{esc(label)}</b>", s.cell)
    return [cell, "", x.amount(debit), x.amount(credit), Paragraph(esc(label), s.cell), "", "", ""]


def _table(doc: StatementDoc, x: StatementText) -> Table:
    """The two halves with their balances, then the result and the signatures across the
    whole width; the header rows repeat on every page."""
    s = doc_styles()
    figures = doc.reconciliation
    currency = x.t.currency_label
    halves = [
        Paragraph(esc(x("per", party=legal_of(party), currency=currency)), centered(s.header))
        for party in (doc.seller, doc.buyer)
    ]
    labels = [x("col_date"), x("col_document"), x("col_debit"), x("col_credit")] * 2
    document = ParagraphStyle(
        "statement_document", parent=s.sku, fontSize=7, leading=8.5, embeddedHyphenation=1
    )
    rows: list[list[Cell]] = [
        [halves[0], "", "", "", halves[1], "", "", ""],
        [Paragraph(esc(label), centered(s.header)) for label in labels],
        _balance_row(x("opening"), figures.opening, x),
    ]
    for line in figures.lines:
        rows.append(
            [
                x.day(line.date),
                Paragraph(esc(x.document(line)), document),
                x.amount(line.debit),
                x.amount(line.credit),
                "",
                "",
                "",
                "",
            ]
        )
    turnover = [Paragraph(f"<b>{esc(x('turnover'))}</b>", s.cell), ""]
    turnover += [x.amount(figures.debit_turnover), x.amount(figures.credit_turnover)]
    turnover += [Paragraph(esc(x("turnover")), s.cell), "", "", ""]
    rows += [turnover, _balance_row(x("closing"), figures.closing, x)]
    last = len(rows) - 1
    rows.append([_trailer(doc, x), "", "", "", "", "", "", ""])
    table = data_table(
        None,
        rows,
        _widths(rows),
        right=AMOUNTS,
        plain=AMOUNTS + DATES,
        extra=_style(last),
        grid=False,
        keep_tail=3,
    )
    table.repeatRows = HEADER_ROWS  # the halves' names and the column labels
    return table


def _widths(rows: list[list[Cell]]) -> list[float]:
    """Both halves alike: the amount columns as wide as the widest amount, the document
    column what is left."""
    texts = [row[c] for row in rows for c in AMOUNTS if isinstance(row[c], str)]
    widest = max((stringWidth(str(text), FONT, AMOUNT_PT) for text in texts), default=0.0)
    amount = max(AMOUNT_MM * mm, widest + 6)
    half = [DATE_MM * mm, WIDTH / 2 - DATE_MM * mm - 2 * amount, amount, amount]
    return half * 2


def _style(last: int) -> list[tuple[Any, ...]]:
    """Grid over the rows from the headers to the closing balance (`last`); the halves apart;
    the balance rows bold and shaded; the trailer row spans the width with no grid."""
    opening, turnover = HEADER_ROWS, last - 1
    trailer = last + 1
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, last), FONT, AMOUNT_PT),
        *[("FONT", (c, HEADER_ROWS), (c, last), FONT, 7) for c in DATES],
        ("GRID", (0, 0), (-1, last), 0.4, GRID),
        ("LINEAFTER", (3, 0), (3, last), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, HEADER_ROWS - 1), SHADE),
        ("LINEBELOW", (0, HEADER_ROWS - 1), (-1, HEADER_ROWS - 1), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, HEADER_ROWS - 1), "MIDDLE"),
        ("SPAN", (0, 0), (3, 0)),
        ("SPAN", (4, 0), (7, 0)),
        ("LEFTPADDING", (0, 0), (-1, last), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, last), 2.5),
        ("SPAN", (0, trailer), (-1, trailer)),
        ("LEFTPADDING", (0, trailer), (-1, trailer), 0),
        ("RIGHTPADDING", (0, trailer), (-1, trailer), 0),
        ("TOPPADDING", (0, trailer), (-1, trailer), 10),
    ]
    for row in (opening, turnover, last):
        style += [
            ("SPAN", (0, row), (1, row)),
            ("SPAN", (4, row), (5, row)),
            ("FONT", (2, row), (3, row), FONT_BOLD, AMOUNT_PT - 0.5),  # bold, as wide
            ("BACKGROUND", (0, row), (-1, row), "#f3f6fa"),
        ]
    return style


def _trailer(doc: StatementDoc, x: StatementText) -> list[Flowable]:
    """The result in words, then both parties' signature blocks side by side."""
    s = doc_styles()
    return [
        Paragraph(f"<b>{esc(x.result(doc))}</b>", s.text),
        Spacer(1, 6),
        _signatures(doc, x),
    ]


def _party_head(party: Party, who: Signatory | None, x: StatementText) -> list[Flowable]:
    """For <party>, with its tax numbers (and a place for the position when none is known)."""
    s = doc_styles()
    out: list[Flowable] = [
        Paragraph(f"<b>{esc(x('for_party', party=legal_of(party)))}</b>", s.detail)
    ]
    ids = ids_of(party, x.t)
    if ids:
        out.append(Paragraph(esc(ids), s.small))
    if who is None or not who.title:
        out.append(Paragraph(esc(x("position")), s.small))
    return out


def _signatures(doc: StatementDoc, x: StatementText) -> Table:
    """Both parties side by side: who they are over the position, the line to sign, the name
    and the stamp place (the contract's), the lines level however long either side is."""
    people = [
        who if who is not None and who.name else None
        for who in (doc.seller_signatory, doc.buyer_signatory)
    ]
    return side_by_side(
        [
            _party_head(doc.seller, doc.seller_signatory, x),
            _party_head(doc.buyer, doc.buyer_signatory, x),
        ],
        [sign_here(people[0], x.t), sign_here(people[1], x.t)],
    )
