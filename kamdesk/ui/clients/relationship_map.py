"""A client's relationship map: the org chart from reports-to, plus who influences or fights whom.

Cards are coloured by attitude, their border grows with influence, and people nobody has met
for too long are marked. The KAM edits the lines on the map itself (drag one card onto another,
or a card's context menu); every change goes through run_op and the services.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.client import RELATION_KINDS
from kamdesk.domain.completeness import STALE_DAYS, is_stale
from kamdesk.domain.orgchart import layout
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.services.clients.contacts import (
    ContactRecord,
    RelationRecord,
    add_relation,
    list_contacts,
    list_relations,
    remove_relation,
    set_reports_to,
)
from kamdesk.services.clients.dossier import client_name
from kamdesk.ui.operations import ChangeHub, run_op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database

LINK_KINDS = ("reports_to", *RELATION_KINDS)  # what a drag from one card onto another can mean
# attitude -> (card fill, text colour); the dark fills carry white text
ATTITUDE_COLOURS = {
    "champion": ("#2e7d32", "#ffffff"),
    "supporter": ("#b9e3b5", "#14301a"),
    "neutral": ("#e3e5e8", "#22262a"),
    "sceptic": ("#ffb65c", "#2e1a00"),
    "opponent": ("#c62828", "#ffffff"),
}
INFLUENCE_STYLE = {
    "high": (196.0, 4.0),
    "medium": (182.0, 2.0),
    "low": (170.0, 1.0),
}  # width, border
LINE_COLOURS = {"reports_to": "#546e7a", "influences": "#1565c0", "conflicts": "#d32f2f"}
STALE_FILL, STALE_INK, STALE_BORDER = "#fff1c2", "#6d4700", "#5d4037"
CARD_H = 112.0
COLUMN_STEP = 218.0
LEVEL_STEP = CARD_H + 76.0
MIN_SCALE = 0.35


def _t(text: str) -> str:
    return QCoreApplication.translate("RelationshipMap", text)


def _font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def link_pen(kind: str) -> QPen:
    pen = QPen(QColor(LINE_COLOURS[kind]), 1.8)
    if kind == "influences":
        pen.setWidthF(2.0)
        pen.setDashPattern([5.0, 3.0])
    elif kind == "conflicts":
        pen.setWidthF(2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.01, 2.2])
    return pen


def _arrow_head(tip: QPointF, direction: QPointF, size: float = 13.0) -> QPolygonF:
    length = math.hypot(direction.x(), direction.y()) or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = QPointF(-uy * size * 0.45, ux * size * 0.45)
    return QPolygonF([tip, base + side, base - side])


def _conflict_mark(centre: QPointF, radius: float = 7.0) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(centre, radius, radius)
    d = radius * 0.45
    for sx in (-1, 1):
        path.moveTo(centre.x() - d, centre.y() - sx * d)
        path.lineTo(centre.x() + d, centre.y() + sx * d)
    return path


def _badge(painter: QPainter, right: float, y: float, text: str, fill: str, ink: str) -> float:
    """A pill ending at `right`; returns where the next one may end."""
    font = _font(10, bold=True)
    width = QFontMetrics(font).horizontalAdvance(text) + 12
    rect = QRectF(right - width, y, width, 17)
    painter.setPen(QPen(QColor(ink), 0.8))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(rect, 8.5, 8.5)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return rect.left() - 4


class CardItem(QGraphicsItem):
    """One contact: origin at the top centre of the card."""

    def __init__(self, record: ContactRecord, *, today: date, stale_days: int) -> None:
        super().__init__()
        data = record.data
        self.contact_id = record.id
        self.record = record
        self.attitude = data.attitude if data.attitude in ATTITUDE_COLOURS else "neutral"
        self.influence = data.influence if data.influence in INFLUENCE_STYLE else "medium"
        self.width, self.border = INFLUENCE_STYLE[self.influence]
        self.stale = is_stale(record.last_contact, today, stale_days)
        self.highlighted = False  # a drag is hovering over this card
        if record.last_contact is None:
            self.seen_text = _t("Never met or called")
        else:
            days = (today - record.last_contact).days
            if self.stale:
                self.seen_text = _t("No contact for {days} days").format(days=days)
            elif days <= 0:
                self.seen_text = _t("Last contact today")
            elif days == 1:
                self.seen_text = _t("Last contact yesterday")
            else:
                self.seen_text = _t("Last contact {days} days ago").format(days=days)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        d = self.record.data
        lines = [f"<b>{self.record.name}</b>"]
        lines += [x for x in (d.position, d.department) if x]
        lines.append(
            _t("Attitude: {a} · influence: {i}").format(
                a=attitude_label(self.attitude), i=influence_label(self.influence)
            )
        )
        if d.buying_role:
            lines.append(_t("Buying role: {role}").format(role=role_label(d.buying_role)))
        lines += [x for x in (d.phone, d.mobile, d.email) if x]
        lines.append(self.seen_text)
        return "<br>".join(lines)

    def rect(self) -> QRectF:
        return QRectF(-self.width / 2, 0, self.width, CARD_H)

    def scene_rect(self) -> QRectF:
        return self.mapRectToScene(self.rect())

    def boundingRect(self) -> QRectF:
        m = self.border + 4
        return self.rect().adjusted(-m, -10, m, m)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, ink = ATTITUDE_COLOURS[self.attitude]
        r = self.rect()
        shape = QPainterPath()
        shape.addRoundedRect(r, 7, 7)
        if self.highlighted:
            painter.setPen(QPen(QColor(21, 101, 192, 110), self.border + 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shape)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawPath(shape)
        # the bottom strip: when we last met them, loud when that was too long ago
        strip = QRectF(r.left(), r.bottom() - 24, r.width(), 24)
        painter.save()
        painter.setClipPath(shape)
        painter.fillRect(strip, QColor(STALE_FILL) if self.stale else QColor(0, 0, 0, 22))
        painter.restore()
        x, w = r.left() + 10, r.width() - 20
        d = self.record.data
        rows: list[tuple[str, QFont, float, float]] = [
            (self.record.name, _font(14, bold=True), 11, 19),
            (d.position, _font(12), 31, 16),
            (
                " · ".join(
                    dict.fromkeys(
                        x for x in (role_label(d.buying_role), attitude_label(self.attitude)) if x
                    )
                ),
                _font(11, italic=True),
                48,
                16,
            ),
        ]
        painter.setPen(QColor(ink))
        name_font = rows[0][1]
        while name_font.pixelSize() > 11 and QFontMetrics(name_font).horizontalAdvance(
            self.record.name
        ) > int(w):
            name_font.setPixelSize(name_font.pixelSize() - 1)  # a smaller name beats a cut one
        for text, font, top, height in rows:
            painter.setFont(font)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(w))
            painter.drawText(QRectF(x, top, w, height), Qt.AlignmentFlag.AlignVCenter, elided)
        # influence: three bars like a signal meter, plus the word
        level = {"high": 3, "medium": 2, "low": 1}[self.influence]
        for i in range(3):
            h = 5 + 3 * i
            bar = QRectF(x + i * 5, 79 - h, 3.5, h)
            painter.fillRect(bar, QColor(ink) if i < level else QColor(127, 127, 127, 90))
        painter.setFont(_font(11, bold=self.influence == "high"))
        painter.drawText(
            QRectF(x + 18, 66, w - 18, 16),
            Qt.AlignmentFlag.AlignVCenter,
            influence_label(self.influence, long=True),
        )
        painter.setPen(QColor(STALE_INK) if self.stale else QColor(ink))
        painter.setFont(_font(11, bold=self.stale))
        text = ("⚠ " if self.stale else "") + self.seen_text
        elided = QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, int(w))
        painter.drawText(QRectF(x, strip.top(), w, 24), Qt.AlignmentFlag.AlignVCenter, elided)
        # the border last, over the strip; dashed for people we are losing touch with
        pen = QPen(QColor(fill).darker(190), self.border)
        if self.stale:
            pen.setColor(QColor(STALE_BORDER))
            pen.setDashPattern([4.0, 2.5] if self.border > 1.5 else [5.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape)
        right = r.right() - 8
        if d.is_opinion_leader:
            right = _badge(painter, right, -9, _t("Opinion leader"), "#5e35b1", "#ffffff")
        if d.is_vip:
            _badge(painter, right, -9, _t("★ VIP"), "#ffd54f", "#3e2723")


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


def _bezier(p0: QPointF, p1: QPointF, p2: QPointF, t: float) -> QPointF:
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
    return QPointF(a * p0.x() + b * p1.x() + c * p2.x(), a * p0.y() + b * p1.y() + c * p2.y())


def _leaves_at(p: tuple[QPointF, QPointF, QPointF], rect: QRectF, *, entering: bool) -> float:
    """The t where the curve leaves `rect` (or, entering, enters it), by bisection."""
    inside, outside = (1.0, 0.0) if entering else (0.0, 1.0)
    for _ in range(30):
        mid = (inside + outside) / 2
        if rect.contains(_bezier(*p, mid)):
            inside = mid
        else:
            outside = mid
    return outside


def attitude_label(attitude: str) -> str:
    return {
        "champion": _t("Champion"),
        "supporter": _t("Supporter"),
        "neutral": _t("Neutral"),
        "sceptic": _t("Sceptic"),
        "opponent": _t("Opponent"),
    }.get(attitude, attitude)


def influence_label(influence: str, *, long: bool = False) -> str:
    if long:
        return {
            "high": _t("High influence"),
            "medium": _t("Medium influence"),
            "low": _t("Low influence"),
        }.get(influence, influence)
    return {"high": _t("high"), "medium": _t("medium"), "low": _t("low")}.get(influence, influence)


def role_label(role: str) -> str:
    return {
        "decision maker": _t("Decision maker"),
        "approver": _t("Approver"),
        "evaluator": _t("Evaluator"),
        "user": _t("User"),
        "gatekeeper": _t("Gatekeeper"),
        "champion": _t("Champion"),
    }.get(role, role)


def paint_legend(painter: QPainter | None, rect: QRectF, stale_days: int) -> float:
    """Draw the legend flowing inside rect (without a painter: only measure); returns its height.

    Shared by the legend under the map and the exported PNG, so both say the same.
    """
    Draw = Callable[[QPainter, QRectF], None]

    def swatch(attitude: str) -> Draw:
        def draw(p: QPainter, box: QRectF) -> None:
            p.setPen(QPen(QColor(ATTITUDE_COLOURS[attitude][0]).darker(190), 1))
            p.setBrush(QColor(ATTITUDE_COLOURS[attitude][0]))
            p.drawRoundedRect(box.adjusted(0, 1, 0, -1), 3, 3)

        return draw

    def line(kind: str) -> Draw:
        def draw(p: QPainter, box: QRectF) -> None:
            y = box.center().y()
            end = box.right() - (5 if kind == "influences" else 0)
            p.setPen(link_pen(kind))
            p.drawLine(QPointF(box.left(), y), QPointF(end, y))
            if kind == "influences":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(LINE_COLOURS[kind]))
                p.drawPolygon(_arrow_head(QPointF(box.right(), y), QPointF(1, 0), 9))
            elif kind == "conflicts":
                p.setPen(QPen(QColor(LINE_COLOURS[kind]), 1.5))
                p.setBrush(QColor("#ffffff"))
                p.drawPath(_conflict_mark(box.center(), 6))

        return draw

    def stale(p: QPainter, box: QRectF) -> None:
        pen = QPen(QColor(STALE_BORDER), 1.5)
        pen.setDashPattern([3.0, 2.0])
        p.setPen(pen)
        p.setBrush(QColor(STALE_FILL))
        p.drawRoundedRect(box, 3, 3)

    def borders(p: QPainter, box: QRectF) -> None:
        for i, width in enumerate((4.0, 2.0, 1.0)):
            p.setPen(QPen(QColor("#455a64"), width))
            p.setBrush(QColor("#e3e5e8"))
            p.drawRoundedRect(QRectF(box.left() + 2 + i * 15, box.top() + 1, 10, 12), 2, 2)

    groups: list[tuple[str, list[tuple[str, Draw, float]]]] = [
        (_t("Attitude"), [(attitude_label(a), swatch(a), 24) for a in ATTITUDE_COLOURS]),
        (
            _t("Lines"),
            [
                (_t("reports to"), line("reports_to"), 36),
                (_t("influences"), line("influences"), 36),
                (_t("in conflict"), line("conflicts"), 36),
            ],
        ),
        (
            _t("Cards"),
            [
                (_t("no meeting or call for {n}+ days").format(n=stale_days), stale, 26),
                (_t("border = influence"), borders, 46),
            ],
        ),
    ]
    header_font, label_font = _font(11, bold=True), _font(11)
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
            painter.setPen(QColor("#37474f"))
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
                painter.setPen(QColor("#263238"))
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


class MapView(QGraphicsView):
    """Pans on empty space; a drag that starts on a card draws a line to another card."""

    link_dropped = Signal(str, str, QPoint)  # from contact, onto contact, global position
    menu_requested = Signal(str, QPoint)  # contact, global position

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor("#f7f8fa"))
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
            pen = QPen(QColor("#1565c0"), 2)
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


class RelationshipMap(QWidget):
    """The relationship map of one client; editable, exportable as PNG."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id: str | None = None
        self.client_title = ""
        self.today = date.today()
        self.stale_days = STALE_DAYS
        self.contacts: list[ContactRecord] = []
        self.relations: list[RelationRecord] = []
        self.cards: dict[str, CardItem] = {}
        self.lines: list[LinkItem] = []
        self.empty_text: QGraphicsSimpleTextItem | None = None
        # What a drop of one card onto another means: returns a LINK_KINDS entry or None.
        # Tests replace it so that no menu has to be answered.
        self.choose_link: Callable[[str, str, QPoint], str | None] = self.ask_link_kind
        # How a menu pops up (modal); tests replace it to look at the menu instead.
        self.popup: Callable[[QMenu, QPoint], QAction | None] = QMenu.exec

        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene, self)
        self.view.setObjectName("relationshipView")
        self.view.link_dropped.connect(self._on_dropped)
        self.view.menu_requested.connect(self.show_card_menu)
        self.hint = QLabel(
            self.tr(
                "Drag one person onto another to link them; right-click a card for more. "
                "Ctrl+wheel zooms."
            )
        )
        self.hint.setStyleSheet("color: #5f6b73")
        self.hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setObjectName("exportMap")
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setEnabled(False)
        self.legend = LegendBar(self)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 4)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        hub.changed.connect(self._on_changed)

    # --- reading ------------------------------------------------------------------------------

    def set_client(self, client_id: str, today: date, stale_days: int = STALE_DAYS) -> None:
        self.client_id, self.today, self.stale_days = client_id, today, stale_days
        self.legend.stale_days = stale_days
        self.legend.update()
        self.view.zoom = 1.0
        self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        try:
            with self.db.reading() as session:
                self.client_title = client_name(session, self.client_id)
                self.contacts = list_contacts(session, self.client_id)
                self.relations = list_relations(session, self.client_id)
        except UserError:  # the client was deleted meanwhile
            self.client_title, self.contacts, self.relations = "", [], []
        self._rebuild()

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id is not None and changes & {Change.CONTACTS, Change.CLIENTS}:
            self.refresh()

    # --- drawing ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.view.reset()
        self.scene.clear()
        self.cards, self.lines, self.empty_text = {}, [], None
        self.export_button.setEnabled(bool(self.contacts))
        self.legend.setVisible(bool(self.contacts))
        self.hint.setVisible(bool(self.contacts))
        if not self.contacts:
            self.empty_text = self.scene.addSimpleText(
                self.tr("No contacts yet: add people on the Contacts page."), _font(15)
            )
            self.empty_text.setBrush(QColor("#5f6b73"))
            self._fit()
            return
        ids = {c.id for c in self.contacts}
        has_reports = {c.data.reports_to_id for c in self.contacts}
        # People outside any hierarchy would each take a column of their own: they stand in a
        # compact block right of the trees instead, under a caption that invites placing them.
        loners = [
            c for c in self.contacts if c.data.reports_to_id not in ids and c.id not in has_reports
        ]
        tree = [c for c in self.contacts if c not in loners]
        positions = layout([(c.id, c.data.reports_to_id) for c in tree])
        columns = max((col for col, _ in positions.values()), default=-1.0) + 1
        levels = max((lvl for _, lvl in positions.values()), default=-1) + 1
        if loners:
            rows = levels if levels >= 2 else max(1, round(math.sqrt(len(loners) / 2)))
            start = columns + 0.15 if tree else 0.0
            across = math.ceil(len(loners) / rows)
            for i, record in enumerate(loners):
                # beside a tree: down the block's columns; on their own: read like text
                col, row = (i // rows, i % rows) if tree else (i % across, i // across)
                positions[record.id] = (start + col, row)
            if tree:
                caption = self.scene.addSimpleText(
                    self.tr("Not placed in the hierarchy"), _font(12, italic=True)
                )
                caption.setBrush(QColor("#5f6b73"))
                caption.setPos(start * COLUMN_STEP - INFLUENCE_STYLE["high"][0] / 2, -34)
        for record in tree + loners:
            card = CardItem(record, today=self.today, stale_days=self.stale_days)
            column, level = positions[record.id]
            card.setPos(column * COLUMN_STEP, level * LEVEL_STEP)
            self.scene.addItem(card)
            self.cards[record.id] = card
        for record in tree:
            boss = record.data.reports_to_id
            if boss in self.cards and positions[record.id][1] == positions[boss][1] + 1:
                self._add_formal(record.id, boss)
        used: dict[frozenset[str], list[float]] = {}
        for rel in self.relations:
            if rel.from_contact_id in self.cards and rel.to_contact_id in self.cards:
                pair = frozenset((rel.from_contact_id, rel.to_contact_id))
                used.setdefault(pair, []).append(self._add_informal(rel, used.get(pair, [])))
        self._fit()

    def _add_formal(self, contact_id: str, boss_id: str) -> None:
        top, bottom = self.cards[boss_id].scene_rect(), self.cards[contact_id].scene_rect()
        mid = top.bottom() + (bottom.top() - top.bottom()) / 2
        path = QPainterPath(QPointF(top.center().x(), top.bottom()))
        path.lineTo(top.center().x(), mid)
        path.lineTo(bottom.center().x(), mid)
        path.lineTo(bottom.center().x(), bottom.top())
        item = LinkItem("reports_to", contact_id, boss_id)
        item.setPath(path)
        item.setToolTip(
            self.tr("{a} reports to {b}").format(a=self._name(contact_id), b=self._name(boss_id))
        )
        self.scene.addItem(item)
        self.lines.append(item)

    def _add_informal(self, rel: RelationRecord, taken: list[float]) -> float:
        """Draw a curved line; returns its bend so that the pair's next line bends elsewhere."""
        a_rect = self.cards[rel.from_contact_id].scene_rect()
        b_rect = self.cards[rel.to_contact_id].scene_rect()
        a, b = a_rect.center(), b_rect.center()
        # the normal of the pair, the same for both directions: up, or right when vertical
        lo, hi = sorted((rel.from_contact_id, rel.to_contact_id))
        d = self.cards[hi].scene_rect().center() - self.cards[lo].scene_rect().center()
        length = math.hypot(d.x(), d.y()) or 1.0
        normal = QPointF(-d.y() / length, d.x() / length)
        if normal.y() > 1e-6 or (abs(normal.y()) <= 1e-6 and normal.x() < 0):
            normal = -normal
        base = min(0.2 * length, 70.0) + 14.0
        others = [
            card.scene_rect().adjusted(-6, -6, 6, 6)
            for cid, card in self.cards.items()
            if cid not in (rel.from_contact_id, rel.to_contact_id)
        ]
        mid = (a + b) / 2

        def curve_for(bend: float) -> tuple[QPointF, QPointF, QPointF]:
            return (a, QPointF(mid.x() + normal.x() * bend, mid.y() + normal.y() * bend), b)

        def cost(bend: float) -> float:
            # lines run behind the cards: prefer a bend that crosses no other card
            curve = curve_for(bend)
            hidden = sum(
                1 for i in range(1, 40) if any(r.contains(_bezier(*curve, i / 40)) for r in others)
            )
            clash = sum(100 for t in taken if abs(t - bend) < base * 0.6)
            return hidden + clash + abs(bend) / base * 0.5

        bend = min((base * f for f in (1, -1, 2, -2, 3.2, -3.2, 4.5, -4.5)), key=cost)
        curve = curve_for(bend)
        arrow = rel.kind == "influences"
        t0 = _leaves_at(curve, a_rect.adjusted(-2, -2, 2, 2), entering=False)
        t_tip = _leaves_at(curve, b_rect.adjusted(-2, -2, 2, 2), entering=True)
        t1 = _leaves_at(curve, b_rect.adjusted(-9, -9, 9, 9), entering=True) if arrow else t_tip
        item = LinkItem(rel.kind, rel.from_contact_id, rel.to_contact_id, rel.id)
        item.setPath(_sub_curve(curve, t0, t1))
        if arrow:
            tip = _bezier(*curve, t_tip)
            head = QGraphicsPolygonItem(
                _arrow_head(tip, tip - _bezier(*curve, max(t0, t_tip - 0.02))), item
            )
            head.setBrush(QBrush(QColor(LINE_COLOURS["influences"])))
            head.setPen(Qt.PenStyle.NoPen)
            text = self.tr("{a} influences {b}")
        else:
            mark = QGraphicsPathItem(_conflict_mark(_bezier(*curve, (t0 + t1) / 2)), item)
            mark.setPen(QPen(QColor(LINE_COLOURS["conflicts"]), 1.6))
            mark.setBrush(QColor("#ffffff"))
            text = self.tr("{a} and {b} are in conflict")
        tip_text = text.format(a=self._name(rel.from_contact_id), b=self._name(rel.to_contact_id))
        item.setToolTip(tip_text + (f"<br><i>{rel.note}</i>" if rel.note else ""))
        self.scene.addItem(item)
        self.lines.append(item)
        return bend

    def _fit(self) -> None:
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-24, -24, 24, 24))
        self.view.fit()

    def _name(self, contact_id: str) -> str:
        for c in self.contacts:
            if c.id == contact_id:
                return c.name
        return "?"

    def _label(self, record: ContactRecord) -> str:
        """The name, with the position when two people share it."""
        same = sum(1 for c in self.contacts if c.name == record.name)
        if same > 1 and record.data.position:
            return f"{record.name} ({record.data.position})"
        return record.name

    # --- editing ------------------------------------------------------------------------------

    def set_boss(self, contact_id: str, boss_id: str | None) -> bool:
        """contact reports to boss (None: to nobody); False when refused or failed."""

        def change(session: Session) -> bool:
            set_reports_to(session, contact_id, boss_id)
            return True

        return bool(run_op(self, self.db, self.hub, change))

    def make_relation(self, from_id: str, to_id: str, kind: str) -> bool:
        """A line from one person to another: reports_to, influences or conflicts."""
        if kind == "reports_to":
            return self.set_boss(from_id, to_id)
        if kind not in RELATION_KINDS:
            raise ValueError(f"unknown kind of relation: {kind}")

        def change(session: Session) -> str:
            return add_relation(session, from_id, to_id, kind)

        return run_op(self, self.db, self.hub, change) is not None

    def remove_link(self, relation_id: str) -> bool:
        def change(session: Session) -> bool:
            remove_relation(session, relation_id)
            return True

        return bool(run_op(self, self.db, self.hub, change))

    def ask_link_kind(self, from_id: str, to_id: str, where: QPoint) -> str | None:
        menu = self.build_drop_menu(from_id, to_id)
        chosen = self.popup(menu, where)
        menu.deleteLater()
        return str(chosen.data()) if chosen is not None else None

    def build_drop_menu(self, from_id: str, to_id: str) -> QMenu:
        a, b = self._name(from_id), self._name(to_id)
        menu = QMenu(self)
        for kind, text in (
            ("reports_to", self.tr("{a} reports to {b}")),
            ("influences", self.tr("{a} influences {b}")),
            ("conflicts", self.tr("{a} and {b} are in conflict")),
        ):
            menu.addAction(text.format(a=a, b=b)).setData(kind)
        return menu

    def _on_dropped(self, from_id: str, to_id: str, where: QPoint) -> None:
        kind = self.choose_link(from_id, to_id, where)
        if kind is not None:
            self.make_relation(from_id, to_id, kind)

    def show_card_menu(self, contact_id: str, where: QPoint) -> None:
        menu = self.build_card_menu(contact_id)
        self.popup(menu, where)
        menu.deleteLater()

    def build_card_menu(self, contact_id: str) -> QMenu:
        """Reports to ▸, Influences ▸, In conflict with ▸, Remove relation ▸ for one card."""
        me = next(c for c in self.contacts if c.id == contact_id)
        others = [c for c in self.contacts if c.id != contact_id]
        menu = QMenu(self)
        bosses = menu.addMenu(self.tr("Reports to"))
        nobody = bosses.addAction(self.tr("(nobody)"))
        nobody.setCheckable(True)
        nobody.setChecked(me.data.reports_to_id is None)
        nobody.triggered.connect(lambda _=False: self.set_boss(contact_id, None))
        bosses.addSeparator()
        for other in others:
            act = bosses.addAction(self._label(other))
            act.setCheckable(True)
            act.setChecked(me.data.reports_to_id == other.id)
            act.setData(("reports_to", other.id))
            act.triggered.connect(lambda _=False, o=other.id: self.set_boss(contact_id, o))
        mine = [r for r in self.relations if contact_id in (r.from_contact_id, r.to_contact_id)]
        for kind, title in (
            ("influences", self.tr("Influences")),
            ("conflicts", self.tr("In conflict with")),
        ):
            sub = menu.addMenu(title)
            for other in others:
                act = sub.addAction(self._label(other))
                act.setData((kind, other.id))
                exists = any(
                    r.kind == kind
                    and (
                        (r.from_contact_id, r.to_contact_id) == (contact_id, other.id)
                        or (kind == "conflicts" and r.from_contact_id == other.id)
                    )
                    for r in mine
                )
                act.setCheckable(True)
                act.setChecked(exists)
                act.setEnabled(not exists)  # remove it through "Remove relation"
                act.triggered.connect(
                    lambda _=False, o=other.id, k=kind: self.make_relation(contact_id, o, k)
                )
        menu.addSeparator()
        remove = menu.addMenu(self.tr("Remove relation"))
        for rel in mine:
            if rel.kind == "conflicts":
                other_id = (
                    rel.to_contact_id if rel.from_contact_id == contact_id else rel.from_contact_id
                )
                text = self.tr("In conflict with {b}").format(b=self._name(other_id))
            elif rel.from_contact_id == contact_id:
                text = self.tr("Influences {b}").format(b=self._name(rel.to_contact_id))
            else:
                text = self.tr("Influenced by {b}").format(b=self._name(rel.from_contact_id))
            act = remove.addAction(text)
            act.setData(("remove", rel.id))
            act.triggered.connect(lambda _=False, r=rel.id: self.remove_link(r))
        remove.setEnabled(bool(mine))
        return menu

    # --- export -------------------------------------------------------------------------------

    def export_png(self, path: Path) -> bool:
        """The map with a title and the legend, at twice screen resolution for print."""
        if self.client_id is None:
            return False
        source = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        width = max(source.width(), 820.0)
        title_h = 46.0
        legend_h = paint_legend(None, QRectF(0, 0, width - 40, 0), self.stale_days) + 24
        scale = 2.0
        image = QImage(
            math.ceil(width * scale),
            math.ceil((title_h + source.height() + legend_h) * scale),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.scale(scale, scale)
        painter.setFont(_font(17, bold=True))
        painter.setPen(QColor("#263238"))
        day = QLocale().toString(
            QDate(self.today.year, self.today.month, self.today.day), QLocale.FormatType.LongFormat
        )
        painter.drawText(
            QRectF(20, 8, width - 40, title_h - 8),
            Qt.AlignmentFlag.AlignVCenter,
            self.tr("Relationship map · {client} · {day}").format(
                client=self.client_title, day=day
            ),
        )
        target = QRectF((width - source.width()) / 2, title_h, source.width(), source.height())
        self.scene.render(painter, target, source)
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        legend_top = title_h + source.height() + 8
        painter.drawLine(QPointF(20, legend_top), QPointF(width - 20, legend_top))
        paint_legend(painter, QRectF(20, legend_top + 6, width - 40, legend_h), self.stale_days)
        painter.end()
        # PNG whatever the file is called; the stubs want bytes, the runtime wants str
        return bool(image.save(str(path), "PNG"))  # type: ignore[call-overload]

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export relationship map"),
            self.tr("Relationship map - {client}.png").format(client=self.client_title),
            self.tr("PNG images (*.png)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".png") else name + ".png")
        if not self.export_png(path):
            QMessageBox.warning(
                self, self.tr("Not exported"), self.tr("Could not write {path}.").format(path=path)
            )


def _sub_curve(p: tuple[QPointF, QPointF, QPointF], t0: float, t1: float) -> QPainterPath:
    """The piece of a quadratic curve between t0 and t1, itself a quadratic curve."""
    p0, p1, p2 = p
    a, b, c = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    control = QPointF(a * p0.x() + b * p1.x() + c * p2.x(), a * p0.y() + b * p1.y() + c * p2.y())
    path = QPainterPath(_bezier(*p, t0))
    path.quadTo(control, _bezier(*p, t1))
    return path
