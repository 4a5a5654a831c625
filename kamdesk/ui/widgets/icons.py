"""kamdesk's icons: one open set (Material Design Icons 6, through qtawesome), by meaning.

Screens ask for `icon("new")` or `section_icon("clients")` and never spell an icon's name, so
the set can change here alone. The icons are drawn in the palette's text colour (and its
disabled text colour), so they read on a light and on a dark scheme alike.

qtawesome is imported on the first icon asked for, never at module import: importing it (it
loads Qt's modules through qtpy) and loading its fonts cost about 0.35 s, more than the main
window's first paint, so the main window sets its sidebar's icons after that paint
(MainWindow.set_icons).
"""

from __future__ import annotations

import os
from functools import cache
from typing import Final

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

# meaning -> the icon's name in the set; one family only ("mdi6.")
ACTIONS: Final = {
    "new": "plus",
    "add": "plus",
    "save": "content-save-outline",
    "delete": "delete-outline",
    "remove": "minus-circle-outline",
    "edit": "pencil-outline",
    "print": "printer-outline",
    "documents": "file-document-outline",
    "import": "tray-arrow-down",
    "export": "tray-arrow-up",
    "open": "folder-open-outline",
    "preview": "eye-outline",
    "check": "check-circle-outline",
    "backup": "database-export-outline",
    "restore": "backup-restore",
    "trash": "trash-can-outline",
    "up": "arrow-up",
    "down": "arrow-down",
    "today": "calendar-today",
    "sync": "sync",
    "settings": "cog-outline",
    "lock": "lock-outline",
    "encryption": "database-lock-outline",
    "help": "help-circle-outline",
    "quit": "exit-to-app",
    "close": "close",
    "call": "phone-outline",
    "calendar_export": "calendar-export",
}
# the eight sections of the main window's sidebar
SECTIONS: Final = {
    "today": "calendar-today",
    "clients": "account-group",
    "schedule": "calendar-month",
    "orders": "clipboard-text-outline",
    "products": "package-variant-closed",
    "receivables": "cash-clock",
    "reports": "chart-bar",
    "sync": "sync",
}
FAMILY: Final = "mdi6"
APP_ICON_SIZES: Final = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """kamdesk's own icon (resources/icons/kamdesk.svg rendered by scripts/app_icon.py), every
    size the system may ask for: the files are read when a size is first drawn."""
    from kamdesk.paths import RESOURCES

    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(str(RESOURCES / "icons" / f"kamdesk-{size}.png"), QSize(size, size))
    return result


def icon(meaning: str) -> QIcon:
    """The icon of an action (a KeyError for an unknown meaning: a typo shows in tests)."""
    return _drawn(ACTIONS[meaning], *_colours())


def section_icon(key: str) -> QIcon:
    """The icon of a section of the sidebar."""
    return _drawn(SECTIONS[key], *_colours())


def _colours() -> tuple[str, str]:
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return normal.name(), disabled.name()


@cache
def _drawn(name: str, colour: str, disabled: str) -> QIcon:
    os.environ.setdefault("QT_API", "pyside6")  # qtpy: the binding kamdesk runs on
    import qtawesome  # costly: see the module's docstring

    drawn: QIcon = qtawesome.icon(f"{FAMILY}.{name}", color=colour, color_disabled=disabled)
    return drawn
