"""The Clients section: one search box over a sortable, paged list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from kamdesk.services.changes import Changes
from kamdesk.ui import windows
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.list_section import ListSection

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.clients.first_page import FirstPage
    from kamdesk.ui.clients.client_model import ClientTableModel
    from kamdesk.ui.operations import ChangeHub

# name, code, dossier, share, ABC, key client, city, country, industry, segment, status, price
# column; KAM takes the rest
WIDTHS = (240, 75, 65, 80, 45, 105, 100, 55, 110, 100, 70, 95)


class ClientsSection(ListSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("client", parent=parent)
        self.heading.setText(self.tr("<h2>Clients</h2>"))
        self.search.setPlaceholderText(
            self.tr("Search clients by name, code, tax number or city (Ctrl+F)")
        )
        self.model: ClientTableModel | None = None
        self.new_button = QPushButton(icon("new"), self.tr("New client…"))
        self.new_button.setObjectName("newClient")
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_dossier(None))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setEnabled(False)
        self.filters.addWidget(self.archived)
        self.filters.addWidget(self.new_button)
        # the first start: an empty list says how clients get into it
        self.empty_hint = QLabel(
            self.tr(
                "No clients yet: add the first with New client…, or bring a colleague's "
                "clients in from their export file under Sync."
            )
        )
        self.empty_hint.setObjectName("clientEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        self.main.insertWidget(self.main.indexOf(self.table), self.empty_hint)
        self.db: Database | None = None
        self.hub: ChangeHub | None = None

    def show_first_page(self, page: FirstPage) -> None:
        """Before the database opens (start-up): the rows read without it, in a list that
        neither searches nor sorts until attach()."""
        from kamdesk.ui.clients.client_model import ClientTableModel

        if self.model is None:
            self._use_model(ClientTableModel(None, self, first_page=page))
            self.table.horizontalHeader().setSectionsClickable(False)
            self._update_count()

    def attach(self, db: Database, hub: ChangeHub | None = None) -> None:
        from kamdesk.ui.clients.client_model import ClientTableModel

        self.db = db
        self.hub = hub or getattr(self.window(), "hub", None)
        if self.hub is not None:
            self.hub.changed.connect(self._on_changed)
        if self.model is None:
            self._use_model(ClientTableModel(db, self, hub=self.hub))
        else:  # the first page shown before the database opened: read again as usual
            self.model.attach(db, self.hub)
            self.table.horizontalHeader().setSectionsClickable(True)
        assert self.model is not None
        self.search.textChanged.connect(self._on_search)
        self.search.setEnabled(True)
        self.new_button.setEnabled(True)
        self.archived.setEnabled(True)
        self.archived.toggled.connect(self.model.set_include_archived)
        self._on_search(self.search.text())
        self._update_count()

    def _use_model(self, model: ClientTableModel) -> None:
        self.model = model
        self.show_model(model, widths=WIDTHS, stretch_last=True)
        header = self.table.horizontalHeader()
        self._sorted_by = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        model.modelReset.connect(self._update_count)

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

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        if self.model is not None:
            self.model.forget_scores()
            self.model.reload_figures()

    def open_row(self, row: int) -> None:
        if self.model is not None:
            self.open_dossier(self.model.client_id(row))

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
        searching = bool(self.search.text().strip()) or self.archived.isChecked()
        self.empty_hint.setVisible(self.db is not None and n == 0 and not searching)
        if self.search.text().strip():
            self.count_label.setText(self.tr("%n client(s) found", "", n))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", n))
