"""The Today page's nudge: meetings and calls over without an outcome, one click to each, gone
once the outcome is recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from kamdesk.ui.today.section import TodaySection
from tests.factories import add_client
from tests.ui.test_today import AS_OF, at
from tests.ui.test_today import hub as hub
from tests.ui.test_today import make_section as make_section  # a fixture
from tests.ui.typing import type_text


def test_a_past_planned_call_is_nudged_until_its_outcome_is_recorded(
    qtbot: QtBot, make_section: Callable[..., TodaySection], db: Database
) -> None:
    yesterday = AS_OF - timedelta(days=1)
    with db.unit_of_work() as s:
        client = add_client(s, "Győri Élelmiszer Zrt.").id
        call = save_meeting(
            s,
            MeetingData(
                client, "Price call", at(15, day=yesterday), 15, kind="call", place_kind="phone"
            ),
        )
        save_meeting(s, MeetingData(client, "Later today", at(10), 60))  # not over at 08:00
    section = make_section(now=at(8))
    block = section.outcomes_block
    qtbot.waitUntil(block.isVisible)
    assert block.note.text() == "1 call over with no outcome recorded. Click one to record it."
    assert block.texts() == ["Call: Győri Élelmiszer Zrt. · Price call"]

    qtbot.mouseClick(block.links[call], Qt.MouseButton.LeftButton)
    [w] = [x for x in section.window().findChildren(MeetingWindow) if x.meeting_id == call]
    w = cast(MeetingWindow, w)
    assert w.tabs.currentWidget() is w.after  # straight to the page to fill in
    type_text(w.after.outcome, "They take the new prices from January.")
    qtbot.mouseClick(w.after.held_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(block.isHidden)
    assert block.links == {}
    w.close()
