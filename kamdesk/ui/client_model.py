"""The client list as a Qt model: filtered and sorted in SQL, fetched a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kamdesk.services.clients import ClientRow, count_clients, list_clients

if TYPE_CHECKING:
    from kamdesk.db import Database

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientTableModel", text)


# (field of ClientRow, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Client"),
    ("code", "Code"),
    ("city", "City"),
    ("country", "Country"),
    ("industry", "Industry"),
    ("segment", "Segment"),
    ("status", "Status"),
    ("price_column", "Price column"),
    ("kam", "KAM"),
)

STATUS_LABELS = {
    "prospect": "Prospect",
    "active": "Active",
    "dormant": "Dormant",
    "lost": "Lost",
}


class ClientTableModel(QAbstractTableModel):
    PAGE = 200

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[ClientRow] = []
        self._total = 0
        self._search = ""
        self._sort = "name"
        self._descending = False
        self.refresh()

    # --- what the views ask -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, field)
            if field == "status":
                return _tr(STATUS_LABELS.get(value, value))
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and field == "name":
            return row.name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- what the section asks ----------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many clients match, whether fetched yet or not."""
        return self._total

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        with self._db.reading() as session:
            self._total = count_clients(session, search=self._search)
            self._rows = list_clients(
                session,
                search=self._search,
                sort=self._sort,
                descending=self._descending,
                offset=0,
                limit=self.PAGE,
            )
        self.endResetModel()

    def client_id(self, row: int) -> str:
        return self._rows[row].id

    def _page(self, offset: int) -> list[ClientRow]:
        with self._db.reading() as session:
            return list_clients(
                session,
                search=self._search,
                sort=self._sort,
                descending=self._descending,
                offset=offset,
                limit=self.PAGE,
            )
