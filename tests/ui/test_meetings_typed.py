"""Issue 18 item 6 in the meeting window: readiness follows the form as the KAM types (before
Save), and Duplicate copies everything but the day and the outcome, the listening plan too."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kamdesk.db import Database
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.prep_items import save_questions
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.meetings.meeting_actions import shifted
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from tests.ui.test_meeting_window import (  # noqa: F401  (fixtures)
    TODAY,
    a_meeting,
    close_meeting_windows,
    live_meetings,
    open_window,
    retype,
    score,
    states,
)
from tests.ui.test_meeting_window import (
    shop as shop,
)
from tests.ui.typing import type_text


def test_typing_an_agenda_changes_the_readiness_before_save(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    assert states(w)["preparation"] == "missing"
    first = score(w)
    w.tabs.setCurrentWidget(w.details)
    type_text(w.details.agenda, "Season volumes; delivery windows")
    type_text(w.details.goals, "A trial order of the new range")
    # not at every key: a moment after the last one
    qtbot.waitUntil(lambda: states(w)["preparation"] == "warning", timeout=2000)
    assert score(w) > first
    assert w.tabs.tabText(1) == f"Preparation · {score(w)}"
    assert w.has_unsaved_edits()  # shown, not saved
    # the time to leave follows the travel typed
    assert "Leave by 09:30" in w.prep.leave.text()
    retype(w.details.travel, "60")
    qtbot.waitUntil(lambda: "Leave by 09:00" in w.prep.leave.text(), timeout=2000)
    with db.reading() as s:
        assert get_meeting(s, meeting_id, today=TODAY).agenda == ""

    # a tick is written at once and counts at once; the typing still counts after its reload
    w.tabs.setCurrentWidget(w.prep)
    qtbot.mouseClick(w.prep.cards["product"].ticked, Qt.MouseButton.LeftButton)
    assert states(w)["product"] == "ok"
    qtbot.waitUntil(lambda: states(w)["preparation"] == "warning", timeout=2000)
    assert w.details.agenda.toPlainText() == "Season volumes; delivery windows"

    # a question typed on the Preparation page counts at once too
    assert states(w)["interrupting"] == "missing"
    type_text(w.prep.questions.new_question, "What are your plans for the season?")
    qtbot.keyClick(w.prep.questions.new_question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: states(w)["interrupting"] != "missing", timeout=2000)

    # Save keeps what was shown
    shown = score(w)
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert score(w) == shown


def test_duplicate_copies_the_listening_plan(qtbot, db: Database, window: MainWindow, shop) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(
        db, shop, agenda="Prices", goals="A trial order", product_ids=(shop["CHEESE-2"],)
    )
    with db.unit_of_work() as s:
        save_questions(
            s,
            meeting_id,
            [(None, "What are your plans?", "Bigger shelves"), (None, "Who decides?", "Anna")],
        )
    w = open_window(qtbot, window, db, meeting_id)
    qtbot.mouseClick(w.buttons["duplicate"], Qt.MouseButton.LeftButton)
    [copy] = [
        x
        for x in QApplication.topLevelWidgets()
        if isinstance(x, MeetingWindow) and x is not w and x.isVisible()
    ]
    qtbot.mouseClick(copy.buttons["save"], Qt.MouseButton.LeftButton)
    assert copy.meeting_id is not None and copy.meeting_id != meeting_id
    copy.tabs.setCurrentWidget(copy.prep)
    listed = [
        copy.prep.questions.list.item(i).text() for i in range(copy.prep.questions.list.count())
    ]
    assert listed == ["What are your plans?", "Who decides?"]
    with db.reading() as s:
        new = get_meeting(s, copy.meeting_id, today=TODAY)
    assert [q.answer for q in new.questions] == ["", ""]  # the answers stay with the original
    assert len(live_meetings(db)) == 2


def test_what_duplicate_copies_and_what_it_does_not(db: Database, shop) -> None:  # type: ignore[no-untyped-def]
    start = datetime.combine(TODAY + timedelta(days=2), time(10)).astimezone()
    data = MeetingData(
        client_id=shop["client"],
        subject="Season plan",
        start=start,
        duration_min=90,
        kind="meeting",
        place_kind="site",
        location="Kossuth Lajos utca 12, Szeged",
        travel_min=40,
        agenda="Prices",
        goals="A trial order",
        needs_asked="Shelf space",
        contact_ids=(shop["anna"], shop["bela"]),
        product_ids=(shop["CHEESE-2"],),
        offer_order_id=None,
        recurrence="weekly",
        repeat_until=TODAY + timedelta(days=60),
    )
    copy = shifted(data, 7)
    copied = {f.name for f in fields(MeetingData) if getattr(copy, f.name) == getattr(data, f.name)}
    assert copied == {
        "client_id", "subject", "duration_min", "kind", "place_kind", "location", "travel_min",
        "agenda", "goals", "needs_asked", "contact_ids", "product_ids", "offer_order_id",
    }  # fmt: skip
    assert copy.start == start + timedelta(days=7)
    assert (copy.recurrence, copy.repeat_until) == ("", None)  # one copy, not a new series
    # the outcome and the notes after the meeting are no part of what is copied
    assert not {"outcome", "answers", "status", "next_steps"} & {
        f.name for f in fields(MeetingData)
    }
