"""File > Encryption, and the passphrase asked at opening (#15 item 7): the KAM encrypts the
open database, changes its passphrase, turns encryption off; an encrypted file opens after the
passphrase is typed (or remembered in the keyring: an in-memory one here, never the real)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.app import open_asking, run_gui
from kamdesk.db import Database, open_database
from kamdesk.db.cipher import is_encrypted
from kamdesk.db.encryption import encrypt_file
from kamdesk.errors import WrongPassphrase
from kamdesk.paths import AppPaths
from kamdesk.services.clients.client_list import list_clients
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings import keychain
from kamdesk.ui.settings.encryption_dialog import EncryptionDialog
from kamdesk.ui.settings.passphrase_dialog import PassphraseDialog
from tests.factories import add_named_clients
from tests.ui.typing import type_text

SECRET = "blue heron at dawn"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError("none")


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a message box would have told the user (none is expected)."""
    messages: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: messages.append(text))
    return messages


def open_dialog(qtbot: QtBot, window: MainWindow) -> EncryptionDialog:
    window.encryption_action.trigger()
    dialog = window.findChild(EncryptionDialog, "encryptionDialog")
    assert isinstance(dialog, EncryptionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, dialog: EncryptionDialog, said: list[str]) -> None:
    assert dialog.task is not None, dialog.form.errors
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=60_000)
    assert said == []


def client_names(db: Database) -> list[str]:
    with db.reading() as session:
        return [row.name for row in list_clients(session)]


def test_the_kam_encrypts_the_open_database(
    qtbot: QtBot, db: Database, window: MainWindow, ring: MemoryKeyring, said: list[str]
) -> None:
    names = client_names(db)
    dialog = open_dialog(qtbot, window)
    assert dialog.status.text() == "This database is not encrypted."
    assert not dialog.current.isVisible() and not dialog.change_button.isVisible()
    type_text(dialog.new, "heron")
    assert dialog.strength.text() == "Too short: use at least eight characters."
    type_text(dialog.repeat, "heron")
    click(qtbot, dialog.encrypt_button)
    assert dialog.form.errors["new"].text() == "Use at least 8 characters."
    assert dialog.task is None and not is_encrypted(db.path)

    dialog.new.clear()
    type_text(dialog.new, SECRET)
    assert dialog.strength.text() == "Strong."
    type_text(dialog.repeat, " at dusk")
    click(qtbot, dialog.encrypt_button)
    assert dialog.form.errors["repeat"].text() == "The two passphrases differ."
    assert dialog.task is None
    dialog.repeat.clear()
    type_text(dialog.repeat, SECRET)
    box = dialog.remember
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert dialog.remember.isChecked()
    click(qtbot, dialog.encrypt_button)
    finish(qtbot, dialog, said)

    assert is_encrypted(db.path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db.path).execute("SELECT 1 FROM client").fetchone()
    # the backup made first is plain, as the file was: the KAM is told where it is
    assert dialog.status.text() == (
        "This database is encrypted. Backups made from now on are encrypted too. Copies made "
        "before are not (1 in all): delete them if the laptop may be lost."
    )
    assert dialog.delete_button.isVisible()
    assert dialog.delete_button.text() == "Delete the unencrypted copy…"
    assert dialog.change_button.isVisible() and not dialog.encrypt_button.isVisible()
    # the window goes on with the same handle, now opened with the passphrase
    assert db.encrypted and db.passphrase_matches(SECRET)
    assert client_names(db) == names
    assert keychain.remembered(db.path) == SECRET
    # the window locks after the idle minutes now, asking for this passphrase
    assert window.idle_lock is not None and window.idle_lock.minutes > 0
    assert dialog.new.text() == "" and dialog.repeat.text() == ""


def test_the_passphrase_changed_then_encryption_turned_off(
    qtbot: QtBot,
    db: Database,
    window: MainWindow,
    ring: MemoryKeyring,
    paths: AppPaths,
    said: list[str],
) -> None:
    names = client_names(db)
    db.close()
    encrypt_file(db.path, SECRET, backups=paths.backups)
    db.reopen(SECRET)
    dialog = open_dialog(qtbot, window)
    assert dialog.status.text() == "This database is encrypted."
    assert dialog.current.isVisible() and not dialog.encrypt_button.isVisible()
    type_text(dialog.current, "blue heron")
    type_text(dialog.new, "a new passphrase")
    type_text(dialog.repeat, "a new passphrase")
    click(qtbot, dialog.change_button)
    assert dialog.form.errors["current"].text() == "This is not the database's passphrase."
    assert dialog.task is None

    dialog.current.clear()
    type_text(dialog.current, SECRET)
    click(qtbot, dialog.change_button)
    finish(qtbot, dialog, said)
    with pytest.raises(WrongPassphrase):
        open_database(db.path, readonly=True, passphrase=SECRET)
    assert db.passphrase_matches("a new passphrase") and client_names(db) == names
    # the backups follow: a later session opens them with the new passphrase
    assert dialog.status.text().endswith("Its backups open with the new passphrase too.")
    assert keychain.remembered(db.path) is None  # Remember was not ticked

    type_text(dialog.current, "a new passphrase")
    click(qtbot, dialog.decrypt_button)
    finish(qtbot, dialog, said)
    assert not is_encrypted(db.path) and not db.encrypted
    assert window.idle_lock is None  # nothing to ask for on a plain file
    assert dialog.status.text() == (
        "This database is not encrypted. Backups made from now on are not encrypted either."
    )
    assert client_names(db) == names


