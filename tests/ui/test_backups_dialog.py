"""File > Backups… (#15 items 4 and 5): the backups newest first with date, size and schema; one
restored after asking (the current file saved aside, the window showing the backup's data); the
folder opened; "Back up now…" writing a verified backup into the folder the user chooses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.migrations import HEAD
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.backups_dialog import BackupsDialog
from tests.factories import add_client


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: messages.append(text))
    return messages


def _rename(made: Path, stamp: str) -> Path:
    named = made.with_name(f"kamdesk-{stamp}.sqlite")
    made.rename(named)
    return named


def _open(qtbot: QtBot, window: MainWindow) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _cells(dialog: BackupsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _client_names(window: MainWindow, qtbot: QtBot) -> set[str]:
    model = window.clients.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    return {str(model.index(r, 0).data()) for r in range(model.rowCount())}


def test_the_menu_entry_sits_next_to_this_laptop(window: MainWindow) -> None:
    actions = window.menuBar().actions()[0].menu().actions()  # type: ignore[union-attr]
    texts = [a.text() for a in actions]
    assert texts.index("&Backups…") == texts.index("This &laptop…") + 1


def test_backups_are_listed_newest_first_with_date_size_and_schema(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    older = _rename(db.back_up(), "20260101-080000-000001")
    newer = _rename(db.back_up(), "20260301-090000-000001")
    dialog = _open(qtbot, window)
    cells = _cells(dialog)
    assert len(cells) == 2
    assert cells[0][0].startswith("01/03/2026") and cells[1][0].startswith("01/01/2026")
    assert all(c[1] and c[1][0].isdigit() for c in cells)  # a size the user reads: "1.2 MB"
    assert cells[0][2] == f"{HEAD}, this version" == cells[1][2]
    assert dialog.selected() is not None and dialog.selected().path == newer  # type: ignore[union-attr]
    assert dialog.restore_button.isEnabled()
    assert older.exists()
    dialog.reject()


def test_no_backups_says_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible() and dialog.empty.text() == "No backup has been made yet."
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_restoring_asks_saves_the_file_aside_and_shows_the_backups_data(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _client_names(window, qtbot)
    backup = db.back_up()
    with db.unit_of_work() as s:
        add_client(s, "Entered after the backup")
    window.hub.changed.emit(frozenset())
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("is restored" in text for text in said), timeout=20_000)

    assert len(asked) == 1 and "saved aside first" in asked[0]
    (aside,) = db.path.parent.glob("kamdesk-before-restore-*.sqlite")
    assert str(aside) in said[-1]
    conn = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    try:
        names = {n for (n,) in conn.execute("SELECT name FROM client")}
    finally:
        conn.close()
    assert "Entered after the backup" in names  # nothing lost: it is in the file set aside
    qtbot.waitUntil(lambda: _client_names(window, qtbot) == before)
    assert backup.exists()
    dialog.reject()


def test_saying_no_restores_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.back_up()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert not list(db.path.parent.glob("*before-restore*"))
    dialog.reject()


def test_open_folder_opens_the_backups_folder(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.back_up()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [db.backups_folder]
    dialog.reject()


def test_back_up_now_writes_a_verified_backup_to_the_chosen_folder(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.unit_of_work() as s:
        add_client(s, "On the stick")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up and checked"))
    (made,) = stick.glob("kamdesk-*.sqlite")
    assert str(made) in dialog.status.text()
    assert not list(stick.glob("*.part*"))
    conn = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert ("On the stick",) in conn.execute("SELECT name FROM client").fetchall()
    finally:
        conn.close()
    assert dialog.table.rowCount() == 0  # the app's own backups are not the stick's
    dialog.reject()


def test_back_up_now_cancelled_in_the_file_dialog_does_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None and dialog.status.text() == ""
    dialog.reject()


def test_back_up_now_to_a_folder_it_cannot_write_says_why(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(not_a_folder))
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Could not back up") and said[0].endswith("Nothing was changed.")
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.status.text() == ""
    dialog.reject()
