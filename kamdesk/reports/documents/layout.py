"""The shared layout of client documents: styles, our letterhead and page foot, the tables of
lines with their totals, labelled values, signature and accent rules."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, Table

from kamdesk.domain import formatting
from kamdesk.domain.documents import DocLine, Party, Totals
from kamdesk.reports import long_text
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
    colored,
    content_width,
    data_table,
    draw_string,
    esc,
    styles,
    table_style,
    text_width,
)

WIDTH = content_width()  # A4


# ---------------------------------------------------------------- styles


class DocStyles:
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
def doc_styles() -> DocStyles:
    return DocStyles()


# ---------------------------------------------------------------- text helpers


_SUBCLAUSE = re.compile(r"^\s*\d+(\.\d+)+\.?\s")
NUMBERED = re.compile(r"^\s*(\d+)(\.\d+)*\.?\s")


def paragraphs(text: str, style: ParagraphStyle, *, subclauses: bool = False) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new paragraph, a single line break stays
    a line break. In contract clauses a line starting with a number such as "2.1" is a new
    paragraph too."""
    out: list[Flowable] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines: list[str] = []
        for line in block.split("\n"):
            if subclauses and lines and _SUBCLAUSE.match(line):
                out += long_text.paragraph(lines, style, esc)
                lines = []
            lines.append(line.strip())
        if any(lines):
            out += long_text.paragraph(lines, style, esc)  # linear in the text's length
    return out


def _fit(canvas: Canvas, text: str, x: float, y: float, width: float, size: float) -> None:
    """Draw one line, made smaller (down to 5.5 pt) and then cut to fit `width`."""
    while size > 5.5 and text_width(text, FONT, size) > width:
        size -= 0.25
    while text and text_width(text, FONT, size) > width:
        text = text[:-2] + "…"
    canvas.setFont(FONT, size)
    draw_string(canvas, x, y, text)


def joined(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def legal_of(party: Party) -> str:
    return party.legal_name or party.name


def ids_of(party: Party, t: DocText) -> str:
    """Tax and registration numbers, labelled by their country when the party says so."""
    if party.ids:
        return joined(*(f"{label} {value}" for label, value in party.ids))
    return joined(
        f"{t('tax_id')} {party.tax_id}" if party.tax_id else "",
        f"{t(registration_key(party.registration_no))} {party.registration_no}"
        if party.registration_no
        else "",
    )


def _bank(party: Party, t: DocText) -> str:
    if party.bank_lines:
        return joined(*(f"{label} {value}" for label, value in party.bank_lines))
    return joined(
        f"{t('bank')}: {party.bank_name}" if party.bank_name else "",
        f"{t('account')} {party.bank_account}" if party.bank_account else "",
        f"{t(bank_code_key(party.bank_code))} {party.bank_code}" if party.bank_code else "",
    )


def _contacts(party: Party, t: DocText) -> str:
    return joined(
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


def letterhead(seller: Party, t: DocText) -> Table:
    """Logo (or the name) on the left, legal name, address and contacts on the right, over an
    accent rule."""
    s = doc_styles()
    logo = _logo(seller, 62 * mm, 20 * mm)
    left: Flowable = logo or Paragraph(colored(esc(seller.name), ACCENT), s.company)
    right: list[Flowable] = [Paragraph(esc(legal_of(seller)), s.company_right)]
    for line in (seller.address, _contacts(seller, t), ids_of(seller, t)):
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
        splitInRow=1,  # a party's 20 000-character address runs on; never a LayoutError
    )


def footer_hook(
    seller: Party, t: DocText, first_line: str = ""
) -> Callable[[Canvas, int, int], None]:
    """Our legal and bank details along the foot of every page (the page number at right)."""
    top = first_line or joined(legal_of(seller), seller.address)
    bottom = joined(ids_of(seller, t), _bank(seller, t))
    # details too long for one line are set on two (numbers, then bank), never cut
    two = text_width(bottom, FONT, 6) > WIDTH
    lines = [ids_of(seller, t), _bank(seller, t)] if two else [bottom]

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFillColor(MUTED)
        label = t.page(page, pages)
        room = WIDTH - stringWidth(label, FONT, 7.5) - 6 * mm
        if top:
            _fit(canvas, top, MARGIN, MARGIN - 8 * mm, room, 7)
        for i, line in enumerate(filter(None, lines)):
            _fit(canvas, line, MARGIN, MARGIN - (11 + 3 * i) * mm, WIDTH, 7)

    return draw


# ---------------------------------------------------------------- tables of lines


def line_name(line: DocLine, t: DocText | None = None) -> Paragraph:
    """The item's name, its description below, and what was refused or returned of it."""
    s = doc_styles()
    markup = esc(line.name)
    below = [line.description]
    if t is not None:
        below += [
            t("refused", q=t.quantity(line.refused)) if line.refused else "",
            t("returned", q=t.quantity(line.returned)) if line.returned else "",
        ]
    for text in filter(None, below):
        markup += f'<br/><font size="7" color="#{MUTED.hexval()[2:]}">{esc(text)}</font>'
    return Paragraph(markup, s.cell)


_AMOUNT_STYLE = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
]


def header_row(labels: Sequence[str]) -> list[Cell]:
    s = doc_styles()
    return [Paragraph(esc(label), s.header) for label in labels]


def vat_rate_text(line: DocLine, t: DocText, vat_mode: str) -> str:
    """A line's VAT %: "–" on a document without VAT (an exempt supply)."""
    return "–" if vat_mode == "none" else t.percent(line.vat_rate)