@pytest.fixture
def encrypted(db: Database, paths: AppPaths) -> Database:
    db.close()
    encrypt_file(db.path, SECRET, backups=paths.backups)
    return db


def answer(qtbot: QtBot, typed: list[str], seen: list[str]) -> None:
    """Type each passphrase into the dialog when it shows, clicking Open after each."""

    def step() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, step)
            return
        seen.append(dialog.form.errors["passphrase"].text())
        dialog.passphrase.clear()
        type_text(dialog.passphrase, typed.pop(0))
        if not typed:
            dialog.remember.setChecked(True)
        click(qtbot, dialog.open_button)
        if typed:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_an_encrypted_database_asks_for_its_passphrase(
    qtbot: QtBot,
    encrypted: Database,
    paths: AppPaths,
    ring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[str] = []
    answer(qtbot, ["not it", SECRET], seen)
    opened = open_asking(owner, encrypted.path, paths)
    assert seen == ["", "This passphrase does not open the file, or the file is damaged."]
    assert isinstance(opened, Database) and opened.passphrase_matches(SECRET)
    opened.close()
    # remembered: the next opening asks nothing
    again = open_asking(owner, encrypted.path, paths)
    assert again is not None and again.encrypted
    again.close()
    assert "not it" not in caplog.text and SECRET not in caplog.text  # nothing of it logged


def test_the_smoke_start_of_an_encrypted_database_says_why_it_stops(
    qapp,
    encrypted: Database,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    assert run_gui(paths, encrypted.path, smoke=True) == 2
    assert "is encrypted: give --passphrase-file" in capsys.readouterr().err


def test_a_damaged_encrypted_file_is_offered_its_encrypted_backup_at_start(
    qtbot: QtBot,
    paths: AppPaths,
    encrypted: Database,
    ring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As run_gui's open_db does it: the passphrase asked once, the damage said with the
    newest encrypted backup offered, restored, then opened without asking again."""
    from kamdesk.db import cipher
    from kamdesk.errors import DamagedFile
    from kamdesk.ui.damage import offer_restore_at_open

    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(cipher, "_FOR_COPIES", {})  # as in a kamdesk started now
    monkeypatch.setattr(cipher, "_KNOWN", {})
    db = open_database(encrypted.path, passphrase=SECRET, backups=paths.backups)
    with db.unit_of_work() as s:
        add_named_clients(s)
    backup = db.back_up()
    db.close()
    cipher._FOR_COPIES.clear()
    with encrypted.path.open("r+b") as fh:
        fh.seek(1000)  # the first page: it reads as a wrong passphrase would
        fh.write(b"\x00" * 200)
    asked: list[str] = []
    offered: list[str] = []
    restored: list[str] = []
    opened: list[Database] = []

    def type_passphrase(dialog: PassphraseDialog) -> int:
        asked.append(dialog.path.name)
        dialog.passphrase.setText(SECRET)
        dialog.try_passphrase()
        return int(dialog.result())

    def choose_restore(box: QMessageBox) -> int:
        offered.append(box.text() + "\n" + box.informativeText())
        button = box.findChild(QPushButton, "restoreNewest")
        assert isinstance(button, QPushButton)
        button.click()
        return 0

    monkeypatch.setattr(PassphraseDialog, "exec", type_passphrase)
    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: restored.append(text))
    owner = QWidget()
    qtbot.addWidget(owner)
    with pytest.raises(DamagedFile) as raised:
        open_asking(owner, encrypted.path, paths)
    assert asked == ["kamdesk.sqlite"]
    offer_restore_at_open(
        owner,
        encrypted.path,
        paths.backups,
        raised.value.detail,
        opened=lambda: opened.append(open_asking(owner, encrypted.path, paths)),
        give_up=lambda: pytest.fail("the backup was not offered"),
    )
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert len(offered) == 1 and "Restore the newest good backup" in offered[0]
    assert "first page does not read" in offered[0] and backup.name in offered[0]
    assert len(restored) == 1 and "is restored" in restored[0]
    assert asked == ["kamdesk.sqlite"]  # once: the backup restored opens with it
    assert is_encrypted(encrypted.path) and opened[0].encrypted
    assert len(client_names(opened[0])) > 0
    opened[0].close()
    assert SECRET not in caplog.text


def test_the_unencrypted_copies_are_deleted_once_the_kam_agrees(
    qtbot: QtBot,
    db: Database,
    window: MainWindow,
    paths: AppPaths,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    db.close()
    encrypt_file(db.path, SECRET, backups=paths.backups)  # its plain backup made first
    (plain_backup,) = paths.backups.glob("kamdesk-*.sqlite")
    aside = db.path.with_name("kamdesk-before-restore-20261201-101010.sqlite")
    shutil.copyfile(plain_backup, aside)  # a restore before encryption set this one aside
    db.reopen(SECRET)
    dialog = open_dialog(qtbot, window)
    assert dialog.delete_button.isVisible()
    assert dialog.delete_button.text() == "Delete 2 unencrypted copies…"
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def ask(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", ask)
    click(qtbot, dialog.delete_button)
    assert plain_backup.exists() and aside.exists()  # the KAM said no
    assert str(plain_backup) in questions[0] and str(aside) in questions[0]
    click(qtbot, dialog.delete_button)
    assert not plain_backup.exists() and not aside.exists()
    assert not dialog.delete_button.isVisible()
    assert dialog.status.text() == (
        "This database is encrypted. Its unencrypted copies were deleted."
    )
    assert said == []
