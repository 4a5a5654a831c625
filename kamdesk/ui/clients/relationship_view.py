"""The view of the relationship map: zoom, fit, and dragging one card onto another."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from kamdesk.ui.clients.relationship_card import CardItem
from kamdesk.ui.clients.relationship_style import MIN_SCALE
from kamdesk.ui.widgets import style as house


class MapView(QGraphicsView):
    """Pans on empty space; a drag that starts on a card draws a line to another card."""

    link_dropped = Signal(str, str, QPoint)  # from contact, onto contact, global position
    menu_requested = Signal(str, QPoint)  # contact, global position

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor(house.MAP_BACKGROUND))
        self.zoom = 1.0  # on top of the fit-to-window scale, Ctrl+wheel
        self._source: CardItem | None = None
        self._target: CardItem | None = None
        self._press = QPoint()
        self._rubber: QGraphicsPathItem | None = None

    def card_at(self, pos: QPoint) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        view = self.viewport().size()
        scale = min(1.0, (view.width() - 4) / rect.width(), (view.height() - 4) / rect.height())
        scale = max(MIN_SCALE, scale) * self.zoom
        self.setTransform(QTransform.fromScale(scale, scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.zoom = min(4.0, max(0.25, self.zoom * step))
            self.fit()
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and card is not None:
            self._source, self._press = card, event.position().toPoint()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._source is None:
            super().mouseMoveEvent(event)
            return
        pos = event.position().toPoint()
        if self._rubber is None:
            if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._rubber = QGraphicsPathItem()
            pen = QPen(QColor(house.MAP_SELECTION), 2)
            pen.setDashPattern([4.0, 3.0])
            self._rubber.setPen(pen)
            self._rubber.setZValue(10)
            self.scene().addItem(self._rubber)
        target = self.card_at(pos)
        target = None if target is self._source else target
        if target is not self._target:
            if self._target is not None:
                self._target.set_highlighted(False)
            if target is not None:
                target.set_highlighted(True)
            self._target = target
        start = self._source.scene_rect().center()
        path = QPainterPath(start)
        path.lineTo(self.mapToScene(pos))
        self._rubber.setPath(path)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._source is None:
            super().mouseReleaseEvent(event)
            return
        source, target = self._source, self.card_at(event.position().toPoint())
        self._end_drag()
        event.accept()
        if target is not None and target is not source:
            # emitted last: the change may rebuild the scene and delete both cards
            self.link_dropped.emit(
                source.contact_id, target.contact_id, self.mapToGlobal(event.position().toPoint())
            )

    def _end_drag(self) -> None:
        if self._rubber is not None:
            self.scene().removeItem(self._rubber)
            self._rubber = None
        if self._target is not None:
            self._target.set_highlighted(False)
        self._source = self._target = None

    def reset(self) -> None:
        """Forget a drag in progress; called before the scene is cleared."""
        self._rubber = None
        self._source = self._target = None

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        card = self.card_at(event.pos())
        if card is None:
            super().contextMenuEvent(event)
            return
        event.accept()
        self.menu_requested.emit(card.contact_id, event.globalPos())
