"""The Products section: the catalogue with every price column, and the price-list windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.products.product_delete import install_delete
from kamdesk.ui.widgets.columns import fit_column
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.list_section import ListSection
from kamdesk.ui.widgets.price_fields import percent_text
from kamdesk.ui.widgets.style import LEGEND_STYLE

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.products.product_model import ProductTableModel

# what, when it changes, the list shows differently
WATCHED = frozenset({Change.PRODUCTS, Change.PRICES})
# widths of SKU, (product: takes the spare width), category, unit, VAT, base price; then each
# price column and active: 1280 pixels show four price columns without scrolling
FIXED_WIDTHS = (80, 0, 130, 48, 48, 85)
PRICE_WIDTH, ACTIVE_WIDTH, NAME_MIN = 85, 55, 220


class ProductsSection(ListSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("product", word_wrap=False, parent=parent)
        self.db: Database | None = None
        self.hub: ChangeHub | None = None
        self.model: ProductTableModel | None = None
        self.dialogs: list[QDialog] = []

        self.heading.setText(self.tr("<h2>Products</h2>"))
        self.search.setPlaceholderText(self.tr("Search products by SKU or name"))
        self.category = QComboBox()
        self.category.setObjectName("productCategory")
        # long category names must not widen the whole window
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(16)
        self.inactive = QCheckBox(self.tr("Show inactive"))
        self.new_button = QPushButton(icon("new"), self.tr("New product…"))
        self.new_button.setObjectName("newProduct")
        self.columns_button = QPushButton(self.tr("Price columns…"))
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("productCategories")
        self.promotions_button = QPushButton(self.tr("Promotions…"))
        self.import_button = QPushButton(icon("import"), self.tr("Import…"))
        self.export_button = QPushButton(icon("export"), self.tr("Export price list…"))

        self.table.viewport().installEventFilter(self)
        self.filters.addWidget(self.category)
        self.filters.addWidget(self.inactive)
        self.filters.addWidget(self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.columns_button)
        tools.addWidget(self.categories_button)
        tools.addWidget(self.promotions_button)
        legend = QLabel(self.tr("Bold: the product's own price in that column."))
        legend.setStyleSheet(LEGEND_STYLE)
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        tools.addSpacing(12)
        tools.addWidget(legend, 1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)
        self.main.addLayout(tools)

        self._buttons = (
            self.search,
            self.category,
            self.inactive,
            self.new_button,
            self.columns_button,
            self.categories_button,
            self.promotions_button,
            self.import_button,
            self.export_button,
        )
        for widget in self._buttons:
            widget.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_product(None))
        self.columns_button.clicked.connect(self.open_price_columns)
        self.categories_button.clicked.connect(self.open_categories)
        self.promotions_button.clicked.connect(self.open_promotions)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export_price_list)
        self.delete_action = install_delete(self)  # Delete: to the trash, Ctrl+Z brings it back

    def attach(self, db: Database, hub: ChangeHub) -> None:
        from kamdesk.ui.products.product_model import ProductTableModel

        self.db, self.hub = db, hub
        hub.changed.connect(self._on_changed)
        self.model = ProductTableModel(db, self)
        self._fitted_columns = -1
        self.model.modelReset.connect(self._after_reset)
        self.table.horizontalHeader().sectionCountChanged.connect(self._hide_columns)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        self.show_model(self.model)  # widths follow each reset: the price columns
        self._fill_categories()
        self.search.textChanged.connect(self._filter)
        self.category.currentIndexChanged.connect(self._filter)
        self.inactive.toggled.connect(self._filter)
        for widget in self._buttons:
            widget.setEnabled(True)
        self._filter()

    # --- list ---------------------------------------------------------------------------------
    def _fill_categories(self) -> None:
        from kamdesk.services.prices.price_list import list_categories

        assert self.db is not None
        with self.db.reading() as session:
            categories = list_categories(session)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category.addItem(c.name, c.id)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def _filter(self, *_args: object) -> None:
        if self.model is None:
            return
        self.model.set_filter(
            search=self.search.text(),
            category_id=self.category.currentData(),
            active=None if self.inactive.isChecked() else True,
        )

    def _after_reset(self) -> None:
        assert self.model is not None
        header = self.table.horizontalHeader()
        widths = [
            *FIXED_WIDTHS,
            *([PRICE_WIDTH] * len(self.model.price_columns)),
            ACTIVE_WIDTH,
        ]
        if header.count() != self._fitted_columns:  # a search keeps the widths the KAM set
            self._fitted_columns = header.count()
            for column, width in enumerate(widths):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                fit_column(self.table, column, width)
        self._hide_columns()
        self._fit_name()
        self._update_count()

    def _hide_columns(self, *_args: object) -> None:
        """Inactive products are greyed; the Active column shows only when they are shown.
        Hiding goes with a position, so every column is set: a price column added since takes
        the Active column's old place and must not stay hidden. Also when the header's
        sections come (after the model's reset, when the column count changed)."""
        if self.model is None:
            return
        last = self.model.columnCount() - 1
        for column in range(last + 1):
            self.table.setColumnHidden(column, column == last and not self.inactive.isChecked())

    def _fit_name(self) -> None:
        """The product's name takes the width the other columns leave (never below NAME_MIN)."""
        if self.model is None:
            return
        others = sum(
            self.table.columnWidth(c)
            for c in range(self.model.columnCount())
            if c != 1 and not self.table.isColumnHidden(c)
        )
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(1, max(NAME_MIN, spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name()
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        if self.model is None:
            return
        n = self.model.total
        filtered = bool(self.search.text().strip()) or self.category.currentData() is not None
        self.count_label.setText(
            self.tr("%n product(s) found", "", n) if filtered else self.tr("%n product(s)", "", n)
        )

    def refresh(self) -> None:
        if self.model is not None:
            self._fill_categories()
            self.model.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & WATCHED:
            self.refresh()

    def open_row(self, row: int) -> None:
        if self.model is not None:
            self.open_product(self.model.product_id(row))

    # --- windows ------------------------------------------------------------------------------
    def _keep(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
        dialog.open()
        return dialog

    def open_product(self, product_id: str | None) -> QDialog | None:
        """The product's window (product_id None: a new product)."""
        from kamdesk.ui.products.product_dialog import ProductDialog

        if self.db is None or self.hub is None:
            return None
        return self._keep(ProductDialog(self.db, self.hub, product_id, parent=self))

    def open_price_columns(self) -> QDialog | None:
        from kamdesk.ui.products.price_columns import PriceColumnsDialog

        if self.db is None or self.hub is None:
            return None
        return self._keep(PriceColumnsDialog(self.db, self.hub, parent=self))

    def open_categories(self) -> QDialog | None:
        from kamdesk.ui.products.categories import CategoriesDialog

        if self.db is None or self.hub is None:
            return None
        return self._keep(CategoriesDialog(self.db, self.hub, parent=self))

    def open_promotions(self) -> QDialog | None:
        from kamdesk.ui.products.promotions import PromotionsDialog

        if self.db is None or self.hub is None:
            return None
        return self._keep(PromotionsDialog(self.db, self.hub, parent=self))

    def open_import(self) -> QDialog | None:
        if self.db is None or self.hub is None:
            return None
        try:
            from kamdesk.ui.products.import_dialog import ImportDialog
        except ImportError:  # being written alongside; the button does nothing until then
            return None
        return self._keep(ImportDialog(self.db, self.hub, self))

    def export_price_list(self) -> None:
        """Ask which price column, then write its price list (the import module's job)."""
        if self.db is None or self.model is None:
            return
        columns = self.model.price_columns
        if not columns:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Export price list"),
                self.tr("There is no price column yet: add one under Price columns…"),
            )
            return
        labels = [f"{c.name} ({percent_text(c.discount_percent)})" for c in columns]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Export price list"),
            self.tr("The price list of which price column?"),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        try:
            from kamdesk.ui.products.import_dialog import export_price_list
        except ImportError:  # being written alongside
            return
        export_price_list(self, self.db, columns[labels.index(label)].id)
