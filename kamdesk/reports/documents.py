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
invoice for payment (bank details box, lines, totals, for Russian documents the total in
words, the payment purpose).

Every fixed word is in the document's language (`doc.language`), numbers and dates in its
locale (doc_i18n). Amounts are printed as the records carry them: nothing is added up here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kamdesk.domain.documents import (
    ContractDoc,
    DocLine,
    InvoiceDoc,
    Party,
    ProposalDoc,
    Signatory,
    Totals,
)
from kamdesk.reports.doc_i18n import DocText, bank_code_key, registration_key
from kamdesk.reports.pdf import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    MARGIN,
    MUTED,
    SHADE,
    Cell,
    build_pdf,
    colored,
    content_width,
    data_table,
    esc,
    section,
    styles,
    table_style,
)

__all__ = [
    "PARTS",
    "ContractDoc",
    "ProposalDoc",
    "render_contract_package",
    "render_proposal",
]

WIDTH = content_width()  # A4
PARTS = ("contract", "specification", "invoice")

_DOT = " &nbsp;·&nbsp; "


# ---------------------------------------------------------------- styles


class _Styles:
    """The document styles, derived once from the engine's."""

    def __init__(self) -> None:
        st = styles()
        self.base = st
        self.body = ParagraphStyle("doc_body", parent=st.body, fontSize=9.5, leading=13.5)
        self.text = ParagraphStyle("doc_text", parent=self.body, spaceAfter=5)
        self.justified = ParagraphStyle(
            "doc_justified", parent=self.body, alignment=TA_JUSTIFY, spaceAfter=3
        )
        self.small = st.small
        self.label = ParagraphStyle(
            "doc_label", parent=st.small, fontName=FONT_BOLD, fontSize=7, leading=9
        )
        self.detail = ParagraphStyle("doc_detail", parent=st.body, fontSize=8, leading=10.5)
        self.detail_right = ParagraphStyle("doc_detail_r", parent=self.detail, alignment=TA_RIGHT)
        self.company = ParagraphStyle(
            "doc_company", parent=st.body, fontName=FONT_BOLD, fontSize=15, leading=18
        )
        self.company_right = ParagraphStyle(
            "doc_company_r", parent=self.company, fontSize=11, leading=14, alignment=TA_RIGHT
        )
        self.title = ParagraphStyle(
            "doc_title", parent=st.title, fontSize=16, leading=20, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle(
            "doc_subtitle", parent=st.body, fontName=FONT_BOLD, fontSize=11, leading=14
        )
        self.meta = ParagraphStyle("doc_meta", parent=st.body, textColor=MUTED)
        self.center_title = ParagraphStyle(
            "doc_ctitle", parent=self.title, alignment=TA_CENTER, fontSize=14, leading=18
        )
        self.center = ParagraphStyle("doc_center", parent=self.body, alignment=TA_CENTER)
        self.clause = ParagraphStyle(
            "doc_clause",
            parent=self.body,
            fontName=FONT_BOLD,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.cell = st.cell
        self.sku = ParagraphStyle("doc_sku", parent=st.cell, fontSize=7.5, leading=9.5)
        self.header = ParagraphStyle("doc_header", parent=st.header, fontSize=7, leading=8.5)
        self.unit = ParagraphStyle("doc_unit", parent=st.cell, fontSize=8, leading=10)
        self.total_label = ParagraphStyle("doc_tl", parent=st.cell, alignment=TA_RIGHT)
        self.grand = ParagraphStyle(
            "doc_grand", parent=st.cell, fontName=FONT_BOLD, fontSize=10, leading=13
        )
        self.grand_right = ParagraphStyle("doc_grand_r", parent=self.grand, alignment=TA_RIGHT)
        self.words = ParagraphStyle(
            "doc_words", parent=self.body, fontName=FONT_BOLD, spaceBefore=2, spaceAfter=2
        )


@functools.cache
def _st() -> _Styles:
    return _Styles()


# ---------------------------------------------------------------- text helpers


_SUBCLAUSE = re.compile(r"^\s*\d+(\.\d+)+\.?\s")
_NUMBERED = re.compile(r"^\s*(\d+)(\.\d+)*\.?\s")


def _paragraphs(text: str, style: ParagraphStyle, *, subclauses: bool = False) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new paragraph, a single line break stays
    a line break. In contract clauses a line starting with a number such as "2.1" is a new
    paragraph too."""
    out: list[Flowable] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines: list[str] = []
        for line in block.split("\n"):
            if subclauses and lines and _SUBCLAUSE.match(line):
                out.append(Paragraph("<br/>".join(lines), style))
                lines = []
            lines.append(esc(line.strip()))
        if any(lines):
            out.append(Paragraph("<br/>".join(lines), style))
    return out


def _fit(canvas: Canvas, text: str, x: float, y: float, width: float, size: float) -> None:
    """Draw one line, made smaller (down to 5.5 pt) and then cut to fit `width`."""
    while size > 5.5 and stringWidth(text, FONT, size) > width:
        size -= 0.25
    while text and stringWidth(text, FONT, size) > width:
        text = text[:-2] + "…"
    canvas.setFont(FONT, size)
    canvas.drawString(x, y, text)


def _join(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _legal(party: Party) -> str:
    return party.legal_name or party.name


def _ids(party: Party, t: DocText) -> str:
    return _join(
        f"{t('tax_id')} {party.tax_id}" if party.tax_id else "",
        f"{t(registration_key(party.registration_no))} {party.registration_no}"
        if party.registration_no
        else "",
    )


def _bank(party: Party, t: DocText) -> str:
    return _join(
        f"{t('bank')}: {party.bank_name}" if party.bank_name else "",
        f"{t('account')} {party.bank_account}" if party.bank_account else "",
        f"{t(bank_code_key(party.bank_code))} {party.bank_code}" if party.bank_code else "",
    )


def _contacts(party: Party, t: DocText) -> str:
    return _join(
        f"{t('phone')} {party.phone}" if party.phone else "",
        party.email,
        party.website,
    )


def _logo(party: Party, max_width: float, max_height: float) -> Flowable | None:
    """The party's logo scaled into the box, or None when there is none or it is unreadable
    (a broken picture must not stop the document)."""
    if not party.logo:
        return None
    try:
        width, height = ImageReader(BytesIO(party.logo)).getSize()
    except Exception:  # PIL raises many kinds on bad data
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(max_width / width, max_height / height)
    image = Image(BytesIO(party.logo), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _letterhead(seller: Party, t: DocText) -> Table:
    """Logo (or the name) on the left, legal name, address and contacts on the right, over an
    accent rule."""
    s = _st()
    logo = _logo(seller, 62 * mm, 20 * mm)
    left: Flowable = logo or Paragraph(colored(esc(seller.name), ACCENT), s.company)
    right: list[Flowable] = [Paragraph(esc(_legal(seller)), s.company_right)]
    for line in (seller.address, _contacts(seller, t), _ids(seller, t)):
        if line:
            right.append(Paragraph(esc(line), s.detail_right))
    return Table(
        [[left, right]],
        colWidths=[70 * mm, WIDTH - 70 * mm],
        style=table_style(
            header=False,
            grid=False,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 1.6, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ],
        ),
        hAlign="LEFT",
    )


def _footer_hook(
    seller: Party, t: DocText, first_line: str = ""
) -> Callable[[Canvas, int, int], None]:
    """Our legal and bank details along the foot of every page (the page number at right)."""
    top = first_line or _join(_legal(seller), seller.address)
    bottom = _join(_ids(seller, t), _bank(seller, t))

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFillColor(MUTED)
        label = t.page(page, pages)
        room = WIDTH - stringWidth(label, FONT, 7.5) - 6 * mm
        if top:
            _fit(canvas, top, MARGIN, MARGIN - 8 * mm, room, 7)
        if bottom:
            _fit(canvas, bottom, MARGIN, MARGIN - 11 * mm, WIDTH, 7)

    return draw


# ---------------------------------------------------------------- tables of lines


def _line_name(line: DocLine) -> Paragraph:
    s = _st()
    markup = esc(line.name)
    if line.description:
        markup += (
            f'<br/><font size="7" color="#{MUTED.hexval()[2:]}">{esc(line.description)}</font>'
        )
    return Paragraph(markup, s.cell)


_AMOUNT_STYLE = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
]


def _header_row(labels: Sequence[str]) -> list[Cell]:
    s = _st()
    return [Paragraph(esc(label), s.header) for label in labels]


def _proposal_table(
    lines: Sequence[DocLine], t: DocText, totals: Totals | None = None, *, optional: bool = False
) -> Table:
    """No, SKU, item (description below), unit, qty, price, discount, net, VAT %, total."""
    s = _st()
    header = _header_row(
        [
            t("col_no"),
            t("col_sku"),
            t("col_name"),
            t("col_unit"),
            t("col_qty"),
            t.with_currency("col_price"),
            t("col_discount"),
            t.with_currency("col_net"),
            t("col_vat_rate"),
            t.with_currency("col_total"),
        ]
    )
    rows: list[list[Cell]] = [header]
    for line in lines:
        rows.append(
            [
                str(line.no),
                Paragraph(esc(line.sku), s.sku),
                _line_name(line),
                Paragraph(esc(line.unit), s.unit),
                t.quantity(line.quantity),
                t.money(line.unit_price),
                t.percent(line.discount_percent) if line.discount_percent else "–",
                t.money(line.net),
                t.percent(line.vat_rate),
                t.money(line.gross),
            ]
        )
    widths = [7, 18, 0, 12, 12, 19, 14, 20, 10, 21]
    widths[2] = WIDTH / mm - sum(widths)
    return _lines_table(
        rows,
        widths,
        numbers=(0, 4, 5, 6, 7, 8, 9),
        muted=optional,
        totals=None if totals is None else (totals, t, _TOTAL_LABELS),
    )


_TOTAL_LABELS = ("total_net", "total_vat", "total_gross")
_INVOICE_LABELS = ("invoice_net", "invoice_vat", "invoice_gross")


def _lines_table(
    rows: list[list[Cell]],
    widths_mm: Sequence[float],
    *,
    numbers: Sequence[int],
    plain: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    muted: bool = False,
    totals: tuple[Totals, DocText, tuple[str, str, str]] | None = None,
) -> Table:
    """The first row is the header (Paragraphs: they wrap), repeated on every page. `numbers`
    are set right-aligned as plain text, `plain` columns as plain text too.

    With `totals`, the table closes with net, VAT and the total with VAT, right-aligned under
    the amounts; they never start a page without the last line above them."""
    lines = len(rows) - 1
    style: list[tuple[Any, ...]] = [
        *_AMOUNT_STYLE,
        ("GRID", (0, 0), (-1, lines), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ROWBACKGROUNDS", (0, 1), (-1, lines), [None, "#f6f8fb"]),
    ]
    if muted:
        style.append(("TEXTCOLOR", (0, 1), (-1, lines), MUTED))
    header, *body = rows
    if totals is not None:
        total_rows, total_style = _total_rows(widths_mm, lines + 1, *totals)
        body += total_rows
        style += total_style
    return data_table(
        header,  # type: ignore[arg-type]  # Paragraphs pass through as they are
        body,
        [w * mm for w in widths_mm],
        right=numbers,
        plain=[*numbers, *plain],
        extra=[*style, *extra],
        grid=False,
        keep_tail=3 if totals is not None else 0,
    )


def _total_rows(
    widths_mm: Sequence[float], first: int, totals: Totals, t: DocText, labels: tuple[str, ...]
) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
    """Three rows under the lines: each a label and an amount, both right-aligned, spanning as
    many of the last columns as the grand total needs."""
    s = _st()
    grand = t.amount(totals.gross)
    need_amount = max(36 * mm, stringWidth(grand, FONT_BOLD, 10) + 8)
    need_label = max(34 * mm, max(stringWidth(t(k), FONT_BOLD, 10) for k in labels) + 8)
    count = len(widths_mm)

    def span(end: int, need: float) -> int:
        """The first column of the shortest run of columns ending before `end` that is wide
        enough (the whole width left, if none is)."""
        width = 0.0
        for col in range(end - 1, 0, -1):
            width += widths_mm[col] * mm
            if width >= need:
                return col
        return 1

    amount_at = span(count, need_amount)
    label_at = span(amount_at, need_label)
    amounts = (totals.net, totals.vat, totals.gross)
    rows: list[list[Cell]] = []
    style: list[tuple[Any, ...]] = []
    for i, (key, amount) in enumerate(zip(labels, amounts, strict=True)):
        grand_row = i == 2
        label_style = s.grand_right if grand_row else s.total_label
        row: list[Cell] = [""] * count
        row[label_at] = Paragraph(esc(t(key)), label_style)
        row[amount_at] = Paragraph(esc(t.amount(amount)), label_style)
        rows.append(row)
        r = first + i
        style += [
            ("SPAN", (0, r), (label_at - 1, r)),
            ("SPAN", (label_at, r), (amount_at - 1, r)),
            ("SPAN", (amount_at, r), (count - 1, r)),
        ]
    last = first + 2
    style += [
        ("TOPPADDING", (0, first), (-1, first), 6),
        ("LINEABOVE", (label_at, last), (-1, last), 1, ACCENT),
        ("BACKGROUND", (label_at, last), (-1, last), SHADE),
        ("TOPPADDING", (0, last), (-1, last), 4),
        ("BOTTOMPADDING", (0, last), (-1, last), 5),
    ]
    return rows, style


def _key_values(pairs: Sequence[tuple[str, str]], label_width: float = 42 * mm) -> Table | None:
    s = _st()
    rows: list[list[Cell]] = [
        [Paragraph(f"<b>{esc(k)}</b>", s.cell), v] for k, v in pairs if v.strip()
    ]
    if not rows:
        return None
    return data_table(
        None,
        rows,
        [label_width, WIDTH - label_width],
        grid=False,
        extra=[
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


# ---------------------------------------------------------------- the proposal


def _proposal_heading(doc: ProposalDoc, t: DocText) -> Table:
    """Title, number, version and dates on the left; the client and addressee on the right."""
    s = _st()
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
        Paragraph(esc(t("to").upper()), s.label),
        Paragraph(f"<b>{esc(buyer.name)}</b>", s.body),
    ]
    if buyer.legal_name and buyer.legal_name != buyer.name:
        right.append(Paragraph(esc(buyer.legal_name), s.detail))
    for line in (buyer.address, _ids(buyer, t)):
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
    )


def _signature(signatory: Signatory | None, company: Party, t: DocText) -> list[Flowable]:
    """Name, title, company, phone and e-mail on the left; a line to sign on the right."""
    s = _st()
    who: list[Flowable] = []
    if signatory is not None:
        who.append(Paragraph(f"<b>{esc(signatory.name)}</b>", s.body))
        if signatory.title:
            who.append(Paragraph(esc(signatory.title), s.detail))
    who.append(Paragraph(esc(_legal(company)), s.detail))
    if signatory is not None:
        reach = _join(f"{t('phone')} {signatory.phone}" if signatory.phone else "", signatory.email)
        if reach:
            who.append(Paragraph(esc(reach), s.detail))
    sign: list[Flowable] = [
        Spacer(1, 16),
        _SignLine(),
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


class _SignLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The line a signature goes on."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 4

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.width, 2)


def render_proposal(doc: ProposalDoc, out: Path | BinaryIO, *, invariant: bool = False) -> None:
    """Write the commercial proposal `doc` as an A4 PDF to `out`, in `doc.language`."""
    t = DocText(doc.language, doc.currency)
    s = _st()
    story: list[Flowable] = [
        _letterhead(doc.seller, t),
        Spacer(1, 10),
        _proposal_heading(doc, t),
        Spacer(1, 10),
    ]
    story += _paragraphs(doc.opening, s.text)
    story += [Spacer(1, 4), _proposal_table(doc.lines, t, doc.totals)]
    if doc.optional_lines:
        story += section(t("optional"))
        story.append(_proposal_table(doc.optional_lines, t, optional=True))
    terms = _key_values(
        [
            (t("valid_until"), t.date(doc.valid_until)),
            (t("delivery_terms"), doc.delivery_terms),
            (t("payment_terms"), doc.payment_terms),
        ]
    )
    if terms is not None:
        story += [*section(t("terms")), terms]
    ending: list[Flowable] = [Spacer(1, 10)]
    ending += _paragraphs(doc.closing, s.text)
    if not doc.closing.strip().endswith(","):  # the closing has no sign-off of its own
        ending.append(Paragraph(esc(t("regards")), s.text))
    ending.append(Spacer(1, 4))
    ending += _signature(doc.signatory, doc.seller, t)
    story.append(KeepTogether(ending))

    title = f"{t('proposal')} {t('number')} {doc.number}"
    running = _join(title, doc.buyer.name, t.date(doc.issued_on))

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
        on_page=_footer_hook(doc.seller, t),
    )


# ---------------------------------------------------------------- the contract package


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


def _requisites(party: Party, role: str, t: DocText, *, details: bool) -> list[Flowable]:
    """One party's role, name and (with `details`) address and bank details."""
    s = _st()
    out: list[Flowable] = [
        Paragraph(esc(role.upper()), s.label),
        Paragraph(f"<b>{esc(_legal(party))}</b>", s.detail),
    ]
    pairs = [
        ("", party.address),
        (t("tax_id"), party.tax_id),
        (t(registration_key(party.registration_no)), party.registration_no),
        (t("bank"), party.bank_name),
        (t("account"), party.bank_account),
        (t(bank_code_key(party.bank_code)), party.bank_code),
        (t("phone"), party.phone),
        (t("email"), party.email),
    ]
    for key, value in pairs if details else ():
        if value:
            text = f"{esc(key)}: {esc(value)}" if key else esc(value)
            out.append(Paragraph(text, s.detail))
    return out


def _sign_here(signatory: Signatory | None, t: DocText) -> list[Flowable]:
    """Title, then "__________ / Name /" and the stamp place."""
    s = _st()
    out: list[Flowable] = [Spacer(1, 8)]
    if signatory is not None and signatory.title:
        out.append(Paragraph(esc(signatory.title), s.detail))
    name = esc(signatory.name) if signatory is not None else "&nbsp;" * 24
    out += [
        Spacer(1, 14),
        Table(
            [[_SignLine(), Paragraph(f"/ {name} /", s.detail)]],
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
        Paragraph(_join(esc(t("signature")), esc(t("stamp")), sep="&nbsp;" * 20), s.small),
    ]
    return out


def _both_parties(doc: ContractDoc, t: DocText, *, details: bool) -> Table:
    """Seller and buyer side by side: their details over their signature lines, which sit
    level however long either side's details are."""
    half = WIDTH / 2
    return Table(
        [
            [
                _requisites(doc.seller, t("seller"), t, details=details),
                _requisites(doc.buyer, t("buyer"), t, details=details),
            ],
            [_sign_here(doc.seller_signatory, t), _sign_here(doc.buyer_signatory, t)],
        ],
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
    )


def _parties_paragraph(doc: ContractDoc, t: DocText) -> str:
    def by(signatory: Signatory | None, after: str = "") -> str:
        if signatory is None:
            return ""
        return t("represented_by", who=_join(signatory.title, signatory.name, sep=" ")) + after

    return t(
        "parties",
        seller=_legal(doc.seller),
        buyer=_legal(doc.buyer),
        seller_by=by(doc.seller_signatory, ","),  # the clause closes before "and"
        buyer_by=by(doc.buyer_signatory),
    )


def _contract(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = _st()
    story: list[Flowable] = [
        Paragraph(esc(f"{t('contract')} {t('number')} {doc.number}").upper(), s.center_title),
        Spacer(1, 6),
        Table(
            [
                [
                    Paragraph(esc(doc.place), s.body),
                    Paragraph(esc(t.contract_date(doc.signed_on)), _right(s.body)),
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
        story += _paragraphs(clauses.pop(0)[1], s.justified)  # the template's preamble
    else:
        story.append(Paragraph(esc(_parties_paragraph(doc, t)), s.justified))
    number = 0
    for heading, text in clauses:
        block: list[Flowable] = []
        if heading.strip():
            given = _NUMBERED.match(heading)
            number = int(given.group(1)) if given else number + 1
            title = heading.strip() if given else f"{number}. {heading.strip()}"
            block.append(Paragraph(esc(title), s.clause))
        body = _paragraphs(text, s.justified, subclauses=True)
        # a heading keeps its first paragraph with it
        story.append(KeepTogether(block + body[:1]))
        story += body[1:]
    number += 1
    story.append(
        KeepTogether(
            [
                Paragraph(esc(f"{number}. {t('requisites')}"), s.clause),
                Spacer(1, 2),
                _both_parties(doc, t, details=True),
            ]
        )
    )
    return story


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_r", parent=style, alignment=TA_RIGHT)


def _specification(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = _st()
    signed = t.date(doc.signed_on)
    story: list[Flowable] = [
        Paragraph(esc(t("appendix", number=doc.number, date=signed)), _right(s.detail)),
        Spacer(1, 12),
        Paragraph(esc(t("specification")).upper(), s.center_title),
        Spacer(1, 2),
        Paragraph(esc(t.date(doc.signed_on)), _center(s.meta)),
        Spacer(1, 10),
        Paragraph(esc(t("spec_intro")), s.text),
    ]
    discount = any(line.discount_percent for line in doc.specification)
    labels = [
        t("col_no"),
        t("col_name"),
        t("col_unit"),
        t("col_qty"),
        t.with_currency("col_price"),
        *([t("col_discount")] if discount else []),
        t.with_currency("col_net"),
        t("col_vat_rate"),
        t.with_currency("col_vat"),
        t.with_currency("col_total"),
        t("col_delivery"),
    ]
    rows: list[list[Cell]] = [_header_row(labels)]
    for line in doc.specification:
        when = line.delivery_date or doc.delivery_date
        name = _line_name(line) if not line.sku else _named_with_sku(line)
        rows.append(
            [
                str(line.no),
                name,
                Paragraph(esc(line.unit), s.unit),
                t.quantity(line.quantity),
                t.money(line.unit_price),
                *([t.percent(line.discount_percent) if line.discount_percent else "–"]
                  if discount else []),
                t.money(line.net),
                t.percent(line.vat_rate),
                t.money(line.vat),
                t.money(line.gross),
                _short_date(when, t) if when else "–",
            ]
        )  # fmt: skip
    widths = [7, 0, 12, 13, 18, *([14] if discount else []), 19, 9, 17, 20, 19]
    widths[1] = WIDTH / mm - sum(widths)
    count = len(widths)
    numbers = [0, 3, 4, *range(5, count - 1)]
    story += [
        _lines_table(
            rows,
            widths,
            numbers=numbers,
            plain=[count - 1],
            extra=[("FONT", (count - 1, 1), (count - 1, -1), FONT, 7.5)],
            totals=(doc.totals, t, _TOTAL_LABELS),
        ),
    ]
    if doc.delivery_date:
        story += [
            Spacer(1, 6),
            Paragraph(
                f"{esc(t('delivery_date'))}: <b>{esc(t.date(doc.delivery_date))}</b>", s.text
            ),
        ]
    story += [Spacer(1, 14), KeepTogether([_both_parties(doc, t, details=False)])]
    return story


def _center(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_c", parent=style, alignment=TA_CENTER)


def _named_with_sku(line: DocLine) -> Paragraph:
    s = _st()
    markup = esc(line.name)
    small = _join(line.sku, line.description)
    if small:
        markup += f'<br/><font size="7" color="#{MUTED.hexval()[2:]}">{esc(small)}</font>'
    return Paragraph(markup, s.cell)


def _short_date(day: date, t: DocText) -> str:
    return day.strftime("%d.%m.%Y") if t.language == "ru" else day.strftime("%d/%m/%Y")


def _invoice(doc: ContractDoc, invoice: InvoiceDoc, t: DocText) -> list[Flowable]:
    s = _st()
    seller = doc.seller
    story: list[Flowable] = [_letterhead(seller, t), Spacer(1, 10)]

    # the bank box: what the payer copies into the payment order
    def cell(label: str, value: str, *, bold: bool = False) -> list[Flowable]:
        text = f"<b>{esc(value)}</b>" if bold else esc(value)
        return [Paragraph(esc(label), s.small), Paragraph(text or "&nbsp;", s.detail)]

    box = Table(
        [
            [
                cell(t("recipient_bank"), seller.bank_name),
                cell(t(bank_code_key(seller.bank_code)), seller.bank_code),
            ],
            [
                cell(t("recipient"), _legal(seller), bold=True),
                cell(t("account"), seller.bank_account, bold=True),
            ],
            [
                cell(t("tax_id"), seller.tax_id),
                cell(t(registration_key(seller.registration_no)), seller.registration_no),
            ],
        ],
        colWidths=[WIDTH - 70 * mm, 70 * mm],
        style=table_style(
            header=False,
            extra=[("GRID", (0, 0), (-1, -1), 0.6, INK), ("TOPPADDING", (0, 0), (-1, -1), 3)],
        ),
        hAlign="LEFT",
    )
    story += [box, Spacer(1, 12)]
    story += [
        Paragraph(
            esc(f"{t('invoice')} {t('number')} {invoice.number} {t('dated', date='')}").strip()
            + f" {esc(t.date(invoice.issued_on))}",
            ParagraphStyle("inv_title", parent=s.title, fontSize=15, leading=19),
        ),
        Spacer(1, 2),
        _AccentRule(),
        Spacer(1, 6),
    ]
    parties = _key_values(
        [
            (t("seller"), _join(_legal(seller), seller.address, _ids(seller, t), sep=", ")),
            (t("buyer"), _join(_legal(doc.buyer), doc.buyer.address, _ids(doc.buyer, t), sep=", ")),
            (
                t("basis"),
                _join(
                    f"{t('contract')} {t('number')} {doc.number}",
                    t("dated", date=t.date(doc.signed_on)),
                    sep=" ",
                ),
            ),
            (t("due_on"), t.date(invoice.due_on)),
        ],
        label_width=34 * mm,
    )
    if parties is not None:
        story += [parties, Spacer(1, 8)]
    discount = any(line.discount_percent for line in invoice.lines)
    labels = [
        t("col_no"),
        t("col_name"),
        t("col_qty"),
        t("col_unit"),
        t.with_currency("col_price"),
        *([t("col_discount")] if discount else []),
        t.with_currency("col_net"),
        t("col_vat_rate"),
        t.with_currency("col_vat"),
        t.with_currency("col_total"),
    ]
    rows: list[list[Cell]] = [_header_row(labels)]
    for line in invoice.lines:
        rows.append(
            [
                str(line.no),
                _named_with_sku(line),
                t.quantity(line.quantity),
                Paragraph(esc(line.unit), s.unit),
                t.money(line.unit_price),
                *([t.percent(line.discount_percent) if line.discount_percent else "–"]
                  if discount else []),
                t.money(line.net),
                t.percent(line.vat_rate),
                t.money(line.vat),
                t.money(line.gross),
            ]
        )  # fmt: skip
    widths = [7, 0, 12, 12, 18, *([14] if discount else []), 19, 9, 17, 20]
    widths[1] = WIDTH / mm - sum(widths)
    numbers = [0, 2, *range(4, len(widths))]
    story += [
        _lines_table(rows, widths, numbers=numbers, totals=(invoice.totals, t, _INVOICE_LABELS)),
        Spacer(1, 8),
        Paragraph(
            esc(t("items_count", n=len(invoice.lines), amount=t.amount(invoice.totals.gross))),
            s.text,
        ),
    ]
    if invoice.total_in_words:
        story.append(Paragraph(f"{esc(t('in_words'))}: {esc(invoice.total_in_words)}", s.words))
    if invoice.purpose:
        story.append(Paragraph(f"<b>{esc(t('purpose'))}:</b> {esc(invoice.purpose)}", s.text))
    story += [Spacer(1, 6), _AccentRule(), Spacer(1, 4)]
    story.append(KeepTogether(_invoice_signature(doc, t)))
    return story


def _invoice_signature(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = _st()
    signatory = doc.seller_signatory
    name = esc(signatory.name) if signatory else ""
    title = esc(signatory.title) if signatory and signatory.title else esc(t("seller"))
    under = ParagraphStyle("under", parent=s.small, alignment=TA_CENTER)
    return [
        Spacer(1, 14),
        Table(
            [
                [
                    Paragraph(f"<b>{title}</b>", s.detail),
                    _SignLine(),
                    Paragraph(f"/ {name} /", s.detail),
                    Paragraph(esc(t("stamp")), s.small),
                ],
                ["", Paragraph(esc(t("signature")), under), "", ""],
            ],
            colWidths=[60 * mm, 50 * mm, None, 15 * mm],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 0),
                ],
            ),
            hAlign="LEFT",
        ),
    ]


class _AccentRule(Flowable):  # type: ignore[misc]
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 2

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 1, self.width, 1)


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
            story += _contract(doc, t)
        elif part == "specification":
            names[part] = f"{t('specification')} · {t('contract')} {t('number')} {doc.number}"
            story += _specification(doc, t)
        else:
            assert doc.invoice is not None
            names[part] = f"{t('invoice')} {t('number')} {doc.invoice.number}"
            story += _invoice(doc, doc.invoice, t)

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
        return "" if page == first else _join(names[part], _legal(doc.buyer))

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        part, _, _ = span(page, pages)
        first_line = _join(names[part], doc.seller.name, doc.buyer.name)
        _footer_hook(doc.seller, t, first_line)(canvas, page, pages)

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
