"""The dashboard printed: the period and the one it is compared with, when it was printed, the
figures as a table (figure, value, comparison, detail), then the charts as pictures.

The charts come in as PNG bytes (the ui draws them): no Qt here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from kamdesk.reports.pdf import content_size, esc, styles
from kamdesk.reports.report_pdf import build_report, report_story
from kamdesk.reports.sheets import TableReport

# a chart's title ("" when it draws its own), its PNG, and whether it spans the page's width
Chart = tuple[str, bytes, bool]


def _picture(title: str, png: bytes, width: float, height: float) -> list[Flowable]:
    """A chart scaled into width x height, under its title when it draws none itself."""
    w, h = ImageReader(io.BytesIO(png)).getSize()
    scale = min(width / w, height / h)
    picture = Image(io.BytesIO(png), width=w * scale, height=h * scale)
    return [Paragraph(esc(title), styles().heading), picture] if title else [picture]


def charts_grid(charts: Sequence[Chart], room: tuple[float, float]) -> list[Flowable]:
    """The charts two by two across the page, a wide one (the Pareto) across the whole width;
    a row never split over two pages, each at most about a third of the page's height."""
    if not charts:
        return []
    gap = 4 * mm
    half, height = (room[0] - gap) / 2, room[1] * 0.36
    rows: list[list[object]] = []
    spans: list[tuple[object, ...]] = []
    pending: list[object] = []
    for title, png, wide in charts:
        if wide:
            if pending:
                rows.append([*pending, []][:2])
                pending = []
            spans.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([_picture(title, png, room[0], height), []])
            continue
        pending.append(_picture(title, png, half, height))
        if len(pending) == 2:
            rows.append(pending)
            pending = []
    if pending:
        rows.append([*pending, []])
    grid = Table(
        rows,
        colWidths=[half + gap / 2] * 2,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
            *spans,
        ],
    )
    return [Spacer(1, gap), grid]


def dashboard_pdf(
    report: TableReport, charts: Sequence[Chart] = (), *, invariant: bool = False
) -> bytes:
    """`report`: the figures as a table with the period, the comparison and the date in its
    lines about it; `charts` printed after it in their order."""
    story, pagesize = report_story(report)
    story += charts_grid(charts, content_size(pagesize))
    buffer = io.BytesIO()
    build_report(report, story, buffer, pagesize=pagesize, invariant=invariant)
    return buffer.getvalue()