def amounts(line: DocLine, t: DocText, *, discount: bool, vat_mode: str = "rate") -> list[Cell]:
    """A specification's or an invoice's money columns: price, discount (when any line has
    one), net, VAT %, VAT, total."""
    return [
        t.money(line.unit_price),
        *([t.percent(line.discount_percent) if line.discount_percent else "–"] if discount else []),
        t.money(line.net),
        vat_rate_text(line, t, vat_mode),
        "–" if vat_mode == "none" else t.money(line.vat),
        t.money(line.gross),
    ]


def notes_block(notes: Sequence[str]) -> list[Flowable]:
    """The notes under the totals (VAT treatment, rates, clauses), one paragraph each."""
    s = doc_styles()
    return [Paragraph(esc(n), s.detail) for n in notes if n]


def proposal_table(
    lines: Sequence[DocLine],
    t: DocText,
    totals: Totals | None = None,
    *,
    optional: bool = False,
    vat_mode: str = "rate",
    trailer: Sequence[Flowable] = (),
) -> Table:
    """No, SKU, item (description below), unit, qty, price, discount, net, VAT %, total."""
    s = doc_styles()
    header = header_row(
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
                line_name(line, t),
                Paragraph(esc(line.unit), s.unit),
                t.quantity(line.quantity),
                t.money(line.unit_price),
                t.percent(line.discount_percent) if line.discount_percent else "–",
                t.money(line.net),
                vat_rate_text(line, t, vat_mode),
                t.money(line.gross),
            ]
        )
    widths = [7, 18, 0, 12, 12, 19, 14, 20, 10, 21]
    widths[2] = WIDTH / mm - sum(widths)
    return lines_table(
        rows,
        widths,
        numbers=(0, 4, 5, 6, 7, 8, 9),
        muted=optional,
        totals=None if totals is None else (totals, t, TOTAL_LABELS),
        vat_mode=vat_mode,
        trailer=trailer,
    )


TOTAL_LABELS = ("total_net", "total_vat", "total_gross")
INVOICE_LABELS = ("invoice_net", "invoice_vat", "invoice_gross")


def lines_table(
    rows: list[list[Cell]],
    widths_mm: Sequence[float],
    *,
    numbers: Sequence[int],
    plain: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    muted: bool = False,
    totals: tuple[Totals, DocText, tuple[str, str, str]] | None = None,
    vat_mode: str = "rate",
    trailer: Sequence[Flowable] = (),
) -> Table:
    """The first row is the header (Paragraphs: they wrap), repeated on every page. `numbers`
    are set right-aligned as plain text, `plain` columns as plain text too.

    With `totals`, the table closes with net, VAT (as `vat_mode` states it) and the total with
    VAT, right-aligned under the amounts; then the `trailer` (notes, words, signatures) across
    the whole width. Totals and trailer never start a page without the last line above them:
    a signature is never alone on a page."""
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
    tail = 0
    if totals is not None:
        total_rows, total_style = _total_rows(widths_mm, lines + 1, *totals, vat_mode=vat_mode)
        body += total_rows
        style += total_style
        tail = 3
    if trailer:
        at = len(body) + 1
        body.append([list(trailer)] + [""] * (len(widths_mm) - 1))
        style += [
            ("SPAN", (0, at), (-1, at)),
            ("LEFTPADDING", (0, at), (-1, at), 0),
            ("RIGHTPADDING", (0, at), (-1, at), 0),
            ("TOPPADDING", (0, at), (-1, at), 8),
        ]
        tail += 1
    return data_table(
        header,  # type: ignore[arg-type]  # Paragraphs pass through as they are
        body,
        [w * mm for w in widths_mm],
        right=numbers,
        plain=[*numbers, *plain],
        extra=[*style, *extra],
        grid=False,
        keep_tail=tail,
    )


def _total_rows(
    widths_mm: Sequence[float],
    first: int,
    totals: Totals,
    t: DocText,
    labels: tuple[str, ...],
    *,
    vat_mode: str = "rate",
) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
    """Three rows under the lines: each a label and an amount, both right-aligned, spanning as
    many of the last columns as the grand total needs."""
    s = doc_styles()
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
        label, shown = t(key), t.amount(amount)
        if i == 1 and vat_mode == "zero":
            label = t("vat_zero")
        elif i == 1 and vat_mode == "none":
            label, shown = t("vat_none"), "–"
        row[label_at] = Paragraph(esc(label), label_style)
        row[amount_at] = Paragraph(esc(shown), label_style)
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


def key_values(pairs: Sequence[tuple[str, str]], label_width: float = 42 * mm) -> Table | None:
    s = doc_styles()
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


# ---------------------------------------------------------------- shared pieces


class SignLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The line a signature goes on."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 4

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.width, 2)


class AccentRule(Flowable):  # type: ignore[misc]
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 2

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 1, self.width, 1)


def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_r", parent=style, alignment=TA_RIGHT)


def centered(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_c", parent=style, alignment=TA_CENTER)


def named_with_sku(line: DocLine, t: DocText | None = None) -> Paragraph:
    """The item's name, its SKU and description below, and what was refused or returned."""
    s = doc_styles()
    markup = esc(line.name)
    below = [joined(line.sku, line.description)]
    if t is not None:
        below += [
            t("refused", q=t.quantity(line.refused)) if line.refused else "",
            t("returned", q=t.quantity(line.returned)) if line.returned else "",
        ]
    for text in filter(None, below):
        markup += f'<br/><font size="7" color="#{MUTED.hexval()[2:]}">{esc(text)}</font>'
    return Paragraph(markup, s.cell)


def short_date(day: date, t: DocText) -> str:
    return formatting.short_date(day, t.language)
