"""The main window's Edit menu: Undo and Redo (its stack), and Trash…."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from kamdesk.ui.undo.history import add_actions, main_stack

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub


def fill_edit_menu(
    window: QWidget, hub: ChangeHub, menu: QMenu, db: Callable[[], Database | None]
) -> QAction:
    """Undo, Redo and Trash… at the top of `menu`; the Trash action (it opens the dialog once
    `db()` gives the open database)."""
    add_actions(window, main_stack(hub), menu)  # their icons: edit_icons(), after the paint
    menu.addSeparator()
    trash = QAction(QCoreApplication.translate("Undo", "&Trash…"), window)
    trash.setObjectName("trashAction")

    def open_trash() -> None:
        database = db()
        if database is not None:
            from kamdesk.ui.trash.trash_dialog import open_trash as show

            show(database, hub, window)

    trash.triggered.connect(open_trash)
    menu.addAction(trash)
    menu.addSeparator()
    return trash


def edit_icons(window: QWidget) -> list[tuple[QAction, str]]:
    """The Edit menu's actions of `window` with the meaning of their icon (widgets/icons.py:
    drawn once the window is on screen, its module and font not loaded before)."""
    found = []
    for name, meaning in (("undoAction", "undo"), ("redoAction", "redo"), ("trashAction", "trash")):
        action = window.findChild(QAction, name)
        if action is not None:
            found.append((action, meaning))
    return found
