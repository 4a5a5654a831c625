"""How one block of the week looks: its kind and state in colour, the readiness badge, the
travel strip before it, the conflict outline, and as much text as fits (time, client,
subject, attendees)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from kamdesk.ui.schedule.week_layout import (
    CALL_SIGN,
    RED,
    STYLES,
    TEXT_MUTED,
    Placed,
    readiness_colour,
)
from kamdesk.ui.widgets.style import ON_DARK, TEXT

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SELECTED = QColor(TEXT)


def style_of(p: Placed) -> tuple[QColor, QColor, QColor]:
    """(fill, accent, text) of a block."""
    status = p.item.status
    if status in ("done", "cancelled"):
        return STYLES[status]
    return STYLES["call" if p.item.kind == "call" else "meeting"]


def in_conflict(p: Placed) -> bool:
    """Only what is still to come can clash: a conflict among held meetings is history."""
    return bool(p.item.conflicts) and p.item.status == "planned"


class BlockPainter:
    def __init__(self, font: QFont, tr: Callable[[str], str]) -> None:
        self.tr = tr
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() - 0.5))
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self.tiny = QFont(font)
        self.tiny.setPointSizeF(max(6.5, font.pointSizeF() - 1.5))
        self.tiny.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)

    def leave_text(self, p: Placed, width: float, fm: QFontMetrics) -> str:
        when = f"{p.item.leave_by:%H:%M}"
        text = self.tr("leave by {time}").format(time=when)
        return text if fm.horizontalAdvance(text) <= width else when

    # --- the whole block ------------------------------------------------------------------------
    def paint(self, painter: QPainter, p: Placed, *, selected: bool, faded: bool) -> None:
        fill, accent, ink = style_of(p)
        item = p.item
        painter.save()
        if faded:
            painter.setOpacity(0.35)
        if not p.travel.isEmpty():
            self._travel(painter, p, accent, ink)
        box = p.block
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        if item.status == "cancelled":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        else:
            painter.fillRect(
                QRectF(box.left(), box.top(), min(4.0, box.width() / 2), box.height()), accent
            )
        conflict = in_conflict(p)
        if conflict or selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED if selected else RED, 2))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 3, 3)
            if selected and conflict:
                painter.setPen(QPen(RED, 1))
                painter.drawRoundedRect(box.adjusted(2.5, 2.5, -2.5, -2.5), 2, 2)
        self._text(painter, p, ink, conflict)
        painter.restore()

    def _travel(self, painter: QPainter, p: Placed, accent: QColor, ink: QColor) -> None:
        strip = p.travel
        pale = QColor(accent)
        pale.setAlpha(28)
        # a strip is square: antialiased, its fills cost a crowded week's paint three times over
        smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(strip, pale)
        hatch = QColor(accent)
        hatch.setAlpha(70)
        painter.fillRect(strip, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(hatch, 1, Qt.PenStyle.DotLine))
        painter.drawLine(strip.topLeft(), strip.topRight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        if strip.height() < 12 or strip.width() < 34:
            return
        painter.setFont(self.tiny)
        fm = painter.fontMetrics()
        text = self.leave_text(p, strip.width() - 12, fm)
        label = QRectF(
            strip.left() + 3, strip.top() + 1, fm.horizontalAdvance(text) + 6, fm.height()
        )
        painter.fillRect(label, QColor(255, 255, 255, 220))
        painter.setPen(ink)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), text)

    # --- the text inside ------------------------------------------------------------------------
    def _badges(self, painter: QPainter, p: Placed, conflict: bool, keep: float) -> float:
        """Readiness and the conflict mark at the top right, as long as `keep` pixels of text
        stay free at the left; where the text must stop."""
        item, box = p.item, p.block
        badges: list[tuple[str, QColor]] = []
        if item.readiness is not None and item.status == "planned":
            badges.append((str(item.readiness.score), readiness_colour(item.readiness)))
        if conflict:
            badges.append(("!", RED))
        right = box.right() - 3
        painter.setFont(self.tiny)
        fm = painter.fontMetrics()
        h = fm.height() + 1
        for text, colour in reversed(badges):
            w = max(h, fm.horizontalAdvance(text) + 8)
            if right - w < box.left() + keep:  # too narrow: the outline and the tooltip say it
                break
            rect = QRectF(right - w, box.top() + 2, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, h / 2, h / 2)
            painter.setPen(QColor(ON_DARK))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
            right -= w + 3
        return right

    def _text(self, painter: QPainter, p: Placed, ink: QColor, conflict: bool) -> None:
        item, box = p.item, p.block
        if box.width() < 22:
            return
        left = box.left() + (7 if box.width() >= 60 else 5)
        head_font = self.bold
        painter.setFont(self.small)
        small = painter.fontMetrics()
        mark = "✓ " if item.status == "done" else (f"{CALL_SIGN} " if item.kind == "call" else "")
        shown = item.start
        if p.continued:  # begun the day before: until when it runs on this day
            shown = item.start + timedelta(minutes=item.duration_min)
        clock = f"{mark}{'…–' if p.continued else ''}{shown:%H:%M}"
        room = box.right() - 2 - left
        if mark and self.bold_metrics.horizontalAdvance(clock) > room:
            clock = f"{shown:%H:%M}"  # the time matters more than the mark
        if self.bold_metrics.horizontalAdvance(clock) > room:
            head_font = self.small  # a narrow lane: the time in plain type still fits
        painter.setFont(head_font)
        bold = painter.fontMetrics()
        # the time first: badges only where they leave it whole
        keep = left - box.left() + bold.horizontalAdvance(clock) + 2
        right = self._badges(painter, p, conflict, keep=keep)
        first_w = int(right - left)
        full_w = int(box.right() - 2 - left)
        lines = max(1, int((box.height() - 3) // small.height()))
        strike = item.status == "cancelled"
        y = box.top() + 2
        painter.setPen(ink)
        # the client beside the time when there is room for a name, under it otherwise
        beside = first_w - bold.horizontalAdvance(clock + " ") >= bold.averageCharWidth() * 7
        if lines == 1 or beside:
            rest = item.client_name
            if lines == 1 and item.subject:
                rest += f" · {item.subject}"
            # the time whole, then as much of the rest as fits
            clock_w = min(first_w, bold.horizontalAdvance(clock))
            _line(painter, head_font, clock, left, y, clock_w + 1, bold.height(), strike)
            gap = bold.horizontalAdvance(" ")
            more = first_w - clock_w - gap
            if more >= bold.averageCharWidth() * 2:
                _line(
                    painter, head_font, rest, left + clock_w + gap, y, more, bold.height(), strike
                )
            y += bold.height()
            lines -= 1
        else:
            _line(painter, head_font, clock, left, y, first_w, bold.height(), strike)
            y += bold.height()
            _line(painter, head_font, item.client_name, left, y, full_w, bold.height(), strike)
            y += bold.height()
            lines -= 2
        if lines <= 0 or not item.subject:
            return
        wanted = 1 if item.attendees and lines <= 2 else min(lines, 3)
        for text in wrap(small, item.subject, full_w, wanted):
            _line(painter, self.small, text, left, y, full_w, small.height(), strike)
            y += small.height()
            lines -= 1
        if lines >= 1 and item.attendees:
            painter.setPen(TEXT_MUTED if not strike else ink)
            names = ", ".join(item.attendees)
            _line(painter, self.small, names, left, y, full_w, small.height(), strike)

    # --- a block being dragged ------------------------------------------------------------------
    def preview(
        self, painter: QPainter, p: Placed, rect: QRectF, travel: QRectF, lines: list[str]
    ) -> None:
        fill, accent, ink = style_of(p)
        if not travel.isEmpty():
            pale = QColor(accent)
            pale.setAlpha(60)
            painter.fillRect(travel, pale)
        painter.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(ink)
        fm = QFontMetrics(self.bold)
        y = rect.top() + 2
        for text in lines:
            if y + fm.height() > rect.bottom() + 1 and y > rect.top() + 2:
                break
            _line(
                painter,
                self.bold,
                text,
                rect.left() + 7,
                y,
                int(rect.width()) - 10,
                fm.height(),
                False,
            )
            y += fm.height()


def _line(
    painter: QPainter,
    font: QFont,
    text: str,
    x: float,
    y: float,
    width: int,
    height: int,
    strike: bool,
) -> None:
    if width < 8 or not text:
        return
    face = QFont(font)
    face.setStrikeOut(strike)
    painter.setFont(face)
    painter.drawText(
        QRectF(x, y, width, height),
        int(LEFT),
        painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width),
    )


def wrap(fm: QFontMetrics, text: str, width: int, most: int) -> list[str]:
    """Words into at most `most` lines of `width`, the last one elided."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < most:
        if len(out) == most - 1:
            out.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            break
        current = words.pop(0)
        while words and fm.horizontalAdvance(f"{current} {words[0]}") <= width:
            current = f"{current} {words.pop(0)}"
        out.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return out
