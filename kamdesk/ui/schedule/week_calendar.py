"""The day headers ("Mon 23 Nov", today marked, the day's count) over the scrolling week."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from kamdesk.ui.schedule.week_layout import (
    DAYS,
    GRID,
    GUTTER,
    HEADER_H,
    HOUR_PX,
    OPEN_AT_H,
    RED,
    SELECTED_DAY,
    STYLES,
    TEXT_MUTED,
)
from kamdesk.ui.schedule.week_view import WeekView
from kamdesk.ui.widgets.numbers import day_text
from kamdesk.ui.widgets.style import ON_DARK


class DayHeader(QWidget):
    """The day names above the grid ("Mon 23 Nov", today marked); a click chooses the day."""

    clicked = Signal(int)

    def __init__(self, view: WeekView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayHeader")
        self.view = view
        self.setFixedHeight(HEADER_H)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.counts: list[tuple[str, str]] = [("", "")] * DAYS
        self.conflicts: list[int] = [0] * DAYS
        self.tips: list[str] = [""] * DAYS

    def set_counts(
        self, counts: Sequence[tuple[str, str]], conflicts: Sequence[int], tips: Sequence[str]
    ) -> None:
        """Under each day: how many meetings and calls (in words, and short for a narrow
        column), and a red mark with the clashes."""
        self.counts, self.conflicts, self.tips = list(counts), list(conflicts), list(tips)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos().x())
            if day is not None and self.tips[day]:
                QToolTip.showText(event.globalPos(), self.tips[day], self, self.day_rect(day))
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def day_at(self, x: float) -> int | None:
        for day in range(DAYS):
            rect = self.day_rect(day)
            if rect.left() <= x <= rect.right():
                return day
        return None

    def day_rect(self, day: int) -> QRect:
        x = self.mapFromGlobal(self.view.mapToGlobal(QPoint(0, 0))).x()
        left = x + self.view.column_x(day)
        return QRect(int(left), 0, int(self.view.column_width()), self.height())

    def day_text(self, day: int) -> str:
        d = self.view.monday + timedelta(days=day)
        return day_text(d)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), self.palette().window())
        base = QFont(self.font())
        big = QFont(base)
        big.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        monday = self.view.monday
        week_no = monday.isocalendar()[1]
        painter.setFont(small)
        painter.setPen(TEXT_MUTED)
        painter.drawText(
            QRect(0, 0, GUTTER - 6, self.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("W{week}").format(week=week_no),
        )
        for day in range(DAYS):
            rect = self.day_rect(day)
            d = monday + timedelta(days=day)
            if day == self.view.selected_day:
                painter.fillRect(rect, SELECTED_DAY)
                painter.fillRect(
                    QRect(rect.left(), rect.bottom() - 2, rect.width(), 3), STYLES["meeting"][1]
                )
            painter.setFont(big)
            fm = painter.fontMetrics()
            text = self.day_text(day)
            title = QRect(rect.left() + 6, 4, rect.width() - 12, fm.height() + 4)
            if d == self.view.today:
                pill = QRectF(
                    title.left() - 3, title.top(), fm.horizontalAdvance(text) + 12, title.height()
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(STYLES["meeting"][1])
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(QColor(ON_DARK))
                title = title.adjusted(3, 0, 0, 0)
            else:
                painter.setPen(self.palette().windowText().color() if day < 5 else TEXT_MUTED)
            painter.drawText(
                title,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(text, Qt.TextElideMode.ElideRight, title.width()),
            )
            painter.setFont(small)
            sfm = painter.fontMetrics()
            line = QRect(rect.left() + 6, title.bottom() + 3, rect.width() - 12, sfm.height())
            if self.conflicts[day]:
                mark = f"! {self.conflicts[day]}"
                w = sfm.horizontalAdvance(mark) + 10
                pill = QRectF(line.right() - w, line.top() - 1, w, sfm.height() + 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(RED)
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(QColor(ON_DARK))
                painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), mark)
                line.setRight(int(pill.left()) - 4)
            painter.setPen(TEXT_MUTED)
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                sfm.elidedText(
                    self._fitting(sfm, day, line.width()), Qt.TextElideMode.ElideRight, line.width()
                ),
            )
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for day in range(DAYS + 1):
            x = (
                self.day_rect(min(day, DAYS - 1)).left()
                if day < DAYS
                else self.day_rect(DAYS - 1).right() + 1
            )
            painter.drawLine(x, 0, x, self.height())
        painter.end()

    def _fitting(self, fm: QFontMetrics, day: int, width: int) -> str:
        words, short = self.counts[day]
        return words if fm.horizontalAdvance(words) <= width else short

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is not None:
            self.clicked.emit(day)


class WeekCalendar(QWidget):
    """The day headers over the scrolling hour grid."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.view = WeekView(clock=clock)
        self.header = DayHeader(self.view)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("weekScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.view)
        self.scroll_area.verticalScrollBar().setSingleStep(HOUR_PX // 2)
        self.setObjectName("weekCalendar")
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.setSpacing(0)
        inner.addWidget(self.header)
        inner.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.header.clicked.connect(self.view.select_day)
        self.view.day_selected.connect(lambda _d: self.header.update())

    def scroll_to_hour(self, hour: int = OPEN_AT_H) -> None:
        self.scroll_area.verticalScrollBar().setValue(int(WeekView.y_of(hour * 60)) - 10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.update()
