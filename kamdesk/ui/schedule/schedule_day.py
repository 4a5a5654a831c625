"""The chosen day of the schedule as a list: time, leave-by, kind, client, subject,
attendees, readiness (with the seven checks in its tooltip) and conflicts in words."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from kamdesk.ui.schedule.week_layout import (
    AMBER,
    GREEN,
    RED,
    TEXT_MUTED,
    readiness_colour,
)
from kamdesk.ui.widgets.style import READY_PALE
from kamdesk.ui.widgets.table_state import first_click

if TYPE_CHECKING:
    from kamdesk.services.schedule.records import WeekItem

DAY_COLUMNS = (
    "time",
    "leave_by",
    "kind",
    "client",
    "subject",
    "attendees",
    "readiness",
    "conflicts",
)
DAY_WIDTHS = (90, 65, 85, 190, 200, 150, 75)  # conflicts: the rest
PALE = READY_PALE


def not_ready(item: WeekItem) -> bool:
    return item.status == "planned" and item.readiness is not None and not item.readiness.ready


def conflict_pairs(items: list[WeekItem]) -> set[tuple[str, str]]:
    """Each clash once (two overlapping meetings are one conflict), planned ones only: the
    two ids in order (a crowded week has tens of thousands of clashes; pairs as frozensets
    took a tenth of a second to count)."""
    return {
        (item.id, c.other_id) if item.id < c.other_id else (c.other_id, item.id)
        for item in items
        if item.status == "planned"
        for c in item.conflicts
    }


class DayModel(QAbstractTableModel):
    """The meetings and calls of one day, in time order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given: list[WeekItem] = []  # in time order, as the service gave them
        self.items: list[WeekItem] = []  # as shown: sorted by the header's column
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.struck = QFont()
        self.struck.setStrikeOut(True)
        self.bold = QFont()
        self.bold.setBold(True)
        self.headers = (
            self.tr("Time"),
            self.tr("Leave by"),
            self.tr("Kind"),
            self.tr("Client"),
            self.tr("Subject"),
            self.tr("Attendees"),
            self.tr("Readiness"),
            self.tr("Conflicts"),
        )
        self.tips = {
            "leave_by": self.tr("When to set off to arrive on time"),
            "readiness": self.tr("How well the meeting is prepared, out of 100"),
        }

    def set_items(self, items: list[WeekItem]) -> None:
        self.beginResetModel()
        self.given = list(items)
        self.items = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column, ties in time order; -1: in time order, as given. The rows move, so
        the selection follows its meeting."""
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        was = list(self.items)
        self.items = self._sorted()
        row_of = {id(it): row for row, it in enumerate(self.items)}
        old = self.persistentIndexList()
        new = [self.index(row_of[id(was[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self) -> list[WeekItem]:
        column, order = self.sorted_by
        if not 0 <= column < len(DAY_COLUMNS):
            return list(self.given)
        field = DAY_COLUMNS[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        return sorted(self.given, key=lambda it: self.sort_key(it, field), reverse=reverse)

    def sort_key(self, item: WeekItem, field: str) -> Any:
        if field == "time":
            return item.start
        if field == "leave_by":
            return item.leave_by if item.travel else item.start
        if field == "readiness":
            planned = item.status == "planned" and item.readiness is not None
            return item.readiness.score if planned and item.readiness else -1
        if field == "conflicts":
            return len(item.conflicts) if item.status == "planned" else 0
        return self.text(item, field).casefold()

    def item(self, row: int) -> WeekItem:
        return self.items[row]

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, it in enumerate(self.items) if it.id == meeting_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DAY_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(DAY_COLUMNS)
        ):
            return self.tips.get(DAY_COLUMNS[section])
        if role == Qt.ItemDataRole.InitialSortOrderRole and 0 <= section < len(DAY_COLUMNS):
            # the most ready and the most clashing first; times in the day's order
            return first_click(DAY_COLUMNS[section] in ("readiness", "conflicts"))
        return None

    def kind_text(self, item: WeekItem) -> str:
        if item.kind == "call":
            return self.tr("Video call") if item.place_kind == "video" else self.tr("Phone call")
        if item.place_kind == "video":
            return self.tr("Video meeting")
        if item.place_kind == "phone":
            return self.tr("Meeting by phone")
        return self.tr("Meeting")

    def readiness_text(self, item: WeekItem) -> str:
        if item.status == "done":
            return self.tr("Done ✓")
        if item.status == "cancelled":
            return self.tr("Cancelled")
        return str(item.readiness.score) if item.readiness is not None else ""

    def text(self, item: WeekItem, column: str) -> str:
        if column == "time":
            return f"{item.start:%H:%M}–{item.end:%H:%M}"
        if column == "leave_by":
            return f"{item.leave_by:%H:%M}" if item.travel else ""
        if column == "kind":
            return self.kind_text(item)
        if column == "client":
            return item.client_name
        if column == "subject":
            return item.subject
        if column == "attendees":
            return ", ".join(item.attendees)
        if column == "readiness":
            return self.readiness_text(item)
        if column == "conflicts":
            return (
                " ".join(c.describe() for c in item.conflicts) if item.status == "planned" else ""
            )
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = DAY_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "readiness" and item.readiness is not None and item.status == "planned":
                return self.readiness_tip(item)
            if column == "leave_by" and item.travel:
                return self.tr("{minutes} min travel").format(minutes=item.travel)
            return self.text(item, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "conflicts":
                return QBrush(RED)
            if column == "readiness" and item.readiness is not None and item.status == "planned":
                return QBrush(readiness_colour(item.readiness).darker(130))
            if item.status != "planned":
                return QBrush(TEXT_MUTED)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == "readiness" and item.readiness is not None and item.status == "planned":
                colour = readiness_colour(item.readiness)
                key = "green" if colour == GREEN else ("amber" if colour == AMBER else "red")
                return QBrush(QColor(PALE[key]))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if item.status == "cancelled" and column not in ("readiness", "conflicts"):
                return self.struck
            if column == "readiness" and item.status == "planned":
                return self.bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "readiness":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def readiness_tip(self, item: WeekItem) -> str:
        assert item.readiness is not None
        rows = [
            "<b>"
            + html.escape(self.tr("Readiness {score} / 100").format(score=item.readiness.score))
            + "</b>"
        ]
        marks = {"ok": ("✓", GREEN), "warning": ("!", AMBER), "missing": ("✗", RED)}
        for check in item.readiness.checks:
            mark, colour = marks[check.state]
            rows.append(
                f"<span style='color:{colour.name()}'>{mark}</span> "
                f"<b>{html.escape(check.title)}</b>: {html.escape(check.summary)}"
            )
        return "<br>".join(rows)
