"""Column widths that fit their header's text in the language shown: a table gives each column
the width it was designed with in English, or more where another language's word is longer."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

HEADER_MAX = 220  # a header's text beyond this is elided, not given the whole table


def header_width(header: QHeaderView, column: int, maximum: int = HEADER_MAX) -> int:
    """What the column's header needs to show its text in full (its sort arrow's room
    included when the header shows one), at most `maximum`."""
    return min(header.sectionSizeFromContents(column).width(), maximum)


def header_text_width(header: QHeaderView, column: int) -> int:
    """What the column's header needs for its text and margins alone (no sort arrow)."""
    from PySide6.QtWidgets import QStyle  # its first use costs: not for the first paint

    text = header.model().headerData(column, Qt.Orientation.Horizontal) if header.model() else ""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(str(text or "")) + 2 * margin + 2


def fit_column(view: QTableView, column: int, width: int, maximum: int = HEADER_MAX) -> None:
    """`width`, or wider where the header's text needs it (up to `maximum`)."""
    view.setColumnWidth(column, max(width, header_width(view.horizontalHeader(), column, maximum)))


def fit_columns(view: QTableView, widths: Iterable[int], maximum: int = HEADER_MAX) -> None:
    """Column i `widths[i]` wide, or wider where its header's text needs it."""
    for column, width in enumerate(widths):
        fit_column(view, column, width, maximum)
