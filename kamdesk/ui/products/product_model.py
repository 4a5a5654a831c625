"""The product list as a Qt model: a page at a time, one column per price column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kamdesk.services.prices.catalog import PRICE_SORT, ProductRow, search_products
from kamdesk.services.prices.price_list import PriceColumnRecord, list_price_columns
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets.paged_model import Index, Page, PagedTableModel
from kamdesk.ui.widgets.price_fields import RIGHT, money, percent_text
from kamdesk.ui.widgets.style import TEXT_INACTIVE
from kamdesk.ui.widgets.table_state import first_click

if TYPE_CHECKING:
    from kamdesk.db import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductTableModel", text)


# (field of ProductRow, header); the price columns come between base price and active
FIXED: tuple[tuple[str, str], ...] = (
    ("sku", QT_TRANSLATE_NOOP("ProductTableModel", "SKU")),
    ("name", QT_TRANSLATE_NOOP("ProductTableModel", "Product")),
    ("category", QT_TRANSLATE_NOOP("ProductTableModel", "Category")),
    ("unit", QT_TRANSLATE_NOOP("ProductTableModel", "Unit")),
    ("vat_rate", QT_TRANSLATE_NOOP("ProductTableModel", "VAT %")),
    ("base_price", QT_TRANSLATE_NOOP("ProductTableModel", "Base price")),
)
ACTIVE = ("active", QT_TRANSLATE_NOOP("ProductTableModel", "Active"))
NUMERIC = frozenset({"vat_rate", "base_price"})
INACTIVE_GREY = QColor(TEXT_INACTIVE)


class ProductTableModel(PagedTableModel[ProductRow]):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._columns: list[PriceColumnRecord] = []
        self._search = ""
        self._category: str | None = None
        self._active: bool | None = True
        self._sort = "sku"
        self._descending = False
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what the views ask -------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self._columns) + 1

    def _field(self, column: int) -> str:
        if column < len(FIXED):
            return FIXED[column][0]
        if column < len(FIXED) + len(self._columns):
            return "price"
        return ACTIVE[0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        field = self._field(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return INACTIVE_GREY
        if field == "price":
            return self._price(row, index.column() - len(FIXED), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "active":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field in ("name", "category"):
            return getattr(row, field)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if field == "vat_rate":
            return percent_text(row.vat_rate)
        if field == "base_price":
            return money(row.base_price)
        if field == "active":
            return _tr("yes") if row.active else _tr("no")
        return getattr(row, field)

    def _price(self, row: ProductRow, i: int, role: int) -> Any:
        price = row.prices[i]
        column = self._columns[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return money(price.price)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and price.explicit:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if price.explicit:
                return _tr("Own price in the {column} column").format(column=column.name)
            return _tr("{column}: {percent} off the base price").format(
                column=column.name, percent=percent_text(column.discount_percent)
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = self._field(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (NUMERIC | {"price"}):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and field == "price":
            column = self._columns[section - len(FIXED)]
            return _tr("{percent} off the base price; bold: the product's own price").format(
                percent=percent_text(column.discount_percent)
            )
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return first_click(field in (NUMERIC | {"price"}))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if field == "price":
            return self._columns[section - len(FIXED)].name
        if field == "active":
            return _tr(ACTIVE[1])
        return _tr(FIXED[section][1])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = self._field(column)
        if field == "price":  # the service computes every product's price in that column
            field = PRICE_SORT + self._columns[column - len(FIXED)].id
        self._sort = field
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- what the section asks ----------------------------------------------------------------
    @property
    def price_columns(self) -> list[PriceColumnRecord]:
        return list(self._columns)

    def set_filter(self, *, search: str, category_id: str | None, active: bool | None) -> None:
        if (search, category_id, active) != (self._search, self._category, self._active):
            self._search, self._category, self._active = search, category_id, active
            self.refresh()

    def product_id(self, row: int) -> str:
        return self.record(row).id

    def _reload(self) -> None:
        with self._db.reading() as session:
            self._columns = list_price_columns(session)
        super()._reload()

    def fetch_page(self, offset: int, limit: int, *, count: bool) -> Page[ProductRow]:
        with self._db.reading() as session:
            page = search_products(
                session,
                search=self._search,
                category_id=self._category,
                active=self._active,
                sort=self._sort,
                descending=self._descending,
                offset=offset,
                limit=limit,
            )
        return Page(page.rows, page.total)
