from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings

from kamdesk.db import Database
from kamdesk.paths import AppPaths
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_named_clients
from tests.ui.closing import close_everything


@pytest.fixture(scope="session", autouse=True)
def translations(qapp):  # type: ignore[no-untyped-def]
    from kamdesk.ui.i18n import install_translations

    return install_translations(qapp, QLocale("en_GB"))


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Every test starts with the interface's English habits (en_GB: 1,234.50, 23/11/2026, weeks
    from Monday) and English messages, whatever language a test before it switched to."""
    from kamdesk import messages
    from kamdesk.ui.widgets.numbers import use_language

    use_language("en")
    messages.use("en")
    yield
    use_language("en")
    messages.use("en")


@pytest.fixture(scope="session", autouse=True)
def fonts_installed(qapp):  # type: ignore[no-untyped-def]
    """The symbol font joins Qt's fallback as at the app's start: windows draw what users see."""
    from kamdesk.ui.fonts import install_fonts

    return install_fonts()


@pytest.fixture(scope="session", autouse=True)
def window_kinds_installed() -> None:
    """The record windows open through ui.windows; the main window installs them at start."""
    from kamdesk.ui import window_kinds

    window_kinds.install()


@pytest.fixture
def settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db: Database, settings: QSettings, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        add_named_clients(s)
    settings.setValue("main/start", "clients")  # opened on the list its tests look at
    w = MainWindow(db.path, settings, paths=paths)
    w.attach(db)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # closed here rather than by qtbot, whose teardown comes first and would not answer
    close_everything(w)
