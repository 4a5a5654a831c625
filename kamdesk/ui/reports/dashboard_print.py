"""Print… of the dashboard: the period and the one it is compared with, the day printed, the
tiles as a table (figure, value, comparison, detail) and the charts as drawn on screen, in the
PDF preview. The PDF is laid out by reports.dashboard_pdf (no Qt there: the charts go to it as
PNG bytes)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QWidget

from kamdesk.reports.sheets import TableReport
from kamdesk.ui.documents.document_actions import busy
from kamdesk.ui.reports.dashboard_tiles import (
    against_text,
    comparison_text,
    detail_text,
    titles,
    value_text,
)
from kamdesk.ui.reports.report_output import period_text
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.pdf_preview import show_pdf
from kamdesk.ui.widgets.table_export import report_labels, safe_stem

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from kamdesk.services.kpi.dashboard import Dashboard
    from kamdesk.ui.reports.dashboard_charts import ChartBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardPrint", text)


def png_bytes(widget: QWidget) -> bytes:
    """The widget as drawn on screen, as a PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def figures_report(board: Dashboard, keys: Sequence[str]) -> TableReport:
    """The tiles as a table, the period and the comparison period above it."""
    currency = board.currency
    rows = []
    for key in keys:
        figure = board.figure(key)
        against = against_text(key, board.overdue_compared_at)
        rows.append(
            (
                titles()[key],
                value_text(figure, figure.value, currency),
                comparison_text(figure, currency, against),
                detail_text(figure, currency),
            )
        )
    filters = (
        _tr("compared with {period}").format(
            period=period_text(board.previous_start, board.previous_end)
        ),
        _tr("amounts in {currency} at the rate of each document's date; receivables as they "
            "stand on {day}").format(currency=currency, day=short_date(board.today)),
    )  # fmt: skip
    return TableReport(
        title=_tr("Dashboard"),
        header=(_tr("Figure"), _tr("Value"), _tr("Comparison"), _tr("Detail")),
        rows=tuple(rows),
        period=period_text(board.start, board.end),
        filters=filters,
        made_at=datetime.now().replace(second=0, microsecond=0),
        right=frozenset({1}),
        labels=report_labels(),
    )


def print_dashboard(
    parent: QWidget, board: Dashboard, keys: Sequence[str], charts: Mapping[str, ChartBox]
) -> None:
    """The dashboard as a PDF in the preview; the charts with nothing to show are left out."""
    from kamdesk.reports.dashboard_pdf import dashboard_pdf

    report = figures_report(board, keys)
    with busy():
        shown = [box for box in charts.values() if not box.empty.text()]
        narrowest = min((box.width() for box in shown), default=0)
        # a chart as wide as two on screen (the Pareto) is as wide as the page on paper
        pictures = [
            (box.caption(), png_bytes(box.chart), box.width() > 1.5 * narrowest) for box in shown
        ]
        pdf = dashboard_pdf(report, pictures)
    stem = _tr("{title} {start} to {end}")  # a file name
    name = safe_stem(
        stem.format(title=report.title, start=board.start.isoformat(), end=board.end.isoformat())
    )
    show_pdf(parent, pdf, title=report.title, file_name=name + ".pdf")
