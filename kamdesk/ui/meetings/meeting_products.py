"""The products on a meeting's agenda: picked by SKU or name, shown with the client's price
today (why that price in the tooltip), removed again."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.columns import COLUMN_AT_MOST
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, ProductPicker, money
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import ERROR_STYLE
from kamdesk.ui.widgets.table_state import keep_order

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.schedule.records import AgendaProduct


class AgendaProducts(QWidget):
    edited = Signal()

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.today = db, today
        self.client_id: str | None = None
        self._prices: dict[str, AgendaProduct] = {}  # as the saved meeting priced them
        self.picker = ProductPicker()
        self.picker.setObjectName("productPicker")
        self.picker.returnPressed.connect(self.add_picked)
        add = QPushButton(icon("add"), self.tr("Add"))
        add.clicked.connect(self.add_picked)
        remove = QPushButton(icon("remove"), self.tr("Remove"))
        remove.clicked.connect(self.remove)
        self.table = QTableWidget(0, 3)
        keep_order(self.table, "the products planned for the meeting, typed in, in the order added")
        self.table.setObjectName("agendaProducts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Unit"), self.tr("Client's price today")]
        )
        self.table.verticalHeader().setVisible(False)
        fit_rows(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(130)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(COLUMN_AT_MOST)  # a long name shortened
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problem = WrappingLabel()  # wraps, as tall as its lines
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        self.setFocusProxy(self.picker)
        self.load_choices()

    def load_choices(self) -> None:
        from kamdesk.services.prices.price_list import product_choices

        with self.db.reading() as session:
            self.picker.set_choices(product_choices(session))

    def load(
        self, client_id: str | None, ids: Sequence[str], known: Sequence[AgendaProduct]
    ) -> None:
        self.client_id = client_id
        self._prices = {p.product_id: p for p in known}
        self.table.setRowCount(0)
        for pid in ids:
            self._append(pid)
        self._reprice()
        self.problem.hide()

    def set_client(self, client_id: str | None) -> None:
        """Another client: its prices."""
        self.client_id = client_id
        self._prices = {}
        self._reprice()

    def ids(self) -> tuple[str, ...]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def add_picked(self) -> bool:
        pid = self.picker.product_id()
        if pid is None:
            text = self.picker.text().strip()
            self.problem.setText(
                self.tr("No single product matches “{text}”: pick one from the list.").format(
                    text=text
                )
                if text
                else self.tr("Type an SKU or part of a product's name.")
            )
            self.problem.show()
            return False
        self.problem.hide()
        self.picker.clear()
        if pid not in self.ids():
            self._append(pid)
            self._reprice()
        self.edited.emit()
        return True

    def add_pending(self) -> str:
        """A product typed and not added yet is added now (nothing typed is lost); what stops
        it, if something does."""
        if not self.picker.text().strip() or self.add_picked():
            return ""
        self.problem.hide()  # the caller says it under the field
        return self.problem.text()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def _append(self, product_id: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        known = self._prices.get(product_id)
        label = self.picker.label_of(product_id)
        name = QTableWidgetItem(label or (f"{known.sku} · {known.name}" if known else "?"))
        name.setData(Qt.ItemDataRole.UserRole, product_id)
        name.setToolTip(name.text())
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(known.unit if known else ""))
        price = QTableWidgetItem()
        price.setTextAlignment(RIGHT_ALIGN)
        self.table.setItem(row, 2, price)

    def _reprice(self) -> None:
        """Each product's price for this client today: from the saved meeting, or asked."""
        from kamdesk.errors import UserError
        from kamdesk.services.prices.catalog import PriceInputs, price_inputs
        from kamdesk.services.sales.orders import order_client

        ids = self.ids()
        missing = [pid for pid in ids if pid not in self._prices]
        fresh: dict[str, PriceInputs] = {}
        if missing and self.client_id is not None:
            with self.db.reading() as session:
                try:
                    currency: str | None = order_client(session, self.client_id).currency
                except UserError:  # the client is gone: no price to show
                    currency = None
                fresh = price_inputs(
                    session, self.client_id, missing, self.today, currency=currency
                )
        for row, pid in enumerate(ids):
            unit_item, price_item = self.table.item(row, 1), self.table.item(row, 2)
            assert unit_item is not None and price_item is not None
            known = self._prices.get(pid)
            if known is not None:
                unit, value, cur, why = known.unit, known.price, known.currency, known.rule
            elif pid in fresh:
                p = fresh[pid]
                unit = p.unit
                value, cur, why = p.one_unit(self.today)
            else:
                unit, value, cur, why = unit_item.text(), None, "", ""
            unit_item.setText(unit)
            price_item.setText(money(value, cur) if value is not None else "—")
            price_item.setToolTip(why)
