"""Leave-by reminders with a fake clock: the notice comes once when it is time to leave (or
five minutes before a call), not before, not twice, not when the meeting has begun."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.changes import Change
from kamdesk.services.schedule.meetings import move_meeting, save_meeting, set_status
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui import windows
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.schedule.reminders import CHECK_MS, LeaveNotice, LeaveReminder
from tests.factories import add_client

DAY = date(2026, 11, 24)


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, second).astimezone()


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def clock() -> Clock:
    return Clock(at(8))


@pytest.fixture
def reminder(qtbot: QtBot, db: Database, hub: ChangeHub, clock: Clock) -> Iterator[LeaveReminder]:
    window = QWidget()
    qtbot.addWidget(window)
    r = LeaveReminder(window, now=clock)
    r.attach(db, hub)
    r.stop()  # the tests turn the clock and look themselves
    yield r
    for notice in list(r.notices):
        notice.close()


@pytest.fixture
def meetings(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        client = add_client(s, "Győri Élelmiszer Zrt.")
        visit = MeetingData(
            client.id, "Yearly terms", at(10), 90, location="Győr, Fő tér 1", travel_min=40
        )
        return {
            "visit": save_meeting(s, visit),
            "call": save_meeting(
                s, MeetingData(client.id, "Price call", at(14), 15, kind="call", travel_min=0)
            ),
            "client": client.id,
        }


def texts(r: LeaveReminder) -> list[str]:
    return [n.message.text() for n in r.notices]


def test_the_notice_comes_once_when_it_is_time_to_leave(
    qtbot: QtBot, reminder: LeaveReminder, clock: Clock, meetings: dict[str, str]
) -> None:
    clock.moment = at(9, 19, 30)
    assert reminder.check() == [] and reminder.notices == []
    clock.moment = at(9, 20)
    [due] = reminder.check()
    assert due.item.id == meetings["visit"] and due.kind == "leave"
    [notice] = reminder.notices
    qtbot.waitUntil(notice.isVisible)
    assert notice.message.text() == (
        "Leave now for Győri Élelmiszer Zrt. — Yearly terms at 10:00, Győr, Fő tér 1 "
        "(travel 40 min)"
    )
    assert notice.windowTitle() == "Time to leave" and not notice.isModal()
    # the next looks, 30 s and 5 min later, do not show it again
    for later in (at(9, 20, 30), at(9, 25)):
        clock.moment = later
        assert reminder.check() == []
    assert len(reminder.notices) == 1


def test_a_call_is_announced_five_minutes_before(
    reminder: LeaveReminder, clock: Clock, meetings: dict[str, str]
) -> None:
    clock.moment = at(13, 54, 59)
    assert reminder.check() == []
    clock.moment = at(13, 55)
    [due] = reminder.check()
    assert due.item.id == meetings["call"] and due.kind == "call"
    assert texts(reminder) == ["Call Győri Élelmiszer Zrt. at 14:00 — Price call"]


def test_late_but_not_begun_nothing_begun_nothing_cancelled(
    db: Database, hub: ChangeHub, reminder: LeaveReminder, clock: Clock, meetings: dict[str, str]
) -> None:
    clock.moment = at(9, 31)  # eleven minutes after the time to leave: the app was closed
    assert [d.item.id for d in reminder.check()] == [meetings["visit"]]  # still: leave now
    clock.moment = at(10, 1)
    assert reminder.check() == []
    with db.unit_of_work() as s:
        set_status(s, meetings["call"], "cancelled")
    clock.moment = at(13, 56)
    hub.changed.emit(frozenset({"schedule"}))  # what a save anywhere in the app announces
    assert reminder.check() == []
    assert [n.due.item.id for n in reminder.notices] == [meetings["visit"]]  # only the late one


def test_a_notice_missed_by_a_few_minutes_still_comes(
    reminder: LeaveReminder, clock: Clock, meetings: dict[str, str]
) -> None:
    clock.moment = at(9, 29)  # the laptop woke up nine minutes after the time to leave
    assert [d.item.id for d in reminder.check()] == [meetings["visit"]]


def test_a_moved_meeting_is_reminded_of_at_its_new_time(
    db: Database, hub: ChangeHub, reminder: LeaveReminder, clock: Clock, meetings: dict[str, str]
) -> None:
    clock.moment = at(9, 20)
    assert len(reminder.check()) == 1
    with db.unit_of_work() as s:
        move_meeting(s, meetings["visit"], at(11))
    hub.changed.emit(frozenset({Change.SCHEDULE}))
    clock.moment = at(10, 19)
    assert reminder.check() == []
    clock.moment = at(10, 20)
    assert [d.item.start for d in reminder.check()] == [at(11)]
    assert texts(reminder)[-1].startswith(
        "Leave now for Győri Élelmiszer Zrt. — Yearly terms at 11:00"
    )


def test_open_meeting_and_dismiss(
    qtbot: QtBot,
    db: Database,
    hub: ChangeHub,
    reminder: LeaveReminder,
    clock: Clock,
    meetings: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(
        windows,
        "open_meeting",
        lambda d, h, mid, parent=None, **kw: opened.append((parent, d, h, mid)),
    )
    clock.moment = at(9, 20)
    reminder.check()
    [notice] = reminder.notices
    qtbot.waitUntil(notice.isVisible)
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened == [(reminder.parent(), db, hub, meetings["visit"])]
    assert reminder.notices == []
    clock.moment = at(13, 55)
    reminder.check()
    [call] = reminder.notices
    qtbot.waitUntil(call.isVisible)
    qtbot.mouseClick(call.dismiss_button, Qt.MouseButton.LeftButton)
    assert reminder.notices == [] and len(opened) == 1


def test_the_tray_shows_the_same_message(
    reminder: LeaveReminder, clock: Clock, meetings: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: messages.append((title, text))
    )
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    clock.moment = at(9, 20)
    reminder.check()
    assert messages == [("Time to leave", texts(reminder)[0])]


def test_the_timer_looks_every_30_seconds_by_itself(
    qtbot: QtBot, db: Database, hub: ChangeHub, meetings: dict[str, str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    clock = Clock(at(9, 10))
    r = LeaveReminder(window, now=clock)
    assert r.timer.interval() == CHECK_MS == 30_000
    r.attach(db, hub)
    assert r.timer.isActive()
    r.timer.setInterval(20)  # not 30 s of a test run
    qtbot.wait(100)
    assert r.notices == []
    clock.moment = at(9, 20, 10)
    with qtbot.waitSignal(r.shown, timeout=2000) as shown:
        pass
    assert shown.args == [meetings["visit"]]
    qtbot.wait(100)
    assert len(r.notices) == 1 and isinstance(r.notices[0], LeaveNotice)
    r.stop()
    r.notices[0].close()


def test_a_meeting_at_the_site_without_travel_time_is_announced_five_minutes_before(
    db: Database, hub: ChangeHub, reminder: LeaveReminder, clock: Clock
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Next Door Kft.")
        save_meeting(s, MeetingData(client.id, "Coffee", at(16), 30, location="Upstairs"))
    clock.moment = at(15, 55) + timedelta(seconds=1)
    hub.changed.emit(frozenset({"schedule"}))  # what a save anywhere in the app announces
    assert texts(reminder) == [] and len(reminder.check()) == 1
    assert texts(reminder) == ["Meeting with Next Door Kft. at 16:00 — Coffee, Upstairs"]
