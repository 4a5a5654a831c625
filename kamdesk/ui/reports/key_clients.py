"""The Reports section: who is a key client, as a Pareto chart, a summary and a table.

Services are imported inside methods: the main window imports this module before the database
(and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.classification import Classification, ClientShare
from kamdesk.domain.text import sort_key
from kamdesk.reports.sheets import Percent
from kamdesk.services.changes import Changes
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.plans.plans_page import PlansPage
from kamdesk.ui.reports.dashboard import DashboardPage
from kamdesk.ui.reports.losses_report import LossesReport
from kamdesk.ui.reports.pareto_chart import ParetoChart, format_amount, format_share, pareto_bars
from kamdesk.ui.reports.report_output import ReportOutput, key_clients_described
from kamdesk.ui.reports.report_page import ReportPage, currency_warning_label, show_warnings
from kamdesk.ui.reports.thresholds_panel import ThresholdsPanel, threshold_text
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import integer, short_date
from kamdesk.ui.widgets.period import from_qdate
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.table_state import remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.classification import KeyClientReport
    from kamdesk.services.settings import Rules

Index = QModelIndex | QPersistentModelIndex
CRITICAL_BACKGROUND = QColor(house.CRITICAL_BACKGROUND)
MONO_BACKGROUND = QColor(house.MONO_BACKGROUND)
_HUNDRED = Decimal(100)


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyClientTableModel", text)


def category_labels() -> dict[str, str]:
    return {"key": _tr("key"), "critical": _tr("critical"), "mono": _tr("mono-client")}


def reason_labels() -> dict[str, str]:
    return {
        "revenue": _tr("revenue"),
        "potential": _tr("potential"),
        "reference": _tr("reference"),
        "partner": _tr("partner"),
        "competent": _tr("more competent"),
        "innovator": _tr("innovator"),
    }


# --- the table --------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyClientRow:
    rank: int
    client_id: str
    name: str
    revenue: Decimal
    share: Decimal
    cumulative_share: Decimal
    abc: str
    categories: tuple[str, ...]
    potential: Decimal | None
    reasons: tuple[str, ...]

    @classmethod
    def of(cls, rank: int, s: ClientShare, reasons: tuple[str, ...]) -> KeyClientRow:
        return cls(rank, s.client_id, s.name, s.revenue, s.share, s.cumulative_share, s.abc,
                   s.categories, s.potential, reasons)  # fmt: skip


COLUMNS: tuple[tuple[str, str], ...] = (
    ("rank", QT_TRANSLATE_NOOP("KeyClientTableModel", "#")),
    ("name", QT_TRANSLATE_NOOP("KeyClientTableModel", "Client")),
    ("revenue", QT_TRANSLATE_NOOP("KeyClientTableModel", "Revenue")),
    ("share", QT_TRANSLATE_NOOP("KeyClientTableModel", "Share")),
    ("cumulative_share", QT_TRANSLATE_NOOP("KeyClientTableModel", "Cumulative")),
    ("abc", QT_TRANSLATE_NOOP("KeyClientTableModel", "ABC")),
    ("categories", QT_TRANSLATE_NOOP("KeyClientTableModel", "Key client")),
    ("potential", QT_TRANSLATE_NOOP("KeyClientTableModel", "Potential")),
    ("reasons", QT_TRANSLATE_NOOP("KeyClientTableModel", "Key reasons")),
)

HEADER_TIPS = {
    "rank": QT_TRANSLATE_NOOP("KeyClientTableModel", "Rank by revenue"),
    "share": QT_TRANSLATE_NOOP("KeyClientTableModel", "The client's share of all revenue"),
    "cumulative_share": QT_TRANSLATE_NOOP(
        "KeyClientTableModel", "The share of this client and all above it together"
    ),
    "abc": QT_TRANSLATE_NOOP(
        "KeyClientTableModel", "A: the biggest clients by revenue; C: the smallest"
    ),
    "potential": QT_TRANSLATE_NOOP(
        "KeyClientTableModel", "Estimated spend of the client minus what it buys from us"
    ),
}


class KeyClientTableModel(RowsTableModel[KeyClientRow]):
    """Plain rows, biggest first."""

    COLUMNS = COLUMNS
    RIGHT = frozenset({"rank", "revenue", "share", "cumulative_share", "potential"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = ""

    def set_rows(self, rows: list[KeyClientRow]) -> None:
        self.replace_rows(rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "revenue" and self.currency:
                return _tr("Revenue, {currency}").format(currency=self.currency)
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.RIGHT:
            return self.alignment(field)
        if role == Qt.ItemDataRole.ToolTipRole and field in HEADER_TIPS:
            return _tr(HEADER_TIPS[field])
        return super().headerData(section, orientation, role)

    def key(self, row: KeyClientRow) -> str:
        return row.client_id

    def export_value(self, row: KeyClientRow, field: str) -> Any:
        if field in ("share", "cumulative_share"):
            return Percent(getattr(row, field))
        return super().export_value(row, field)

    def cell(self, row: KeyClientRow, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "abc":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if "mono" in row.categories:
                return MONO_BACKGROUND
            if "critical" in row.categories:
                return CRITICAL_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.categories:
            return QColor(house.TEXT_ON_TINT)  # stays readable on the tinted rows in a dark theme
        if role == Qt.ItemDataRole.FontRole and field == "name" and "key" in row.categories:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and field in ("name", "reasons"):
            return self.display(row, field)
        return None

    def display(self, row: KeyClientRow, field: str) -> str:
        if field == "rank":
            return str(row.rank)
        if field == "revenue":
            return format_amount(row.revenue)
        if field in ("share", "cumulative_share"):
            return format_share(getattr(row, field))
        if field == "categories":
            labels = category_labels()
            return ", ".join(labels.get(c, c) for c in row.categories)
        if field == "reasons":
            labels = reason_labels()
            return ", ".join(labels.get(r, r) for r in row.reasons)
        if field == "potential":
            return "—" if row.potential is None else format_amount(row.potential)
        return str(getattr(row, field))

    def sort_value(self, row: KeyClientRow, field: str) -> Any:
        if field == "name":
            return sort_key(row.name)
        if field in ("revenue", "share", "cumulative_share"):
            return float(getattr(row, field))  # ordering only; the shown text stays exact
        if field == "potential":
            return -1.0 if row.potential is None else float(row.potential)
        if field == "categories":
            return len(row.categories)
        if field == "reasons":
            return ", ".join(row.reasons)
        return getattr(row, field)


# --- the section ------------------------------------------------------------------------------
class ReportsSection(ReportPage):
    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        names = ("periodFrom", "periodTo", "quickPeriods")
        super().__init__(names, today=today, parent=parent)
        self.setObjectName("reportsSection")
        self.rules: Rules | None = None
        self.report: KeyClientReport | None = None

        heading = QLabel(self.tr("<h2>Key clients</h2>"))
        heading.setToolTip(
            self.tr("Who brings our revenue: shares, ABC classes and dependency on one client")
        )
        self.thresholds_button = QPushButton(self.tr("Thresholds…"))
        self.thresholds_button.setObjectName("thresholdsButton")
        self.thresholds_button.setCheckable(True)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.thresholds_button)

        self.summary = QLabel(self.tr("Opening the database…"))
        self.summary.setObjectName("keyClientSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.warning = currency_warning_label()

        self.chart = ParetoChart()
        self._make_table()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([390, 260])
        splitter.setChildrenCollapsible(False)
        self.thresholds = ThresholdsPanel()
        self.thresholds.hide()
        body = QHBoxLayout()
        body.addWidget(splitter, 1)
        body.addWidget(self.thresholds)

        key_page = QWidget()
        layout = QVBoxLayout(key_page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        # the period on a row of its own: one row would not fit a narrow window
        layout.addWidget(self.period_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(body, 1)
        layout.addLayout(self.output.row())
        # the section's reports, one page each
        self.losses = LossesReport(today=today)
        self.pages = QTabWidget()
        self.pages.setObjectName("reportPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(key_page, self.tr("Key clients"))
        self.pages.addTab(self.losses, self.tr("Returns and refusals"))
        self.pages.addTab(
            PlansPage(lambda: (self._db, self._hub), today=today), self.tr("Sales plans")
        )
        self.pages.insertTab(0, DashboardPage(today=today, section=self), self.tr("Dashboard"))
        section = QVBoxLayout(self)
        section.setContentsMargins(0, 4, 0, 0)
        section.addWidget(self.pages)

        self.thresholds_button.toggled.connect(self._toggle_thresholds)
        self.thresholds.save_button.clicked.connect(self.save_thresholds)
        for field in self.thresholds.fields.values():
            field.returnPressed.connect(self.save_thresholds)
        self._enable(False)
        self.show_figures_in(self.chart, self.table)

    def _make_table(self) -> None:
        """The clients, biggest first, sortable by any column."""
        self.model = KeyClientTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(KeyClientTableModel.SORT_ROLE)
        self.table = list_table("keyClientTable")
        self.table.setModel(self.proxy)
        remember_table(self.table, "keyClientTable", sort=(0, Qt.SortOrder.AscendingOrder))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(self.table, (44, 260, 130, 70, 90, 44, 120, 130, 100))
        # Export… and Print… of the table as shown
        self.output = ReportOutput(
            self,
            self.table,
            lambda: key_clients_described(self),
            name="keyClients",
            period=self.period,
        )

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        hub.changed.connect(self._on_changed)
        self._enable(True)
        self._on_changed(frozenset())
        self.losses.attach(db, hub)

    def _enable(self, on: bool) -> None:
        self.period_bar.set_controls_enabled(on)
        self.thresholds_button.setEnabled(on)

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh_when_seen()  # any change can move revenue or the rules

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._db is None:
            return
        from kamdesk.services.clients.classification import Period, key_clients
        from kamdesk.services.settings import get_rules

        self._stale = False
        start, end = self.period()
        if start > end:
            self.filled_otherwise()
            self.report = None
            self.model.set_rows([])
            self.chart.set_data([])
            show_warnings(self.warning, ())
            self.say_reversed_period()
            return

        def read(session: Session) -> tuple[Rules, KeyClientReport]:
            rules = get_rules(session)
            return rules, key_clients(session, Period(start, end), rules.thresholds)

        self.read(self._db, read, self._show)

    def _show(self, result: tuple[Rules, KeyClientReport]) -> None:
        self.rules, report = result
        self.report = report
        currency = report.currency
        self.thresholds.set_currency(currency)
        clients = [c for c in report.classification.clients if c.revenue != 0]
        self.model.currency = currency
        reasons = report.reasons
        rows = [
            KeyClientRow.of(rank, c, reasons.get(c.client_id, ()))
            for rank, c in enumerate(clients, 1)
        ]
        self.model.set_rows(rows)
        t = report.thresholds
        self.chart.set_data(pareto_bars(clients), currency=currency, guides=(t.abc_a, t.abc_b))
        self.summary.setText(self._summary_text(report.classification, currency))
        show_warnings(self.warning, report.warnings)

    def _summary_text(self, c: Classification, currency: str) -> str:
        if not c.clients or c.concentration.total_revenue <= 0:
            return self.tr("No invoiced revenue from {start} to {end}.").format(
                start=short_date(from_qdate(self.from_edit.date())),
                end=short_date(from_qdate(self.to_edit.date())),
            )
        k = c.concentration
        count = {cat: sum(1 for s in c.clients if cat in s.categories)
                 for cat in ("key", "critical", "mono")}  # fmt: skip
        hhi = int(k.hhi.to_integral_value())
        level = (
            self.tr("low concentration")
            if hhi < 1500
            else self.tr("moderate concentration")
            if hhi <= 2500
            else self.tr("high concentration")
        )
        parts = [
            self.tr("Total revenue <b>{amount} {currency}</b>").format(
                amount=format_amount(k.total_revenue), currency=currency
            ),
            self.tr("top client <b>{share}</b>").format(share=format_share(k.top1_share)),
            self.tr("top 3 <b>{share}</b>").format(share=format_share(k.top3_share)),
            self.tr("HHI <b>{hhi}</b> ({level})").format(hhi=integer(hhi), level=level),
            self.tr("key <b>{n}</b>").format(n=count["key"]),
            self.tr("critical <b>{n}</b>").format(n=count["critical"]),
            self.tr("mono-client <b>{n}</b>").format(n=count["mono"]),
            self.tr("clients with revenue <b>{n}</b>").format(
                n=sum(1 for s in c.clients if s.revenue > 0)
            ),
        ]
        basis = self.tr("Amounts in {currency} at the rate of each invoice's date.").format(
            currency=currency
        )
        return " · ".join(parts) + "<br>" + basis

    # --- thresholds ---------------------------------------------------------------------------
    def _toggle_thresholds(self, on: bool) -> None:
        if on and self.rules is not None:
            self.thresholds.load(self.rules)
        self.thresholds.setVisible(on)

    def save_thresholds(self) -> None:
        if self._db is None or self._hub is None or self.rules is None:
            return
        from kamdesk.services.settings import RULE_FIELDS, get_rules, save_rules

        base = self.rules
        rules, problems = self.thresholds.read(base)
        self.thresholds.show_problems(problems)
        if problems:
            return

        def work(session: Session, pick: Pick) -> Rules:
            save_rules(
                session, RULE_FIELDS.choose(rules, pick.chosen), base=pick.rebase(base, RULE_FIELDS)
            )
            return get_rules(session)

        saved = run_edit(
            self, self._db, self._hub, work, labels=self.thresholds.names(), show=threshold_text
        )
        if saved is not None:
            self._saved(saved)

    def _saved(self, rules: Rules) -> None:
        self.rules = rules
        self.thresholds.load(rules)
        self.thresholds.status.setStyleSheet("")
        self.thresholds.status.setText(self.tr("Saved: the report uses the new thresholds."))
