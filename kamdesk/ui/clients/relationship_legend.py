"""The relationship map's legend: what the colours, borders and lines mean."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from kamdesk.domain.completeness import STALE_DAYS
from kamdesk.ui.clients.relationship_links import arrow_head, conflict_mark
from kamdesk.ui.clients.relationship_style import (
    LINE_COLOURS,
    STALE_BORDER,
    STALE_FILL,
    attitude_label,
    link_pen,
    map_font,
    tr_map,
)
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.style import ATTITUDE_COLOURS

Draw = Callable[[QPainter, QRectF], None]


def _swatch(attitude: str) -> Draw:
    def draw(p: QPainter, box: QRectF) -> None:
        p.setPen(QPen(QColor(ATTITUDE_COLOURS[attitude][0]).darker(190), 1))
        p.setBrush(QColor(ATTITUDE_COLOURS[attitude][0]))
        p.drawRoundedRect(box.adjusted(0, 1, 0, -1), 3, 3)

    return draw


def _line(kind: str) -> Draw:
    def draw(p: QPainter, box: QRectF) -> None:
        y = box.center().y()
        end = box.right() - (5 if kind == "influences" else 0)
        p.setPen(link_pen(kind))
        p.drawLine(QPointF(box.left(), y), QPointF(end, y))
        if kind == "influences":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(LINE_COLOURS[kind]))
            p.drawPolygon(arrow_head(QPointF(box.right(), y), QPointF(1, 0), 9))
        elif kind == "conflicts":
            p.setPen(QPen(QColor(LINE_COLOURS[kind]), 1.5))
            p.setBrush(QColor(house.ON_DARK))
            p.drawPath(conflict_mark(box.center(), 6))

    return draw


def _stale(p: QPainter, box: QRectF) -> None:
    pen = QPen(QColor(STALE_BORDER), 1.5)
    pen.setDashPattern([3.0, 2.0])
    p.setPen(pen)
    p.setBrush(QColor(STALE_FILL))
    p.drawRoundedRect(box, 3, 3)


def _borders(p: QPainter, box: QRectF) -> None:
    for i, width in enumerate((4.0, 2.0, 1.0)):
        p.setPen(QPen(QColor(house.MAP_EDGE), width))
        p.setBrush(QColor(house.MAP_CARD_EMPTY))
        p.drawRoundedRect(QRectF(box.left() + 2 + i * 15, box.top() + 1, 10, 12), 2, 2)


def _groups(stale_days: int) -> list[tuple[str, list[tuple[str, Draw, float]]]]:
    """(header, [(label, how to draw its sample, sample width)]) per group of the legend."""
    return [
        (tr_map("Attitude"), [(attitude_label(a), _swatch(a), 24) for a in ATTITUDE_COLOURS]),
        (
            tr_map("Lines"),
            [
                (tr_map("reports to"), _line("reports_to"), 36),
                (tr_map("influences"), _line("influences"), 36),
                (tr_map("in conflict"), _line("conflicts"), 36),
            ],
        ),
        (
            tr_map("Cards"),
            [
                (tr_map("no meeting or call for %n+ day(s)", "", stale_days), _stale, 26),
                (tr_map("border = influence"), _borders, 46),
            ],
        ),
    ]


def paint_legend(painter: QPainter | None, rect: QRectF, stale_days: int) -> float:
    """Draw the legend flowing inside rect (without a painter: only measure); returns its height.

    Shared by the legend under the map and the exported PNG, so both say the same.
    """
    groups = _groups(stale_days)
    header_font, label_font = map_font(11, bold=True), map_font(11)
    header_fm, label_fm = QFontMetrics(header_font), QFontMetrics(label_font)
    row_h, gap = 22.0, 14.0

    def item_width(label: str, sample: float) -> float:
        return sample + 5 + label_fm.horizontalAdvance(label)

    x, y = rect.left(), rect.top()
    for header, items in groups:
        header_w = header_fm.horizontalAdvance(header + ":") + 8
        group_w = header_w + sum(item_width(t, w) + gap for t, _, w in items)
        if x > rect.left() and x + group_w > rect.right():
            x, y = rect.left(), y + row_h  # a group starts a row rather than split over two
        indent = x + header_w
        if painter is not None:
            painter.setFont(header_font)
            painter.setPen(QColor(house.MAP_LEGEND_TEXT))
            painter.drawText(
                QRectF(x, y, header_w, row_h), Qt.AlignmentFlag.AlignVCenter, header + ":"
            )
        x = indent
        for label, draw, sample in items:
            width = item_width(label, sample)
            if x > indent and x + width > rect.right():
                x, y = indent, y + row_h
            if painter is not None:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                draw(painter, QRectF(x, y + 4, sample, row_h - 8))
                painter.restore()
                painter.setFont(label_font)
                painter.setPen(QColor(house.MAP_TEXT))
                painter.drawText(
                    QRectF(x + sample + 5, y, width, row_h), Qt.AlignmentFlag.AlignVCenter, label
                )
            x += width + gap
        x += gap
    return y + row_h - rect.top()


class LegendBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale_days = STALE_DAYS
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(paint_legend(None, QRectF(0, 0, width - 8, 0), self.stale_days)) + 6

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(max(self.width(), 600)))
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(4, 3, self.width() - 8, self.height()), self.stale_days)
        painter.end()
