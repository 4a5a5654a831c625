"""The week of meetings and calls as a desk calendar draws it: seven day columns, hour rows,
each meeting a block with its readiness, the travel before a site meeting as a pale strip
("leave by 09:10"), conflicts outlined in red.

Dragging a block moves it (to another time or day), dragging its bottom edge stretches it;
both snap to a quarter of an hour and end in `move_requested`, which the section turns into
a service call. Esc during a drag puts the block back.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from kamdesk.domain.schedule import days_of
from kamdesk.ui.schedule.week_layout import (
    BOTTOM_PAD,
    COLUMN_SLACK,
    DAY_MIN,
    DAYS,
    EDGE_PX,
    GRID,
    GRID_HALF,
    GUTTER,
    HOUR_PX,
    MIN_BLOCK_PX,
    OFF_HOURS,
    RED,
    RIGHT_PAD,
    SELECTED_DAY,
    SNAP_MIN,
    TEXT_MUTED,
    TOP_PAD,
    WEEKEND,
    WORK_END_H,
    WORK_START_H,
    Placed,
    aware,
    lay_out,
    readiness_colour,
    snap,
)
from kamdesk.ui.schedule.week_paint import BlockPainter

if TYPE_CHECKING:
    from kamdesk.services.schedule.records import WeekItem


NARROW_LANE_PX = 56  # a block narrower than this is stacked over its neighbour, not beside it
CASCADE_PX = 14  # how far to the right a stacked block starts from the one under it
MIN_STEP_PX = 4  # a smaller step would not show where one stacked block ends


class WeekView(QWidget):
    """The hour grid of one week (lives in a QScrollArea; the day headers stay above it)."""

    open_requested = Signal(str)  # a meeting's id
    create_requested = Signal(object)  # an aware datetime, on a quarter of an hour
    move_requested = Signal(str, object, int)  # id, new aware start, duration in minutes
    day_selected = Signal(int)  # 0 = Monday
    selection_changed = Signal(str)  # a meeting's id, "" for none

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(GUTTER + DAYS * 90, TOP_PAD + 24 * HOUR_PX + BOTTOM_PAD)
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self.today = date.today()
        self.tz: tzinfo | None = None
        self.placed: list[Placed] = []
        self.selected_day = 0
        self.selected_id = ""
        self._drag: _Drag | None = None
        self.painter = BlockPainter(self.font(), self.tr)
        self._small = self.painter.small
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(self.update)
        self._now_timer.start()

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + DAYS * 150, self.minimumHeight())

    # --- data -----------------------------------------------------------------------------------
    def set_week(
        self,
        monday: date,
        items: Sequence[WeekItem],
        *,
        today: date,
        tz: tzinfo | None = None,
    ) -> None:
        """Show these meetings (the services' WeekItems of the week from `monday`)."""
        self.monday, self.today, self.tz = monday, today, tz
        self._drag = None
        placed = [p for item in items for p in _parts(item, monday, tz)]
        lay_out(placed)
        placed.sort(key=lambda p: (p.day, p.start_min, p.lane))
        self.placed = placed
        if self.selected_id and not any(p.item.id == self.selected_id for p in placed):
            self.selected_id = ""
        self._place()
        self.update()

    def select_day(self, day: int) -> None:
        if 0 <= day < DAYS and day != self.selected_day:
            self.selected_day = day
            self.update()
            self.day_selected.emit(day)

    def select(self, meeting_id: str) -> None:
        """Mark a meeting as chosen (and its day); "" for none."""
        if meeting_id == self.selected_id:
            return
        self.selected_id = meeting_id
        found = self.placed_of(meeting_id)
        if found is not None:
            self.select_day(found.day)
        self.update()
        self.selection_changed.emit(meeting_id)

    def placed_of(self, meeting_id: str) -> Placed | None:
        return next((p for p in self.placed if p.item.id == meeting_id), None)

    # --- geometry (also what tests use to aim) ------------------------------------------------
    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER - RIGHT_PAD) / DAYS)

    def column_x(self, day: int) -> float:
        return GUTTER + day * self.column_width()

    @staticmethod
    def y_of(minutes: float) -> float:
        return TOP_PAD + minutes * HOUR_PX / 60

    @staticmethod
    def minutes_at_y(y: float) -> float:
        return (y - TOP_PAD) * 60 / HOUR_PX

    def day_at_x(self, x: float) -> int:
        return int(min(DAYS - 1, max(0, (x - GUTTER) // self.column_width())))

    def point_at(self, day: int, at: time, *, across: float = 0.5) -> QPoint:
        """The point of the grid at this time of the day (0 = Monday), `across` the column
        from its left (0) to its right (1)."""
        x = self.column_x(day) + self.column_width() * across
        return QPoint(int(x), round(self.y_of(at.hour * 60 + at.minute)))

    def time_at(self, point: QPoint | QPointF) -> tuple[int, datetime] | None:
        """The day (0 = Monday) and the wall-clock time under a point; None off the grid."""
        if point.x() < GUTTER:
            return None
        minutes = self.minutes_at_y(point.y())
        if not 0 <= minutes < DAY_MIN:
            return None
        day = self.day_at_x(point.x())
        return day, aware(self.monday + timedelta(days=day), int(minutes), self.tz)

    def slot_at(self, point: QPoint | QPointF) -> datetime | None:
        """The quarter of an hour a point falls in (its start)."""
        found = self.time_at(point)
        if found is None:
            return None
        day, when = found
        minutes = (when.hour * 60 + when.minute) // SNAP_MIN * SNAP_MIN
        return aware(self.monday + timedelta(days=day), minutes, self.tz)

    def block_rect(self, meeting_id: str) -> QRect:
        found = self.placed_of(meeting_id)
        return found.block.toAlignedRect() if found is not None else QRect()

    def placed_at(self, point: QPoint | QPointF) -> Placed | None:
        pt = QPointF(point)
        for p in reversed(self.placed):
            if p.block.contains(pt):
                return p
        return None

    def _on_edge(self, p: Placed, point: QPointF) -> bool:
        return (
            p.movable
            and p.block.height() >= 2 * EDGE_PX
            and point.y() >= p.block.bottom() - EDGE_PX
        )

    def _place(self) -> None:
        width = self.column_width()
        for p in self.placed:
            inner = max(8.0, width - COLUMN_SLACK)
            lane_w = inner / p.lanes
            x = self.column_x(p.day) + 1 + p.lane * lane_w
            w = max(3.0, lane_w * p.span - 1.5)
            step = min(CASCADE_PX, (inner - NARROW_LANE_PX) / max(1, p.lanes - 1))
            stacked = p.lanes > 1 and lane_w < NARROW_LANE_PX and step >= MIN_STEP_PX
            if stacked:
                # side by side each would be too narrow to read (three meetings at once in a
                # 1024-pixel window): stacked like cards, each a step to the right of the one
                # it overlaps and drawn over it, as wide as the column allows (dozens at once
                # stay side by side: a step would be too small to tell them apart)
                x = self.column_x(p.day) + 1 + p.lane * step
                w = max(3.0, inner - p.lane * step - 1.5)
            top = self.y_of(p.start_min)
            bottom = max(self.y_of(p.end_min), top + MIN_BLOCK_PX)
            p.block = QRectF(x, top, w, bottom - top - 1)  # stacked: its way there a thin strip
            if p.travel_min > 0:
                t = self.y_of(p.start_min - p.travel_min)
                p.travel = QRectF(x, t, w if not stacked else CASCADE_PX - 2, top - t)
            else:
                p.travel = QRectF()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = QRectF(event.rect())
        painter.fillRect(event.rect(), self.palette().base())
        self._paint_grid(painter, clip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dragged = self._drag.placed if self._drag is not None and self._drag.active else None
        for p in self.placed:
            if p.block.bottom() < clip.top() or p.travel.united(p.block).top() > clip.bottom():
                continue
            self.painter.paint(
                painter, p, selected=p.item.id == self.selected_id, faded=p is dragged
            )
        self._paint_now(painter)
        if dragged is not None and self._drag is not None:
            self._paint_preview(painter, self._drag)
        painter.end()

    def _paint_grid(self, painter: QPainter, clip: QRectF) -> None:
        width = self.column_width()
        right = GUTTER + DAYS * width
        work_top, work_bottom = self.y_of(WORK_START_H * 60), self.y_of(WORK_END_H * 60)
        for day in range(DAYS):
            x = self.column_x(day)
            column = QRectF(x, self.y_of(0), width, self.y_of(DAY_MIN) - self.y_of(0))
            if day == self.selected_day:
                painter.fillRect(column, SELECTED_DAY)
                continue
            if day >= 5:
                painter.fillRect(column, WEEKEND)
                continue
            painter.fillRect(QRectF(x, column.top(), width, work_top - column.top()), OFF_HOURS)
            painter.fillRect(
                QRectF(x, work_bottom, width, column.bottom() - work_bottom), OFF_HOURS
            )
        painter.setFont(self._small)
        fm = painter.fontMetrics()
        first = max(0, int(self.minutes_at_y(clip.top()) // 60))
        last = min(24, int(self.minutes_at_y(clip.bottom()) // 60) + 1)
        for hour in range(first, last + 1):
            y = round(self.y_of(hour * 60)) + 0.5
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(GUTTER - 4, y), QPointF(right, y))
            if hour < 24:
                half = round(self.y_of(hour * 60 + 30)) + 0.5
                painter.setPen(QPen(GRID_HALF, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(GUTTER, half), QPointF(right, half))
                painter.setPen(TEXT_MUTED)
                label = QRectF(0, y - fm.height() / 2, GUTTER - 8, fm.height())
                painter.drawText(
                    label,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(GRID, 1))
        for day in range(DAYS + 1):
            x = round(self.column_x(day)) + 0.5
            painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))

    def _paint_now(self, painter: QPainter) -> None:
        now = self.clock()
        if self.tz is not None:
            now = now.astimezone(self.tz)
        day = (now.date() - self.monday).days
        if not 0 <= day < DAYS:
            return
        y = self.y_of(now.hour * 60 + now.minute)
        x0, x1 = self.column_x(day), self.column_x(day) + self.column_width()
        painter.setPen(QPen(RED, 2))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RED)
        painter.drawEllipse(QPointF(x0, y), 4, 4)

    def _paint_preview(self, painter: QPainter, drag: _Drag) -> None:
        p = drag.placed
        x = self.column_x(drag.day) + 1
        top = self.y_of(drag.start_min)
        bottom = max(self.y_of(drag.start_min + drag.duration), top + MIN_BLOCK_PX)
        width = max(30.0, self.column_width() - COLUMN_SLACK) - 2
        rect = QRectF(x, top, width, bottom - top - 1)
        travel = QRectF()
        if p.travel_min:
            t = self.y_of(max(0, drag.start_min - p.travel_min))
            travel = QRectF(x, t, width, top - t)
        start = aware(self.monday + timedelta(days=drag.day), drag.start_min, self.tz)
        end = start + timedelta(minutes=drag.duration)
        lines = [f"{start:%H:%M}–{end:%H:%M}"]
        if p.travel_min:
            lines.append(
                self.tr("leave by {time}").format(
                    time=f"{start - timedelta(minutes=p.travel_min):%H:%M}"
                )
            )
        self.painter.preview(painter, p, rect, travel, lines)

    # --- tooltips -----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = QPointF(event.pos())
        p = self.placed_at(point)
        if p is None:  # the travel strip before a block says the same
            p = next((o for o in reversed(self.placed) if o.travel.contains(point)), None)
        if p is None:
            QToolTip.hideText()
            event.ignore()
            return
        if not p.tip:
            p.tip = self.tooltip(p.item)
        area = p.block.united(p.travel) if not p.travel.isEmpty() else p.block
        QToolTip.showText(event.globalPos(), p.tip, self, area.toAlignedRect())

    def tooltip(self, item: WeekItem) -> str:
        """What a block says when the pointer rests on it (rich text)."""
        esc = html.escape
        if item.kind == "call":
            kind = self.tr("Video call") if item.place_kind == "video" else self.tr("Phone call")
        elif item.place_kind == "video":
            kind = self.tr("Video meeting")
        elif item.place_kind == "phone":
            kind = self.tr("Meeting by phone")
        else:
            kind = self.tr("Meeting")
        rows = [f"<b>{item.start:%H:%M}–{item.end:%H:%M}</b> · {esc(kind)}"]
        if item.status == "done":
            rows[0] += " · " + esc(self.tr("Done ✓"))
        elif item.status == "cancelled":
            rows[0] += " · " + esc(self.tr("Cancelled"))
        travel = item.travel
        if travel and item.status == "planned":
            rows.append(
                esc(
                    self.tr("Leave by {time} ({minutes} min travel)").format(
                        time=f"{item.leave_by:%H:%M}", minutes=travel
                    )
                )
            )
        rows.append(f"<b>{esc(item.client_name)}</b>")
        if item.subject:
            rows.append(esc(item.subject))
        if item.location and not item.remote:
            rows.append(esc(item.location))
        if item.attendees:
            rows.append(esc(self.tr("Attendees: {names}").format(names=", ".join(item.attendees))))
        if item.series_id:
            rows.append(esc(self.tr("↻ Repeats")))
        if item.readiness is not None and item.status == "planned":
            colour = readiness_colour(item.readiness).name()
            rows.append(
                f"<span style='color:{colour}'><b>"
                + esc(self.tr("Readiness {score} / 100").format(score=item.readiness.score))
                + "</b></span>"
            )
        for conflict in item.conflicts if item.status == "planned" else ():
            rows.append(f"<span style='color:{RED.name()}'>! {esc(conflict.describe())}</span>")
        return "<p style='white-space:pre'>" + "<br>".join(rows) + "</p>"

    # --- mouse and keys -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        p = self.placed_at(pos)
        if p is None:
            found = self.time_at(pos)
            if found is not None:
                self.select_day(found[0])
            self.select("")
            return
        self.select(p.item.id)
        self.select_day(p.day)
        if p.movable:
            mode = "resize" if self._on_edge(p, pos) else "move"
            grab = self.minutes_at_y(pos.y()) - p.start_min
            self._drag = _Drag(
                p, mode, pos, grab, day=p.day, start_min=p.start_min, duration=p.item.duration_min
            )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(pos)
            return
        if not drag.active:
            moved = (pos - drag.press).manhattanLength()
            if moved < 4:  # below the platform's drag distance on purpose: a quarter is 12 px
                return
            drag.active = True
            self.setCursor(
                Qt.CursorShape.SizeVerCursor
                if drag.mode == "resize"
                else Qt.CursorShape.ClosedHandCursor
            )
        minutes = self.minutes_at_y(pos.y())
        p = drag.placed
        if drag.mode == "resize":
            end = snap(minutes)
            drag.duration = max(SNAP_MIN, min(DAY_MIN - p.start_min, end - p.start_min))
        else:
            start = snap(minutes - drag.grab_min)
            drag.start_min = max(0, min(DAY_MIN - SNAP_MIN, start))
            drag.day = self.day_at_x(pos.x())
        self._autoscroll(pos)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        self._drag = None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._hover_cursor(event.position())
        self.update()
        if not drag.active:
            return
        p = drag.placed
        if (drag.day, drag.start_min, drag.duration) == (p.day, p.start_min, p.item.duration_min):
            return
        start = aware(self.monday + timedelta(days=drag.day), drag.start_min, self.tz)
        self.move_requested.emit(p.item.id, start, drag.duration)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        p = self.placed_at(event.position())
        if p is not None:
            self.open_requested.emit(p.item.id)
            return
        slot = self.slot_at(event.position())
        if slot is not None:
            self.create_requested.emit(slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.unsetCursor()
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.open_requested.emit(self.selected_id)
            return
        steps = {
            int(Qt.Key.Key_Down): 1,
            int(Qt.Key.Key_Right): 1,
            int(Qt.Key.Key_Up): -1,
            int(Qt.Key.Key_Left): -1,
        }
        key = int(key)
        if key in steps and self.placed:
            # each meeting once: by its first part this week (not again after midnight)
            firsts = [p for p in self.placed if self.placed_of(p.item.id) is p]
            ordered = sorted(firsts, key=lambda p: (p.day, p.start_min, p.lane))
            ids = [p.item.id for p in ordered]
            if self.selected_id in ids:
                at = ids.index(self.selected_id) + steps[key]
            else:
                at = 0 if steps[key] > 0 else len(ids) - 1
            target = ordered[max(0, min(len(ids) - 1, at))]
            self.select(target.item.id)
            self.reveal(target)
            return
        super().keyPressEvent(event)

    def _hover_cursor(self, pos: QPointF) -> None:
        p = self.placed_at(pos)
        if p is None:
            self.unsetCursor()
        elif self._on_edge(p, pos):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif p.movable:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        return area if isinstance(area, QScrollArea) else None

    def _autoscroll(self, pos: QPointF) -> None:
        area = self._scroll_area()
        if area is not None:
            area.ensureVisible(int(pos.x()), int(pos.y()), 0, 24)

    def reveal(self, p: Placed) -> None:
        area = self._scroll_area()
        if area is not None:
            box = p.block.united(p.travel) if not p.travel.isEmpty() else p.block
            area.ensureVisible(int(box.center().x()), int(box.center().y()), 0, 40)


@dataclass
class _Drag:
    placed: Placed
    mode: str  # move | resize
    press: QPointF
    grab_min: float  # from the block's start to where it was taken
    active: bool = False
    day: int = 0
    start_min: int = 0
    duration: int = 0


def _parts(item: WeekItem, monday: date, tz: tzinfo | None) -> list[Placed]:
    """A meeting's blocks in the week from `monday`: one, or one a day when it runs past
    midnight (the part after it at the top of the next day's column, neither dragged nor
    resized: the first part is)."""
    start = item.start.astimezone(tz) if tz is not None else item.start
    start_min = start.hour * 60 + start.minute
    end_min = start_min + max(1, item.duration_min)  # from midnight of its first day
    out = []
    for n, day in enumerate(days_of(start, item.duration_min)):
        column = (day - monday).days
        if not 0 <= column < DAYS:
            continue
        first = max(0, start_min - n * DAY_MIN)
        last = min(DAY_MIN, end_min - n * DAY_MIN)
        travel = item.travel if item.status == "planned" and n == 0 else 0
        out.append(Placed(item, column, first, last, min(travel, first), continued=n > 0))
    return out
