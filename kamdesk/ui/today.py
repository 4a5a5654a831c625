"""The Today section: what the KAM must know this morning, one block under another.

For now: key-client alerts (dependency on one client) and the key clients by share. Other
blocks (meetings, tasks, birthdays) are added with add_block(); each block is a title and a
body in one frame. Services are imported inside methods: the main window imports this module
before the database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import ClientShare, Thresholds
from kamdesk.ui.pareto_chart import format_amount, format_share
from kamdesk.ui.reports import category_labels

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub

TOP_CLIENTS = 5
ALERT_STYLES = {
    # level: (background, accent, text)
    "mono": ("#fde3e1", "#b00020", "#5c0010"),
    "critical": ("#fff1dc", "#d97b00", "#4d2c00"),
}


class Block(QFrame):
    """One block of the Today page: a title and whatever goes under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayBlock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        self.title.setStyleSheet("font-size: 14px;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.note.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self.body)

    def clear(self) -> None:
        _empty(self.body)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


def _empty(layout: QLayout) -> None:
    """Remove everything in a layout at once (not only at the next event loop turn)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()


class TodaySection(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        self._today = today
        self._db: Database | None = None
        self._stale = False
        self.alerts: list[tuple[str, str]] = []  # (level, text) as shown
        self.top_clients: list[ClientShare] = []

        self.heading = QLabel(self.tr("<h2>Today</h2>"))
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.date_label.setStyleSheet("font-size: 14px; color: palette(placeholder-text);")
        self.alert_block = Block(self.tr("Key-client alerts"))
        self.alert_block.setObjectName("alertBlock")
        self.share_block = Block(self.tr("Key clients by share"))
        self.share_block.setObjectName("shareBlock")

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
        self.blocks.addWidget(self.alert_block)
        self.blocks.addWidget(self.share_block)
        self.blocks.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_date()
        self.alert_block.set_note(self.tr("Opening the database…"))

    def add_block(self, widget: QWidget) -> None:
        """Another block under the existing ones (before the closing stretch)."""
        self.blocks.insertWidget(self.blocks.count() - 1, widget)

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        hub.changed.connect(self._on_changed)
        self._on_changed(frozenset())

    def _on_changed(self, _changes: frozenset[str]) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._shown_day != self._today():
            self.refresh()

    # --- data ---------------------------------------------------------------------------------
    def _show_date(self) -> None:
        today = self._today()
        self._shown_day = today
        self.date_label.setText(
            self.locale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )

    def refresh(self) -> None:
        self._show_date()
        if self._db is None:
            return
        from kamdesk.services.classification import Period, key_clients
        from kamdesk.services.company import get_company

        self._stale = False
        period = Period.last_12_months(self._today())
        with self._db.reading() as session:
            report = key_clients(session, period)
            currency = get_company(session).default_currency
        shares = [s for s in report.classification.clients if s.revenue > 0]
        self._fill_alerts(shares, report.thresholds)
        self._fill_top(shares, currency)
        self.share_block.set_note(
            self.tr("Share of invoiced revenue from {start} to {end}.").format(
                start=self._day_text(period.start), end=self._day_text(period.end)
            )
        )

    def _day_text(self, day: date) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

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
            name = QLabel(s.name)
            name.setObjectName("topClientName")
            name.setToolTip(s.name)
            if "key" in s.categories:
                name.setStyleSheet("font-weight: bold;")
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
            revenue.setStyleSheet("color: palette(placeholder-text);")
            tags = QLabel(", ".join(labels.get(c, c) for c in s.categories))
            if "mono" in s.categories or "critical" in s.categories:
                tags.setStyleSheet(f"color: {ALERT_STYLES['critical'][1]}; font-weight: bold;")
            for column, widget in enumerate((name, bar, share, revenue, tags)):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(5, 1)  # the columns keep together on a wide window
        self.share_block.body.addLayout(grid)

    # --- what tests and other blocks read -----------------------------------------------------
    def alert_texts(self) -> list[str]:
        return [text for _level, text in self.alerts]

    def top_client_shares(self) -> list[tuple[str, Decimal]]:
        return [(s.name, s.share) for s in self.top_clients]
