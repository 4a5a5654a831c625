"""kamdesk's icons: one open set (Material Design Icons 6, the font qtawesome ships), by meaning.

Screens ask for `icon("new")` or `section_icon("clients")` and never spell an icon's name, so
the set can change here alone. An icon is drawn when painted, in the palette's colour for its
state (button text; highlighted text when selected; the disabled text's when disabled), so it
reads on a light and a dark scheme alike and follows a palette changed at run time.

The glyphs come from qtawesome's own copy of the font (its package data, bundled by
kamdesk.spec), drawn here rather than through `qtawesome.icon()`: importing qtawesome costs
about 0.45 s (qtpy star-imports Qt's modules) and more than doubled the main window's first
paint, which shows the sidebar's and the Clients list's icons; loading the one font and its
charmap costs about 15 ms, once, on the first icon painted.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from functools import cache
from pathlib import Path
from typing import Final

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

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
    "undelete": "delete-restore",
    "undo": "undo",
    "redo": "redo",
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
    "copy": "content-copy",
    "email": "email-outline",
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
# the files of qtawesome's copy of Material Design Icons 6
FONT_FILE: Final = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE: Final = "materialdesignicons6-webfont-charmap-6.9.96.json"
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
    return _drawn(ACTIONS[meaning])


def section_icon(key: str) -> QIcon:
    """The icon of a section of the sidebar."""
    return _drawn(SECTIONS[key])


class _Glyph(QIconEngine):
    """One glyph of the icon font, drawn at any size in the palette's colour for its mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, chars = _font()
        font = QFont(family)
        font.setPixelSize(max(1, min(rect.width(), rect.height())))
        painter.save()
        painter.setFont(font)
        painter.setPen(_colour(mode))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), chars.get(self.name, "?"))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Glyph(self.name)


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


@cache
def _drawn(name: str) -> QIcon:
    return QIcon(_Glyph(name))


def _fonts_folder() -> Path:
    """qtawesome's fonts: beside its package, or where kamdesk.spec put them in a bundle (the
    package's code is not bundled: kamdesk does not import it)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")  # found, not imported
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The icon font's family and name -> character, loaded once from qtawesome's fonts."""
    fonts = _fonts_folder()
    loaded = QFontDatabase.addApplicationFont(str(fonts / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(loaded)
    if not families:
        log.warning("the icon font %s did not load: icons stay blank", FONT_FILE)
        return "", {}
    codes = json.loads((fonts / CHARMAP_FILE).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}
