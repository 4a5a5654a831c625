"""Reports > Sales plans: the year's plan per client in a grid the KAM types into, and for a
month, quarter or the year the plan against actual, fulfilment, forecast and gap per client.

Reads run off the GUI thread (operations.Reader) and again when plans, invoices, returns or
clients change; a typed month is saved at once (run_op, one unit of work). Services are
imported inside methods: the main window imports this module before the database (and
SQLAlchemy) is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.operations import ChangeHub, Reader, read_now
from kamdesk.ui.plans.grid_model import FIRST_MONTH, PlanGridModel, month_index
from kamdesk.ui.plans.plans_output import progress_described
from kamdesk.ui.plans.progress_model import PlanProgressModel, ProgressRow
from kamdesk.ui.reports.report_output import ReportOutput
from kamdesk.ui.reports.report_page import currency_warning_label, show_warnings
from kamdesk.ui.widgets import file_dialogs, numbers
from kamdesk.ui.widgets.columns import fit_column, fit_columns
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import month_year, short_date
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE, OK_STYLE
from kamdesk.ui.widgets.table_state import keep_order, remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.classification import KeyClientReport
    from kamdesk.services.plans.grid import PlanGrid
    from kamdesk.services.plans.plan_import import PlanImport
    from kamdesk.services.plans.progress import PlanReport

# what a plan's figures are made of: a change to any of these is a new read
SHOWN = frozenset({Change.PLANS, Change.INVOICES, Change.RETURNS, Change.CLIENTS, Change.COMPANY})
Connection = Callable[[], tuple["Database | None", "ChangeHub | None"]]
PageData = tuple["PlanGrid", "PlanReport", "KeyClientReport | None"]


class PlansPage(QWidget):
    """`connection` gives the section's database and change hub once it has them: the page
    attaches itself when first shown (or call attach)."""

    def __init__(
        self,
        connection: Connection | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plansPage")
        self._connection = connection
        self._today = today
        self._db: Database | None = None
        self._hub: ChangeHub | None = None
        self._stale = False
        self._year_shown: int | None = None
        self.reader = Reader(self)
        self._file_reader = Reader(self)  # a sheet to import, read and checked
        self._file_reader.applied.connect(lambda: self._say("", ""))
        self.import_dialog: Any = None  # the preview of the last file chosen

        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.import_button = QPushButton(icon("import"), self.tr("Import…"))
        self.import_button.setObjectName("importPlans")
        self.import_button.setToolTip(
            self.tr(
                "Plans from a CSV or XLSX sheet: client, month, amount, or client and a "
                "column per month (2026-01 …)"
            )
        )
        self.export_button = QPushButton(icon("export"), self.tr("Export plans…"))
        self.export_button.setObjectName("exportPlans")
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self._make_grid()
        self._make_progress()
        self._lay_out()
        self.year.valueChanged.connect(self._year_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self._fill_periods()
        self._enable(False)

    # --- building -----------------------------------------------------------------------------
    def _make_grid(self) -> None:
        self.grid_model = PlanGridModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("planGrid")
        self.grid.setModel(self.grid_model)
        keep_order(
            self.grid,
            "an editable grid of clients by month with its totals row: typed into, not browsed",
        )
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        rows = self.grid.verticalHeader()  # the clients' names, in view whatever is scrolled
        fit_rows(self.grid)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMaximumWidth(260)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_column(self.grid, 0, 44)
        for column in range(FIRST_MONTH, self.grid_model.columnCount()):
            self.grid.setColumnWidth(column, 104)
        self.grid.installEventFilter(self)
        self.grid_model.edited.connect(self._save)
        self.grid_model.refused.connect(self._say_refused)

    def _make_progress(self) -> None:
        self.period = QComboBox()
        self.period.setObjectName("planPeriod")
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.warning = currency_warning_label()
        self.progress_model = PlanProgressModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.progress_model)
        proxy.setSortRole(PlanProgressModel.SORT_ROLE)
        self.progress = list_table("planProgress", word_wrap=False)
        self.progress.setModel(proxy)
        remember_table(self.progress, "planProgress", sort=(0, Qt.SortOrder.AscendingOrder))
        header = self.progress.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names take the rest
        fit_columns(self.progress, (260, 44, 140, 140, 90, 140, 140))
        self.plan_report: PlanReport | None = None  # the progress shown
        self.progress_output = ReportOutput(
            self,
            self.progress,
            lambda: progress_described(
                self.plan_report, self.progress_model.rows, self._period_words
            ),
            name="planProgress",
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Sales plans</h2>")))
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        hint = QLabel(
            self.tr(
                "Type a month's plan in the client's currency; an empty cell or 0 is no "
                "plan. Quarters and the year are the sums of their months."
            )
        )
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Against actual for")))
        bar.addWidget(self.period)
        bar.addWidget(self.summary, 1)
        below.addLayout(bar)
        below.addWidget(self.warning)
        below.addWidget(self.progress, 1)
        below.addLayout(self.progress_output.row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def _fill_periods(self) -> None:
        """The year, its quarters and its months, the same choice kept across years."""
        year, kept = self.year.value(), max(self.period.currentIndex(), 0)
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("the year {year}").format(year=year), str(year))
        for q in range(1, 5):
            self.period.addItem(self.tr("Q{q} {year}").format(q=q, year=year), f"{year}-Q{q}")
        for m in range(1, 13):
            self.period.addItem(month_year(year, m), f"{year}-{m:02d}")
        self.period.setCurrentIndex(kept)
        self.period.blockSignals(False)

    def _period_words(self, label: str) -> str:
        """A period as the choice names it ("Q1 2026" for 2026-Q1)."""
        index = self.period.findData(label)
        return self.period.itemText(index) if index >= 0 else label

    def _enable(self, on: bool) -> None:
        for widget in (self.year, self.period, self.import_button, self.export_button):
            widget.setEnabled(on)

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db, self._hub = db, hub
        hub.changed.connect(self._on_changed)
        self._enable(True)
        self.refresh_when_seen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._db is None and self._connection is not None:
            db, hub = self._connection()
            if db is not None and hub is not None:
                self.attach(db, hub)
                return
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & SHOWN:
            self.refresh_when_seen()

    def refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the grid, Delete clears a month's plan and Esc drops a refused value."""
        if watched is self.grid and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.grid.currentIndex()
            if month_index(index.column()) is not None and self.grid.state() != (
                QAbstractItemView.State.EditingState
            ):
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.grid_model.setData(index, "")
                    return True
                if event.key() == Qt.Key.Key_Escape:
                    self.grid_model.forget_refused(index)
                    self._say("", "")
                    return True
        return super().eventFilter(watched, event)

    # --- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._db is None:
            return
        from kamdesk.domain.plans import parse_period
        from kamdesk.services.clients.classification import Period, key_clients
        from kamdesk.services.plans.grid import active_key_clients, read_grid
        from kamdesk.services.plans.progress import plan_report

        self._stale = False
        year, today = self.year.value(), self._today()
        period = parse_period(self.period.currentData() or str(year))
        shares = ("key_clients", Period.last_12_months(today))  # the cache Today fills too
        hub = self._hub
        cached = hub.peek(shares) if hub is not None else None
        epoch = hub.epoch if hub is not None else 0

        def read(session: Session) -> PageData:
            report = cached or key_clients(session, shares[1])
            key_ids = active_key_clients(session, today, report)
            grid = read_grid(session, year, today, key_ids=key_ids)
            return grid, plan_report(session, period, today), None if cached else report

        def show(result: PageData) -> None:
            grid, report, computed = result
            if computed is not None and hub is not None:
                hub.remember(shares, computed, epoch)
            self._show(grid, report)

        self.summary.setText(self.tr("Reading…"))
        self.reader.run(self._db, read, show)

    def _show(self, grid: PlanGrid, report: PlanReport) -> None:
        first = self._year_shown is None
        current = self.grid.currentIndex()
        shown = self.grid_model.rows
        was = (shown[current.row()].client_id, current.column()) if current.isValid() else None
        self.grid_model.set_rows(
            [*grid.rows, grid.new_clients], keep_typed=grid.year == self._year_shown
        )
        self._year_shown = grid.year
        keys = [r.client_id for r in self.grid_model.rows]
        if was is not None and was[0] in keys:  # the cell the KAM was on stays current
            self.grid.setCurrentIndex(self.grid_model.index(keys.index(was[0]), was[1]))
        if first:  # the figures' widths once: later reads keep what the KAM set
            self.grid.resizeColumnsToContents()
        rows = [ProgressRow(c.client_id, c.name, c.currency, c.progress) for c in report.clients]
        new = report.new_clients
        if report.new_clients_planned or new.actual:
            rows.append(ProgressRow(None, "", report.reporting, new))
        self.plan_report = report
        self.progress_model.replace_rows(rows)
        show_warnings(self.warning, report.warnings)
        self.summary.setText(self._summary_text(report, rows))

    def _summary_text(self, report: PlanReport, rows: list[ProgressRow]) -> str:
        clients = [r for r in rows if r.client_id is not None]
        if not clients and not report.new_clients_planned:
            return self.tr("No plan for {period}.").format(period=report.period.label)
        behind = sum(1 for r in rows if r.behind)
        met = sum(1 for r in rows if r.met)
        # the other counts stand where no noun must agree with them (met: 3 · behind: 1)
        return self.tr(
            "%n client(s) with a plan · met: {met} · <b>behind: {behind}</b> (at the pace so "
            "far the plan will not be met) · as of {day}",
            "",
            len(clients),
        ).format(
            met=met,
            behind=behind,
            day=short_date(report.today),
        )

    def _year_changed(self, _year: int) -> None:
        self._fill_periods()
        self._say("", "")
        self.refresh()

    # --- writing ------------------------------------------------------------------------------
    def _save(
        self, client_id: str | None, month: int, amount: Decimal | None, was: Decimal | None
    ) -> None:
        """Save a typed month against what the cell showed before (`was`): a plan changed
        meanwhile to something else (an import, sync) is shown with both values to choose."""
        if self._db is None or self._hub is None:
            return
        from kamdesk.services.plans.grid import PlanCell, set_plan

        first = date(self.year.value(), month + 1, 1)
        typed = "" if amount is None else format(amount, "f")
        base = PlanCell(was)

        def refused(exc: Exception) -> bool:
            self.grid_model.mark_refused(client_id, month, typed, str(exc))
            return True

        def work(session: Session, pick: Pick) -> PlanCell:
            mine = pick.mine(PlanCell(amount)).amount
            return PlanCell(set_plan(session, client_id, first, mine, base=pick.rebase(base)))

        row = self.grid_model.rows[self.grid_model.row_of(client_id)]
        month_name = numbers.month_name(month + 1)
        where = row.name if client_id is not None else self.tr("New clients")
        labels = {"amount": self.tr("Plan for {who}, {month}").format(who=where, month=month_name)}
        saved = run_edit(self, self._db, self._hub, work, labels=labels, handle=refused)
        if saved is None:
            if self.grid_model.refused_text(client_id, month) is None:
                # back to the grid from the conflict: nothing saved, what was typed stays marked
                why = self.tr("the plan of this month was changed meanwhile.")
                self.grid_model.mark_refused(client_id, month, typed, why)
                self.refresh()  # the sums show what is stored; the cell keeps what was typed
            return
        self.grid_model.show_saved(client_id, month, saved.amount)
        self._say(OK_STYLE, self.tr("Saved."))

    def _say(self, style: str, text: str) -> None:
        """A line over the grid: saved, refused, imported (hidden when there is nothing)."""
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _say_refused(self, message: str) -> None:
        self._say(
            ERROR_STYLE,
            self.tr(
                "Not saved: {why} Correct the cell, or press Esc on it to drop what was typed."
            ).format(why=message),
        )

    # --- files --------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path = file_dialogs.open_file(
            self, "plans", self.tr("Import plans"), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        """Read and check the file off the GUI thread, then show what it would change."""
        if self._db is None:
            return
        from kamdesk.services.plans.plan_import import check_plan_import
        from kamdesk.services.prices.price_import import read_sheet

        self._say(MUTED_STYLE, self.tr("Checking {name}…").format(name=path.name))

        def read(session: Session) -> PlanImport:
            return check_plan_import(session, read_sheet(path))

        self._file_reader.run(self._db, read, lambda plan: self._preview(path, plan))

    def _preview(self, path: Path, plan: PlanImport) -> None:
        from kamdesk.ui.plans.import_dialog import PlanImportDialog

        assert self._db is not None and self._hub is not None
        self.import_dialog = PlanImportDialog(path.name, plan, self._db, self._hub, self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()

    def _imported(self, summary: str) -> None:
        self._say(OK_STYLE, self.tr("Imported: {summary}.").format(summary=summary))

    def choose_export(self) -> None:
        if self._db is None:
            return
        year = self.year.value()
        path = file_dialogs.save_file(
            self,
            "plans",
            self.tr("Export plans"),
            f"plans-{year}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"),
        )
        if path is None:
            return
        from kamdesk.services.plans.grid import read_grid
        from kamdesk.services.plans.plan_import import export_grid

        today = self._today()
        written = read_now(
            self, self._db, lambda s: export_grid(s, read_grid(s, year, today), path)
        )
        if written is not None:
            self._say(OK_STYLE, self.tr("Exported to {path}.").format(path=written))
