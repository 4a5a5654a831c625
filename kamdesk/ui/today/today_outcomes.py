"""The nudge on the Today page: meetings and calls that are over and still planned, each a
link that opens it on its After page to record what came of it. Hidden when there are none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from kamdesk.ui.meetings.meeting_common import day_text
from kamdesk.ui.today.today_blocks import SHOWN, Block, LinkButton, line_up, make_label, make_row

if TYPE_CHECKING:
    from kamdesk.services.schedule.unrecorded import Unrecorded


class OutcomesBlock(Block):
    """'3 meetings over with no outcome recorded', one link to each."""

    meetingOpened = Signal(str)
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outcomes to record"), parent)
        self.setObjectName("outcomesBlock")
        self.links: dict[str, LinkButton] = {}
        self.hide()

    def fill(self, items: Sequence[Unrecorded]) -> None:
        self.clear()
        self.links = {}
        self.setVisible(bool(items))
        if not items:
            return
        meetings = sum(1 for u in items if u.kind == "meeting")
        calls = len(items) - meetings
        if not calls:
            text = self.tr(
                "%n meeting(s) over with no outcome recorded. Click one to record it.", "", meetings
            )
        elif not meetings:
            text = self.tr(
                "%n call(s) over with no outcome recorded. Click one to record it.", "", calls
            )
        else:
            text = self.tr(
                "%n meetings and calls over with no outcome recorded. Click one to record it.",
                "",
                len(items),
            )
        self.set_note(text)
        days: list[QLabel] = []
        for u in items[:SHOWN]:
            when = make_label(f"{day_text(u.start.date())} {u.start:%H:%M}", name="outcomeDay")
            when.setProperty("tone", "amberBold")
            days.append(when)
            what = self.tr("Call") if u.kind == "call" else self.tr("Meeting")
            link = LinkButton(f"{what}: {u.client_name or u.subject} · {u.subject}")
            link.setObjectName("recordOutcome")
            link.setToolTip(self.tr("Open it to record the outcome"))
            link.clicked.connect(lambda _c=False, i=u.id: self.meetingOpened.emit(i))
            self.links[u.id] = link
            self.body.addLayout(make_row(when, link))
        line_up(days)
        if len(items) > SHOWN:
            self.add_more(self.tr("… and %n more", "", len(items) - SHOWN))

    def texts(self) -> list[str]:
        return [link.text() for link in self.links.values()]
