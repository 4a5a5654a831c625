"""Delete on a product in the Products list (or its context menu): to the trash, after asking.

A product an order or a return names is never deleted (the service says so: untick Active to
retire it). One deleted comes back with Edit > Undo, or from Edit > Trash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.products.product_model import ProductTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductDelete", text)


class ProductList(Protocol):
    db: Database | None
    hub: ChangeHub | None
    model: ProductTableModel | None
    table: QTableView


def install_delete(section: ProductList) -> QAction:
    """Delete (the key, and the list's context menu) on the current product."""
    action = QAction(icon("delete"), _tr("Delete product…"), section.table)
    action.setObjectName("deleteProduct")
    action.setShortcut(QKeySequence("Delete"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: delete_current(section))
    section.table.addAction(action)
    section.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def delete_current(section: ProductList) -> bool:
    """The current product to the trash, after asking; True when it went."""
    from kamdesk.services.prices.catalog import delete_product
    from kamdesk.ui.undo import commands as undo_commands

    db, hub, model = section.db, section.hub, section.model
    index = section.table.currentIndex()
    if db is None or hub is None or model is None or not index.isValid():
        return False
    product_id = model.product_id(index.row())
    label = " — ".join(
        str(index.sibling(index.row(), c).data() or "") for c in (0, 1)
    )  # SKU — name
    parent: QWidget = section.table
    answer = QMessageBox.question(
        parent,
        _tr("Delete product"),
        _tr("Move {product} to the trash? Edit > Undo or Edit > Trash brings it back.").format(
            product=label
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def delete(session: Session) -> str:
        return delete_product(session, product_id)

    name = run_op(parent, db, hub, delete)
    if name is None:
        return False
    undo_commands.deleted(db, hub, "product", name, [product_id], delete)
    return True
