"""Waiting like a user does: for a view that reads off the GUI thread to show what it read."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


class Loads(Protocol):
    @property
    def loading(self) -> bool: ...


def settle(qtbot: QtBot, view: Loads) -> None:
    """Until the view's last read was applied (Today, the week, a report)."""
    qtbot.waitUntil(lambda: not view.loading)


def settled(qtbot: QtBot, root: QWidget) -> None:
    """Until every view `root` shows has applied its last read, and what was read is laid out."""
    QApplication.processEvents()
    qtbot.waitUntil(
        lambda: (
            not any(
                getattr(w, "loading", False) is True
                for w in [root, *root.findChildren(QWidget)]
                if w.isVisible()
            )
        ),
        timeout=10_000,
    )
    for _ in range(3):  # a layout asks again as it settles
        QApplication.sendPostedEvents()
        QApplication.processEvents()
