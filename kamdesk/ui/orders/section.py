"""The Orders section: every order, newest first, found by number or client and filtered by
status; New order… and a double-click open the order window."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from kamdesk.domain.orders import ORDER_STATUSES, STATUS_LABELS
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.list_section import ListSection

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.orders.order_list_model import OrderTableModel

WATCHED = frozenset({Change.ORDERS, Change.INVOICES, Change.RETURNS, Change.CLIENTS})
WIDTHS = (150, 95, 380, 100, 60, 150)  # number, date, client, status, lines, total


class OrdersSection(ListSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("order", word_wrap=False, parent=parent)
        self.db: Database | None = None
        self.hub: ChangeHub | None = None
        self.model: OrderTableModel | None = None
        self.today: date | None = None  # tests fix the day; otherwise the real one

        self.heading.setText(self.tr("<h2>Orders</h2>"))
        self.search.setPlaceholderText(self.tr("Search orders by number or client"))
        self.status = QComboBox()
        self.status.setObjectName("orderStatusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        for key in ORDER_STATUSES:
            self.status.addItem(domain_text(STATUS_LABELS[key]), key)
        self.status.setMinimumWidth(150)
        self.new_button = QPushButton(icon("new"), self.tr("New order…"))
        self.new_button.setObjectName("newOrder")
        self.open_button = QPushButton(icon("open"), self.tr("Open"))
        self.filters.addWidget(self.status)
        self.filters.addWidget(self.open_button)
        self.filters.addWidget(self.new_button)

        for widget in (self.search, self.status, self.new_button, self.open_button):
            widget.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_order(None))
        self.open_button.clicked.connect(self.open_current)

    def attach(self, db: Database, hub: ChangeHub) -> None:
        from kamdesk.ui.orders.order_list_model import OrderTableModel

        self.db, self.hub = db, hub
        hub.changed.connect(self._on_changed)
        self.model = OrderTableModel(db, self)
        newest_first = (1, Qt.SortOrder.DescendingOrder)
        self.show_model(self.model, widths=WIDTHS, stretch_column=2, sort=newest_first)
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

    def open_row(self, row: int) -> None:
        if self.model is not None:
            self.open_order(self.model.order_id(row))

    def open_order(self, order_id: str | None, *, client_id: str | None = None) -> QWidget | None:
        """The order's window (raised if already open), or a new order's."""
        if self.db is None or self.hub is None:
            return None
        return windows.open_order(
            self.db, self.hub, order_id, client_id=client_id, parent=self.window(), today=self.today
        )
