"""Sync with the server… in the Sync section: two laptops' windows meet through a real
PostgreSQL (tests/pg.py), as a KAM clicks and types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.ui.sync.server_dialog import ServerSyncDialog
from tests.ui.test_sync_section import Laptop, laptops
from tests.ui.typing import type_text

__all__ = ["laptops"]


def _open(qtbot: QtBot, laptop: Laptop) -> ServerSyncDialog:
    laptop.window.activateWindow()
    qtbot.mouseClick(laptop.sync.server_button, Qt.MouseButton.LeftButton)
    dialog = laptop.sync.dialog
    assert isinstance(dialog, ServerSyncDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _sync(qtbot: QtBot, laptop: Laptop, url: str) -> str:
    dialog = _open(qtbot, laptop)
    if dialog.address() != url:
        dialog.url.clear()
        type_text(dialog.url, url)
    assert dialog.sync_button.isEnabled(), dialog.problem.text()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not laptop.sync.busy, timeout=30_000)
    message = laptop.sync.message
    assert message is not None
    text = message.text()
    message.close()
    return text


def test_a_password_typed_into_the_address_is_refused_before_anything_is_sent(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop]
) -> None:
    anna, _ = laptops
    dialog = _open(qtbot, anna)
    assert not dialog.sync_button.isEnabled()  # nothing typed yet
    type_text(dialog.url, "postgresql://anna:secret@db.example.com/kamdesk")
    assert dialog.problem.isVisible() and "pgpass" in dialog.problem.text()
    assert not dialog.sync_button.isEnabled()
    dialog.url.clear()
    type_text(dialog.url, "postgresql://anna@db.example.com/kamdesk?sslmode=require")
    assert "verify-full" in dialog.problem.text()
    dialog.url.clear()
    type_text(dialog.url, "postgresql://anna@db.example.com/kamdesk")
    assert not dialog.problem.isVisible() and dialog.sync_button.isEnabled()
    dialog.reject()


def test_two_laptops_share_their_clients_through_the_server(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], pg_url: str
) -> None:
    anna, bela = laptops
    said = _sync(qtbot, anna, pg_url)
    assert "Nothing new from the team." in said
    assert "10 change(s) sent to the server." in said or "sent to the server" in said
    said = _sync(qtbot, bela, pg_url)
    assert "Added here: Clients (10), KAM assignments (10), KAM (1)." in said
    # the address is remembered for the next time (without any password)
    dialog = _open(qtbot, bela)
    assert dialog.address() == pg_url
    dialog.reject()
