"""The idle lock of an encrypted database (#15 item 7): after the laptop's idle minutes the main
window hides its data until the passphrase is given again; input keeps it open; the minutes are
set in File > This laptop (0 = never)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.ui.idle_lock import (
    LOCK_MINUTES_DEFAULT,
    IdleLock,
    LockCover,
    lock_minutes,
    set_lock_minutes,
)
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.laptop_dialog import LaptopDialog
from tests.ui.typing import type_text

PASSPHRASE = "correct horse battery staple"


def _verify(text: str) -> bool:
    return text == PASSPHRASE


def _armed(window: MainWindow, interval_ms: int = 50) -> IdleLock:
    lock = window.enable_idle_lock(_verify)
    lock.timer.setInterval(interval_ms)  # minutes in use; a test cannot wait for them
    lock.timer.start()
    return lock


def test_idle_hides_the_data_until_the_passphrase_is_given(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_section("clients")
    assert window.clients.isVisible()
    lock = _armed(window)
    qtbot.waitUntil(lambda: lock.locked)
    assert not window.clients.isVisible() and not window.nav.isVisible()
    assert not window.menuBar().isEnabled() and not window.settings_action.isEnabled()
    page = lock.page
    assert page is not None and page.isVisible()

    type_text(page.passphrase, "wrong guess")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.locked and not window.clients.isVisible()
    assert page.error.isVisible() and page.error.text() == "That is not the passphrase."
    assert page.passphrase.text() == ""

    type_text(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.clients.isVisible() and window.nav.isVisible()
    assert window.menuBar().isEnabled() and window.settings_action.isEnabled()
    assert window.current_section() == "clients"


def test_record_windows_are_hidden_and_modal_dialogs_covered_while_locked(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.reading() as s:
        client_id = s.scalars(select(Client.id).limit(1)).one()
    dossier = window.clients.open_dossier(client_id)
    qtbot.waitExposed(dossier)
    dialog = window.open_laptop_settings()
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    lock = _armed(window)
    qtbot.waitUntil(lambda: lock.locked)
    assert not dossier.isVisible()
    # the settings dialog is modal (open()): hiding would end it, so the lock page covers it
    cover = dialog.findChild(LockCover)
    assert cover is not None and cover.isVisible() and cover.geometry() == dialog.rect()
    type_text(cover.passphrase, PASSPHRASE)
    qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked and not cover.isVisible()
    assert dialog.isVisible() and dossier.isVisible()  # back as they were, typing and all
    dialog.reject()


def test_input_to_any_window_counts_the_idle_time_again(qtbot: QtBot, window: MainWindow) -> None:
    lock = window.enable_idle_lock(_verify)
    full = LOCK_MINUTES_DEFAULT * 60_000
    lock.timer.stop()  # as if nearly idle long enough
    qtbot.keyClick(window.clients, Qt.Key.Key_Down)
    assert lock.timer.isActive() and lock.timer.remainingTime() > full - 5_000
    lock.timer.stop()
    dialog = window.open_laptop_settings()  # another window of the application
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog, Qt.MouseButton.LeftButton)
    assert lock.timer.isActive() and not lock.locked
    dialog.reject()


def test_never_when_the_minutes_are_zero(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    set_lock_minutes(settings, 0)
    lock = window.enable_idle_lock(_verify)
    assert lock.minutes == 0 and not lock.timer.isActive()


def test_the_laptop_dialog_sets_the_minutes(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    assert lock_minutes(settings) == LOCK_MINUTES_DEFAULT
    lock = window.enable_idle_lock(_verify)
    window.laptop_action.trigger()
    dialog = window.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog) and dialog.lock_minutes is not None
    qtbot.waitExposed(dialog)
    assert dialog.lock_minutes.value() == LOCK_MINUTES_DEFAULT
    dialog.lock_minutes.lineEdit().selectAll()
    type_text(dialog.lock_minutes.lineEdit(), "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert lock_minutes(settings) == 3
    assert lock.minutes == 3 and lock.timer.interval() == 3 * 60_000


@pytest.mark.parametrize(("stored", "read"), [("abc", LOCK_MINUTES_DEFAULT), ("-5", 0)])
def test_an_odd_stored_value_reads_safely(settings: QSettings, stored: str, read: int) -> None:
    settings.setValue("laptop/lock_minutes", stored)
    assert lock_minutes(settings) == read


def test_enable_again_replaces_the_lock(qtbot: QtBot, window: MainWindow) -> None:
    first = window.enable_idle_lock(_verify)
    second = window.enable_idle_lock(lambda _t: False)
    assert window.idle_lock is second and second is not first
    assert not first.timer.isActive()
    assert isinstance(window.centralWidget(), QWidget)


def test_quitting_while_locked_asks_to_unlock_first(qtbot: QtBot, window: MainWindow) -> None:
    lock = _armed(window)
    qtbot.waitUntil(lambda: lock.locked)
    assert not window.close()
    assert window.isVisible() and lock.locked
    assert lock.page is not None and "Unlock first" in lock.page.error.text()
    type_text(lock.page.passphrase, PASSPHRASE)
    qtbot.mouseClick(lock.page.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
