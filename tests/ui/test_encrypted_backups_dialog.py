"""File > Backups… of an encrypted database (#15 review, findings 1 and 2): a backup of another
passphrase is said so (not "unreadable"), and restoring a plain backup says, and does, that it
is encrypted with the current passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.db import Database, cipher
from kamdesk.db.cipher import is_encrypted
from kamdesk.db.encryption import encrypt_copy, encrypt_file
from kamdesk.migrations import HEAD
from kamdesk.paths import AppPaths
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.backups_dialog import BackupsDialog

SECRET = "blue heron at dawn"


def test_an_encrypted_databases_backups_say_what_they_need(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})
    monkeypatch.setattr(cipher, "_KNOWN", {})
    plain = db.back_up().rename(paths.backups / "kamdesk-20260101-080000-000001.sqlite")
    other = paths.backups / "kamdesk-20260201-080000-000001.sqlite"
    encrypt_copy(plain, other, "a passphrase from before")
    db.close()
    before = set(paths.backups.iterdir())
    encrypt_file(db.path, SECRET, backups=paths.backups)
    for made in set(paths.backups.iterdir()) - before:
        made.unlink()  # encryption's own plain backup: not wanted here
    db.reopen(SECRET)
    db.back_up()
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitExposed(dialog)
    table = dialog.table
    shown = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert shown == [
        f"{HEAD}, this version",
        "encrypted with another passphrase",
        f"{HEAD}, this version",
    ]
    table.selectRow(1)
    assert not dialog.restore_button.isEnabled()

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    table.selectRow(2)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("is restored" in text for text in said), timeout=20_000)
    assert len(asked) == 1
    assert "encrypted with the current passphrase as it is restored" in asked[0]
    assert is_encrypted(db.path) and db.encrypted and not is_encrypted(plain)
    dialog.reject()
