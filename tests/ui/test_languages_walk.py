"""Issue 16: the main window and the order window in each of the five languages, on the demo
portfolio at 1280×800: every visible text in the language (none left in English where the
language has its own words) and none clipped by its widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.models import Client, SalesOrder
from kamdesk.paths import AppPaths
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.closing import close_everything
from tests.ui.waiting import settled
from tests.ui.walker import LANGUAGES, Catalogue, in_language, walk_pages


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[Catalogue]:  # type: ignore[no-untyped-def]
    with in_language(qapp, request.param) as catalogue:
        yield catalogue


@pytest.fixture
def main(
    qtbot: QtBot, language: Catalogue, demo_db: Database, settings: QSettings, paths: AppPaths
) -> Iterator[MainWindow]:
    window = MainWindow(demo_db.path, settings, paths=paths)
    window.resize(1280, 800)
    window.attach(demo_db)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_everything(window, QMessageBox.StandardButton.Yes)


def test_every_section_of_the_main_window_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue
) -> None:
    found: list[str] = []
    for key in main.sections:
        main.show_section(key)
        found += [
            f"{key}: {line}" for line in walk_pages(main, language, lambda: settled(qtbot, main))
        ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("which", ["first", "busiest", "new"])
def test_a_dossier_reads_in_the_language_on_every_page(
    qtbot: QtBot, main: MainWindow, language: Catalogue, demo_db: Database, which: str
) -> None:
    """The first client by name, the one with the most orders (its history, its map), and the
    empty dossier of a new client."""
    client_id: str | None = None
    with demo_db.reading() as s:
        if which == "first":
            client_id = s.scalars(select(Client.id).order_by(Client.name).limit(1)).one()
        elif which == "busiest":
            most = func.count(SalesOrder.id).desc()
            query = select(SalesOrder.client_id).group_by(SalesOrder.client_id).order_by(most)
            client_id = s.scalars(query.limit(1)).one()
    dossier = windows.open_dossier(demo_db, main.hub, client_id, parent=main)
    dossier.resize(1280, 800)
    dossier.show()
    qtbot.waitExposed(dossier)
    found = walk_pages(dossier, language, lambda: settled(qtbot, dossier))
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("status", ["confirmed", "draft", "invoiced"])
def test_the_order_window_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue, demo_db: Database, status: str
) -> None:
    """The newest order in each state: a draft is typed into (the side panel, the suggestions),
    a confirmed one is read only, an invoiced one has its history."""
    with demo_db.reading() as s:
        newest = SalesOrder.order_date.desc(), SalesOrder.number
        query = select(SalesOrder.id).where(SalesOrder.status == status).order_by(*newest)
        order_id = s.scalars(query.limit(1)).one()
    order = windows.open_order(demo_db, main.hub, order_id, parent=main)
    order.resize(1280, 800)
    order.show()
    qtbot.waitExposed(order)
    found = walk_pages(order, language, lambda: settled(qtbot, order))
    assert found == [], "\n".join(found)


def test_russian_chosen_on_this_laptop_shows_after_a_restart(
    qtbot: QtBot,
    qapp: QApplication,
    demo_db: Database,
    settings: QSettings,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kamdesk.ui.i18n import install_translations
    from kamdesk.ui.settings.laptop_dialog import LaptopDialog

    before = MainWindow(demo_db.path, settings, paths=paths)
    before.attach(demo_db)
    before.show()
    qtbot.waitExposed(before)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    before.laptop_action.trigger()
    dialog = before.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog) and dialog.language is not None
    offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert offered[1:] == ["English", "Русский", "Magyar", "Italiano", "Azərbaycanca"]
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    before.close()
    # the next start: the translations installed from this laptop's settings, on an English
    # system, before the window is built
    installed = install_translations(qapp, QLocale("en_GB"), settings)
    try:
        after = MainWindow(demo_db.path, settings, paths=paths)
        qtbot.addWidget(after)
        names = [after.nav.item(i).text() for i in range(after.nav.count())]
        assert names[:2] == ["Сегодня", "Клиенты"]
        assert after.menuBar().actions()[0].text() == "&Файл"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
