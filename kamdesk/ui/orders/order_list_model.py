"""The order list as a Qt model: filtered in SQL, newest first, fetched a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.services.sales.orders import OrderRow, count_orders, list_orders
from kamdesk.ui.widgets.price_fields import RIGHT, money
from kamdesk.ui.widgets.style import ORDER_STATUS_COLOURS, TEXT_MUTED

if TYPE_CHECKING:
    from kamdesk.db import Database

Index = QModelIndex | QPersistentModelIndex

# (field of OrderRow, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "Number"),
    ("order_date", "Date"),
    ("client_name", "Client"),
    ("status", "Status"),
    ("lines", "Lines"),
    ("total_gross", "Total"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderTableModel", text)


class OrderTableModel(QAbstractTableModel):
    PAGE = 100

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[OrderRow] = []
        self._total = 0
        self._search = ""
        self._status = ""
        self._client_id: str | None = None

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
            if field == "order_date":
                return row.order_date.isoformat()
            if field == "status":
                return _tr(STATUS_LABELS.get(row.status, row.status))
            if field == "total_gross":
                return money(row.total_gross, row.currency)
            return str(getattr(row, field))
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("lines", "total_gross"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and field == "status":
            return QColor(ORDER_STATUS_COLOURS.get(row.status, TEXT_MUTED))
        if role == Qt.ItemDataRole.ToolTipRole and field == "client_name":
            return row.client_name
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in (
            "lines",
            "total_gross",
        ):
            return RIGHT
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

    # --- what the section asks ----------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, *, search: str, status: str, client_id: str | None = None) -> None:
        if (search, status, client_id) != (self._search, self._status, self._client_id):
            self._search, self._status, self._client_id = search, status, client_id
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        with self._db.reading() as session:
            self._total = count_orders(
                session, search=self._search, status=self._status, client_id=self._client_id
            )
        self._rows = self._page(0)
        self.endResetModel()

    def order_id(self, row: int) -> str:
        return self._rows[row].id

    def _page(self, offset: int) -> list[OrderRow]:
        with self._db.reading() as session:
            return list_orders(
                session,
                search=self._search,
                status=self._status,
                client_id=self._client_id,
                offset=offset,
                limit=self.PAGE,
            )
