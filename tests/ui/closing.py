"""Closing a main window a test left open, whatever it left half done."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.ui.mainwindow import MainWindow


def close_everything(
    window: MainWindow, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
) -> None:
    """Close the window and every window or dialog left open beside it, answering each "save
    or discard?" question with `answer` (a question box nobody answers would hang the run); a
    window-modal dialog left open would block the next test's mouse."""
    if window.idle_lock is not None:  # a test's short idle time could lock it again meanwhile
        window.idle_lock.remove()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: answer)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible():
                top.close()
        window.close()
    window.deleteLater()
