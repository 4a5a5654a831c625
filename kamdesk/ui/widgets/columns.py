"""Column widths that fit their header's text in the language shown: a table gives each column
the width it was designed with in English, or more where another language's word is longer."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
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


NAME_AT_LEAST = 170  # a name column narrower than this reads "Sző…", "Log…": unreadable


class _NameRoom(QObject):
    """Keeps a stretching name column readable: while the table has room it takes the spare
    width; where the others leave it less than `at_least`, it keeps that much and the table
    scrolls sideways instead (a 1024-pixel window, figures in many columns)."""

    def __init__(self, view: QTableView, column: int, at_least: int) -> None:
        super().__init__(view)
        self.view, self.column, self.at_least = view, column, at_least
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        room = self.view.viewport().width() - others
        stretch = QHeaderView.ResizeMode.Stretch
        if room >= self.at_least:
            if header.sectionResizeMode(self.column) != stretch:
                header.setSectionResizeMode(self.column, stretch)
        else:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, self.at_least)


def readable_name_column(view: QTableView, column: int, at_least: int = NAME_AT_LEAST) -> None:
    """`column` (a client's, a product's name) stretches into the spare width but never
    narrower than `at_least`: the table scrolls sideways first."""
    _NameRoom(view, column, at_least).fit()


COLUMN_AT_MOST = 300  # a column fitted to its contents: a 250-character name is shortened


def cap_columns(view: QTableView, at_most: int = COLUMN_AT_MOST) -> None:
    """Columns fitted to their contents stop at `at_most` pixels: a long name is shortened
    ("…", whole in its tooltip) rather than pushing the other columns out of sight."""
    view.horizontalHeader().setMaximumSectionSize(at_most)
