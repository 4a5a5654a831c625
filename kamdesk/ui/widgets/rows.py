"""List rows tall enough for the letters the users' languages write: in some fonts (DejaVu Sans,
the Linux default) a capital with an accent (Ő, Ü, É, Ё, Й) rises above the font's ascent, and a
list row only as tall as the line cuts its top off ("Ügyvezető" read as "Ugyvezető")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

TALL = "ÁÉÍÓÖŐÚÜŰÀÈÌÒÙƏĞŞÇİЁЙ"  # the tallest capitals of hu, it, az and ru


def line_height(metrics: QFontMetrics) -> int:
    """A line's height with room above for the accents over capitals (as much below, so the
    text, centred, stays where it was)."""
    over = max(0, -metrics.boundingRect(TALL).top() - metrics.ascent())
    return metrics.height() + 2 * over


class RoomyRows(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), line_height(option.fontMetrics)))


def roomy_rows(view: QAbstractItemView) -> None:
    """Rows of `view` as tall as its accented capitals need."""
    view.setItemDelegate(RoomyRows(view))
