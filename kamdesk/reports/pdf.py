"""The shared PDF engine: font, styles, tables, page furniture and text formatting.

Every kamdesk document (meeting brief, commercial proposal, contract package) is a list of
reportlab flowables handed to `build_pdf`. The engine registers the bundled DejaVu family so
Cyrillic and extended Latin print right, numbers pages "Page X of Y" in one pass (the canvas
keeps each page until the count is known), and in invariant mode writes byte-identical files
for identical input (fixed dates and document id), which the tests rely on.

User text goes into Paragraph markup, so it must pass through `esc` (or `para`) first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias
from xml.sax.saxutils import escape

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

from kamdesk.reports import FONTS_DIR

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

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
# a table cell: plain user text (escaped for you), or flowables used as they are
Cell: TypeAlias = str | Flowable | list[Flowable]


def content_size(pagesize: tuple[float, float] = A4) -> tuple[float, float]:
    """Width and height a story may fill on a page of this size."""
    return pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return content_size(pagesize)[0]


@functools.cache
def register_fonts() -> str:
    """Register the DejaVu family once per process; return the family name.

    registerFontFamily maps <b> and <i> in Paragraph markup onto the bold and oblique faces.
    There is no bold-oblique file, so <b><i> falls back to bold.
    """
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return FONT


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
    """User text made safe for Paragraph markup: & < > escaped, line breaks kept."""
    safe = escape(str(text)).replace("\r\n", "\n").replace("\n", "<br/>")
    return safe.replace(NNBSP, _NARROW_MARKUP)


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
    value = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{abs(value):,.2f}".replace(",", NNBSP)
    sign = "-" if value < 0 else ""
    return f"{sign}{text}{NNBSP}{currency}" if currency else f"{sign}{text}"


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


def table_style(*, header: bool = True, extra: Iterable[tuple[Any, ...]] = ()) -> TableStyle:
    """The house table look: light grid, shaded header row, compact padding."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # for plain string cells
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
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
    row at a page foot; none at all fails on a row taller than a page."""

    page_height: float = 0.0  # set on the subclass made for each page size

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
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


@functools.cache
def _row_table(pagesize: tuple[float, float]) -> type[RowTable]:
    # reportlab rebuilds the parts of a split table with self.__class__(...), so the page
    # height travels as a class attribute
    return type("RowTable", (RowTable,), {"page_height": content_size(pagesize)[1]})


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
) -> Table:
    """A table of user text whose header row repeats on every page it spans.

    Strings are escaped and wrapped so long text breaks inside its cell; flowables are used
    as they are. `right` lists the columns aligned right (amounts). Rows stay whole across
    pages; a row taller than a page splits inside itself rather than failing the document.
    """
    st = styles()
    right_cols = set(right)

    def cells(row: Sequence[Cell], base: ParagraphStyle) -> list[Flowable | list[Flowable]]:
        flush = ParagraphStyle(f"{base.name}_right", parent=base, alignment=TA_RIGHT)
        return [_cell(value, flush if i in right_cols else base) for i, value in enumerate(row)]

    data = [cells(r, st.cell) for r in rows]
    if header is not None:
        data.insert(0, cells(header, st.header))
    return _row_table(tuple(pagesize))(
        data,
        colWidths=list(col_widths),
        repeatRows=1 if header is not None else 0,
        style=table_style(header=header is not None, extra=extra),
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
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._header = header
        self._footer = footer

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
            self.drawString(MARGIN, height - MARGIN + 5 * mm, text)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(
                MARGIN, height - MARGIN + 3.5 * mm, width - MARGIN, height - MARGIN + 3.5 * mm
            )
        if self._footer:
            self.drawString(MARGIN, MARGIN - 8 * mm, self._footer)
        self.drawRightString(width - MARGIN, MARGIN - 8 * mm, f"Page {page} of {pages}")
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
) -> None:
    """Lay out `story` into a PDF at `out` (a path or a binary file object).

    Every page gets a small footer ("<footer> ... Page X of Y") and, when given, a header line:
    a fixed text, or a function (page, pages) -> text ("" leaves that page bare).
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
        canvasmaker=functools.partial(_PageCanvas, header=header, footer=footer),
    )
