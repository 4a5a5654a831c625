"""Help: the keyboard shortcuts (Ctrl+/) listed where they work, filtered as typed, and never
behind what the windows bind; About with the versions and the folders, each openable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.paths import AppPaths
from kamdesk.ui import windows
from kamdesk.ui.help.help_dialogs import AboutDialog, ShortcutsDialog
from kamdesk.ui.help.shortcuts import listed_sequences
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_client
from tests.ui.closing import close_everything
from tests.ui.typing import type_text


def _bound(root: QWidget) -> set[str]:
    """The keys bound in a window: its shortcuts and its actions' (menus included)."""
    out = set()
    for shortcut in root.findChildren(QShortcut):
        out.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    for action in root.findChildren(QAction):
        for key in action.shortcuts():
            out.add(key.toString(QKeySequence.SequenceFormat.PortableText))
    return {key for key in out if key}


def test_ctrl_slash_lists_the_shortcuts_and_the_filter_narrows_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog)]
    qtbot.waitExposed(dialog)
    rows = dialog.shown_rows()
    assert ("An order", "Ctrl+Shift+I", "Invoice (asks first)") in rows
    assert ("Schedule", "Alt+Left", "The week before") in rows
    type_text(dialog.filter, "invoice")
    assert [keys for _where, keys, _what in dialog.shown_rows()] == ["Ctrl+Shift+I"]
    dialog.filter.clear()
    type_text(dialog.filter, "alt+")
    assert {what for _w, _k, what in dialog.shown_rows()} == {"The week before", "The week after"}
    dialog.reject()


def test_every_key_a_window_binds_is_listed(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alfa Kft.").id
    bound = _bound(window)
    window.show_section("schedule")
    bound |= _bound(window)
    for opened in (
        windows.open_order(db, window.hub, None, client_id=client, parent=window),
        windows.open_meeting(db, window.hub, None, client_id=client, parent=window),
    ):
        qtbot.waitExposed(opened)
        bound |= _bound(opened)
    try:
        assert bound - listed_sequences() == set()
    finally:
        close_everything(window)


def test_about_says_the_versions_and_opens_each_folder(
    qtbot: QtBot, db: Database, paths: AppPaths, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    dialog = AboutDialog(db.path, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    versions = dialog.findChild(QWidget, "versions").text()  # type: ignore[union-attr]
    assert "Python" in versions and "Qt" in versions and "SQLite" in versions
    assert dialog.findChild(QWidget, "folder_database").text() == str(db.path)  # type: ignore[union-attr]
    for key in ("database", "backups", "log", "settings"):
        qtbot.mouseClick(dialog.open_buttons[key], Qt.MouseButton.LeftButton)
    assert opened == [
        str(db.path.parent),
        str(paths.backups),
        str(paths.logs),
        str(paths.config),
    ]


def test_the_help_menu_opens_about(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    dialog.reject()
