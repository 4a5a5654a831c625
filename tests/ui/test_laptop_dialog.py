"""File > This laptop: the name the team's files give this laptop and its number series."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.replica import current_replica
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.laptop_dialog import LaptopDialog
from tests.ui.typing import type_text


def open_dialog(qtbot: QtBot, window: MainWindow) -> LaptopDialog:
    window.laptop_action.trigger()
    dialog = window.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_kam_names_the_laptop_and_chooses_its_series(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    with db.reading() as s:
        before = current_replica(s)
    assert before is not None  # the window gave this file its identity when it opened it
    dialog = open_dialog(qtbot, window)
    assert dialog.series.text() == before.series_code
    dialog.name.clear()
    type_text(dialog.name, "Anna's laptop")
    dialog.series.clear()
    type_text(dialog.series, "am")
    assert dialog.example.text() == f"New orders are numbered like SO-{date.today().year}-AM-000001"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.reading() as s:
        after = current_replica(s)
    assert after is not None
    assert (after.id, after.name, after.series_code) == (before.id, "Anna's laptop", "AM")


def test_a_bad_series_or_an_empty_name_is_marked_and_nothing_saved(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    with db.reading() as s:
        before = current_replica(s)
    dialog = open_dialog(qtbot, window)
    dialog.name.clear()
    dialog.series.clear()
    type_text(dialog.series, "7-up")
    assert dialog.example.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    errors = dialog.form.errors
    assert errors["name"].isVisible() and "name" in errors["name"].text()
    assert errors["series"].isVisible() and "letters and digits" in errors["series"].text()
    assert dialog.series.text() == "7-up"  # what was typed stays
    with db.reading() as s:
        assert current_replica(s) == before
    dialog.reject()


def test_the_manager_makes_this_laptop_the_teams_hub(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    from kamdesk.services.sync.team import hub_id, is_hub

    dialog = open_dialog(qtbot, window)
    assert not dialog.hub_box.isChecked()
    qtbot.mouseClick(dialog.hub_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert is_hub(s)
        me = current_replica(s)
        assert me is not None and hub_id(s) == me.id
    dialog = open_dialog(qtbot, window)
    assert dialog.hub_box.isChecked()
    qtbot.mouseClick(dialog.hub_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert not is_hub(s) and hub_id(s) is None


def test_a_rename_does_not_take_back_the_hub_moved_meanwhile(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    """Issue 15 review: Save writes only what the user changed. The hub moved to another
    laptop through sync while the dialog was open: renaming this one does not take it back."""
    from kamdesk.domain.natural_keys import setting_id
    from kamdesk.models import Setting
    from kamdesk.services.sync.tables import HUB_SETTING
    from kamdesk.services.sync.team import hub_id, set_hub

    with db.unit_of_work() as s:
        set_hub(s, True)
    dialog = open_dialog(qtbot, window)
    assert dialog.hub_box.isChecked()
    with db.unit_of_work() as s:  # a sync brings the manager's claim
        row = s.get(Setting, setting_id(HUB_SETTING))
        assert row is not None
        row.value = "the-managers-laptop"
    dialog.name.clear()
    type_text(dialog.name, "Anna's laptop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.reading() as s:
        me = current_replica(s)
        assert me is not None and me.name == "Anna's laptop"
        assert hub_id(s) == "the-managers-laptop"


def test_the_interface_language_is_chosen_for_this_laptop_at_next_start(
    qtbot, window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from kamdesk.ui.i18n import LANGUAGE_KEY, SHIPPED

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.laptop_action.trigger()
    dialog = window.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog) and dialog.language is not None
    qtbot.waitExposed(dialog)
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", *SHIPPED]  # the system's, then each language kamdesk ships
    assert dialog.language.currentText() == "As the system"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.value(LANGUAGE_KEY) == "en"
    assert told == ["The interface shows the new language the next time kamdesk starts."]


def test_the_appearance_is_chosen_for_this_laptop_at_next_start(
    qtbot, window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from kamdesk.ui.widgets import scheme

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.laptop_action.trigger()
    dialog = window.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog) and dialog.appearance is not None
    qtbot.waitExposed(dialog)
    offered = [dialog.appearance.itemText(i) for i in range(dialog.appearance.count())]
    assert offered == ["As the system", "Light", "Dark"]
    dialog.appearance.setCurrentIndex(dialog.appearance.findText("Dark"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.value(scheme.SCHEME_KEY) == "dark"
    assert told == ["kamdesk shows the new appearance the next time it starts."]
    monkeypatch.delenv(scheme.ENVIRONMENT, raising=False)
    assert scheme.choice(settings) == "dark"
    monkeypatch.setenv(scheme.ENVIRONMENT, "light")  # screenshots and tests force one
    assert scheme.choice(settings) == "light"
