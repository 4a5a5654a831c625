"""A table on screen written out as the KAM sees it: the columns shown in their order, the
rows in their sort order, the figures exact (a RowsTableModel hands each cell's value through
its EXPORT_ROLE: amounts as Decimal, counts as int, days as dates; other models give their
text). To XLSX or CSV through reports.sheets, or as a TableReport a PDF prints from."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from kamdesk.reports.sheets import TableReport, Value, write_table
from kamdesk.ui.documents.document_actions import busy
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.rows_model import RowsTableModel

HORIZONTAL = Qt.Orientation.Horizontal
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableExport", text)


def report_labels() -> dict[str, str]:
    """The words a printed or exported report says around its table, translated."""
    return {
        "Period": _tr("Period"),
        "Filters": _tr("Filters"),
        "Printed": _tr("Printed"),
        "Page {page} of {pages}": _tr("Page {page} of {pages}"),
        "Nothing to show for this period.": _tr("Nothing to show for this period."),
    }


def source_model(model: QAbstractItemModel) -> QAbstractItemModel:
    """Under any sort or filter proxies, the model that holds the rows."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def shown_columns(view: QTableView) -> list[int]:
    """The columns on screen, in the order they are shown (a moved column stays moved)."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [column for column in logical if not view.isColumnHidden(column)]


def _is_right(model: QAbstractItemModel, column: int) -> bool:
    alignment = model.headerData(column, HORIZONTAL, Qt.ItemDataRole.TextAlignmentRole)
    if alignment is None and model.rowCount() > 0:
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
    if alignment is None:
        return False
    return bool(int(getattr(alignment, "value", alignment)) & ALIGN_RIGHT)


def _text(value: object) -> Value:
    return None if value is None or value == "" else str(value)


def table_report(
    view: QTableView,
    *,
    title: str,
    period: str = "",
    filters: Sequence[str] = (),
    totals: Mapping[str, Value] | Sequence[Mapping[str, Value]] | None = None,
    made_at: datetime | None = None,
) -> TableReport:
    """The table as shown, with what it is of. `totals` by field name (a RowsTableModel's
    columns), put under the columns shown: one line, or several (one per currency)."""
    model = view.model()
    source = source_model(model)
    typed = isinstance(source, RowsTableModel)
    role = RowsTableModel.EXPORT_ROLE if typed else Qt.ItemDataRole.DisplayRole
    columns = shown_columns(view)
    header = tuple(str(model.headerData(c, HORIZONTAL) or "") for c in columns)
    rows = []
    for row in range(model.rowCount()):
        values = (model.index(row, c).data(role) for c in columns)
        rows.append(tuple(v if typed else _text(v) for v in values))
    right = frozenset(i for i, c in enumerate(columns) if _is_right(model, c))
    lines: list[tuple[Value, ...]] = []
    if totals is not None and typed:
        assert isinstance(source, RowsTableModel)
        for line in [totals] if isinstance(totals, Mapping) else totals:
            cells = [line.get(source.field(c)) for c in columns]
            # "Total" in the first column of words that the totals leave blank
            blank = next((i for i, v in enumerate(cells) if v is None and i not in right), None)
            if blank is not None:
                cells[blank] = _tr("Total")
            lines.append(tuple(cells))
    return TableReport(
        title=title,
        header=header,
        rows=tuple(rows),
        period=period,
        filters=tuple(filters),
        made_at=made_at or datetime.now().replace(second=0, microsecond=0),
        totals=lines[0] if lines else None,
        more_totals=tuple(lines[1:]),
        right=right,
        labels=report_labels(),
    )


def safe_stem(text: str) -> str:
    """A file name any system accepts: 'Key clients 2026-01-01 to 2026-11-30'."""
    return re.sub(r"[^\w.\- ]+", "-", text).strip(" .-") or "table"


XLSX_FILTER = QT_TRANSLATE_NOOP("TableExport", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("TableExport", "CSV, comma separated (*.csv)")


def export_table(parent: QWidget, report: TableReport, *, name: str) -> Path | None:
    """Ask where (an .xlsx or a .csv: the name's suffix, else the kind chosen), write the
    table there; a file that cannot be written is said in a message. The path written, or
    None."""
    kinds = ";;".join((_tr(XLSX_FILTER), _tr(CSV_FILTER)))
    path, kind = file_dialogs.save_file_as(
        parent, "export", _tr("Export the table"), safe_stem(name) + ".xlsx", kinds
    )
    if path is None:
        return None
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if "csv" in kind.lower() else ".xlsx"))
    try:
        with busy():
            return write_table(report, path)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            _tr("Not exported"),
            _tr("Could not write {path}: {why}").format(path=path, why=exc.strerror or exc),
        )
        return None
