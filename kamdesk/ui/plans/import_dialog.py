"""What a sheet of plans would change, and every problem in it, before anything is written.

Import is offered only for a file without a problem; the write is one unit of work (run_op).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.plans import month_label
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.reports.pareto_chart import format_amount
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STYLE
from kamdesk.ui.widgets.table_state import keep_order

if TYPE_CHECKING:
    from decimal import Decimal

    from kamdesk.db import Database
    from kamdesk.services.plans.plan_import import PlanImport

PREVIEW_ROWS = 500  # the changes listed; the summary counts them all


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only table whose `stretch` column (the words) takes the spare width."""
    table = QTableWidget(0, len(headers))
    keep_order(
        table, "the rows of the file being imported, in its order: row numbers point into it"
    )
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    fit_rows(table)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: frozenset[int]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT_ALIGN)
            table.setItem(r, c, item)


class PlanImportDialog(QDialog):
    """`imported(summary)` once the plans are written."""

    imported = Signal(str)

    def __init__(
        self,
        file_name: str,
        plan: PlanImport,
        db: Database,
        hub: ChangeHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planImportDialog")
        self.setWindowTitle(self.tr("Import plans from {name}").format(name=file_name))
        self.resize(760, 480)
        self.plan, self._db, self._hub = plan, db, hub
        self.message = QLabel()
        self.message.setObjectName("planImportMessage")
        self.message.setWordWrap(True)
        self.changes = _table(
            "planChanges",
            [self.tr("Row"), self.tr("Client"), self.tr("Month"), self.tr("Now"), self.tr("New")],
            1,
        )
        self.problems = _table(
            "planProblems", [self.tr("Row"), self.tr("Column"), self.tr("Problem")], 2
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(icon("import"), self.tr("Import"))
        self.import_button.setObjectName("importButton")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.write)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.changes, 2)
        layout.addWidget(buttons)
        self._show()

    def _amount(self, amount: Decimal | None, currency: str) -> str:
        return self.tr("no plan") if amount is None else f"{format_amount(amount)} {currency}"

    def _show(self) -> None:
        plan = self.plan
        if plan.problems:
            rows = plan.bad_rows
            self.message.setStyleSheet(ERROR_STYLE)
            if rows:
                text = self.tr(
                    "Problems in %n row(s) of the file ({count} in all): nothing will be "
                    "imported. Correct the file and choose it again.",
                    "",
                    rows,
                ).format(count=len(plan.problems))
            else:
                text = self.tr(
                    "%n problem(s): nothing will be imported. Correct the file and choose it "
                    "again.",
                    "",
                    len(plan.problems),
                )
            self.message.setText(text)
        elif plan.is_empty:
            self.message.setText(
                self.tr("The file changes no plan ({summary}).").format(summary=plan.summary())
            )
        else:
            self.message.setStyleSheet(OK_STYLE)
            self.message.setText(plan.summary())
        _fill(
            self.problems,
            [[str(p.row_number), p.column, p.message] for p in plan.problems],
            frozenset({0}),
        )
        self.problems.setVisible(bool(plan.problems))
        _fill(
            self.changes,
            [
                [
                    str(c.row_number),
                    c.client,
                    month_label(c.month),
                    self._amount(c.old, c.currency),
                    self._amount(c.new, c.currency),
                ]
                for c in plan.changes[:PREVIEW_ROWS]
            ],
            frozenset({0, 3, 4}),
        )
        self.changes.setVisible(bool(plan.changes))
        self.import_button.setEnabled(not plan.problems and not plan.is_empty)
        self.import_button.setDefault(self.import_button.isEnabled())

    def write(self) -> None:
        from kamdesk.services.plans.plan_import import apply_plan_import

        done = run_op(  # a bulk import: a verified backup first (#15)
            self, self._db, self._hub, lambda s: apply_plan_import(s, self.plan), backup=True
        )
        if done is not None:
            self.imported.emit(done.summary())
            self.accept()
