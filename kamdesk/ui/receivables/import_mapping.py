"""The two steps of the bank statement import that show tables: the column mapping of a sheet
of another layout, and the preview of every payment with its status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.sheet import column_letter, is_blank_row
from kamdesk.ui.widgets.column_mapping import ColumnMapping, shown
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.numbers import integer, money, short_date
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import BAD_CELL, ERROR_STYLE, OK_STRONG, TEXT_FAINT
from kamdesk.ui.widgets.table_state import keep_order

if TYPE_CHECKING:
    from kamdesk.services.prices.price_import import Sheet
    from kamdesk.services.receivables.bank_import import (
        ImportPlan,
        ImportResult,
        PlannedPayment,
    )

PREVIEW_ROWS = 50
REQUIRED = ("date", "amount", "currency")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BankImportDialog", text)


def field_labels() -> dict[str, str]:
    return {
        "date": _tr("Date"),
        "amount": _tr("Amount"),
        "currency": _tr("Currency"),
        "payer_tax_id": _tr("Payer's tax id (ИНН, VAT number)"),
        "payer_name": _tr("Payer"),
        "reference": _tr("Bank reference"),
        "purpose": _tr("Purpose (names the invoices)"),
    }


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    keep_order(table, "a preview of the file's rows, in the file's order")
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fit_rows(table)
    table.setWordWrap(False)
    return table


def _splitter(*widgets: QWidget, vertical: bool = False) -> QSplitter:
    split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for widget in widgets:
        split.addWidget(widget)
    split.setStretchFactor(len(widgets) - 1, 1)
    return split


class MappingPage(QWidget):
    """Which column is the date, the amount, ...; the file's first rows beside it."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = field_labels()
        rows = [(k, labels[k] + (" *" if k in REQUIRED else "")) for k in labels]
        self.mapping = ColumnMapping(rows)
        self.mapping.changed.connect(self._changed)
        self.missing = WrappingLabel()  # wraps, as tall as its lines
        self.missing.setObjectName("missingColumns")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(ERROR_STYLE)
        self.unmapped = QLabel()
        self.unmapped.setWordWrap(True)
        self.unmapped.setStyleSheet(f"color: {TEXT_FAINT};")
        self.show_button = QPushButton(_tr("Show the payments ▶"))
        self.show_button.setObjectName("showPayments")
        self.show_button.clicked.connect(self.ready.emit)
        left = QGroupBox(_tr("Columns"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.mapping)
        left_layout.addWidget(QLabel(_tr("* required. Dates as 05.12.2026 or 2026-12-05; "
                                         "amounts as 1 234,50 or 1,234.50.")))  # fmt: skip
        left_layout.addWidget(self.missing)
        left_layout.addWidget(self.unmapped)
        left_layout.addWidget(self.show_button)
        self.rows = _table([])
        self.rows.setObjectName("fileRows")
        self.rows_label = QLabel()
        right = QGroupBox(_tr("The file"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.rows)
        right_layout.addWidget(self.rows_label)
        split = _splitter(left, right)
        split.setSizes([420, 700])
        QVBoxLayout(self).addWidget(split)

    def show_sheet(self, sheet: Sheet) -> None:
        from kamdesk.domain.bank_matching import guess_columns

        self.mapping.fill(sheet.headers, guess_columns(sheet.headers))
        width = max([len(sheet.headers), *(len(r) for r in sheet.rows[:PREVIEW_ROWS])])
        self.rows.clear()
        self.rows.setColumnCount(width)
        self.rows.setHorizontalHeaderLabels(
            [
                f"{column_letter(i)}\n{shown(sheet.headers[i]) if i < len(sheet.headers) else ''}"
                for i in range(width)
            ]
        )
        first = sheet.rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(first))
        self.rows.setVerticalHeaderLabels([str(n + 2) for n in range(len(first))])
        for row, cells in enumerate(first):
            for column, cell in enumerate(cells):
                self.rows.setItem(row, column, QTableWidgetItem(shown(cell)))
        self.rows.resizeColumnsToContents()
        total = sum(1 for r in sheet.rows if not is_blank_row(r))
        self.rows_label.setText(_tr("Rows in the file: %1.").replace("%1", integer(total)))
        self._changed()

    def columns(self) -> dict[str, int]:
        return self.mapping.chosen()

    def _changed(self) -> None:
        chosen = self.columns()
        missing = [field_labels()[k] for k in REQUIRED if k not in chosen]
        self.missing.setText(
            _tr("Choose the column for: %1.").replace("%1", ", ".join(missing)) if missing else ""
        )
        taken = list(chosen.values())
        twice = len(taken) != len(set(taken))
        if twice:
            self.missing.setText(_tr("A column of the file is chosen for two fields."))
        skipped = self.mapping.unused()
        self.unmapped.setText(
            _tr("Not imported: %1").replace("%1", ", ".join(skipped)) if skipped else ""
        )
        self.show_button.setEnabled(not missing and not twice)


COLUMNS = ("row", "date", "payer", "tax_id", "amount", "client", "invoices", "status")


def received_text(row: PlannedPayment) -> str:
    """The amount received, and what it is in the client's currency when it differs:
    '104 146.00 RUB = 1 000.00 EUR'."""
    p = row.payment
    text = money(p.amount, p.currency)
    if row.fx is not None:
        text += " = " + money(row.fx.amount, row.fx.target_currency)
    return text


class PreviewPage(QWidget):
    """The file's problems, and every payment: its client, invoices and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.currentRowChanged.connect(self._show_problem_row)
        self._problem_rows: list[int] = []
        self.problems_box = QGroupBox(_tr("Problems"))
        QVBoxLayout(self.problems_box).addWidget(self.problems)
        self.table = _table(
            [
                _tr("Row"),
                _tr("Date"),
                _tr("Payer"),
                _tr("Tax id"),
                _tr("Amount"),
                _tr("Client"),
                _tr("Invoices"),
                _tr("Status"),
            ]
        )
        self.table.setObjectName("payments")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        box = QGroupBox(_tr("Payments to the company"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.counts)
        self.split = _splitter(box, self.problems_box, vertical=True)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(self.split)

    def show_plan(self, plan: ImportPlan) -> None:
        from kamdesk.services.receivables.bank_import import IMPORTED, NEW, NOT_CLIENT, PROBLEM

        self.problems.clear()
        self._problem_rows = [p.row for p in plan.problems]
        self.problems.addItems([p.line() for p in plan.problems])
        self.problems_box.setTitle(
            _tr("Problems (%1)").replace("%1", str(len(plan.problems)))
            if plan.problems
            else _tr("Problems: none")
        )
        self.problems_box.setVisible(bool(plan.problems))
        status = {NEW: _tr("New"), IMPORTED: _tr("Imported before")}
        self.table.setRowCount(len(plan.rows))
        for row, r in enumerate(plan.rows):
            p = r.payment
            spent = ", ".join(f"{number}: {money(amount)}" for _i, number, amount in r.allocations)
            if r.credit > 0 and r.status == NEW:
                spent += (", " if spent else "") + _tr("credit %1").replace("%1", money(r.credit))
            text = status.get(r.status, "")
            if r.status == NEW and r.messages:
                text += " (" + "; ".join(r.messages) + ")"
            elif r.status == PROBLEM:
                text = _tr("Problem: %1").replace("%1", "; ".join(r.messages))
            elif r.status == NOT_CLIENT:
                text = _tr("Left out, %1").replace("%1", "; ".join(r.messages))
            elif r.status not in status:
                text = _tr("Skipped: %1").replace("%1", "; ".join(r.messages))
            cells = [
                str(r.row),
                short_date(p.date),
                p.payer_name,
                p.payer_tax_id + (f" / {p.payer_kpp}" if p.payer_kpp else ""),
                received_text(r),
                r.client_name,
                spent,
                text,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (0, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r.status == PROBLEM:
                    item.setBackground(QBrush(QColor(BAD_CELL)))
                elif r.status != NEW:
                    item.setForeground(QBrush(QColor(TEXT_FAINT)))
                item.setToolTip(value if column in (6, 7) else "")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            widest = 380 if COLUMNS[column] == "invoices" else 240
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        left_out = len(plan.not_clients)
        problems = len(plan.rows) - len(plan.new) - len(plan.skipped) - left_out
        counts = (
            _tr("Payments to the company: %1 (new %2, to skip %3, with a problem %4).")
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(len(plan.new)))
            .replace("%3", str(len(plan.skipped)))
            .replace("%4", str(problems))
        )
        if left_out:
            counts += " " + _tr("Left out, not a client: %1.").replace("%1", str(left_out))
        if plan.not_ours:
            counts += " " + _tr(
                "Left out, not paid into the company's accounts (or moved between them): %1."
            )
            counts = counts.replace("%1", str(plan.not_ours))
        self.counts.setText(counts)

    def _show_problem_row(self, index: int) -> None:
        """Choosing a problem selects its payment in the table."""
        if not 0 <= index < len(self._problem_rows):
            return
        wanted = str(self._problem_rows[index])
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == wanted:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return

    def show_imported(self, result: ImportResult) -> None:
        """The rows posted say so."""
        posted = {p.row for p in result.posted}
        status = len(COLUMNS) - 1
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and int(item.text()) in posted:
                done = self.table.item(row, status)
                if done is not None:
                    done.setText(_tr("Imported"))
                    done.setForeground(QBrush(QColor(OK_STRONG)))
