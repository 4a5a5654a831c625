"""A table on screen as rows for a spreadsheet: the columns shown in their order, the rows in
their sort order, exact values from a RowsTableModel and the text of any other model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from kamdesk.reports.sheets import Percent
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.table_export import safe_stem, table_report


@dataclass(frozen=True)
class Invoice:
    number: str
    day: date
    amount: Decimal
    paid: Decimal | None
    lines: int


class InvoiceModel(RowsTableModel[Invoice]):
    COLUMNS = (("number", "No."), ("day", "Date"), ("amount", "Amount"), ("paid", "Paid"),
               ("lines", "Lines"), ("share", "Share"))  # fmt: skip
    RIGHT = frozenset({"amount", "paid", "lines", "share"})

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section][1]
        return None

    def display(self, row: Invoice, field: str) -> str:
        if field == "share":
            return f"{row.amount / 1000:.1%}"
        value = getattr(row, field)
        return "—" if value is None else f"{value:,}" if isinstance(value, Decimal) else str(value)

    def export_value(self, row: Invoice, field: str) -> Any:
        if field == "share":
            return Percent(row.amount / 1000)
        return super().export_value(row, field)


ROWS = [
    Invoice("INV-2", date(2026, 11, 2), Decimal("1234.50"), None, 3),
    Invoice("INV-1", date(2026, 11, 1), Decimal("99.99"), Decimal("99.99"), 1),
]


def test_exact_values_in_the_order_and_columns_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = InvoiceModel()
    model.replace_rows(ROWS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # INV-1 first
    view.setColumnHidden(4, True)  # Lines hidden: not exported
    view.horizontalHeader().moveSection(2, 0)  # Amount dragged to the front
    report = table_report(view, title="Invoices", period="2026-11",
                          totals={"amount": Decimal("1334.49")})  # fmt: skip
    assert report.header == ("Amount", "No.", "Date", "Paid", "Share")
    assert report.rows == (
        (Decimal("99.99"), "INV-1", date(2026, 11, 1), Decimal("99.99"),
         Percent(Decimal("0.09999"))),
        (Decimal("1234.50"), "INV-2", date(2026, 11, 2), None, Percent(Decimal("1.2345"))),
    )  # fmt: skip
    assert report.right == frozenset({0, 3, 4})
    assert report.totals == (Decimal("1334.49"), "Total", None, None, None)
    assert report.made_at is not None and report.labels["Period"] == "Period"


def test_any_other_model_gives_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Client", "Note"])
    model.setItem(0, 0, QStandardItem("Tisza Pékség"))
    model.setItem(1, 0, QStandardItem("Hotel Greco"))
    model.setItem(1, 1, QStandardItem("call back"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    report = table_report(view, title="Clients")
    assert report.rows == (("Tisza Pékség", None), ("Hotel Greco", "call back"))
    assert report.totals is None


def test_file_names_any_system_accepts() -> None:
    assert (
        safe_stem("Key clients 2025-12-01 to 2026-11-30") == "Key clients 2025-12-01 to 2026-11-30"
    )
    assert safe_stem("Returns: a/b?") == "Returns- a-b"
    assert safe_stem("///") == "table"
