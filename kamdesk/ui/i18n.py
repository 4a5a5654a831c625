"""Interface translations. English ships too: it carries the plural forms ("1 client")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kamdesk.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the interface language (falling back to English); keep the result alive."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    for name in dict.fromkeys([locale.name().split("_")[0], "en"]):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"kamdesk_{name}.qm")):
            app.installTranslator(translator)
            installed.append(translator)
            break
    return installed
