"""The lines of the relationship map: reports-to, influences and conflicts, and the
geometry that routes an informal line around the cards it would cross.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsPathItem

from kamdesk.ui.clients.relationship_style import link_pen


class LinkItem(QGraphicsPathItem):
    """A line on the map: kind is reports_to (from report to boss), influences or conflicts."""

    def __init__(self, kind: str, from_id: str, to_id: str, relation_id: str | None = None) -> None:
        super().__init__()
        self.kind, self.from_id, self.to_id, self.relation_id = kind, from_id, to_id, relation_id
        self.setPen(link_pen(kind))
        self.setZValue(0 if kind == "reports_to" else 0.5)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(9)
        return stroker.createStroke(self.path())


def arrow_head(tip: QPointF, direction: QPointF, size: float = 13.0) -> QPolygonF:
    length = math.hypot(direction.x(), direction.y()) or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = QPointF(-uy * size * 0.45, ux * size * 0.45)
    return QPolygonF([tip, base + side, base - side])


def conflict_mark(centre: QPointF, radius: float = 7.0) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(centre, radius, radius)
    d = radius * 0.45
    for sx in (-1, 1):
        path.moveTo(centre.x() - d, centre.y() - sx * d)
        path.lineTo(centre.x() + d, centre.y() + sx * d)
    return path


def bezier_point(p0: QPointF, p1: QPointF, p2: QPointF, t: float) -> QPointF:
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
    return QPointF(a * p0.x() + b * p1.x() + c * p2.x(), a * p0.y() + b * p1.y() + c * p2.y())


def leaves_at(p: tuple[QPointF, QPointF, QPointF], rect: QRectF, *, entering: bool) -> float:
    """The t where the curve leaves `rect` (or, entering, enters it), by bisection."""
    inside, outside = (1.0, 0.0) if entering else (0.0, 1.0)
    for _ in range(30):
        mid = (inside + outside) / 2
        if rect.contains(bezier_point(*p, mid)):
            inside = mid
        else:
            outside = mid
    return outside


def sub_curve(p: tuple[QPointF, QPointF, QPointF], t0: float, t1: float) -> QPainterPath:
    """The piece of a quadratic curve between t0 and t1, itself a quadratic curve."""
    p0, p1, p2 = p
    a, b, c = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    control = QPointF(a * p0.x() + b * p1.x() + c * p2.x(), a * p0.y() + b * p1.y() + c * p2.y())
    path = QPainterPath(bezier_point(*p, t0))
    path.quadTo(control, bezier_point(*p, t1))
    return path
