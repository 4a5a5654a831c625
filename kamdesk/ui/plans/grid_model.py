"""The year's plan as a table a KAM types into: a row per client and one for new clients; the
twelve months editable, the quarters and the year their sums (read-only).

A typed value is read in the locale's notation or the plain form and checked by the domain's rule
(read_typed_plan: kamdesk.domain.plans.plan_amount, read_plan_amount). A value the
rule refuses is not written and not dropped either: the cell keeps what was typed, tinted, with
the reason in its tooltip, until it is corrected or cleared (Esc in the cell, or an empty value
for no plan). A good value shows at once, quarters and year with it, and is handed on
(`edited`) to be saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from kamdesk.domain.money import AmountError
from kamdesk.domain.plans import MONTHS, PlanError, PlanRow, plan_amount, read_plan_amount
from kamdesk.ui.reports.pareto_chart import format_amount
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.numbers import money_edit_text, month_name
from kamdesk.ui.widgets.rows_model import RIGHT_ALIGNED

Index = QModelIndex | QPersistentModelIndex
FIRST_MONTH = 1  # the currency, then the months (the client names the row: the vertical
# header, which stays in view while the months scroll)
FIRST_QUARTER = FIRST_MONTH + MONTHS
YEAR_COLUMN = FIRST_QUARTER + 4
COLUMN_COUNT = YEAR_COLUMN + 1
BAD = QColor(house.BAD_CELL)
DERIVED = QColor(house.PANEL_BACKGROUND)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanGridModel", text)


def month_index(column: int) -> int | None:
    """The month (0-11) a column holds, None for the other columns."""
    return column - FIRST_MONTH if FIRST_MONTH <= column < FIRST_QUARTER else None


def read_typed_plan(typed: str) -> Decimal | None:
    """A typed month's plan in the locale's notation or the plain form (widgets.numbers),
    checked by the domain's rule; text neither reads goes to read_plan_amount, which says why."""
    if typed.strip():
        try:
            return plan_amount(numbers.read_number(typed))
        except AmountError:
            pass
    return read_plan_amount(typed)


class PlanGridModel(QAbstractTableModel):
    """`edited(client_id, month index, amount, was)`: a good value typed (client None: new
    clients; amount None: no plan; `was`: the cell before it, what the save merges against).
    `refused(message)`: a value the rule did not take."""

    edited = Signal(object, int, object, object)
    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._bad: dict[tuple[str | None, int], tuple[str, str]] = {}  # -> (typed, why)

    # --- contents ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PlanRow], *, keep_typed: bool = True) -> None:
        """New rows (a refresh); what was typed and refused stays in its cell unless the
        year changed (`keep_typed` False)."""
        self.beginResetModel()
        self._rows = list(rows)
        if not keep_typed:
            self._bad.clear()
        self.endResetModel()

    @property
    def rows(self) -> tuple[PlanRow, ...]:
        return tuple(self._rows)

    def row_of(self, client_id: str | None) -> int:
        return next(i for i, r in enumerate(self._rows) if r.client_id == client_id)

    def refused_text(self, client_id: str | None, month: int) -> str | None:
        """What was typed and refused in a cell (None: nothing pending there)."""
        bad = self._bad.get((client_id, month))
        return None if bad is None else bad[0]

    def mark_refused(self, client_id: str | None, month: int, typed: str, why: str) -> None:
        """A value the database refused after the cell took it (a client gone meanwhile)."""
        self._bad[(client_id, month)] = (typed, why)
        self._changed(self.row_of(client_id), month)
        self.refused.emit(why)

    def _changed(self, row: int, month: int) -> None:
        for column in (FIRST_MONTH + month, FIRST_QUARTER + month // 3, YEAR_COLUMN):
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    # --- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if month_index(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return _tr("Cur.")
            month = month_index(section)
            if month is not None:
                return month_name(month + 1, short=True)
            if section < YEAR_COLUMN:
                return _tr("Q{n}").format(n=section - FIRST_QUARTER + 1)
            return _tr("Year")
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIRST_MONTH:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_QUARTER:
            return _tr("The sum of its months: type the months")
        return None

    def _row_header(self, section: int, role: int) -> Any:
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _tr("New clients (in total)") if row.client_id is None else row.name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.client_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        month = month_index(column)
        bad = self._bad.get((row.client_id, month)) if month is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return bad[0] if bad else self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if bad:
                return bad[0]
            amount = row.months[month] if month is not None else None
            return money_edit_text(amount)  # the locale's notation; read back exactly
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIRST_MONTH:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.BackgroundRole:
            if bad:
                return BAD
            return DERIVED if column >= FIRST_QUARTER else None  # the sums: not typed into
        if role == Qt.ItemDataRole.ForegroundRole:
            if bad:
                return QColor(house.ERROR)
            if column >= FIRST_QUARTER:
                return QColor(house.TEXT_ON_TINT)  # readable on the tint in a dark theme
        if role == Qt.ItemDataRole.ToolTipRole and bad:
            return bad[1]
        if role == Qt.ItemDataRole.FontRole and column == YEAR_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: PlanRow, column: int) -> str:
        if column == 0:
            return row.currency
        month = month_index(column)
        if month is not None:
            amount = row.months[month]
            return "" if amount is None else format_amount(amount)
        if column == YEAR_COLUMN:
            return format_amount(row.year)
        return format_amount(row.quarters[column - FIRST_QUARTER])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        month = month_index(index.column())
        if role != Qt.ItemDataRole.EditRole or month is None or not index.isValid():
            return False
        row = self._rows[index.row()]
        typed = "" if value is None else str(value)
        try:
            amount = read_typed_plan(typed)
        except PlanError as exc:
            self._bad[(row.client_id, month)] = (typed, str(exc))
            self._changed(index.row(), month)
            self.refused.emit(str(exc))
            return False
        had_bad = self._bad.pop((row.client_id, month), None) is not None
        if amount == row.months[month]:
            if had_bad:
                self._changed(index.row(), month)
            return True
        self._rows[index.row()] = row.with_month(month, amount)
        self._changed(index.row(), month)
        self.edited.emit(row.client_id, month, amount, row.months[month])
        return True

    def forget_refused(self, index: Index) -> None:
        """Drop what was typed and refused in a cell (the KAM pressed Esc on it)."""
        month = month_index(index.column())
        if month is not None and index.isValid():
            row = self._rows[index.row()]
            if self._bad.pop((row.client_id, month), None) is not None:
                self._changed(index.row(), month)

    def show_saved(self, client_id: str | None, month: int, amount: Decimal | None) -> None:
        """The plan a save left in a cell (the value chosen when it changed meanwhile too)."""
        index = self.row_of(client_id)
        row = self._rows[index]
        if row.months[month] != amount:
            self._rows[index] = row.with_month(month, amount)
            self._changed(index, month)

    def amount(self, row: int, month: int) -> Decimal | None:
        return self._rows[row].months[month]
