"""Product categories by hand: "New category…" at the end of a product's category box, and the
Categories window of the Products section (add, rename). An import creates the categories its
file names by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database

NEW = "+new"  # the data of the box's "New category…" item


def offer_new_category(combo: QComboBox, db: Database, hub: ChangeHub, parent: QWidget) -> None:
    """Add "New category…" to a category box: choosing it asks the name, saves the category
    at once and selects it (cancelled: the box goes back to what it showed)."""
    combo.addItem(icon("add"), parent.tr("New category…"), NEW)
    shown = {"index": combo.currentIndex()}

    def chosen(index: int) -> None:
        if combo.itemData(index) != NEW:
            shown["index"] = index
            return
        combo.setCurrentIndex(shown["index"])
        name, ok = QInputDialog.getText(
            parent, parent.tr("New category"), parent.tr("Name of the category:")
        )
        if ok and name.strip():
            category_id = add_category(parent, db, hub, name)
            if category_id is not None:
                combo.insertItem(combo.count() - 1, name.strip(), category_id)
                combo.setCurrentIndex(combo.count() - 2)
                shown["index"] = combo.count() - 2

    combo.activated.connect(chosen)


def add_category(parent: QWidget, db: Database, hub: ChangeHub, name: str) -> str | None:
    """Save a new category (its problems shown as a message); its id, None if refused."""
    from kamdesk.services.prices.price_list import add_category as add

    result = run_op(parent, db, hub, lambda s: add(s, name))
    return None if result is None else str(result)


class CategoriesDialog(QDialog):
    """The product categories: add one, rename the selected."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Product categories"))
        self.db, self.hub = db, hub
        self.list = QListWidget()
        self.list.setObjectName("categories")
        self.list.currentItemChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.name.setPlaceholderText(self.tr("e.g. Fasteners"))
        self.add_button = QPushButton(icon("add"), self.tr("Add as a new category"))
        self.add_button.setObjectName("addCategory")
        self.rename_button = QPushButton(icon("save"), self.tr("Rename the selected"))
        self.rename_button.setObjectName("renameCategory")
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.empty = QLabel(
            self.tr(
                "No categories yet: add one here, or import a price list with a category column."
            )
        )
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("Name")))
        layout.addWidget(self.name)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(420, 420)
        self.hub.changed.connect(self._on_changed)
        self.finished.connect(lambda _r: self.hub.changed.disconnect(self._on_changed))
        self.load()

    def load(self, select: str | None = None) -> None:
        from kamdesk.services.prices.price_list import list_categories

        with self.db.reading() as session:
            categories = list_categories(session)
        self.list.clear()
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            self.list.addItem(item)
            if category.id == select:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not categories)
        self._selected()

    def _on_changed(self, changes: Changes) -> None:
        if Change.PRODUCTS in changes:
            self.load(self.selected())

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self, *_args: object) -> None:
        item = self.list.currentItem()
        self.rename_button.setEnabled(item is not None)
        if item is not None:
            self.name.setText(item.text())

    def add(self) -> str | None:
        category_id = add_category(self, self.db, self.hub, self.name.text())
        if category_id is not None:
            self.load(category_id)
        return category_id

    def rename(self) -> bool:
        from kamdesk.services.prices.price_list import rename_category

        category_id, name = self.selected(), self.name.text()
        if category_id is None:
            return False

        def work(session: Session) -> bool:
            rename_category(session, category_id, name)
            return True

        done = run_op(self, self.db, self.hub, work)
        self.load(category_id)
        return done is True
