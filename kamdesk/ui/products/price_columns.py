"""The price columns: named discount levels (Retail, Wholesale, Key, VIP…), each a percentage
off the base price unless a product has its own price in it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.clients.dossier_lists import cell, make_table, record_at
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.price_fields import (
    RIGHT_ALIGN,
    percent_text,
    qty_text,
    read_percent,
    stretch_column,
)
from kamdesk.ui.widgets.style import ERROR_STYLE
from kamdesk.ui.widgets.table_state import filling, remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.prices.price_list import PriceColumnRecord


class PriceColumnsDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceColumnsDialog")
        self.setWindowTitle(self.tr("Price columns"))
        self.db, self.hub = db, hub
        self.records: list[PriceColumnRecord] = []
        self.table = make_table(
            [
                self.tr("Price column"),
                self.tr("% off base"),
                self.tr("Clients"),
                self.tr("Own prices"),
                self.tr("Breaks"),
            ]
        )
        self.table.setObjectName("priceColumnsTable")
        remember_table(self.table, "priceColumnsTable", descending=(1, 2, 3, 4))
        stretch_column(self.table, 0)
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = FieldForm()
        self.name = self.form.line("name", self.tr("Name"), placeholder=self.tr("e.g. Key account"))
        self.percent = self.form.line(
            "discount_percent", self.tr("% off the base price"), placeholder="0"
        )
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.percent.setMaximumWidth(120)
        self.add_button = QPushButton(icon("add"), self.tr("Add as a new column"))
        self.add_button.setObjectName("addColumn")
        self.change_button = QPushButton(icon("save"), self.tr("Save changes to the selected"))
        self.change_button.setObjectName("changeColumn")
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete the selected…"))
        self.delete_button.setObjectName("deleteColumn")
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self.summary = WrappingLabel()  # wraps, as tall as its lines
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "A client pays its column's price: the product's own price in the column where "
                "one is set (Products › product), else the base price less the percentage."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.resize(620, 460)
        self.hub.changed.connect(self._on_changed)
        self.finished.connect(lambda _r: self.hub.changed.disconnect(self._on_changed))
        self.load()

    def load(self) -> None:
        from kamdesk.services.prices.price_list import list_price_columns

        with self.db.reading() as session:
            self.records = list_price_columns(session)
        with filling(self.table):
            self.table.setRowCount(len(self.records))
            for row, c in enumerate(self.records):
                items = [
                    cell(c.name, c.id),
                    cell(percent_text(c.discount_percent), value=c.discount_percent),
                    cell(str(c.clients), value=c.clients),
                    cell(str(c.explicit_prices), value=c.explicit_prices),
                    cell(str(c.breaks), value=c.breaks),
                ]
                for item in items[1:]:
                    item.setTextAlignment(RIGHT_ALIGN)
                for col, item in enumerate(items):
                    self.table.setItem(row, col, item)
        self._selected()

    def _on_changed(self, changes: Changes) -> None:
        if changes & {Change.PRICES, Change.CLIENTS, Change.PRODUCTS}:
            self.load()

    def selected(self) -> PriceColumnRecord | None:
        if not self.table.selectedItems():
            return None
        return record_at(self.table, self.table.currentRow(), self.records)

    def _selected(self) -> None:
        record = self.selected()
        self.change_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        if record is not None:
            self.name.setText(record.name)
            self.percent.setText(qty_text(record.discount_percent))
        self.form.show({})
        self.summary.clear()

    def _fields(self, column_id: str | None) -> tuple[str, Decimal, bool]:
        from kamdesk.services.prices.price_list import price_column_problems

        problems: dict[str, str] = {}
        percent = read_percent(self.percent, "discount_percent", problems)
        percent = Decimal(0) if percent is None and "discount_percent" not in problems else percent
        if percent is not None:
            with self.db.reading() as session:
                found = price_column_problems(
                    session, self.name.text(), percent, column_id=column_id
                )
            for name, message in found.items():
                problems.setdefault(name, message)
        self.form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
        return self.name.text(), percent or Decimal(0), not problems

    def add(self) -> str | None:
        from kamdesk.services.prices.price_list import add_price_column

        name, percent, ok = self._fields(None)
        if not ok:
            return None
        result = run_op(
            self,
            self.db,
            self.hub,
            lambda s: add_price_column(s, name, percent),
        )
        if result is not None:
            self.name.clear()
            self.percent.clear()
        return result

    def change(self) -> bool:
        from kamdesk.services.prices.price_list import ColumnFields, save_price_column

        record = self.selected()
        if record is None:
            return False
        name, percent, ok = self._fields(record.id)
        if not ok:
            return False
        column_id = record.id
        mine = ColumnFields(name, percent)
        # what the form loaded: a field the user left keeps what was saved elsewhere meanwhile
        base = ColumnFields(record.name, record.discount_percent)

        def work(session: Session, pick: Pick) -> bool:
            save_price_column(session, column_id, pick.mine(mine), base=pick.rebase(base))
            return True

        return run_edit(self, self.db, self.hub, work, labels=self.form.labels) is True

    def delete(self) -> bool:
        from kamdesk.services.prices.price_list import delete_price_column

        record = self.selected()
        if record is None:
            return False
        question = self.tr("Delete the price column {name}?").format(name=record.name)
        if record.breaks:
            question += " " + self.tr(
                "Its %n quantity break(s) made for this column only go with it.", "", record.breaks
            )
        answer = QMessageBox.question(self, self.tr("Delete price column"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def work(session: Session) -> bool:
            delete_price_column(session, record.id)
            return True

        return run_op(self, self.db, self.hub, work) is True
