"""Help > Guide (F1) in the main window's Help menu: light to build at start, the guide's own
module loads when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

    from kamdesk.ui.help.guide_window import GuideWindow

GUIDE_KEY = "F1"


def add_guide_action(window: QMainWindow, menu: QMenu) -> QAction:
    """The Guide entry of `menu`, its key working with the menu closed too."""
    action = QAction(QCoreApplication.translate("GuideAction", "&Guide"), window)
    action.setObjectName("guideAction")
    action.setShortcut(QKeySequence(GUIDE_KEY))
    action.triggered.connect(lambda: open_guide(window))
    window.addAction(action)
    menu.addAction(action)
    return action


def add_page_key(window: QWidget, page: str) -> QAction:
    """F1 in a record window (a dossier, an order, a meeting): the guide at its page, beside
    the main window it belongs to."""
    action = QAction(window)
    action.setObjectName("guidePageAction")
    action.setShortcut(QKeySequence(GUIDE_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_guide(_main_window(window), page))
    window.addAction(action)
    return action


def _main_window(widget: QWidget) -> QMainWindow:
    """The main window `widget` was opened from (its parents'), else the application's."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QMainWindow) and parent.objectName() == "mainWindow":
            return parent
        parent = parent.parentWidget()
    mains = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    if mains and isinstance(mains[0], QMainWindow):
        return mains[0]
    return widget if isinstance(widget, QMainWindow) else QMainWindow()


def open_guide(window: QMainWindow, page: str | None = None) -> GuideWindow:
    """The guide beside the main window (the one already open, brought to the front), at
    `page` when given."""
    from kamdesk.ui.help.guide_window import GuideWindow

    guide = window.findChild(GuideWindow)
    if guide is None:
        guide = GuideWindow(window)
    if page is not None:
        guide.show_page(page)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
