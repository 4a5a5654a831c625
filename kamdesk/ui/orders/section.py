"""The Orders section: every order, newest first, found by number or client and filtered by
status; New order… and a double-click open the order window."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.orders import ORDER_STATUSES, STATUS_LABELS
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.orders.order_list_model import OrderTableModel

WATCHED = frozenset({Change.ORDERS, Change.INVOICES, Change.RETURNS, Change.CLIENTS})
WIDTHS = (150, 95, 380, 100, 60, 150)  # number, date, client, status, lines, total


class OrdersSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.hub: ChangeHub | None = None
        self.model: OrderTableModel | None = None
        self.today: date | None = None  # tests fix the day; otherwise the real one

        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(self.tr("Search orders by number or client"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("orderStatusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        for key in ORDER_STATUSES:
            self.status.addItem(self.tr(STATUS_LABELS[key]), key)
        self.status.setMinimumWidth(150)
        self.count_label = QLabel(self.tr("Opening the database…"))
        self.count_label.setObjectName("orderCount")
        self.new_button = QPushButton(self.tr("New order…"))
        self.new_button.setObjectName("newOrder")
        self.open_button = QPushButton(self.tr("Open"))

        self.table = QTableView()
        self.table.setObjectName("orderTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Orders</h2>")))
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.open_button)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        for widget in (self.search, self.status, self.new_button, self.open_button):
            widget.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_order(None))
        self.open_button.clicked.connect(self._open_current)
        self.table.doubleClicked.connect(self._open_at)
        self.table.activated.connect(self._open_at)

    def attach(self, db: Database, hub: ChangeHub) -> None:
        from kamdesk.ui.orders.order_list_model import OrderTableModel

        self.db, self.hub = db, hub
        hub.changed.connect(self._on_changed)
        self.model = OrderTableModel(db, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.model.modelReset.connect(self._update_count)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.status.currentIndexChanged.connect(lambda _i: self._filter())
        for widget in (self.search, self.status, self.new_button, self.open_button):
            widget.setEnabled(True)
        self.model.refresh()

    def _filter(self) -> None:
        if self.model is not None:
            self.model.set_filter(
                search=self.search.text().strip(), status=str(self.status.currentData() or "")
            )

    def _on_changed(self, changes: Changes) -> None:
        if self.model is not None and changes & WATCHED:
            self.model.refresh()

    def _update_count(self) -> None:
        if self.model is None:
            return
        n = self.model.total
        filtered = self.search.text().strip() or self.status.currentData()
        self.count_label.setText(
            self.tr("%n order(s) found", "", n) if filtered else self.tr("%n order(s)", "", n)
        )

    def _open_at(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            self.open_order(self.model.order_id(index.row()))

    def _open_current(self) -> None:
        self._open_at(self.table.currentIndex())

    def open_order(self, order_id: str | None, *, client_id: str | None = None) -> QWidget | None:
        """The order's window (raised if already open), or a new order's."""
        if self.db is None or self.hub is None:
            return None
        return windows.open_order(
            self.db, self.hub, order_id, client_id=client_id, parent=self.window(), today=self.today
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
