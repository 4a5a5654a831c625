"""The Clients section: one search box over a sortable, paged list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.client_model import ClientTableModel


class ClientsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            self.tr("Search clients by name, code, tax number or city (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")

        self.model: ClientTableModel | None = None
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Clients</h2>")))
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

        self.search.setEnabled(False)
        self.count_label.setText(self.tr("Opening the database…"))

    def attach(self, db: Database) -> None:
        from kamdesk.ui.client_model import ClientTableModel

        self.model = ClientTableModel(db, self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((270, 80, 110, 60, 120, 110, 75, 105)):
            self.table.setColumnWidth(column, width)
        self.search.textChanged.connect(self._on_search)
        self.model.modelReset.connect(self._update_count)
        self.search.setEnabled(True)
        self._on_search(self.search.text())
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def _on_search(self, text: str) -> None:
        if self.model is not None:
            self.model.set_search(text)

    def _update_count(self) -> None:
        if self.model is None:
            return
        n = self.model.total
        if self.search.text().strip():
            self.count_label.setText(self.tr("%n client(s) found", "", n))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", n))
