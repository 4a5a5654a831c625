"""The Clients section: one search box over a sortable, paged list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Changes
from kamdesk.ui import windows

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.clients.client_model import ClientTableModel
    from kamdesk.ui.operations import ChangeHub


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
        layout.addWidget(self.table, 1)

        self.search.setEnabled(False)
        self.count_label.setText(self.tr("Opening the database…"))
        self.new_button = QPushButton(self.tr("New client…"))
        self.new_button.setObjectName("newClient")
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_dossier(None))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setEnabled(False)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.archived)
        search_row.addWidget(self.new_button)
        self.layout().insertLayout(1, search_row)  # type: ignore[union-attr]
        self.table.doubleClicked.connect(lambda index: self.open_dossier(self._id_at(index.row())))
        self.table.activated.connect(lambda index: self.open_dossier(self._id_at(index.row())))
        self.db: Database | None = None
        self.hub: ChangeHub | None = None

    def attach(self, db: Database, hub: ChangeHub | None = None) -> None:
        from kamdesk.ui.clients.client_model import ClientTableModel

        self.db = db
        self.hub = hub or getattr(self.window(), "hub", None)
        if self.hub is not None:
            self.hub.changed.connect(self._on_changed)
        self.model = ClientTableModel(db, self, hub=self.hub)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        self._sorted_by = (0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 75, 65, 80, 45, 105, 100, 55, 110, 100, 70, 95)):
            self.table.setColumnWidth(column, width)
        self.search.textChanged.connect(self._on_search)
        self.model.modelReset.connect(self._update_count)
        self.search.setEnabled(True)
        self.new_button.setEnabled(True)
        self.archived.setEnabled(True)
        self.archived.toggled.connect(self.model.set_include_archived)
        self._on_search(self.search.text())
        self._update_count()

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """Dossier scores are computed for the rows on screen only: that column cannot sort,
        so the arrow goes back to where the list really is sorted."""
        from kamdesk.ui.clients.client_model import COLUMNS

        if COLUMNS[column][0] != "completeness":
            self._sorted_by = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)
        self.count_label.setToolTip(self.tr("The Dossier column does not sort the list."))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        if self.model is not None:
            self.model.forget_scores()
            self.model.reload_figures()

    def _id_at(self, row: int) -> str | None:
        return self.model.client_id(row) if self.model is not None and row >= 0 else None

    def open_dossier(self, client_id: str | None) -> QWidget | None:
        """The dossier of a client, or an empty one to create a client (client_id None)."""
        if self.db is None or self.hub is None:
            return None
        return windows.open_dossier(self.db, self.hub, client_id, parent=self.window())

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
