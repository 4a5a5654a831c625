"""The shared PDF engine: font, styles, tables, page furniture and text formatting.

Every kamdesk document (meeting brief, commercial proposal, contract package) is a list of
reportlab flowables handed to `build_pdf`. The engine registers the bundled DejaVu family so
Cyrillic and extended Latin print right, and Symbola for the symbols and emoji DejaVu lacks
(chosen character by character: kamdesk.reports.glyphs); it numbers pages "Page X of Y" in one
pass (the canvas keeps each page until the count is known), and in invariant mode writes
byte-identical files for identical input (fixed dates and document id), which the tests rely on.

User text goes into Paragraph markup, so it must pass through `esc` (or `para`) first; text
drawn on a canvas goes through `draw_string` and is measured by `text_width`, so a character
DejaVu lacks prints in the font that has it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kamdesk.domain import formatting
from kamdesk.reports import FONTS_DIR, SYMBOLS_FILE, glyphs

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
# symbols and emoji as outlines (DejaVu has few, reportlab no colour): Symbola 2.60 from
# Debian's fonts-symbola (resources/fonts/LICENSE-Symbola.txt says why this one)
FONT_SYMBOLS = "Symbola"

MARGIN = 16 * mm
NNBSP = "\u202f"  # narrow no-break space: the thousands separator in money

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1f4e79")
GRID = colors.HexColor("#b9c3cf")
SHADE = colors.HexColor("#e9eef4")
OK = colors.HexColor("#2e7d32")
WARN = colors.HexColor("#b25e00")
BAD = colors.HexColor("#c62828")

# (page, pages) -> header text for that page ("" for none)
HeaderText: TypeAlias = Callable[[int, int], str]
# (canvas, page, pages) -> draws more page furniture (a letterhead footer, a stamp)
PageHook: TypeAlias = Callable[[Canvas, int, int], None]
# a table cell: plain user text (escaped for you), or flowables used as they are
Cell: TypeAlias = str | Flowable | list[Flowable]


def content_size(pagesize: tuple[float, float] = A4) -> tuple[float, float]:
    """Width and height a story may fill on a page of this size."""
    return pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return content_size(pagesize)[0]


@functools.cache
def register_fonts() -> str:
    """Register the DejaVu family and the symbol font once per process; return the family name.

    registerFontFamily maps <b> and <i> in Paragraph markup onto the bold and oblique faces.
    There is no bold-oblique file, so <b><i> falls back to bold. reportlab maps Symbola's bold
    and italic onto itself: a symbol inside <b> prints in its one face.
    """
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / f"{name}.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_SYMBOLS, str(SYMBOLS_FILE)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    glyphs.fix_tounicode()
    return FONT


def _cmap(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@functools.cache
def fallback() -> glyphs.Fallback:
    """The chain every PDF text falls back along: what all three DejaVu faces have stays in
    the text's own face; what only the regular face has (Arabic, the bold and oblique lack
    it) is set in that; then Symbola."""
    register_fonts()
    regular = _cmap(FONT)
    family = regular & _cmap(FONT_BOLD) & _cmap(FONT_ITALIC)
    return glyphs.Fallback([("", family), (FONT, regular), (FONT_SYMBOLS, _cmap(FONT_SYMBOLS))])


# ---------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every document shares. Derive with ParagraphStyle(parent=...)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header: ParagraphStyle  # table header cell


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12, textColor=INK, bulletFontName=FONT
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15, textColor=ACCENT, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header=ParagraphStyle("header", parent=cell, fontName=FONT_BOLD),
    )


# ---------------------------------------------------------------- text


# Paragraph treats U+202F as a breaking space and prints a full space instead. A no-break space
# set 3 pt smaller keeps "12 345.60 EUR" on one line and about as narrow.
_NARROW_MARKUP = '<font size="-3">&nbsp;</font>'


def esc(text: object) -> str:
    """User text made safe for Paragraph markup: & < > escaped, line breaks kept, a character
    DejaVu lacks set in the font that has it (a mark where none has)."""
    safe = glyphs.markup(fallback(), str(text)).replace("\r\n", "\n").replace("\n", "<br/>")
    return safe.replace(NNBSP, _NARROW_MARKUP)


def draw_string(canvas: Canvas, x: float, y: float, text: str, *, anchor: str = "left") -> None:
    """One line of user text on a canvas, in its current font and size, falling back character
    by character as `esc` does. `anchor` "right" ends the line at x."""
    if anchor == "right":
        x -= text_width(text, canvas._fontname, canvas._fontsize)
    glyphs.draw(canvas, fallback(), (x, y), text)


def text_width(text: str, font: str, size: float) -> float:
    """The width of one line of user text as `draw_string` and `esc` set it."""
    return glyphs.width(fallback(), pdfmetrics.stringWidth, text, font, size)


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain user text (escaped)."""
    return Paragraph(esc(text), style or styles().body)


