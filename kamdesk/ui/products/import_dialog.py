"""Import products: choose a CSV or XLSX file, map its columns, see the problems, then import.

Nothing is written until the file has no problems and the user presses Import; the write is one
unit of work through run_op. Also export_price_list: one price column to an XLSX file.

Services are imported inside functions: the main window may import this module before the
database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.sheet import (
    FIELDS,
    PRICE_PREFIX,
    REQUIRED,
    RowProblem,
    SheetMapping,
)
from kamdesk.domain.sheet_headers import guess_mapping
from kamdesk.errors import UserError
from kamdesk.ui.i18n import shown_language
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.products.import_memory import remember, remembered
from kamdesk.ui.products.import_preview import fill_preview
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.column_mapping import ColumnMapping
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import BAD_CELL as BAD_CELL_COLOUR
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STRONG, TEXT_FAINT
from kamdesk.ui.widgets.table_state import keep_order, laptop_settings

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.prices.price_export import PriceColumnInfo
    from kamdesk.services.prices.price_import import ImportPlan, Sheet

BUSY_ROWS = 500  # from this many rows on, a busy indicator while the import runs
OK_STYLE = f"color: {OK_STRONG};"
BAD_CELL = QColor(BAD_CELL_COLOUR)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def field_labels() -> dict[str, str]:
    return {
        "sku": _tr("SKU"),
        "name": _tr("Name"),
        "category": _tr("Category"),
        "unit": _tr("Unit"),
        "vat_rate": _tr("VAT rate, %"),
        "base_price": _tr("Base price"),
        "description": _tr("Description"),
    }


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    keep_order(table, "the file's rows or problems, in the file's order: row numbers point into it")
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fit_rows(table)
    table.setWordWrap(False)
    return table


class ImportDialog(QDialog):
    """Import products and explicit prices; update by SKU."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import products"))
        self.setObjectName("importDialog")
        self._db = db
        self._hub = hub
        # the mapping chosen for a layout of headers is remembered on this laptop
        self.settings = settings or (laptop_settings(parent) if parent is not None else None)
        self._columns: list[PriceColumnInfo] = []
        self._read_columns()
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportPlan | None = None
        self._path: Path | None = None
        # the file
        file_row = self._file_row()

        # the mapping: one row per kamdesk field and price column
        mapping_box = self._mapping_box()

        # the preview
        self.preview = _table([])
        self.preview.setObjectName("preview")
        self.preview_label = QLabel()
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.preview_label)

        # the problems
        self._make_problems_box()

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(mapping_box)
        top.addWidget(preview_box)
        top.setStretchFactor(1, 1)
        top.setSizes([320, 700])
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(top)
        middle.addWidget(self.problems_box)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.file_message)
        layout.addWidget(middle, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1180, 720)
        self._show_plan()

    def _file_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        self.choose_button = QPushButton(icon("open"), self.tr("Choose file…"))
        self.choose_button.clicked.connect(self._choose_file)
        self.reload_button = QPushButton(icon("check"), self.tr("Check again"))
        self.reload_button.setToolTip(
            self.tr("Read the file again after correcting it in the spreadsheet")
        )
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.reload)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)
        self.file_message = WrappingLabel()  # wraps, as tall as its lines
        self.file_message.setObjectName("fileMessage")
        self.file_message.setStyleSheet(ERROR_STYLE)
        self.file_message.setWordWrap(True)
        self.file_message.hide()
        return file_row

    def _read_columns(self) -> None:
        from kamdesk.services.prices.price_export import price_columns

        with self._db.reading() as session:
            self._columns = price_columns(session)

    def _mapping_rows(self) -> list[tuple[str, str]]:
        labels = field_labels()
        keys = [*FIELDS, *(PRICE_PREFIX + c.name for c in self._columns)]
        return [
            (
                key,
                labels[key] + (" *" if key in REQUIRED else "")
                if key in labels
                else self.tr("Price: %1").replace("%1", key.removeprefix(PRICE_PREFIX)),
            )
            for key in keys
        ]

    def _mapping_box_table(self) -> None:
        self.mapping_table = ColumnMapping(self._mapping_rows())
        self.mapping_table.changed.connect(self.check)
        self.combos = self.mapping_table.combos

    def _mapping_box(self) -> QGroupBox:
        """A row per kamdesk field and price column, each with its column of the file."""
        self._mapping_box_table()
        self.new_column_button = QPushButton(icon("add"), self.tr("New price column…"))
        self.new_column_button.setObjectName("newPriceColumn")
        self.new_column_button.setToolTip(self.tr("A price column to load a file's column into"))
        self.new_column_button.clicked.connect(self.ask_new_column)
        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmapped")
        self.unmapped.setWordWrap(True)
        self.unmapped.setStyleSheet(f"color: {TEXT_FAINT};")
        hint = QLabel(
            self.tr(
                "* required. An empty price cell means the price column's percentage applies "
                "(and clears an explicit price the product had)."
            )
        )
        hint.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("Columns"))
        self._mapping_layout = mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        mapping_layout.addWidget(self.new_column_button, 0, Qt.AlignmentFlag.AlignLeft)
        mapping_layout.addWidget(hint)
        mapping_layout.addWidget(self.unmapped)
        return mapping_box

    def _make_problems_box(self) -> None:
        self.problems_table = _table([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems_table.setObjectName("problems")
        self.problems_table.verticalHeader().setVisible(False)
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems_table.itemSelectionChanged.connect(self._show_problem_row)
        self.problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_table)

    # --- the file -----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            "price list",
            self.tr("Choose the file to import"),
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Read the file, fill the mapping from its headers and check it."""
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self.reload_button.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self._path is None:
            return
        from kamdesk.services.prices.price_import import read_sheet
        from kamdesk.services.prices.sheet_file import windows_code_page

        self.imported = None
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            try:  # Excel's plain "CSV" is in the Windows code page of the user's language
                sheet = read_sheet(
                    self._path, fallback_encoding=windows_code_page(shown_language())
                )
            except UserError as exc:
                self.sheet = None
                self.file_message.setText(str(exc))
                self.file_message.show()
            else:
                self.sheet = sheet
                self.file_message.hide()
            self._fill_mapping()
            self._fill_preview()
            self.check()
        finally:
            QApplication.restoreOverrideCursor()

    def _fill_mapping(self) -> None:
        headers = self.sheet.headers if self.sheet else ()
        default = guess_mapping(headers, [c.name for c in self._columns])
        by_name = {name.strip().casefold(): i for name, i in default.prices.items()}
        guess = dict(default.fields)
        for column in self._columns:
            found = by_name.get(column.name.strip().casefold())
            if found is not None:
                guess[PRICE_PREFIX + column.name] = found
        guess.update(remembered(self.settings, headers))
        self.mapping_table.fill(headers, guess)

    def ask_new_column(self) -> str | None:
        """Add a price column (Products › Price columns' service) and offer it in the mapping."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("New price column"),
            self.tr("Name of the price column (e.g. Wholesale):"),
        )
        return self.add_price_column(name) if ok and name.strip() else None

    def add_price_column(self, name: str) -> str | None:
        from kamdesk.services.prices.price_list import add_price_column

        column_id = run_op(self, self._db, self._hub, lambda s: add_price_column(s, name))
        if column_id is None:
            return None
        chosen = self.mapping_table.chosen()
        self._read_columns()
        old = self.mapping_table
        self._mapping_box_table()
        self._mapping_layout.replaceWidget(old, self.mapping_table)
        old.deleteLater()
        headers = self.sheet.headers if self.sheet else ()
        default = guess_mapping(headers, [name.strip()])
        guess = {PRICE_PREFIX + n: i for n, i in default.prices.items()} | chosen
        self.mapping_table.fill(headers, guess)
        self.check()
        return str(column_id)

    def mapping(self) -> SheetMapping:
        fields: dict[str, int] = {}
        prices: dict[str, int] = {}
        for key, index in self.mapping_table.chosen().items():
            if key.startswith(PRICE_PREFIX):
                prices[key.removeprefix(PRICE_PREFIX)] = index
            else:
                fields[key] = index
        return SheetMapping(fields=fields, prices=prices)

    # --- checking -----------------------------------------------------------------------------
    def check(self) -> None:
        """Check the file with the current mapping; nothing is written."""
        from kamdesk.services.prices.price_import import plan_import

        self.plan = None
        if self.sheet is not None:
            sheet, mapping = self.sheet, self.mapping()
            with self._db.reading() as session:
                self.plan = plan_import(session, sheet, mapping)
            skipped = self.mapping_table.unused()
            self.unmapped.setText(
                self.tr("Not imported: %1").replace("%1", ", ".join(skipped)) if skipped else ""
            )
        self._show_plan()

    def _column_text(self, problem: RowProblem) -> str:
        labels = field_labels()
        name = problem.column
        if name in labels:
            name = labels[name]
        elif name.startswith(PRICE_PREFIX):
            name = self.tr("Price: %1").replace("%1", name.removeprefix(PRICE_PREFIX))
        return f"{problem.letter} · {name}" if problem.letter else name

    def _show_plan(self) -> None:
        plan = self.plan
        problems = plan.problems if plan else ()
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            number = QTableWidgetItem(
                self.tr("header") if problem.is_file_level else str(problem.row_number)
            )
            number.setData(Qt.ItemDataRole.UserRole, problem.row_number)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.problems_table.setItem(row, 0, number)
            self.problems_table.setItem(row, 1, QTableWidgetItem(self._column_text(problem)))
            message = problem.message[:1].upper() + problem.message[1:]
            self.problems_table.setItem(row, 2, QTableWidgetItem(message))
        if problems:
            title = self.tr("Problems (%1)").replace("%1", str(len(problems)))
        else:
            title = self.tr("Problems: none") if plan is not None else self.tr("Problems")
        self.problems_box.setTitle(title)
        self._mark_preview(problems)
        if plan is None:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr("Choose a file to see what would be imported.")
                if self.sheet is None and not self.file_message.isVisible()
                else self.tr("Nothing can be imported from this file.")
            )
        elif problems:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self._problem_summary(problems))
        elif plan.is_empty:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Nothing to import: the catalogue already matches."))
        else:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                self.tr("The file is correct: %1. Press Import to save.").replace(
                    "%1", plan.summary()
                )
            )
        self.import_button.setEnabled(
            plan is not None and not problems and not plan.is_empty and self.imported is None
        )

    def _problem_summary(self, problems: tuple[RowProblem, ...]) -> str:
        lines = [self.tr("Nothing will be imported until the problems below are corrected.")]
        if any(p.is_file_level for p in problems):
            lines.append(
                self.tr("Choose the missing columns on the left, or correct the headings.")
            )
        rows = sorted({p.row_number for p in problems if not p.is_file_level})
        if rows:
            listed = ", ".join(str(n) for n in rows[:12])
            if len(rows) > 12:
                listed += " " + self.tr("and %n more", "", len(rows) - 12)
            lines.append(
                self.tr("Rows to correct: %1. Correct them in the spreadsheet, save it and press "
                        "Check again.").replace("%1", listed)
            )  # fmt: skip
        return "\n".join(lines)

    def _fill_preview(self) -> None:
        fill_preview(self.preview, self.preview_label, self.sheet)

    def _mark_preview(self, problems: tuple[RowProblem, ...]) -> None:
        """Bad cells of the preview get a red background and the message as tooltip."""
        for row in range(self.preview.rowCount()):
            for column in range(self.preview.columnCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        for problem in problems:
            row = problem.row_number - 2
            if problem.is_file_level or not problem.letter or row >= self.preview.rowCount():
                continue
            column = _letter_index(problem.letter)
            item = self.preview.item(row, column)
            if item is None:
                item = QTableWidgetItem("")
                self.preview.setItem(row, column, item)
            item.setBackground(BAD_CELL)
            tip = item.toolTip()
            item.setToolTip(f"{tip}\n{problem.message}" if tip else problem.message)

    def _show_problem_row(self) -> None:
        """Selecting a problem shows its row in the preview, scrolled to the bad cell."""
        items = self.problems_table.selectedItems()
        if not items or self.plan is None:
            return
        problem = self.plan.problems[items[0].row()]
        row = problem.row_number - 2
        if problem.is_file_level or not 0 <= row < self.preview.rowCount():
            return
        self.preview.selectRow(row)
        column = _letter_index(problem.letter) if problem.letter else 0
        item = self.preview.item(row, column)
        if item is not None:
            self.preview.scrollToItem(item)

    # --- importing ----------------------------------------------------------------------------
    def run_import(self) -> None:
        """Import in one unit of work; the file is checked again inside it."""
        from kamdesk.services.prices.price_import import apply_import, plan_import

        if self.sheet is None or self.plan is None or self.plan.problems:
            return
        sheet, mapping = self.sheet, self.mapping()
        progress: QProgressDialog | None = None
        if sheet.data_rows >= BUSY_ROWS:
            progress = QProgressDialog(
                self.tr("Importing %n row(s)…", "", sheet.data_rows), "", 0, 0, self
            )
            progress.setCancelButton(None)  # one transaction: it cannot stop half-way
            progress.setWindowTitle(self.windowTitle())
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
            QApplication.processEvents()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            result = run_op(
                self,
                self._db,
                self._hub,
                lambda session: apply_import(session, plan_import(session, sheet, mapping)),
                backup=True,
            )
        finally:
            QApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
        if result is None:
            self.check()  # what the database says now
            return
        self.imported = result
        remember(self.settings, sheet.headers, self.mapping_table.chosen(), list(self.combos))
        self.import_button.setEnabled(False)
        self.summary.setStyleSheet(OK_STYLE)
        self.summary.setText(
            self.tr("Imported: %1 created, %2 updated, %3 explicit prices set, %4 cleared.")
            .replace("%1", str(len(result.creates)))
            .replace("%2", str(len(result.updates)))
            .replace("%3", str(result.prices_set))
            .replace("%4", str(result.prices_cleared))
        )


def _letter_index(letter: str) -> int:
    index = 0
    for ch in letter:
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1


def export_price_list(
    parent: QWidget | None, db: Database, price_column_id: str, path: Path | None = None
) -> Path | None:
    """Ask where (unless `path` is given) and write the price column's price list as XLSX.

    Returns the file written, or None if the user cancelled or it could not be written (the
    reason is shown)."""
    from kamdesk.services.prices.price_export import (
        export_price_list_xlsx,
        price_columns,
        price_list_rows,
    )

    title = QCoreApplication.translate("ImportDialog", "Export the price list")
    try:
        with db.reading() as session:
            column = next((c for c in price_columns(session) if c.id == price_column_id), None)
            if column is None:
                raise UserError(_tr("That price column no longer exists."))
            rows = price_list_rows(session, price_column_id)
        if path is None:
            suggested = f"{_tr('Price list')} {column.name} {date.today().isoformat()}.xlsx"
            path = file_dialogs.save_file(
                parent, "price list", title, suggested, _tr("Excel workbook (*.xlsx)")
            )
            if path is None:
                return None
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        return export_price_list_xlsx(rows, column.name, path)
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
