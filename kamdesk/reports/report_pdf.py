"""A report's table printed: the title, the period, the filters and when it was printed above
the table; totals at its foot (never alone on a page); "Page X of Y" on every page, the title
and period repeated at the head of every page after the first. Landscape when the table is
too wide for a portrait page.

The table is a sheets.TableReport, the same record the XLSX and CSV exports write.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from kamdesk.domain import formatting
from kamdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    NNBSP,
    SHADE,
    build_pdf,
    content_width,
    data_table,
    esc,
    format_money,
    format_percent,
    register_fonts,
    styles,
    table_style,
    text_width,
)
from kamdesk.reports.sheets import Percent, TableReport, Value

_CELL_SIZE = 8.5  # the engine's table type
_PADDING = 10.0  # a cell's left and right padding together, and a little to spare
_WIDEST_TEXT = 220.0  # points: longer text wraps inside its cell
CHUNK = 300  # rows laid out as one table (each further chunk starts a page)


def cell_text(value: Value) -> str:
    """A cell as printed: amounts grouped with two decimals, shares as "34.5 %", ISO days."""
    if value is None:
        return ""
    if isinstance(value, Percent):
        return format_percent(value.share * 100, digits=value.digits)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, int):
        return formatting.grouped(Decimal(value), places=0, group=NNBSP)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text_width(text: str, font: str = FONT) -> float:
    return max((text_width(line, font, _CELL_SIZE) for line in text.splitlines()), default=0.0)


def _longest_word(text: str, font: str) -> float:
    return max((text_width(w, font, _CELL_SIZE) for w in text.split()), default=0.0)


def column_widths(report: TableReport, texts: Sequence[Sequence[str]]) -> list[float]:
    """What each column needs (figures their whole width, text up to a limit, a header at
    least its longest word). The last lines are set in bold when the report has totals."""
    widths = []
    bold = len(texts) - len(report.foot)
    for column, head in enumerate(report.header):
        need = max(
            (
                _text_width(row[column], FONT_BOLD if i >= bold else FONT)
                for i, row in enumerate(texts)
                if column < len(row)
            ),
            default=0.0,
        )
        if column not in report.right:
            need = min(need, _WIDEST_TEXT)
        need = max(need, _longest_word(head, FONT_BOLD), 12.0)
        widths.append(need + _PADDING)
    return widths


def page_and_widths(
    report: TableReport, texts: Sequence[Sequence[str]]
) -> tuple[tuple[float, float], list[float]]:
    """Portrait when the table fits it, else landscape; the text columns share what is left
    (wider to fill the page, narrower to fit it: they wrap), the figures keep their width."""
    need = column_widths(report, texts)
    pagesize: tuple[float, float] = A4
    if sum(need) > content_width(A4):
        pagesize = landscape(A4)
    room = content_width(pagesize)
    text_columns = [i for i in range(len(need)) if i not in report.right] or list(range(len(need)))
    fixed = sum(w for i, w in enumerate(need) if i not in text_columns)
    flexible = sum(need[i] for i in text_columns)
    if flexible > 0:
        scale = max(room - fixed, 0.0) / flexible
        # narrower to fit; wider to fill only a table that is most of a page already
        if scale < 1 or sum(need) > room * 0.6:
            need = [w * scale if i in text_columns else w for i, w in enumerate(need)]
    return pagesize, need


def _about(report: TableReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(esc(report.title), st.title), Spacer(1, 2)]
    lines = report.about()
    if lines:
        rows = [[Paragraph(f"<b>{esc(label)}</b>", st.body), Paragraph(esc(text), st.body)]
                for label, text in lines]  # fmt: skip
        flush_left = ("LEFTPADDING", (0, 0), (0, -1), 0)
        label_width = max(text_width(label, FONT_BOLD, 9) for label, _ in lines) + _PADDING
        story.append(
            Table(
                rows,
                colWidths=[label_width, None],
                style=table_style(header=False, grid=False, extra=[flush_left]),
                hAlign="LEFT",
            )
        )
    story.append(Spacer(1, 8))
    return story


def _bold_row(texts: Sequence[str], right: frozenset[int]) -> list[str | Flowable]:
    st = styles()
    return [
        Paragraph(f"<b>{esc(text)}</b>", st.cell_right if i in right else st.cell)
        for i, text in enumerate(texts)
    ]


def _one_line(texts: Sequence[Sequence[str]], widths: Sequence[float]) -> set[int]:
    """The columns whose every cell fits its width on one line: set as plain text, which
    reportlab lays out many times quicker than a paragraph."""
    return {
        column
        for column, width in enumerate(widths)
        if all(
            "\n" not in row[column] and _text_width(row[column]) + _PADDING <= width
            for row in texts
            if column < len(row)
        )
    }


def _table_story(
    report: TableReport,
    texts: Sequence[Sequence[str]],
    totals: Sequence[Sequence[str]],
    widths: Sequence[float],
    pagesize: tuple[float, float],
) -> list[Flowable]:
    """The table in chunks of CHUNK rows, each from a new page with its header: reportlab
    measures the whole rest of a table at every page break, which makes one table of ten
    thousand rows take minutes. The totals stay with the last rows."""
    plain = _one_line(texts, widths) | set(report.right)
    chunks = [list(texts[i : i + CHUNK]) for i in range(0, len(texts), CHUNK)] or [[]]
    story: list[Flowable] = []
    for number, chunk in enumerate(chunks, start=1):
        rows: list[list[str | Flowable]] = [list(t) for t in chunk]
        extra: list[tuple[object, ...]] = []
        last = number == len(chunks)
        if last and totals:
            rows += [_bold_row(line, report.right) for line in totals]
            extra = [("BACKGROUND", (0, -len(totals)), (-1, -1), SHADE)]
        if number > 1:
            story.append(PageBreak())
        story.append(
            data_table(
                report.header,
                rows,
                widths,
                right=report.right,
                plain=plain,
                extra=extra,
                pagesize=pagesize,
                keep_tail=len(totals) if last else 0,
            )
        )
    return story


def report_story(report: TableReport) -> tuple[list[Flowable], tuple[float, float]]:
    """What the report prints (the lines about it, then its table) and the page it needs."""
    register_fonts()
    texts = [[cell_text(v) for v in row] for row in report.rows]
    totals = [[cell_text(v) for v in line] for line in report.foot]
    pagesize, widths = page_and_widths(report, [*texts, *totals])
    story = _about(report)
    if not report.rows:
        story.append(Paragraph(esc(report.label("Nothing to show for this period.")),
                               styles().body))  # fmt: skip
    else:
        story += _table_story(report, texts, totals, widths, pagesize)
    return story, pagesize


def build_report(
    report: TableReport,
    story: list[Flowable],
    out: Path | BinaryIO,
    *,
    pagesize: tuple[float, float] = A4,
    invariant: bool = False,
) -> None:
    """Lay `story` out with the report's furniture: the title and period over every page after
    the first, when it was printed and "Page X of Y" at the foot."""
    running = " · ".join(p for p in (report.title, report.period) if p)
    printed = report.about()[-1] if report.made_at is not None else None
    page_word = report.label("Page {page} of {pages}")
    build_pdf(
        out,
        story,
        title=running or report.title,
        header=lambda page, _pages: "" if page == 1 else running,
        footer=f"kamdesk · {printed[0]} {printed[1]}" if printed else "kamdesk",
        invariant=invariant,
        pagesize=pagesize,
        page_label=lambda page, pages: page_word.format(page=page, pages=pages),
    )


def render_table_report(
    report: TableReport, out: Path | BinaryIO, *, invariant: bool = False
) -> None:
    """Write the report as a PDF to `out`."""
    story, pagesize = report_story(report)
    build_report(report, story, out, pagesize=pagesize, invariant=invariant)


def table_report_pdf(report: TableReport, *, invariant: bool = False) -> bytes:
    buffer = io.BytesIO()
    render_table_report(report, buffer, invariant=invariant)
    return buffer.getvalue()