def section(title: str, *, keep: float = 28 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    A page break comes first unless `keep` points of room are left. (keepWithNext would
    push a heading and a whole long table onto the next page together.)
    """
    return [CondPageBreak(keep), Paragraph(esc(title), styles().heading)]


def colored(markup: str, color: colors.Color) -> str:
    """Wrap already-safe markup in a font colour."""
    return f'<font color="#{color.hexval()[2:]}">{markup}</font>'


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_money(amount: Decimal, currency: str = "") -> str:
    """12345.6, "EUR" -> "12 345.60 EUR" (narrow no-break space between thousands)."""
    text = formatting.grouped(amount, group=NNBSP)
    return f"{text}{NNBSP}{currency}" if currency else text


def format_percent(value: Decimal | float, *, signed: bool = False, digits: int = 1) -> str:
    """12.345 -> "12.3 %" (or "+12.3 %" when signed)."""
    number = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    sign = "+" if signed and number > 0 else ""
    return f"{sign}{number}{NNBSP}%"


def format_date(day: date) -> str:
    """date(2026, 11, 24) -> "Tue 24 Nov 2026", the same in every locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_day_month(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def format_time(moment: datetime | time) -> str:
    """-> "09:30", as the value is (aware datetimes are printed in their own zone)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


# ---------------------------------------------------------------- tables


def table_style(
    *, header: bool = True, extra: Iterable[tuple[Any, ...]] = (), grid: bool = True
) -> TableStyle:
    """The house table look: light grid, shaded header row, compact padding. `grid=False`
    leaves the lines out (a GRID of width 0 in `extra` would still draw hairlines)."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # for plain string cells
        *([("GRID", (0, 0), (-1, -1), 0.4, GRID)] if grid else []),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    commands.extend(extra)
    return TableStyle(commands)


class RowTable(Table):  # type: ignore[misc]
    """A table that keeps short rows whole across pages (a person's card, a product line) and
    lets a tall row (a long agenda) run on to the next page. Plain splitInRow would cut every
    row at a page foot; none at all fails on a row taller than a page.

    With `keep_tail` the last rows (a table's totals) never start a page on their own: the row
    before them goes along."""

    page_height: float = 0.0  # set on the subclass made for each page size
    keep_tail: int = 0

    def _split_rows(self, availWidth: float, availHeight: float) -> list[Table]:
        self._calc(availWidth, availHeight)
        used, row = 0.0, 0.0
        for row in self._rowHeights:  # find the row the page foot falls in
            if used + row > availHeight:
                break
            used += row
        if availHeight >= self.page_height - 1:
            self.splitInRow = 1  # a fresh page: whatever it takes
        elif row > self.page_height / 4:
            self.splitInRow = 30  # no piece shorter than a few lines
        else:
            self.splitInRow = 0
        parts: list[Table] = super().split(availWidth, availHeight)
        return parts

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts = self._split_rows(availWidth, availHeight)
        tail = self.keep_tail
        if not tail or len(parts) != 2:
            return parts
        repeated = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if len(parts[1]._cellvalues) - repeated > tail:
            return parts
        keep = len(self._cellvalues) - tail - 1  # rows that may stay on this page
        if keep <= repeated:
            return []  # only the header would stay: the whole table moves on
        return self._split_rows(availWidth, sum(self._rowHeights[:keep]) + 0.01)


@functools.cache
def _row_table(pagesize: tuple[float, float], keep_tail: int = 0) -> type[RowTable]:
    # reportlab rebuilds the parts of a split table with self.__class__(...), so the page
    # height and the tail travel as class attributes
    attributes = {"page_height": content_size(pagesize)[1], "keep_tail": keep_tail}
    return type("RowTable", (RowTable,), attributes)


def _cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    return para(value, style) if isinstance(value, str) else value


def data_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    right: Iterable[int] = (),
    extra: Iterable[tuple[Any, ...]] = (),
    pagesize: tuple[float, float] = A4,
    plain: Iterable[int] = (),
    grid: bool = True,
    keep_tail: int = 0,
) -> Table:
    """A table of user text whose header row repeats on every page it spans.

    Strings are escaped and wrapped so long text breaks inside its cell; flowables are used
    as they are. `right` lists the columns aligned right (amounts). Rows stay whole across
    pages; a row taller than a page splits inside itself rather than failing the document.
    `plain` lists columns whose string cells (header row aside) are set as one line of plain
    text, no markup and no wrapping: quicker, for short values such as amounts. `grid=False`
    draws no lines but those in `extra`. The last `keep_tail` rows (totals) never start a page
    without the row before them.
    """
    st, chain = styles(), fallback()
    right_cols, plain_cols = set(right), set(plain)
    flush = {
        base.name: ParagraphStyle(f"{base.name}_right", parent=base, alignment=TA_RIGHT)
        for base in (st.cell, st.header)
    }

    def cells(
        row: Sequence[Cell], base: ParagraphStyle, raw: set[int]
    ) -> list[Cell | Flowable | list[Flowable]]:
        return [
            value  # a plain cell is drawn in FONT as it is: only when DejaVu has every glyph
            if i in raw and isinstance(value, str) and chain.covers(value)
            else _cell(value, flush[base.name] if i in right_cols else base)
            for i, value in enumerate(row)
        ]

    data = [cells(r, st.cell, plain_cols) for r in rows]
    if header is not None:
        data.insert(0, cells(header, st.header, set()))
    first = 0 if header is None else 1
    align = [("ALIGN", (c, first), (c, -1), "RIGHT") for c in sorted(plain_cols & right_cols)]
    return _row_table(tuple(pagesize), keep_tail)(
        data,
        colWidths=list(col_widths),
        repeatRows=1 if header is not None else 0,
        style=table_style(header=header is not None, extra=[*align, *extra], grid=grid),
        hAlign="LEFT",
    )


class WriteLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A light ruled line to write on by hand (an answer, a note)."""

    def __init__(self, indent: float = 0, height: float = 16) -> None:
        super().__init__()
        self.indent = indent
        self.line_height = height
        self.avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return availWidth, self.line_height

    def draw(self) -> None:
        self.canv.setStrokeColor(GRID)
        self.canv.setLineWidth(0.5)
        self.canv.line(self.indent, 2, self.avail, 2)


# ---------------------------------------------------------------- document

_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class _PageCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the document ends, then draws header and "Page X of Y"."""

    def __init__(
        self,
        *args: Any,
        header: str | HeaderText | None = None,
        footer: str = "",
        page_label: HeaderText | None = None,
        on_page: PageHook | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._header = header
        self._footer = footer
        self._page_label = page_label
        self._on_page = on_page

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furnish(number, total)
            super().showPage()
        super().save()

    def _furnish(self, page: int, pages: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        text = self._header(page, pages) if callable(self._header) else self._header
        if text:
            draw_string(self, MARGIN, height - MARGIN + 5 * mm, text)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(
                MARGIN, height - MARGIN + 3.5 * mm, width - MARGIN, height - MARGIN + 3.5 * mm
            )
        if self._footer:
            draw_string(self, MARGIN, MARGIN - 8 * mm, self._footer)
        label = self._page_label(page, pages) if self._page_label else f"Page {page} of {pages}"
        draw_string(self, width - MARGIN, MARGIN - 8 * mm, label, anchor="right")
        self.restoreState()
        if self._on_page is not None:
            self.saveState()
            self._on_page(self, page, pages)
            self.restoreState()


def build_pdf(
    out: Path | BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    author: str = "",
    header: str | HeaderText | None = None,
    footer: str = "",
    invariant: bool = False,
    pagesize: tuple[float, float] = A4,
    page_label: HeaderText | None = None,
    on_page: PageHook | None = None,
) -> None:
    """Lay out `story` into a PDF at `out` (a path or a binary file object).

    Every page gets a small footer ("<footer> ... Page X of Y") and, when given, a header line:
    a fixed text, or a function (page, pages) -> text ("" leaves that page bare).
    `page_label` words the page number in another language ((page, pages) -> "Стр. 1 из 3");
    `on_page` draws more furniture on each page once the page count is known.
    `invariant` fixes the timestamps and document id so equal input gives equal bytes.
    """
    register_fonts()
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        creator="kamdesk",
        invariant=1 if invariant else 0,
        initialFontName=FONT,  # else every page names Helvetica, unembedded
    )
    # no frame padding: content_width() is exactly what a story may use
    frame = Frame(MARGIN, MARGIN, *content_size(pagesize), id="body", **_NO_PADDING)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        list(story),  # build() consumes the list it is given
        canvasmaker=functools.partial(
            _PageCanvas, header=header, footer=footer, page_label=page_label, on_page=on_page
        ),
    )
