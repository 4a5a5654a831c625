"""Leave-by reminders: being late is the first mistake key clients do not forgive.

While the app runs, a timer looks every 30 seconds at today's planned meetings and calls. When
the time to leave for a meeting at the client's site arrives, a notice says so once, with the
address and the travel time ("Leave now for …"); for a call (or a meeting by phone or video)
it comes five minutes before the start ("Call … at 10:00"). A notice missed (the app was
closed, the laptop slept) still comes while there is time before the start; none comes for a
meeting that has begun. The notice
is a small window that does not block the app, with Open meeting and Dismiss; the system tray,
where there is one, shows the same message.

While kamdesk is locked (the idle lock), a reminder that comes due is held: the tray says only
that kamdesk needs the user, with no client, subject or place, and the notice comes after the
unlock (if the meeting has not begun by then); Open meeting opens nothing while locked.

The meetings are read again after any change the hub announces, when the day turns, and every
few minutes (an import may have brought new ones); between those the check reads no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Changes
from kamdesk.ui import windows
from kamdesk.ui.widgets.style import HEADING

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.schedule.records import WeekItem
    from kamdesk.ui.operations import ChangeHub

CHECK_MS = 30_000  # how often the clock is looked at
CALL_AHEAD_MIN = 5  # calls and remote meetings: this long before the start
RELOAD_AFTER = timedelta(minutes=5)


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Due:
    """A reminder to show: for which meeting, of what kind, from when."""

    item: WeekItem
    kind: str  # leave | call | join | meeting
    at: datetime

    @property
    def key(self) -> tuple[str, datetime]:
        # a meeting moved to another time is reminded of again
        return (self.item.id, self.item.start)


def reminder_of(item: WeekItem) -> Due | None:
    """When to remind of a meeting or call (None: nothing to remind of)."""
    if item.status != "planned":
        return None
    if item.kind == "call" or item.place_kind == "phone":
        return Due(item, "call", item.start - timedelta(minutes=CALL_AHEAD_MIN))
    if item.place_kind != "site":
        return Due(item, "join", item.start - timedelta(minutes=CALL_AHEAD_MIN))
    if item.travel_min > 0:
        return Due(item, "leave", item.leave_by)
    return Due(item, "meeting", item.start - timedelta(minutes=CALL_AHEAD_MIN))


def is_due(due: Due, now: datetime) -> bool:
    """Its time has come and the meeting has not begun: a leave-by time missed (the app was
    closed, the laptop asleep) is still worth a late notice while there is a meeting to go to."""
    return due.at <= now < due.item.start


class LeaveNotice(QDialog):
    """'Leave now for …': a small window over the app that does not block it."""

    openMeeting = Signal(str)

    def __init__(self, due: Due, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        self.setObjectName("leaveNotice")
        self.setWindowTitle(title)
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        heading = QLabel(title)
        heading.setObjectName("noticeTitle")
        heading.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {HEADING};")
        self.message = QLabel(text)
        self.message.setObjectName("noticeText")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14px;")
        self.message.setMinimumWidth(380)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open meeting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("openMeeting")
        self.dismiss_button = buttons.addButton(
            self.tr("Dismiss"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.dismiss_button.setObjectName("dismiss")
        self.open_button.setDefault(True)
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _open(self) -> None:
        self.openMeeting.emit(self.due.item.id)
        self.accept()


class LeaveReminder(QObject):
    """Watches the clock and today's schedule; attach() starts it."""

    shown = Signal(str)  # the meeting reminded of

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = _local_now,
        tray: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._tray = tray
        self._db: Database | None = None
        self._hub: ChangeHub | None = None
        self._items: list[WeekItem] = []
        self._loaded_at: datetime | None = None
        self._loaded_day: date | None = None
        self._reminded: set[tuple[str, datetime]] = set()
        self.notices: list[LeaveNotice] = []  # open ones
        self.waiting: list[Due] = []  # come due while locked: shown after the unlock
        self.timer = QTimer(self)
        self.timer.setObjectName("leaveReminderTimer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        hub.changed.connect(self._on_changed)
        self.timer.start()
        QTimer.singleShot(0, self.check)  # a reminder due at start-up is not 30 s late

    def stop(self) -> None:
        self.timer.stop()

    def _on_changed(self, _changes: Changes) -> None:
        self._loaded_at = None  # read again at the next check

    # --- the check ----------------------------------------------------------------------------
    def _load(self, now: datetime) -> None:
        from kamdesk.services.schedule.week import scheduled_between

        if self._db is None:
            return
        today = now.date()
        # today and tomorrow: a meeting just after midnight is left for late in the evening
        with self._db.reading() as session:
            self._items = scheduled_between(
                session, today, 2, today=today, tz=now.tzinfo, with_readiness=False
            )
        self._loaded_at = now
        self._loaded_day = today

    def check(self) -> list[Due]:
        """Show what is due now and not shown yet; what was shown."""
        if self._db is None:
            return []
        now = self._now()
        loaded = self._loaded_at
        fresh = loaded is not None and loaded <= now < loaded + RELOAD_AFTER
        if not fresh or self._loaded_day != now.date():
            self._load(now)
        shown = self.show_waiting() if self.waiting else []
        for item in self._items:
            due = reminder_of(item)
            if due is None or due.key in self._reminded or not is_due(due, now):
                continue
            self._reminded.add(due.key)
            if self._show(due):
                shown.append(due)
        return shown

    # --- the notice ---------------------------------------------------------------------------
    def texts(self, due: Due) -> tuple[str, str]:
        """(title, message) of a reminder, in the interface's language."""
        item = due.item
        named = bool(item.client_name)  # a whole sentence with the client and one without
        fields = {
            "client": item.client_name,
            "subject": item.subject,
            "time": f"{item.start:%H:%M}",
        }
        if due.kind == "leave":
            title = self.tr("Time to leave")
            text = (
                self.tr("Leave now for {client} — {subject} at {time}")
                if named
                else self.tr("Leave now — {subject} at {time}")
            ).format(**fields)
            if item.location:
                text += f", {item.location}"
            text += " " + self.tr("(travel %n min)", "", item.travel_min)
        elif due.kind == "call":
            title = self.tr("Call in %n min", "", CALL_AHEAD_MIN)
            text = (
                self.tr("Call {client} at {time} — {subject}")
                if named
                else self.tr("Call at {time} — {subject}")
            ).format(**fields)
        elif due.kind == "join":
            title = self.tr("Video meeting in %n min", "", CALL_AHEAD_MIN)
            text = (
                self.tr("Join the meeting with {client} at {time} — {subject}")
                if named
                else self.tr("Join the meeting at {time} — {subject}")
            ).format(**fields)
        else:
            title = self.tr("Meeting in %n min", "", CALL_AHEAD_MIN)
            text = (
                self.tr("Meeting with {client} at {time} — {subject}")
                if named
                else self.tr("Meeting at {time} — {subject}")
            ).format(**fields)
            if item.location:
                text += f", {item.location}"
        return title, text

    def _show(self, due: Due) -> bool:
        """The notice and the tray message; False when held for after the unlock."""
        if windows.locked():
            self._hold(due)
            return False
        title, text = self.texts(due)
        parent = self.parent()
        notice = LeaveNotice(due, title, text, parent if isinstance(parent, QWidget) else None)
        notice.openMeeting.connect(self.open_meeting)
        notice.finished.connect(lambda _r, n=notice: self._forget(n))
        self.notices.append(notice)
        notice.show()
        notice.raise_()
        QApplication.alert(notice)
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 60_000)
        self.shown.emit(due.item.id)
        return True

    def _hold(self, due: Due) -> None:
        """Locked: nothing of the meeting is shown; the tray only says kamdesk needs the user."""
        self.waiting.append(due)
        tray = self._tray_icon()
        if tray is not None:
            tray.showMessage(
                "kamdesk",
                self.tr("kamdesk needs you: unlock it to see a reminder."),
                QSystemTrayIcon.MessageIcon.Information,
                60_000,
            )

    def show_waiting(self) -> list[Due]:
        """After the unlock: the reminders held while locked, those whose meeting has not begun
        (the main window calls it when the lock goes off; the next check would too)."""
        if windows.locked():
            return []
        now = self._now()
        waiting, self.waiting = self.waiting, []
        return [due for due in waiting if now < due.item.start and self._show(due)]

    def _forget(self, notice: LeaveNotice) -> None:
        if notice in self.notices:
            self.notices.remove(notice)

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setToolTip("kamdesk")
        if self._tray is not None and not self._tray.isVisible():
            self._tray.show()
        return self._tray

    def open_meeting(self, meeting_id: str) -> None:
        if self._db is None or self._hub is None or windows.locked():
            return
        parent = self.parent()
        windows.open_meeting(
            self._db, self._hub, meeting_id, parent=parent if isinstance(parent, QWidget) else None
        )
