"""The order list as a Qt model: filtered and sorted in SQL (newest first until a header is
clicked), fetched a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.services.sales.orders import OrderRow, count_orders, list_orders
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.paged_model import Index, Page, PagedTableModel
from kamdesk.ui.widgets.price_fields import RIGHT, money
from kamdesk.ui.widgets.style import ORDER_STATUS_COLOURS, TEXT_MUTED
from kamdesk.ui.widgets.table_state import first_click

if TYPE_CHECKING:
    from kamdesk.db import Database

# (field of OrderRow, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("OrderTableModel", "Number")),
    ("order_date", QT_TRANSLATE_NOOP("OrderTableModel", "Order date")),
    ("client_name", QT_TRANSLATE_NOOP("OrderTableModel", "Client")),
    ("status", QT_TRANSLATE_NOOP("OrderTableModel", "Status")),
    ("lines", QT_TRANSLATE_NOOP("OrderTableModel", "Lines")),
    ("total_gross", QT_TRANSLATE_NOOP("OrderTableModel", "Total")),
)
TIPS = {"total_gross": QT_TRANSLATE_NOOP("OrderTableModel", "The order's total with VAT")}
FIGURES = frozenset({"order_date", "lines", "total_gross"})  # the first click: biggest first


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderTableModel", text)


class OrderTableModel(PagedTableModel[OrderRow]):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._search = ""
        self._status = ""
        self._client_id: str | None = None
        self._sort = ("order_date", True)  # (field, descending): newest first

    # --- what the views ask -------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        field = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "order_date":
                return short_date(row.order_date)
            if field == "status":
                return domain_text(STATUS_LABELS.get(row.status, row.status))
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
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return first_click(COLUMNS[section][0] in FIGURES)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in TIPS:
            return _tr(TIPS[COLUMNS[section][0]])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """In SQL (services.sales.orders.ORDER_SORT), from the first page."""
        sort = (COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.refresh()

    # --- what the section asks ----------------------------------------------------------------
    def set_filter(self, *, search: str, status: str, client_id: str | None = None) -> None:
        if (search, status, client_id) != (self._search, self._status, self._client_id):
            self._search, self._status, self._client_id = search, status, client_id
            self.refresh()

    def order_id(self, row: int) -> str:
        return self.record(row).id

    def fetch_page(self, offset: int, limit: int, *, count: bool) -> Page[OrderRow]:
        with self._db.reading() as session:
            total = (
                count_orders(
                    session, search=self._search, status=self._status, client_id=self._client_id
                )
                if count
                else None
            )
            rows = list_orders(
                session,
                search=self._search,
                status=self._status,
                client_id=self._client_id,
                sort=self._sort[0],
                descending=self._sort[1],
                offset=offset,
                limit=limit,
            )
        return Page(rows, total)
