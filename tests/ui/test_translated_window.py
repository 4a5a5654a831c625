"""Issue 16: the window in another language (Russian here: its words run longest)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTranslator

from kamdesk.db import Database
from kamdesk.paths import AppPaths
from kamdesk.ui.i18n import TRANSLATIONS
from kamdesk.ui.mainwindow import MainWindow


def test_the_sections_list_fits_the_longest_russian_name(
    qtbot, qapp, db: Database, settings: QSettings, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    russian = QTranslator()
    assert russian.load(str(TRANSLATIONS / "kamdesk_ru.qm"))
    qapp.installTranslator(russian)
    try:
        window = MainWindow(db.path, settings, paths=paths)
        qtbot.addWidget(window)
        names = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Клиенты" in names and "Задолженность" in names  # short: the list stays narrow
        assert window.nav.width() <= 200  # at 1024 px the section keeps its room
        # the widest item, as the list's delegate draws it, fits without a scroll bar
        assert window.nav.sizeHintForColumn(0) <= window.nav.viewport().width()
    finally:
        qapp.removeTranslator(russian)
