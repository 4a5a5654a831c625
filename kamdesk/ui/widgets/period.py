"""The report period both report pages share: two date edits and the quick choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from kamdesk.ui.widgets.numbers import date_edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodBar(QWidget):
    """'Period from [date] to [date] [Quick periods]': the last 12 months until changed.

    `changed` is emitted once per change, whether the user picked a date or a quick period.
    `names` are the object names of the from edit, the to edit and the quick button."""

    changed = Signal()

    def __init__(
        self,
        names: tuple[str, str, str],
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for name, edit in zip(names[:2], (self.from_edit, self.to_edit), strict=True):
            edit.setObjectName(name)
            date_edit(edit)
            edit.setMinimumDate(QDate(2000, 1, 1))
        self._set_dates(*self.last_12_months())
        # Quick periods sit in one menu so the page fits a narrow window.
        self.quick = QToolButton()
        self.quick.setObjectName(names[2])
        self.quick.setText(self.tr("Quick periods"))
        self.quick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.quick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.quick)
        self.last_12 = menu.addAction(self.tr("Last 12 months"))
        self.this_year = menu.addAction(self.tr("This year"))
        self.last_year = menu.addAction(self.tr("Last year"))
        self.quick.setMenu(menu)
        # room for its menu arrow too (the style's size hint leaves the arrow over the text)
        arrow = self.quick.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        self.quick.setMinimumWidth(self.quick.sizeHint().width() + arrow)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        # two labels around the first date: "Period from [date] to [date]"
        row.addWidget(QLabel(self.tr("Period from", "before the first of two dates")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to", "between the two dates of a period")))
        row.addWidget(self.to_edit)
        row.addWidget(self.quick)
        row.addStretch(1)

        self.from_edit.dateChanged.connect(self.changed)
        self.to_edit.dateChanged.connect(self.changed)
        self.last_12.triggered.connect(lambda: self.set_period(*self.last_12_months()))
        self.this_year.triggered.connect(self._this_year)
        self.last_year.triggered.connect(self._last_year)

    def period(self) -> tuple[date, date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self._set_dates(start, end)
        self.changed.emit()

    def set_controls_enabled(self, on: bool) -> None:
        for widget in (self.from_edit, self.to_edit, self.quick):
            widget.setEnabled(on)

    def last_12_months(self) -> tuple[date, date]:
        today = self._today()
        return today - timedelta(days=364), today  # as Period.last_12_months

    def _this_year(self) -> None:
        today = self._today()
        self.set_period(date(today.year, 1, 1), today)

    def _last_year(self) -> None:
        year = self._today().year - 1
        self.set_period(date(year, 1, 1), date(year, 12, 31))

    def _set_dates(self, start: date, end: date) -> None:
        # both dates first, then one `changed`: an edit alone would signal a period in between
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
