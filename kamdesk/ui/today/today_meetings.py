"""Today's meetings and calls on the Today page: one row each, with the time, the time to
leave (or to call), the client and subject as links, the weakest of the seven checks, the
clashes, and the readiness score. The clock moves a row on (time to leave, begun, over)
without reading the database again."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kamdesk.ui.meetings.meeting_common import STATES, score_colour
from kamdesk.ui.today.today_blocks import Block, LinkButton, make_label, make_row

if TYPE_CHECKING:
    from kamdesk.services.schedule.today import TodayMeeting

MEETINGS_SHOWN = 12  # a day of more is one for the week view
CONFLICTS_SHOWN = 2


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class MeetingRow(QFrame):
    """One meeting or call of today: a double-click opens it."""

    opened = Signal(str)

    def __init__(self, m: TodayMeeting, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id = m.id
        self.setObjectName("meetingRow")
        self.setProperty("status", m.status)
        live = m.status == "planned"
        happening = live and m.start <= now < m.end
        over = not live or m.end <= now
        self.setProperty("happening", happening)
        self.setToolTip(self.tr("Double-click to open the meeting."))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        span = make_label(
            f"{m.start:%H:%M}–{m.end:%H:%M}",
            name="meetingTime",
            tone="timeOver" if over else "time",
        )
        kind = {
            ("call", True): self.tr("Call"),
            ("meeting", True): self.tr("Video or phone"),
            ("meeting", False): self.tr("Meeting on site"),
        }.get((m.kind, m.remote), self.tr("Call"))
        if happening:
            kind = self.tr("Now") + " · " + kind
        kind_label = make_label(kind, tone="muted")
        times = QVBoxLayout()
        times.setSpacing(2)
        times.addWidget(span)
        times.addWidget(kind_label)
        times.addStretch(1)

        leave_box = self._leave_box(m, now, over)

        main = self._main(m, over)

        self._make_badge(m, over)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(14)
        layout.addLayout(times)
        layout.addLayout(leave_box)
        main.addStretch(1)  # the lines stay together at the top of a taller row
        layout.addLayout(main, 1)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)

    def _leave_box(self, m: TodayMeeting, now: datetime, over: bool) -> QVBoxLayout:
        """When to leave (or to call, or that it is over), with the travel time."""
        self.leave = QLabel()
        self.leave.setObjectName("leaveBy")
        self.leave.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leave.setMinimumWidth(176)  # the names after it line up from row to row
        travel = make_label(name="travel", tone="muted")
        travel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if m.status == "cancelled":
            self.leave.setText(self.tr("CANCELLED"))
            self.leave.setProperty("phase", "over")
        elif m.status == "done":
            self.leave.setText(self.tr("HELD"))
            self.leave.setProperty("phase", "over")
        elif m.remote:
            when = f"{m.start:%H:%M}"
            self.leave.setText(
                self.tr("CALL AT {time}").format(time=when)
                if m.kind == "call"
                else self.tr("JOIN AT {time}").format(time=when)
            )
            self.leave.setProperty("phase", "over" if over else "calm")
        else:
            when = f"{m.leave_by:%H:%M}"
            if m.leave_by <= now < m.start:  # the time to leave has come
                self.leave.setText(self.tr("LEAVE NOW ({time})").format(time=when))
                self.leave.setProperty("phase", "now")
            else:
                self.leave.setText(self.tr("LEAVE BY {time}").format(time=when))
                self.leave.setProperty("phase", "over" if over else "leave")
            travel.setText(
                self.tr("%n min travel", "", m.travel_min)
                if m.travel_min
                else self.tr("no travel time set")
            )
        leave_box = QVBoxLayout()
        leave_box.setSpacing(3)
        leave_box.addWidget(self.leave)
        leave_box.addWidget(travel)
        leave_box.addStretch(1)
        return leave_box

    def _main(self, m: TodayMeeting, over: bool) -> QVBoxLayout:
        """Client and subject, where and with whom, the weakest checks and the clashes."""
        self.client = LinkButton(m.client_name or self.tr("(no client)"))
        self.client.setObjectName("meetingClient")
        self.client.set_look(bold=True, muted=over)
        self.client.setEnabled(m.client_id is not None)
        self.subject = LinkButton(m.subject)
        self.subject.setObjectName("meetingSubject")
        self.subject.set_look(muted=over)
        self.subject.setToolTip(self.tr("Open the meeting"))
        self.subject.clicked.connect(lambda: self.opened.emit(self.meeting_id))
        dash = make_label("—", tone="muted")
        main = QVBoxLayout()
        main.setSpacing(3)
        main.addLayout(make_row(self.client, dash, self.subject, spacing=6))
        where = [m.location] if m.location and not m.remote else []
        if m.attendees:
            where.append(self.tr("with {people}").format(people=", ".join(m.attendees)))
        if where:
            place = make_label(" · ".join(where), name="meetingPlace", tone="muted")
            place.setWordWrap(True)
            main.addWidget(place)
        if m.weakest and not over:
            marks = "&nbsp;&nbsp; ".join(
                f"<span style='color:{STATES[w.state][1]}'>{STATES[w.state][0]}</span> "
                f"{esc(w.title)}"
                for w in m.weakest
            )
            weak = make_label(
                self.tr("Weakest:") + f" {marks}",
                name="weakest",
                rich=True,
                tone="weak",
            )
            weak.setWordWrap(True)
            weak.setToolTip("\n".join(f"{w.title}: {w.summary}" for w in m.weakest))
            main.addWidget(weak)
        self.conflicts: list[QLabel] = []
        if m.status == "planned":
            for c in m.conflicts[:CONFLICTS_SHOWN]:
                warn = make_label("⚠ " + c.describe(), name="conflict", tone="late")
                warn.setWordWrap(True)
                self.conflicts.append(warn)
                main.addWidget(warn)
            if len(m.conflicts) > CONFLICTS_SHOWN:
                rest = len(m.conflicts) - CONFLICTS_SHOWN
                more = make_label(self.tr("⚠ and %n more clash(es)", "", rest), tone="late")
                self.conflicts.append(more)
                main.addWidget(more)
        return main

    def _make_badge(self, m: TodayMeeting, over: bool) -> None:
        """The readiness score while the meeting is still ahead."""
        self.badge = QLabel()
        self.badge.setObjectName("readiness")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(58, 46)
        if m.readiness is not None and not over:
            colour = score_colour(m.readiness, m.ready)
            level = next(state for state, look in STATES.items() if look[1] == colour)
            self.badge.setProperty("level", level)
            self.badge.setText(
                f"<div style='font-size:17px;font-weight:bold'>{m.readiness}</div>"
                f"<div style='font-size:10px'>{esc(self.tr('ready'))}</div>"
            )
            self.badge.setToolTip(self.tr("Readiness {score} of 100").format(score=m.readiness))
        else:
            self.badge.setVisible(False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.opened.emit(self.meeting_id)
        event.accept()


def phase(m: TodayMeeting, now: datetime) -> str:
    """What the clock makes of a meeting: how its row looks at `now`."""
    if m.status != "planned" or m.end <= now:
        return "over"
    if m.start <= now:
        return "now"
    if not m.remote and m.leave_by <= now:
        return "leave"
    return "ahead"


class MeetingsBlock(Block):
    meetingOpened = Signal(str)
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today's meetings and calls"), parent)
        self.setObjectName("meetingsBlock")
        self.rows: list[MeetingRow] = []
        self._meetings: tuple[TodayMeeting, ...] = ()
        self._phases: list[str] = []

    def retime(self, now: datetime) -> bool:
        """Redraw when the clock moved a meeting on (time to leave, begun, over); whether it
        did."""
        if [phase(m, now) for m in self._meetings] == self._phases:
            return False
        self.fill(self._meetings, now)
        return True

    def fill(self, meetings: Sequence[TodayMeeting], now: datetime) -> None:
        self.clear()
        self.rows = []
        self._meetings = tuple(meetings)
        self._phases = [phase(m, now) for m in meetings]
        for m in shown_meetings(meetings, self._phases):
            row = MeetingRow(m, now)
            row.opened.connect(self.meetingOpened.emit)
            if m.client_id is not None:
                cid = m.client_id
                row.client.clicked.connect(lambda _c=False, c=cid: self.clientClicked.emit(c))
            self.rows.append(row)
            self.body.addWidget(row)
        if len(meetings) > len(self.rows):
            hidden = len(meetings) - len(self.rows)
            self.add_more(self.tr("… and %n more today: see the week.", "", hidden))
        self.set_note("" if meetings else self.tr("No meetings today."))


def shown_meetings(meetings: Sequence[TodayMeeting], phases: Sequence[str]) -> list[TodayMeeting]:
    """At most MEETINGS_SHOWN, those still ahead first: on a crowded day what is over gives
    way to what is to come (in time order either way)."""
    if len(meetings) <= MEETINGS_SHOWN:
        return list(meetings)
    ahead = [i for i, p in enumerate(phases) if p != "over"][:MEETINGS_SHOWN]
    over = [i for i, p in enumerate(phases) if p == "over"]
    room = MEETINGS_SHOWN - len(ahead)  # filled with the latest of those over
    keep = set(ahead) | set(over[len(over) - room :] if room else ())
    return [m for i, m in enumerate(meetings) if i in keep]
