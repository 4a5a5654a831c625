"""Where the blocks of the week go: minutes of the day to pixels, overlapping meetings side
by side (their travel included), the colours of readiness and of the kinds of meeting.

Laid out once per change of the week, placed in pixels once per resize, never per paint: a
busy week of the 10 000-client database has hundreds of blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from kamdesk.ui.widgets import style as house

if TYPE_CHECKING:
    from kamdesk.domain.meeting import Readiness
    from kamdesk.services.schedule.records import WeekItem

DAYS = 7
DAY_MIN = 24 * 60
HOUR_PX = 48  # one hour of the day, in pixels
GUTTER = 54  # the hour labels on the left
TOP_PAD = 10  # room for the 00:00 label
BOTTOM_PAD = 10
RIGHT_PAD = 4
COLUMN_SLACK = 7  # free strip at a column's right: a busy hour still takes a double-click
SNAP_MIN = 15
MIN_BLOCK_PX = 22  # a 10-minute call still shows one line of text
EDGE_PX = 6  # the bottom edge that stretches a block
WORK_START_H, WORK_END_H = 8, 18
OPEN_AT_H = 7  # the view opens scrolled to this hour
HEADER_H = 46
CALL_SIGN = "☎"  # marks a call, in the week's blocks and in a narrow day's count
MEETING_SIGN = "👥"  # marks a meeting's count in a narrow day header (people met)

RED = QColor(house.READY_RED)
AMBER = QColor(house.READY_AMBER)
GREEN = QColor(house.READY_GREEN)
GRID = QColor(house.GRID)
GRID_HALF = QColor(house.GRID_HALF)
OFF_HOURS = QColor(house.OFF_HOURS)
WEEKEND = QColor(house.WEEKEND)
SELECTED_DAY = QColor(house.SELECTED_DAY)
TEXT_MUTED = QColor(house.TEXT_MUTED)
# kind -> (fill, accent bar, text)
STYLES = {
    kind: (QColor(fill), QColor(bar), QColor(text))
    for kind, (fill, bar, text) in house.MEETING_KIND_COLOURS.items()
}


def readiness_colour(readiness: Readiness) -> QColor:
    """Green only when ready (a high score and nothing missing: a clash is never green)."""
    return {"ok": GREEN, "warning": AMBER, "missing": RED}[readiness.tone]


def snap(minutes: float, step: int = SNAP_MIN) -> int:
    """To the nearest quarter of an hour."""
    return round(minutes / step) * step


def aware(day: date, minutes: int, tz: tzinfo | None) -> datetime:
    """The wall-clock time `minutes` after midnight of `day`, in `tz` (None: this machine's)."""
    naive = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


@dataclass
class Placed:
    """A block of the week: its place in the day (minutes) and, after a resize, in pixels."""

    item: WeekItem
    day: int
    start_min: int
    end_min: int  # drawn end, at most midnight
    travel_min: int  # the strip drawn before it
    lane: int = 0
    span: int = 1
    lanes: int = 1
    block: QRectF = field(default_factory=QRectF)
    travel: QRectF = field(default_factory=QRectF)
    tip: str = ""
    continued: bool = False  # the part after midnight of a meeting begun the day before

    @property
    def top(self) -> int:
        return max(0, self.start_min - self.travel_min)

    @property
    def bottom(self) -> int:
        shortest = -(-MIN_BLOCK_PX * 60 // HOUR_PX)
        return max(self.end_min, self.start_min + shortest)

    @property
    def movable(self) -> bool:
        return self.item.status == "planned" and not self.continued


def lay_out(placed: Sequence[Placed]) -> None:
    """Side by side what overlaps in a day (travel strip included): each block gets a lane
    in its group of overlapping blocks and widens over the lanes free beside it."""
    by_day: dict[int, list[Placed]] = {}
    for p in placed:
        by_day.setdefault(p.day, []).append(p)
    for blocks in by_day.values():
        blocks.sort(key=lambda p: (p.top, -p.bottom, p.item.id))
        group: list[Placed] = []
        group_end = -1
        for p in blocks:
            if group and p.top >= group_end:
                _lanes(group)
                group, group_end = [], -1
            group.append(p)
            group_end = max(group_end, p.bottom)
        if group:
            _lanes(group)


def _lanes(group: list[Placed]) -> None:
    ends: list[int] = []  # the bottom of the last block in each lane
    members: list[list[Placed]] = []
    for p in group:
        for lane, end in enumerate(ends):
            if end <= p.top:
                ends[lane] = p.bottom
                members[lane].append(p)
                p.lane = lane
                break
        else:
            p.lane = len(ends)
            ends.append(p.bottom)
            members.append([p])
    lanes = len(ends)
    for p in group:
        p.lanes = lanes
        p.span = 1
        if lanes > 12:  # too busy to be worth widening
            continue
        for lane in range(p.lane + 1, lanes):
            if any(o.top < p.bottom and p.top < o.bottom for o in members[lane]):
                break
            p.span += 1
