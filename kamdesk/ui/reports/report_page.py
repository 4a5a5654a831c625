"""What the pages of the Reports section share: a period bar, a refresh when the period
changes, and a refresh put off while the page is hidden."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from kamdesk.ui.operations import Reader
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.period import PeriodBar
from kamdesk.ui.widgets.style import ERROR_STYLE, WARNING, WARNING_BACKGROUND

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub


T = TypeVar("T")


def currency_warning_label() -> QLabel:
    """Where a report names the documents left out of its figures for want of an exchange
    rate (hidden while there are none)."""
    label = QLabel()
    label.setObjectName("currencyWarning")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {WARNING}; background: {WARNING_BACKGROUND}; padding: 4px 8px;")
    label.hide()
    return label


def show_warnings(label: QLabel, warnings: tuple[str, ...]) -> None:
    label.setText("\n".join(warnings))
    label.setVisible(bool(warnings))


class ReportPage(QWidget):
    """`names`: the object names of the period bar's from edit, to edit and quick button. A
    page sets `summary`, the line that says what the figures are."""

    summary: QLabel

    def __init__(
        self,
        names: tuple[str, str, str],
        *,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._db: Database | None = None
        self._hub: ChangeHub | None = None
        self._stale = False
        self.period_bar = bar = PeriodBar(names, today=today)
        self.from_edit, self.to_edit, self.quick = bar.from_edit, bar.to_edit, bar.quick
        self.last_12, self.this_year, self.last_year = bar.last_12, bar.this_year, bar.last_year
        bar.changed.connect(self._on_period_changed)
        self.reader = Reader(self)  # a report is read off the GUI thread
        self.reader.applied.connect(self.undim)
        self._figures: tuple[QWidget, ...] = ()  # what shows the last period's figures

    @property
    def loading(self) -> bool:
        """True while the report is being read: what it shows is about to be replaced."""
        return self.reader.busy

    def refresh(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError

    def show_figures_in(self, *widgets: QWidget) -> None:
        """The widgets that show a period's figures: dimmed while another period is read."""
        self._figures = widgets

    def read(self, db: Database, fn: Callable[[Session], T], show: Callable[[T], object]) -> None:
        """Read the chosen period off the GUI thread. Meanwhile the last period's figures are
        dimmed and the summary says which period is being read: never figures under dates
        they are not of."""
        start, end = self.period()
        for widget in self._figures:
            widget.setEnabled(False)
        self.summary.setText(
            self.tr("Reading {start} to {end}…").format(
                start=short_date(start), end=short_date(end)
            )
        )
        self.reader.run(db, fn, show)

    def filled_otherwise(self) -> None:
        """The page was filled without a read (a figure already at hand, a wrong period said
        at once): a read still running must not replace it, and nothing stays dimmed."""
        self.reader.cancel()
        self.undim()

    def say_reversed_period(self) -> None:
        self.summary.setText(
            f"<span style='{ERROR_STYLE}'>"
            + self.tr("The period starts after it ends: choose another “From” or “to” date.")
            + "</span>"
        )

    def undim(self) -> None:
        for widget in self._figures:
            widget.setEnabled(True)

    def period(self) -> tuple[date, date]:
        return self.period_bar.period()

    def set_period(self, start: date, end: date) -> None:
        self.period_bar.set_period(start, end)

    def _on_period_changed(self) -> None:
        if self._db is not None:
            self.refresh()

    def refresh_when_seen(self) -> None:
        """Now if the page is on screen; hidden (another page or section in front), when it is
        next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
