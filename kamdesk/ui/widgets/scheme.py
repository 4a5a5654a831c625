"""Light or dark: which colour scheme kamdesk shows, chosen once at start.

The named colours of widgets/style.py are read by value by the screens (`from ... import
ACCENT`), so the scheme is settled before the first screen imports them: app.py calls
`apply()` right after the QApplication exists, and style.py asks `is_dark()` when it is first
imported. The choice: the environment's KAMDESK_SCHEME (light or dark: tests, screenshots),
else File > This laptop…'s Appearance (the settings' SCHEME_KEY), else the system's scheme
(Qt >= 6.5 tells it). A change of the system's scheme while kamdesk runs shows at its next start.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

SCHEME_KEY: Final = "appearance/scheme"
CHOICES: Final = ("system", "light", "dark")
ENVIRONMENT: Final = "KAMDESK_SCHEME"

_applied: list[bool] = []  # the dark flag apply() settled on, once


def choice(settings: QSettings | None = None) -> str:
    """system, light or dark: the environment's first, then the laptop's setting."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    if forced in CHOICES:
        return forced
    stored = str(settings.value(SCHEME_KEY, "system")) if settings is not None else "system"
    return stored if stored in CHOICES else "system"


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    said = QGuiApplication.styleHints().colorScheme()
    if said == Qt.ColorScheme.Unknown:  # a platform that does not say: its palette does
        return QGuiApplication.palette().window().color().lightness() <= 128
    return said == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the dark colours are the ones shown (style.py asks on its import)."""
    if _applied:
        return _applied[0]
    wanted = choice()
    return system_is_dark() if wanted == "system" else wanted == "dark"


def apply(app: QApplication, settings: QSettings | None) -> bool:
    """Settles the scheme for this run (before any screen is imported): True when dark. A
    dark scheme the system does not show already gets Qt's Fusion style and kamdesk's dark
    palette (style.use_palette)."""
    wanted = choice(settings)
    dark = system_is_dark() if wanted == "system" else wanted == "dark"
    _applied[:] = [dark]
    if wanted != "system":
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt >= 6.8: the platform's own dark widgets
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    return dark


def needs_own_palette(app: QApplication) -> bool:
    """The system's palette is not of the scheme chosen (a light one while the scheme is dark,
    or the other way round): app.py then sets kamdesk's own (style.use_palette)."""
    light_palette = app.palette().window().color().lightness() > 128
    return is_dark() == light_palette
