"""The KPI dashboard, the first page of the Reports section: the period's figures against the
same period last year as tiles (each opens the clients behind it), and the charts.

The figures come from services.kpi.dashboard (imported inside methods: the main window imports
this module before the database is loaded), read off the GUI thread; the page refreshes when
what it shows changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.reports.dashboard_charts import (
    ChartBox,
    ChartView,
    aging_chart,
    key_trend_chart,
    overdue_chart,
    plan_chart,
)
from kamdesk.ui.reports.dashboard_tiles import FigureClients, FigureTile, against_text
from kamdesk.ui.reports.pareto_chart import ParetoChart, pareto_bars
from kamdesk.ui.reports.report_page import ReportPage, currency_warning_label, show_warnings
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import scroll_area
from kamdesk.ui.widgets.numbers import short_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.kpi.dashboard import Dashboard
    from kamdesk.ui.operations import ChangeHub

FIGURE_KEYS = ("turnover", "plan", "overdue", "returns", "refusals", "complaints", "concentration")
REFRESH_ON = frozenset(
    {
        Change.INVOICES,
        Change.PAYMENTS,
        Change.RETURNS,
        Change.ORDERS,
        Change.PLANS,
        Change.CLIENTS,
        Change.PRICES,  # exchange rates
        Change.SETTINGS,  # the ABC limits
        Change.SYNC,
    }
)
TILE_COLUMNS = 4


class DashboardPage(ReportPage):
    """`section`: the Reports section the page sits in; the page takes the section's database
    when first shown (the section attaches its pages), or is attached itself."""

    def __init__(
        self,
        *,
        today: Callable[[], date] = date.today,
        section: ReportPage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        names = ("dashboardFrom", "dashboardTo", "dashboardQuickPeriods")
        super().__init__(names, today=today, parent=parent)
        self.setObjectName("dashboardPage")
        self._section = section
        self.dashboard: Dashboard | None = None
        self.clients_dialog: FigureClients | None = None
        self.period_bar.set_period(date(today().year, 1, 1), today())  # this year to date

        self.summary = QLabel(self.tr("Opening the database…"))
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.warning = currency_warning_label()

        self.tiles = {key: FigureTile(key) for key in FIGURE_KEYS}
        tiles = QWidget()
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(FIGURE_KEYS):
            grid.addWidget(self.tiles[key], i // TILE_COLUMNS, i % TILE_COLUMNS)
            self.tiles[key].clicked.connect(self.open_figure)
        for column in range(TILE_COLUMNS):
            grid.setColumnStretch(column, 1)

        self.charts = {
            "plan": ChartBox("planChart", ChartView()),
            "aging": ChartBox("agingChart", ChartView()),
            "overdue": ChartBox("overdueChart", ChartView()),
            "key_clients": ChartBox("keyTrendChart", ChartView()),
            "pareto": ChartBox(
                "paretoBox", ParetoChart(), self.tr("Revenue by client, biggest first (Pareto)")
            ),
        }
        charts = QWidget()
        chart_grid = QGridLayout(charts)
        chart_grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(("plan", "aging", "key_clients", "overdue")):
            chart_grid.addWidget(self.charts[key], i // 2, i % 2)
        self.charts["pareto"].chart.setMinimumHeight(380)
        chart_grid.addWidget(self.charts["pareto"], 2, 0, 1, 2)

        heading = QLabel(self.tr("<h2>Dashboard</h2>"))
        heading.setToolTip(self.tr("The period's key figures against the same period last year"))
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setObjectName("dashboardPrint")
        self.print_button.setToolTip(
            self.tr("The figures and the charts as a PDF with the period: preview, print or save")
        )
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda _c=False: self.print_())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.print_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(tiles)
        layout.addWidget(charts, 1)
        scroll = scroll_area(body, "dashboardScroll")  # the wheel scrolls it, not a field
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.period_bar.set_controls_enabled(False)
        self.show_figures_in(tiles, charts)

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        hub.changed.connect(self._on_changed)
        self.period_bar.set_controls_enabled(True)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._db is None and self._section is not None:
            # the section is attached before it is first shown: its database and hub are ours
            db, hub = self._section._db, self._section._hub
            if db is not None and hub is not None:
                self.attach(db, hub)
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if changes & REFRESH_ON:
            self.refresh_when_seen()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._db is None:
            return
        from kamdesk.services.kpi.dashboard import dashboard
        from kamdesk.services.settings import get_rules

        self._stale = False
        start, end = self.period()
        if start > end:
            self.filled_otherwise()
            self.dashboard = None
            self.print_button.setEnabled(False)
            for tile in self.tiles.values():
                tile.clear()
            show_warnings(self.warning, ())
            self.say_reversed_period()
            return
        today = self._today()

        def read(session: Session) -> Dashboard:
            return dashboard(session, today, start, end, get_rules(session).thresholds)

        self.read(self._db, read, self._show)

    def _show(self, board: Dashboard) -> None:
        self.dashboard = board
        self.print_button.setEnabled(True)
        currency = board.currency
        for key, tile in self.tiles.items():
            against = against_text(key, board.overdue_compared_at)
            tile.show_figure(board.figure(key), currency, against)
        self._draw_charts(board)
        self.summary.setText(self._summary_text(board))
        show_warnings(self.warning, board.warnings)

    def _draw_charts(self, board: Dashboard) -> None:
        currency = board.currency
        months = [(m.month, m.plan, m.actual) for m in board.plan_months]
        self._chart("plan").show_chart(plan_chart(months, currency))
        self.charts["plan"].say_empty(
            "" if any(m.plan for m in board.plan_months) else self.tr("No plan in the period.")
        )
        self._chart("aging").show_chart(aging_chart(board.aging, currency))
        self.charts["aging"].say_empty(
            "" if any(v for _, v in board.aging) else self.tr("Nothing is owed today.")
        )
        self._chart("overdue").show_chart(overdue_chart(board.trend))
        series = [(s.name, s.points) for s in board.key_series]
        self._chart("key_clients").show_chart(key_trend_chart(series, currency))
        self.charts["key_clients"].say_empty("" if series else self.tr("No revenue in the period."))
        clients = [c for c in board.pareto if c.revenue != 0]
        pareto = self.charts["pareto"].chart
        assert isinstance(pareto, ParetoChart)
        pareto.set_data(pareto_bars(clients), currency=currency, guides=board.guides)

    def _chart(self, key: str) -> ChartView:
        view = self.charts[key].chart
        assert isinstance(view, ChartView)
        return view

    def _summary_text(self, board: Dashboard) -> str:
        return self.tr(
            "<b>{start} to {end}</b> against {previous_start} to {previous_end}. Amounts in "
            "{currency} at the rate of each document's date; receivables as they stand "
            "today. Click a figure to see the clients behind it."
        ).format(
            start=short_date(board.start),
            end=short_date(board.end),
            previous_start=short_date(board.previous_start),
            previous_end=short_date(board.previous_end),
            currency=board.currency,
        )

    def print_(self) -> None:
        """The figures and the charts as a PDF in the preview."""
        if self.dashboard is None:
            return
        from kamdesk.ui.reports.dashboard_print import print_dashboard

        print_dashboard(self, self.dashboard, FIGURE_KEYS, self.charts)

    # --- the clients behind a figure ----------------------------------------------------------
    def open_figure(self, key: str) -> None:
        board = self.dashboard
        if board is None:
            return
        if self.clients_dialog is not None:
            self.clients_dialog.close()
            self.clients_dialog.deleteLater()
        dialog = FigureClients(
            board.figure(key),
            board.currency,
            self.open_client,
            self,
            period=(board.start, board.end),
        )
        self.clients_dialog = dialog
        dialog.show()

    def open_client(self, client_id: str) -> QWidget | None:
        if self._db is None or self._hub is None:
            return None
        return windows.open_dossier(self._db, self._hub, client_id, parent=self.window())
