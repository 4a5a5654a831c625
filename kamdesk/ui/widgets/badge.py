"""A count in a pill at the right end of a list entry (the open conflicts on Sync)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.ui.widgets.style import COUNT_BADGE

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # an int: the count shown, none when 0


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not isinstance(count, int) or count <= 0:
            return
        text = str(count) if count < 100 else "99+"
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = option.rect
        pill = QRectF(rect.right() - width - 10, rect.center().y() - height / 2 + 1, width, height)
        fill, ink = COUNT_BADGE
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(ink))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
