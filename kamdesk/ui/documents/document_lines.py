"""The order's lines in the document dialog: offered (or optional, apart from the total) in a
proposal, listed as the specification of a contract package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kamdesk.ui.widgets.columns import COLUMN_AT_MOST
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, money, percent_text, qty_text
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import TEXT_DEFAULT, TEXT_INACTIVE
from kamdesk.ui.widgets.table_state import keep_order

if TYPE_CHECKING:
    from kamdesk.services.sales.orders import OrderLineRecord

COLUMNS = ("optional", "no", "sku", "name", "quantity", "unit", "price", "discount", "total")
_RIGHT = ("no", "quantity", "price", "discount", "total")


class DocumentLines(QTableWidget):
    """`optional_changed` when the KAM ticks a line optional or back; in a proposal
    (`proposal` True) an optional line is greyed and italic, in a package none is."""

    optional_changed = Signal()

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        keep_order(self, "the document's lines in the order they print, each ticked or not")
        self.proposal = True
        self._styling = False
        self.setObjectName("documentLines")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Optional"),
                self.tr("No."),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("Total"),
            ]
        )
        self.verticalHeader().hide()
        fit_rows(self)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(COLUMN_AT_MOST)  # a long name shortened
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._on_item_changed)

    def fill(self, lines: tuple[OrderLineRecord, ...], optional: set[int], currency: str) -> None:
        self._styling = True
        try:
            self.setRowCount(len(lines))
            for row, line in enumerate(lines):
                self.setItem(row, 0, self._check(line.line_no, line.line_no in optional))
                texts = (
                    str(line.line_no),
                    line.sku,
                    line.name,
                    qty_text(line.quantity),
                    line.unit,
                    money(line.unit_price),
                    percent_text(line.discount_percent) if line.discount_percent else "",
                    money(line.gross, currency),
                )
                for col, text in enumerate(texts, 1):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if COLUMNS[col] in _RIGHT:
                        item.setTextAlignment(RIGHT_ALIGN)
                    self.setItem(row, col, item)
                self._style_row(row)
        finally:
            self._styling = False

    def _check(self, line_no: int, optional: bool) -> QTableWidgetItem:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if optional else Qt.CheckState.Unchecked)
        check.setData(Qt.ItemDataRole.UserRole, line_no)
        check.setToolTip(self.tr("Offered apart, not counted in the total"))
        return check

    def set_proposal(self, proposal: bool) -> None:
        """A proposal offers optional lines; a contract package's specification has none."""
        self.proposal = proposal
        self.setColumnHidden(0, not proposal)
        self._styling = True
        try:
            for row in range(self.rowCount()):
                self._style_row(row)
        finally:
            self._styling = False

    def _style_row(self, row: int) -> None:
        """An optional line is greyed and italic: it stands apart from the offer's total."""
        check = self.item(row, 0)
        optional = (
            self.proposal and check is not None and check.checkState() == Qt.CheckState.Checked
        )
        for col in range(1, len(COLUMNS)):
            item = self.item(row, col)
            if item is None:
                continue
            font = item.font()
            font.setItalic(optional)
            item.setFont(font)
            item.setForeground(QColor(TEXT_INACTIVE if optional else TEXT_DEFAULT))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._styling or item.column() != 0:
            return
        self._styling = True
        try:
            self._style_row(item.row())
        finally:
            self._styling = False
        self.optional_changed.emit()

    def optional_line_nos(self) -> tuple[int, ...]:
        nos: list[int] = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                nos.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(nos)

    def set_optional(self, line_no: int, optional: bool = True) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line_no:
                item.setCheckState(Qt.CheckState.Checked if optional else Qt.CheckState.Unchecked)
