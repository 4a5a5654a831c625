"""A meeting across midnight is drawn on both days of the week (the part after 24:00 at the top
of the next day's column) and listed on both days; one begun on the Sunday before shows on the
Monday of the week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import Qt

from kamdesk.db import Database
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui.schedule.section import ScheduleSection
from tests.factories import add_client
from tests.ui.test_schedule import at, day_rows
from tests.ui.test_schedule import hub as hub  # a fixture
from tests.ui.test_schedule import make_section as make_section  # a fixture


def test_a_meeting_from_23_to_01_is_on_both_days(
    qtbot, make_section: Callable[[], ScheduleSection], db: Database
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        client = add_client(s, "Hotel Greco S.p.A.").id
        late = save_meeting(s, MeetingData(client, "Night delivery", at(24, 23), 120))
        sunday = save_meeting(s, MeetingData(client, "Stocktaking", at(22, 22), 180))
    section = make_section()
    view = section.view
    parts = [p for p in view.placed if p.item.id == late]
    assert [(p.day, p.start_min, p.end_min) for p in parts] == [(1, 23 * 60, 24 * 60), (2, 0, 60)]
    after = parts[1].block
    assert abs(after.top() - view.point_at(2, time(0)).y()) <= 1
    assert abs(after.bottom() - view.point_at(2, time(1)).y()) <= 2
    assert view.column_x(2) <= after.left() < view.column_x(3)
    assert not parts[1].movable and parts[0].movable  # the first part is what is dragged
    # the one begun on the Sunday before: its last hour on Monday, and not counted this week
    [monday] = [p for p in view.placed if p.item.id == sunday]
    assert (monday.day, monday.start_min, monday.end_min) == (0, 0, 60)
    assert section.summary_text().startswith("1 meeting")

    # the day list shows it on Tuesday and on Wednesday
    assert day_rows(section, "subject") == ["Night delivery"]
    qtbot.mouseClick(
        section.header, Qt.MouseButton.LeftButton, pos=section.header.day_rect(2).center()
    )
    assert section.selected_date().day == 25
    assert day_rows(section, "subject") == ["Night delivery"]
    qtbot.mouseClick(
        section.header, Qt.MouseButton.LeftButton, pos=section.header.day_rect(0).center()
    )
    assert day_rows(section, "subject") == ["Stocktaking"]
    section.view.grab().save("/tmp/h18m/midnight_week.png")


def test_the_arrow_keys_step_over_the_part_after_midnight(
    qtbot, make_section: Callable[[], ScheduleSection], db: Database
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        client = add_client(s, "Hotel Greco S.p.A.").id
        late = save_meeting(s, MeetingData(client, "Night delivery", at(24, 23), 120))
        next_day = save_meeting(s, MeetingData(client, "Review", at(25, 10), 60))
    section = make_section()
    view = section.view
    view.select(late)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == next_day
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_id == late
