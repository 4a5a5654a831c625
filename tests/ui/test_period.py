"""The one period bar of the report pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.widgets.period import PeriodBar

TODAY = date(2026, 11, 24)


def test_the_bar_opens_on_the_last_12_months_and_offers_quick_periods(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = PeriodBar(("from", "to", "quick"), today=lambda: TODAY)
    qtbot.addWidget(bar)
    seen: list[tuple[date, date]] = []
    bar.changed.connect(lambda: seen.append(bar.period()))
    assert bar.period() == (date(2025, 11, 25), TODAY)
    bar.this_year.trigger()
    bar.last_year.trigger()
    bar.last_12.trigger()
    assert seen == [
        (date(2026, 1, 1), TODAY),
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 11, 25), TODAY),
    ]
    bar.from_edit.setDate(QDate(2026, 3, 1))  # as the user picks a date
    assert seen[-1] == (date(2026, 3, 1), TODAY)


def test_the_report_pages_use_the_one_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    section = ReportsSection(today=lambda: TODAY)
    qtbot.addWidget(section)
    bars = section.findChildren(PeriodBar)
    names = {bar.from_edit.objectName() for bar in bars}
    assert names == {"periodFrom", "lossesFrom", "dashboardFrom"}
    section.losses.set_period(date(2026, 1, 1), date(2026, 6, 30))
    assert section.losses.period() == (date(2026, 1, 1), date(2026, 6, 30))
    assert section.period() == (date(2025, 11, 25), TODAY)  # each page keeps its own period
