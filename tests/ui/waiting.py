"""Waiting like a user does: for a view that reads off the GUI thread to show what it read."""

from __future__ import annotations

from typing import Protocol

from pytestqt.qtbot import QtBot


class Loads(Protocol):
    @property
    def loading(self) -> bool: ...


def settle(qtbot: QtBot, view: Loads) -> None:
    """Until the view's last read was applied (Today, the week, a report)."""
    qtbot.waitUntil(lambda: not view.loading)
