"""The first run: a database without the team's company says where to begin (set up my
company, then the price list; or the demo in a window of its own), and a set-up one says
nothing."""

from __future__ import annotations

from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.services.company import save_company
from kamdesk.ui.first_run import FirstRunDialog, demo_command, offer_first_run
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.products.import_dialog import ImportDialog
from kamdesk.ui.settings.company_dialog import CompanyDialog
from tests.ui.test_company_dialog import click_save, fill


def test_a_new_database_says_where_to_begin_and_sets_up_the_company_then_the_prices(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = offer_first_run(window)
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "This database is new" in said
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    company = window.findChild(CompanyDialog)
    assert company is not None and company.isVisible()
    fill(qtbot, company, legal_name="Kontinent Supply Kft.", country="HU",
         tax_id="18795134-2-41", city="Budapest")  # fmt: skip
    # the price list is offered once the company is saved: Yes opens the import
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.Yes))
    click_save(qtbot, company)
    qtbot.waitUntil(lambda: window.current_section() == "products")
    imports = [w for w in window.findChildren(ImportDialog) if w.isVisible()]
    assert len(imports) == 1
    imports[0].reject()
    assert offer_first_run(window) is None  # set up now: not offered again


def _answer(button: QMessageBox.StandardButton) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.button(button).click()
            return
    QTimer.singleShot(20, lambda: _answer(button))


def test_explore_the_demo_starts_kamdesk_on_its_demo_data_beside(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    started: list[tuple[str, list[str]]] = []

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append((program, arguments))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start))
    dialog = offer_first_run(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert started == [demo_command()] and "--demo" in started[0][1]
    assert not dialog.isVisible()
    assert window.db is not None  # this window keeps its own (empty) database


def test_not_now_and_a_set_up_database_say_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = offer_first_run(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.unit_of_work() as s:
        profile = CompanyProfile(legal_name="Kontinent Kft.", country="HU", tax_id="18795134-2-41")
        save_company(s, profile)
    assert offer_first_run(window) is None
