"""Issue 15 review, finding 5: a meeting reminder does not get past the idle lock. While locked
the tray says only that kamdesk needs the user, no notice shows, and no record window opens;
after the unlock the notice comes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.changes import Change
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.schedule.reminders import LeaveNotice
from tests.factories import add_client
from tests.ui.test_idle_lock import PASSPHRASE, _armed
from tests.ui.typing import type_text

CLIENT, SUBJECT, PLACE = "Győri Élelmiszer Zrt.", "Yearly terms", "Győr, Fő tér 1"


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: messages.append((title, text))
    )
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    return messages


def _due_visit(db: Database) -> str:
    """A visit 30 minutes from now, 40 minutes away: time to leave has come."""
    start = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(minutes=30)
    with db.unit_of_work() as s:
        client = add_client(s, CLIENT)
        visit = MeetingData(client.id, SUBJECT, start, 60, location=PLACE, travel_min=40)
        return save_meeting(s, visit)


def _shown_data() -> list[str]:
    """The titles and texts of every window on screen but the main one."""
    seen = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.objectName() != "mainWindow":
            seen.append(widget.windowTitle())
            if isinstance(widget, LeaveNotice):
                seen.append(widget.message.text())
    return seen


def test_a_reminder_due_while_locked_waits_for_the_unlock(
    qtbot: QtBot, window: MainWindow, db: Database, tray: list[tuple[str, str]]
) -> None:
    lock = _armed(window)
    qtbot.waitUntil(lambda: lock.locked)
    meeting_id = _due_visit(db)
    window.hub.changed.emit(frozenset({Change.SCHEDULE}))  # read at the next check
    assert window.reminder.check() == []
    assert not any(CLIENT in text or SUBJECT in text for text in _shown_data())
    assert tray == [("kamdesk", "kamdesk needs you: unlock it to see a reminder.")]
    assert len(window.reminder.waiting) == 1

    # nothing opens the meeting while locked: not the reminder, not any other way
    window.reminder.open_meeting(meeting_id)
    with pytest.raises(windows.WindowsLocked):
        windows.open_meeting(db, window.hub, meeting_id, parent=window)
    assert windows.open_windows(windows.MEETING) == []

    assert lock.page is not None
    type_text(lock.page.passphrase, PASSPHRASE)
    qtbot.mouseClick(lock.page.unlock_button, Qt.MouseButton.LeftButton)
    [notice] = window.reminder.notices
    qtbot.waitUntil(notice.isVisible)
    assert CLIENT in notice.message.text() and PLACE in notice.message.text()
    assert tray[-1] == ("Time to leave", notice.message.text())
    assert window.reminder.waiting == [] and window.reminder.check() == []  # once only
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)  # opens, now unlocked
    [meeting] = windows.open_windows(windows.MEETING)
    assert windows.find(windows.MEETING, meeting_id) is meeting
    meeting.close()


def test_a_held_reminder_whose_meeting_began_is_not_shown_late(
    qtbot: QtBot, window: MainWindow, db: Database, tray: list[tuple[str, str]]
) -> None:
    lock = _armed(window)
    qtbot.waitUntil(lambda: lock.locked)
    _due_visit(db)
    window.hub.changed.emit(frozenset({Change.SCHEDULE}))
    window.reminder.check()
    window.reminder._now = lambda: datetime.now().astimezone() + timedelta(hours=2)
    lock.unlock()
    assert window.reminder.notices == [] and window.reminder.waiting == []
