"""Interface translations. English ships too: it carries the plural forms ("1 client").

The language is this laptop's choice (File > This laptop…; not synced), or the system's when
none was chosen. English is always installed underneath, so a message a translation lacks reads
in English with its plural forms, and a missing or broken translation file leaves the interface
in English (logged), never a crash. The .ts sources are kept by scripts/translations.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from kamdesk import messages
from kamdesk.domain.languages import LANGUAGE_NAMES
from kamdesk.paths import RESOURCES
from kamdesk.ui.marks import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# the interface language -> the locale it writes numbers and dates with (widgets.numbers)
LOCALES = {"en": "en_GB", "ru": "ru_RU", "hu": "hu_HU", "it": "it_IT", "az": "az_Latn_AZ"}

TRANSLATIONS = RESOURCES / "translations"
LANGUAGE_KEY = "laptop/language"
# the languages offered: each complete (tests/test_translations.py checks every message)
SHIPPED = ("en", "ru", "hu", "it", "az")
# each language by its own name, as a person looks for it in the list (the documents' names)
NATIVE_NAMES = LANGUAGE_NAMES
# Qt's own words on the standard buttons kamdesk shows (dialog and message box buttons, as Qt
# asks for them under its context): Qt ships no Azerbaijani, so kamdesk's catalogue carries them
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)


def use_language(language: str) -> None:
    """Make the interface language's locale the default every QLocale() and widget uses (here,
    not in widgets.numbers: the first paint needs this and not the rest of numbers)."""
    QLocale.setDefault(QLocale(LOCALES.get(language, LOCALES["en"])))


def shown_language() -> str:
    """The language the interface shows now (the default QLocale's, set with the
    translators), as NATIVE_NAMES keys it; English for any other."""
    code = QLocale().name().split("_")[0]
    return code if code in NATIVE_NAMES else "en"


def chosen_language(settings: QSettings | None) -> str:
    """The language this laptop chose, "" for the system's."""
    if settings is None:
        return ""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in SHIPPED else ""


def set_language(settings: QSettings, language: str) -> None:
    """Choose the interface language ("" for the system's); it applies at the next start."""
    if language:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)


def interface_language(settings: QSettings | None, locale: QLocale | None = None) -> str:
    """The language the interface starts in: the chosen one, else the system's if shipped,
    else English."""
    chosen = chosen_language(settings)
    if chosen:
        return chosen
    system = (locale or QLocale.system()).name().split("_")[0]
    return system if system in SHIPPED else "en"


def _load(app: QCoreApplication, language: str) -> QTranslator | None:
    translator = QTranslator(app)
    path = TRANSLATIONS / f"kamdesk_{language}.qm"
    if not translator.load(str(path)):
        log.warning("the %s translation could not be loaded (%s): English is shown", language, path)
        return None
    app.installTranslator(translator)
    return translator


def _load_qt(app: QCoreApplication, language: str) -> QTranslator | None:
    """Qt's own words (OK, Cancel, a line edit's menu) in the language, where Qt has them
    (it has none for Azerbaijani: kamdesk's catalogue carries the standard buttons, QT_WORDS)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        log.info("Qt has no %s translation of its own words in %s", language, folder)
        return None
    app.installTranslator(translator)
    return translator


def load_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install `language`'s translators on top of what is installed: Qt's, then kamdesk's."""
    found = (_load_qt(app, language), _load(app, language))
    return [t for t in found if t is not None]


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, settings: QSettings | None = None
) -> list[QTranslator]:
    """Load English, then the interface language on top (Qt asks the newest first); keep the
    result alive. What services and the domain say follows the same language
    (kamdesk.messages), and the language's locale becomes the default one: numbers and dates
    are written as that language writes them (widgets.numbers)."""
    language = interface_language(settings, locale)
    messages.use(language)
    use_language(language)
    installed = [t for t in (_load(app, "en"),) if t is not None]
    if language != "en":
        installed += load_language(app, language)
    return installed
