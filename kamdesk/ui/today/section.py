"""The Today section: what the KAM must know this morning, one block under another.

Today's meetings and calls (leave-by time, readiness, conflicts), tasks, birthdays this week,
special prices and promotions ending soon, overdue invoices by client, key clients not
contacted, then the key-client alerts (dependency on one client) and the key clients by share.
All of it comes from one call to services.today.today_overview per refresh; its costly part
(the key-client shares and the overdue invoices) is kept while only meetings, tasks or contacts
change. Services are imported inside methods: the main window imports this module before the
database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import ClientShare, Thresholds
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.operations import Reader
from kamdesk.ui.reports.key_clients import category_labels
from kamdesk.ui.reports.pareto_chart import format_amount, format_share
from kamdesk.ui.today.today_blocks import (
    BirthdaysBlock,
    Block,
    DebtsBlock,
    ExpiringBlock,
    StaleBlock,
    TasksBlock,
    make_label,
)
from kamdesk.ui.today.today_meetings import MeetingsBlock
from kamdesk.ui.today.today_outcomes import OutcomesBlock
from kamdesk.ui.widgets.layout_rules import elided_label, guard_wheel
from kamdesk.ui.widgets.numbers import day_text, long_date
from kamdesk.ui.widgets.style import BOLD_STYLE, DEPENDENCY_ALERTS, PLACEHOLDER_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.classification import KeyClientReport, Period
    from kamdesk.services.schedule.today import CostlyParts, TodayOverview
    from kamdesk.ui.operations import ChangeHub

__all__ = ["Block", "TodaySection"]

TOP_CLIENTS = 5
ALERT_STYLES = DEPENDENCY_ALERTS  # level: (background, accent, text)


# Changes after which the costly part of the overview still holds: it depends on invoices,
# payments, returns, key reasons, the rules, not on meetings, tasks or contacts.
CHEAP_CHANGES = frozenset({Change.SCHEDULE, Change.CONTACTS})
CLOCK_MS = 60_000


def _local_now() -> datetime:
    return datetime.now().astimezone()


class TodaySection(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        self._today = today
        self._now = now
        self._db: Database | None = None
        self._hub: ChangeHub | None = None
        self._stale = False
        self._costly: CostlyParts | None = None
        self.overview: TodayOverview | None = None  # as last shown
        self._reader = Reader(self)  # the overview is read off the GUI thread
        self.alerts: list[tuple[str, str]] = []  # (level, text) as shown
        self.currency_warnings: list[str] = []  # documents left out for want of a rate
        self.top_clients: list[ClientShare] = []

        self.heading = QLabel(self.tr("<h2>Today</h2>"))
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.date_label.setStyleSheet("font-size: 14px; color: palette(placeholder-text);")
        self.meetings_block = MeetingsBlock()
        self.outcomes_block = OutcomesBlock()
        self.outcomes_block.meetingOpened.connect(self.open_meeting)
        self.tasks_block = TasksBlock()
        self.birthdays_block = BirthdaysBlock()
        self.expiring_block = ExpiringBlock()
        self.debts_block = DebtsBlock()
        self.stale_block = StaleBlock()
        self.meetings_block.meetingOpened.connect(self.open_meeting)
        self.tasks_block.taskDone.connect(self._task_ticked)
        for block in (
            self.outcomes_block,
            self.meetings_block,
            self.tasks_block,
            self.birthdays_block,
            self.expiring_block,
            self.debts_block,
            self.stale_block,
        ):
            block.clientClicked.connect(self.open_client)
        self.alert_block = Block(self.tr("Key-client alerts"))
        self.alert_block.setObjectName("alertBlock")
        self.share_block = Block(self.tr("Key clients by share"))
        self.share_block.setObjectName("shareBlock")

        self._lay_out()
        self._show_date()
        opening = self.tr("Opening the database…")  # until each block's first fill
        for each in self.findChildren(Block):
            each.set_note(opening)
        # the clock moves meetings on (time to leave, begun, over) and turns the day
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._tick)

    def _lay_out(self) -> None:
        """The blocks one under another, in a page that scrolls."""
        content = QWidget()
        content.setObjectName("todayContent")
        self.blocks = QVBoxLayout(content)
        self.blocks.setContentsMargins(16, 12, 16, 12)
        self.blocks.setSpacing(12)
        header = QVBoxLayout()
        header.setSpacing(0)
        header.addWidget(self.heading)
        header.addWidget(self.date_label)
        self.blocks.addLayout(header)
        for block in (
            self.outcomes_block,
            self.meetings_block,
            self.tasks_block,
            self.birthdays_block,
            self.expiring_block,
            self.debts_block,
            self.stale_block,
        ):
            self.blocks.addWidget(block)
        self.blocks.addWidget(self.alert_block)
        self.blocks.addWidget(self.share_block)
        self.blocks.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        guard_wheel(content)  # the wheel scrolls the page, not a field under it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def add_block(self, widget: QWidget) -> None:
        """Another block under the existing ones (before the closing stretch)."""
        self.blocks.insertWidget(self.blocks.count() - 1, widget)

    @property
    def loading(self) -> bool:
        """True while the page is being read: what it shows is about to be replaced."""
        return self._reader.busy

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        hub.changed.connect(self._on_changed)
        self._on_changed(frozenset())
        self.clock.start()

    def _tick(self) -> None:
        if not self.isVisible() or self.overview is None:
            return
        if self._today() != self._shown_day:
            self.refresh()
        else:
            self.meetings_block.retime(self._now())

    def _on_changed(self, changes: Changes) -> None:
        if not changes or not changes <= CHEAP_CHANGES:
            self._costly = None
            self._reader.cancel()  # a read begun before this change would bring it back
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._shown_day != self._today():
            self.refresh()

    # --- data ---------------------------------------------------------------------------------
    def show_first_rows(self, path: Path) -> bool:
        """Before the database opens (start-up): today's meetings and calls and those awaiting
        their outcome, read without the database layer (services.schedule.first_day); True
        when they show. The readiness scores and the other blocks come when attach() reads the
        whole page as usual."""
        from kamdesk.services.schedule.first_day import read_first_day

        first = read_first_day(path, self._today(), self._now())
        if first is None:
            return False
        self.meetings_block.fill(first.meetings, first.now)
        self.outcomes_block.fill(first.unrecorded)
        return True

    def _show_date(self) -> None:
        today = self._today()
        self._shown_day = today
        self.date_label.setText(long_date(today))

    def refresh(self) -> None:
        self._show_date()
        if self._db is None:
            return
        from kamdesk.services.clients.classification import Period, key_clients
        from kamdesk.services.schedule.today import today_overview

        self._stale = False
        today, now = self._today(), self._now()
        period = Period.last_12_months(today)
        reuse = self._costly if self._costly is not None and self._costly.today == today else None
        # the shares the client list and the dossiers use too, computed once per change
        key = ("key_clients", period)
        hub = self._hub
        cached = hub.peek(key) if hub is not None else None
        epoch = hub.epoch if hub is not None else 0

        def read(session: Session) -> tuple[TodayOverview, KeyClientReport | None]:
            report = cached
            if reuse is None and report is None:
                report = key_clients(session, period)
            o = today_overview(session, today, now=now, reuse=reuse, key_report=report)
            return o, (report if cached is None else None)

        def keep(result: tuple[TodayOverview, KeyClientReport | None]) -> None:
            o, computed = result
            if computed is not None and hub is not None:
                hub.remember(key, computed, epoch)
            self._show(o, period)

        self._reader.run(self._db, read, keep)

    def _show(self, o: TodayOverview, period: Period) -> None:
        today = o.today
        self._costly = o.costly
        self.overview = o
        self.meetings_block.fill(o.meetings, o.now)
        self.outcomes_block.fill(o.unrecorded)
        self.tasks_block.fill(
            o.overdue_tasks, o.overdue_task_count, o.upcoming_tasks, o.upcoming_task_count, today
        )
        self.birthdays_block.fill(o.birthdays, today)
        self.expiring_block.fill(o.expiring_prices, o.expiring_price_count, o.expiring_promotions)
        self.debts_block.fill(o.overdue_clients, o.overdue_client_count)
        self.stale_block.fill(
            o.stale_clients, o.stale_client_count, o.stale_days, o.key_client_count
        )
        report = o.key_report
        shares = [s for s in report.classification.clients if s.revenue > 0]
        self._fill_alerts(shares, report.thresholds)
        self._fill_top(shares, o.currency)
        self._fill_currency_warnings(o.warnings)
        self.share_block.set_note(
            self.tr(
                "Share of invoiced revenue from {start} to {end}. Amounts in {currency} at the "
                "rate of each invoice's date."
            ).format(
                start=self._day_text(period.start),
                end=self._day_text(period.end),
                currency=o.currency,
            )
        )

    # --- what the links and boxes do ----------------------------------------------------------
    def open_client(self, client_id: str) -> None:
        """The client's dossier (raised when it is open already)."""
        if self._db is None or self._hub is None:
            return
        windows.open_dossier(self._db, self._hub, client_id, parent=self.window())

    def open_meeting(self, meeting_id: str) -> None:
        if self._db is None or self._hub is None:
            return
        windows.open_meeting(
            self._db, self._hub, meeting_id, parent=self.window(), today=self._today()
        )

    def _task_ticked(self, task_id: str) -> None:
        # after the box's signal returns: marking it done refreshes the page, which deletes it
        QTimer.singleShot(0, lambda: self.mark_done(task_id))

    def mark_done(self, task_id: str) -> bool:
        if self._db is None or self._hub is None:
            return False
        from kamdesk.services.schedule.meetings import set_status

        def work(session: Session) -> bool:
            set_status(session, task_id, "done")
            return True

        from kamdesk.ui.operations import run_op

        done = run_op(self, self._db, self._hub, work)
        if not done:
            self.refresh()  # the box goes back as it was
        return bool(done)

    def _day_text(self, day: date) -> str:
        return day_text(day, weekday=False, year=True)

    def _fill_alerts(self, shares: list[ClientShare], t: Thresholds) -> None:
        # The same clients as classification.alerts(), worded here so they can be translated.
        self.alert_block.clear()
        self.alerts = []
        for s in shares:
            if "mono" in s.categories:
                level = "mono"
                label = self.tr("Mono-client")
                text = self.tr(
                    "{name} brings {share} of our revenue, above {limit}: "
                    "the business depends on one client."
                )
                limit = t.mono_share
            elif "critical" in s.categories:
                level = "critical"
                label = self.tr("Critical dependency")
                text = self.tr(
                    "{name} brings {share} of our revenue, above {limit}: "
                    "losing it would hurt badly."
                )
                limit = t.critical_share
            else:
                continue
            message = text.format(
                name=s.name, share=format_share(s.share), limit=format_share(limit, digits=0)
            )
            self.alerts.append((level, message))
            self.alert_block.body.addWidget(self._alert_label(level, label, message))
        if self.alerts:
            self.alert_block.set_note("")
        else:
            self.alert_block.set_note(
                self.tr(
                    "No alerts: no client brings more than {limit} of revenue "
                    "in the last 12 months."
                ).format(limit=format_share(t.critical_share, digits=0))
            )

    def _alert_label(self, level: str, label: str, message: str) -> QLabel:
        background, accent, text = ALERT_STYLES[level]
        alert = QLabel(f"<b>{html.escape(label)}</b> — {html.escape(message)}")
        alert.setObjectName(f"alert_{level}")
        alert.setProperty("level", level)
        alert.setTextFormat(Qt.TextFormat.RichText)
        alert.setWordWrap(True)
        alert.setStyleSheet(
            f"QLabel {{ background: {background}; color: {text}; border-left: 5px solid {accent};"
            " padding: 8px 10px; border-radius: 3px; font-size: 13px; }"
        )
        return alert

    def _fill_top(self, shares: list[ClientShare], currency: str) -> None:
        self.share_block.clear()
        self.top_clients = shares[:TOP_CLIENTS]
        if not self.top_clients:
            empty = QLabel(self.tr("No invoiced revenue in the last 12 months."))
            empty.setObjectName("noRevenue")
            self.share_block.body.addWidget(empty)
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        labels = category_labels()
        biggest = max(s.share for s in self.top_clients)
        for row, s in enumerate(self.top_clients):
            name = elided_label(s.name, "topClientName")  # a long name gives way
            if "key" in s.categories:
                name.setStyleSheet(BOLD_STYLE)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setRange(0, 1000)
            bar.setValue(int(s.share / biggest * 1000) if biggest > 0 else 0)
            bar.setFixedHeight(10)
            bar.setFixedWidth(220)
            share = QLabel(format_share(s.share))
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            revenue = QLabel(f"{format_amount(s.revenue)} {currency}")
            revenue.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            revenue.setStyleSheet(PLACEHOLDER_STYLE)
            tags = QLabel(", ".join(labels.get(c, c) for c in s.categories))
            if "mono" in s.categories or "critical" in s.categories:
                tags.setStyleSheet(f"color: {ALERT_STYLES['critical'][1]}; font-weight: bold;")
            for column, widget in enumerate((name, bar, share, revenue, tags)):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(5, 1)  # the columns keep together on a wide window
        self.share_block.body.addLayout(grid)

    def _fill_currency_warnings(self, warnings: tuple[str, ...]) -> None:
        """Documents left out of the shares for want of an exchange rate, named under them."""
        self.currency_warnings = list(warnings)
        for text in warnings:
            label = make_label(text, name="currencyWarning", tone="amberBold")
            label.setWordWrap(True)
            self.share_block.body.addWidget(label)

    # --- what tests and other blocks read -----------------------------------------------------
    def alert_texts(self) -> list[str]:
        return [text for _level, text in self.alerts]

    def top_client_shares(self) -> list[tuple[str, Decimal]]:
        return [(s.name, s.share) for s in self.top_clients]
