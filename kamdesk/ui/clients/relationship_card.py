"""A person's card on the relationship map: name, position, role and attitude at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kamdesk.domain.completeness import is_stale
from kamdesk.services.clients.contacts import ContactRecord
from kamdesk.ui.clients.relationship_style import (
    CARD_H,
    INFLUENCE_STYLE,
    STALE_BORDER,
    STALE_FILL,
    STALE_INK,
    attitude_label,
    influence_label,
    map_font,
    role_label,
    tr_map,
)
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.style import ATTITUDE_COLOURS


def _badge(painter: QPainter, right: float, y: float, text: str, fill: str, ink: str) -> float:
    """A pill ending at `right`; returns where the next one may end."""
    font = map_font(10, bold=True)
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
            self.seen_text = tr_map("Never met or called")
        else:
            days = (today - record.last_contact).days
            if self.stale:
                self.seen_text = tr_map("No contact for %n day(s)", "", days)
            elif days <= 0:
                self.seen_text = tr_map("Last contact today")
            elif days == 1:
                self.seen_text = tr_map("Last contact yesterday")
            else:
                self.seen_text = tr_map("Last contact %n day(s) ago", "", days)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        d = self.record.data
        lines = [f"<b>{self.record.name}</b>"]
        lines += [x for x in (d.position, d.department) if x]
        lines.append(
            tr_map("Attitude: {a} · influence: {i}").format(
                a=attitude_label(self.attitude), i=influence_label(self.influence)
            )
        )
        if d.buying_role:
            lines.append(tr_map("Buying role: {role}").format(role=role_label(d.buying_role)))
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
            (self.record.name, map_font(14, bold=True), 11, 19),
            (d.position, map_font(12), 31, 16),
            (
                " · ".join(
                    dict.fromkeys(
                        x for x in (role_label(d.buying_role), attitude_label(self.attitude)) if x
                    )
                ),
                map_font(11, italic=True),
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
        painter.setFont(map_font(11, bold=self.influence == "high"))
        painter.drawText(
            QRectF(x + 18, 66, w - 18, 16),
            Qt.AlignmentFlag.AlignVCenter,
            influence_label(self.influence, long=True),
        )
        painter.setPen(QColor(STALE_INK) if self.stale else QColor(ink))
        painter.setFont(map_font(11, bold=self.stale))
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
            right = _badge(
                painter, right, -9, tr_map("Opinion leader"), *house.OPINION_LEADER_BADGE
            )
        if d.is_vip:
            _badge(painter, right, -9, tr_map("★ VIP"), *house.VIP_BADGE)
