"""Every list sortable by each of its columns and kept the way the KAM left it.

`remember_table(view, key)` is the one rule for a table: sorting on, columns movable, and the
header's state (sort column and order, widths, column order) saved under `lists/<key>/` in the
laptop's settings (the QSettings of the main window: local, not synced) whenever it changes and
restored when the table is first shown, after a restart too.

Which way the first click on a header sorts is the model's to say, by the column's kind: a
number, an amount or a day sorts biggest or latest first, a text from A. A model answers
Qt.InitialSortOrderRole in headerData (`first_click`); a QTableWidget is told its descending
columns (`descending=`). Ties keep the order the rows came in: Qt's proxy sorts stably, the
SQL lists end every order on the record's id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

PREFIX = "lists"
SORT_ROLE = Qt.ItemDataRole.UserRole + 10  # a QTableWidget cell's natural order (SortItem)


def first_click(descending: bool) -> int:
    """The answer to Qt.InitialSortOrderRole for a column of numbers/days (True) or text."""
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    return int(order.value)


def is_figure(value: Any) -> bool:
    """Whether a value sorts biggest or latest first: an amount, a count, a day."""
    return isinstance(value, Decimal | int | float | date) and not isinstance(value, bool)


def laptop_settings(widget: QWidget) -> QSettings | None:
    """The settings of the window that holds `widget`, or of the window that window belongs
    to (a dossier's is the main window's); None for a widget shown on its own."""
    window: QWidget | None = widget.window()
    while window is not None:
        settings = getattr(window, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        window = window.parentWidget()
    return None


class TableMemory(QObject):
    """Restores a table's header on its first show and saves it on every change."""

    def __init__(self, view: QTableView, key: str) -> None:
        super().__init__(view)
        self.setObjectName(f"{view.objectName() or key}Memory")
        self.view, self.key = view, key
        self.settings: QSettings | None = None
        self._restoring = False
        view.installEventFilter(self)
        header = view.horizontalHeader()
        header.sectionResized.connect(self.save)
        header.sectionMoved.connect(self.save)
        header.sortIndicatorChanged.connect(self.save)
        header.sectionCountChanged.connect(self._columns_came)
        header.sortIndicatorChanged.connect(self.show_arrow)
        self.show_arrow()

    def show_arrow(self, *_args: object) -> None:
        show_arrow(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.settings is None:
            self.restore()
        return False

    def _columns_came(self, _old: int, new: int) -> None:
        """A table shown before its model had columns (a section shown as its data is read):
        restored when they come."""
        if self.settings is None and new > 0 and self.view.isVisible():
            self.restore()

    def _key(self, what: str) -> str:
        return f"{PREFIX}/{self.key}/{what}"

    def restore(self) -> None:
        header = self.view.horizontalHeader()
        if header.count() == 0:
            return  # no columns yet: when they come
        self.settings = laptop_settings(self.view)
        if self.settings is None:
            return
        state = self.settings.value(self._key("header"))
        columns = self.settings.value(self._key("columns"))
        # a list whose columns changed since (a price column added) starts afresh
        if not isinstance(state, QByteArray) or str(columns) != str(header.count()):
            return
        before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._restoring = True
        try:
            header.restoreState(state)
        finally:
            self._restoring = False
        self.show_arrow()
        after = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.view.isSortingEnabled() and after != before and after[0] >= 0:
            self.view.sortByColumn(*after)

    def save(self, *_args: object) -> None:
        header = self.view.horizontalHeader()
        if self.settings is None or self._restoring or header.count() == 0:
            return
        self.settings.setValue(self._key("header"), header.saveState())
        self.settings.setValue(self._key("columns"), header.count())


class HeaderStyle(QProxyStyle):
    """The application's style, with a header's title kept clear of its sort arrow: Fusion
    draws the arrow over the last letters of a right-aligned title ("Total")."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_HeaderLabel
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_
            and option.orientation == Qt.Orientation.Horizontal
        ):
            label = QStyleOptionHeader(option)
            label.rect = option.rect.adjusted(0, 0, -(option.rect.height() // 2 + 4), 0)
            option = label
        super().drawControl(element, option, painter, widget)


def remember_table(
    view: QTableView,
    key: str,
    *,
    sort: tuple[int, Qt.SortOrder] | None = None,
    descending: Iterable[int] = (),
) -> TableMemory:
    """Sorting on (by `sort` until the user clicks another header, unless the laptop kept
    another; None: the rows as they came), columns movable, the header remembered under
    `key`. `descending`: for a QTableWidget, its columns of figures and days."""
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    if not isinstance(header.style(), HeaderStyle):
        app_style = QApplication.style()  # the one the app chose (Fusion for a forced scheme)
        style = HeaderStyle(app_style.name() if app_style is not None else "")
        style.setParent(header)
        header.setStyle(style)
    if isinstance(view, QTableWidget):
        for column in descending:
            item = view.horizontalHeaderItem(column)
            if item is not None:
                item.setData(Qt.ItemDataRole.InitialSortOrderRole, first_click(True))
    # None: the rows as they came (Qt's header would say "sorted by the first column")
    header.setSortIndicator(*(sort or (-1, Qt.SortOrder.AscendingOrder)))
    view.setSortingEnabled(True)
    existing = view.findChild(TableMemory)
    if isinstance(existing, TableMemory) and existing.parent() is view:
        existing.show_arrow()
        return existing
    return TableMemory(view, key)


UNSORTED = "unsortedBecause"  # the property a table whose order is its meaning carries


def keep_order(view: QTableView, why: str) -> None:
    """The exception to the rule: a table whose rows' order is its content (the lines of an
    order as they will print, a plan's grid being typed into) does not sort; `why` says so
    to the reader of the code and to the test that walks every table."""
    view.setSortingEnabled(False)
    view.setProperty(UNSORTED, why)


class SortItem(QTableWidgetItem):
    """A QTableWidget cell that sorts by its natural value (an amount, a day) when it has one
    under SORT_ROLE, not by the text shown ("1 234,00" before "987,00")."""

    def __init__(self, text: str = "", value: Any = None) -> None:
        super().__init__(text)
        if value is not None:
            self.setData(SORT_ROLE, value)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            try:
                return bool(mine < theirs)
            except TypeError:
                pass
        if mine is None and theirs is not None:
            return True  # an empty figure before any figure
        if theirs is None and mine is not None:
            return False
        return self.text().casefold() < other.text().casefold()


def show_arrow(view: QTableView) -> None:
    """The sort arrow only on a sorted table: Qt gives every column room for it when it is
    shown, which an unsorted table's fitted columns need for their words (and Qt shows it
    again at each setSortingEnabled)."""
    header = view.horizontalHeader()
    header.setSortIndicatorShown(header.sortIndicatorSection() >= 0)


def key_of_row(table: QTableWidget, row: int) -> Any:
    """The key (Qt.UserRole of the first cell) of a row as shown, however sorted."""
    item = table.item(row, 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def row_of_key(table: QTableWidget, key: Any) -> int:
    """Where the row of `key` is shown now (-1: nowhere)."""
    return next((r for r in range(table.rowCount()) if key_of_row(table, r) == key), -1)


def filling(table: QTableWidget) -> _Filling:
    """`with filling(table):` rows set with sorting off (a sorted table moves a row as each of
    its cells arrives), sorted once at the end by the header's column."""
    return _Filling(table)


class _Filling:
    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.sorting = table.isSortingEnabled()

    def __enter__(self) -> QTableWidget:
        self.table.setSortingEnabled(False)
        return self.table

    def __exit__(self, *_exc: object) -> None:
        self.table.setSortingEnabled(self.sorting)  # sorts by the header's column
        show_arrow(self.table)
