"""List rows tall enough for the letters the users' languages write: in some fonts (DejaVu Sans,
the Linux default) a capital with an accent (Ő, Ü, É, Ё, Й) rises above the font's ascent, and a
list row only as tall as the line cuts its top off ("Ügyvezető" read as "Ugyvezető")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

PADDING = 8  # above and below a table row's text, together
TALL = "ÁÉÍÓÖŐÚÜŰÀÈÌÒÙƏĞŞÇİЁЙ"  # the tallest capitals of hu, it, az and ru


def line_height(metrics: QFontMetrics) -> int:
    """A line's height with room above for the accents over capitals (as much below, so the
    text, centred, stays where it was)."""
    over = max(0, -metrics.boundingRect(TALL).top() - metrics.ascent())
    return metrics.height() + 2 * over


class RoomyRows(QStyledItemDelegate):
    """Rows with room for accents; a cell whose text is shortened ("…") shows the whole of it
    in its tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(text, str)
            and not index.data(Qt.ItemDataRole.ToolTipRole)
            and option.fontMetrics.horizontalAdvance(text) > view.visualRect(index).width() - 8
        ):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), line_height(option.fontMetrics)))


def roomy_rows(view: QAbstractItemView) -> None:
    """Rows of `view` as tall as its accented capitals need."""
    view.setItemDelegate(RoomyRows(view))


def row_height(view: QAbstractItemView) -> int:
    """A table row's height in `view`'s font: its tallest letters and a little air."""
    return line_height(view.fontMetrics()) + PADDING


def fit_rows(view: QTableView, editor: QWidget | None = None) -> None:
    """`view`'s rows as tall as its font needs (a larger system font, an accented capital),
    never a fixed number of pixels; as tall as `editor` too when its cells hold one (a spin
    box typed into in place)."""
    if type(view.itemDelegate()) is QStyledItemDelegate:  # not a view's own delegate
        view.setItemDelegate(RoomyRows(view))  # a shortened cell's text whole in its tooltip
    header = view.verticalHeader()
    header.setMinimumSectionSize(line_height(view.fontMetrics()))
    tall = editor.sizeHint().height() + 2 if editor is not None else 0
    header.setDefaultSectionSize(max(row_height(view), tall))
