"""File > Backups… > Restore while another kamdesk window has the file open (#15 review,
finding 3): the user reads that it is in use and that nothing was changed; the file stays as it
was and the window keeps working on it."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.backups_dialog import BackupsDialog
from tests.db.test_restore_alone import IN_USE, WINDOW, _say, _start
from tests.db.test_restore_alone import other as other  # the fixture
from tests.factories import add_client


def test_a_restore_refused_while_the_file_is_open_elsewhere_is_said(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    other: list[subprocess.Popen[str]],
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    db.back_up()
    with db.unit_of_work() as s:
        add_client(s, "Entered after the backup Kft.")
    elsewhere = _start(other, WINDOW, db.path)
    before = db.path.read_bytes()
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)

    assert len(said) == 1 and IN_USE in said[0] and "Nothing was changed." in said[0]
    assert not list(db.path.parent.glob("*before-restore*"))
    assert not list(db.path.parent.glob("*.restoring"))
    assert db.path.read_bytes() == before
    _say(elsewhere, "saved")  # the other window's save lands in the file this window shows
    with db.reading() as s:
        names = set(s.scalars(select(Client.name)))
    assert {"Entered after the backup Kft.", "Saved by the other window Kft."} <= names
    dialog.reject()
