"""The report period both report pages share: two date edits and the quick choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodMixin:
    """For a report page with `from_edit`, `to_edit`, `_today`, `_db` and `refresh()`."""

    from_edit: QDateEdit
    to_edit: QDateEdit
    _today: Callable[[], date]
    _db: Any

    def refresh(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError

    def _last_12_months(self) -> tuple[date, date]:
        today = self._today()
        return today - timedelta(days=364), today  # as Period.last_12_months

    def _this_year(self) -> None:
        today = self._today()
        self.set_period(date(today.year, 1, 1), today)

    def _last_year(self) -> None:
        year = self._today().year - 1
        self.set_period(date(year, 1, 1), date(year, 12, 31))

    def period(self) -> tuple[date, date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def set_period(self, start: date, end: date) -> None:
        self._set_dates(start, end)
        self._on_period_changed()

    def _on_period_changed(self) -> None:
        if self._db is not None:
            self.refresh()
