"""The import dialog's preview: the file's first rows as the spreadsheet shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from kamdesk.domain.sheet import column_letter, is_blank_row
from kamdesk.ui.widgets.column_mapping import shown as _shown
from kamdesk.ui.widgets.numbers import integer

if TYPE_CHECKING:
    from kamdesk.services.prices.sheet_file import Sheet

PREVIEW_ROWS = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def fill_preview(table: QTableWidget, label: QLabel, sheet: Sheet | None) -> None:
    """The first PREVIEW_ROWS rows with the sheet's row numbers and column letters; the label
    says how many rows the file has (and the code page a CSV that is not UTF-8 was read in)."""
    table.clear()
    if sheet is None:
        table.setRowCount(0)
        table.setColumnCount(0)
        label.setText("")
        return
    width = max([len(sheet.headers), *(len(r) for r in sheet.rows[:PREVIEW_ROWS])])
    table.setColumnCount(width)
    table.setHorizontalHeaderLabels(
        [
            f"{column_letter(i)}\n{_shown(sheet.headers[i]) if i < len(sheet.headers) else ''}"
            for i in range(width)
        ]
    )
    shown = [(n + 2, r) for n, r in enumerate(sheet.rows[:PREVIEW_ROWS])]
    table.setRowCount(len(shown))
    table.setVerticalHeaderLabels([str(number) for number, _row in shown])
    for row, (_number, cells) in enumerate(shown):
        for column, cell in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(_shown(cell)))
    table.resizeColumnsToContents()
    for column in range(width):
        table.setColumnWidth(column, min(table.columnWidth(column), 200))
    total = sheet.data_rows
    blank_ok = sum(1 for r in sheet.rows[:PREVIEW_ROWS] if not is_blank_row(r))
    encoding = (
        " " + _tr("Not UTF-8: read as %1.").replace("%1", sheet.encoding.upper())
        if sheet.encoding
        else ""
    )
    rows = (
        _tr("Rows in the file: %1; the first %2 are shown.")
        .replace("%1", integer(total))
        .replace("%2", str(blank_ok))
        if total > blank_ok
        else _tr("Rows in the file: %1.").replace("%1", integer(total))
    )
    label.setText(rows + encoding)
