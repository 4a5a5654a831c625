"""The Schedule section: the week of meetings and calls, dragging and stretching them, the
chosen day's list, navigation, opening a meeting and the week as an .ics file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.services.changes import Change
from kamdesk.services.clients.contacts import save_contact
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.meetings import save_meeting, set_status
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.schedule.schedule_day import DAY_COLUMNS, DayModel
from kamdesk.ui.schedule.section import ScheduleSection
from kamdesk.ui.schedule.week_layout import RED
from tests.factories import add_client
from tests.ui.waiting import settle

TZ = ZoneInfo("Europe/Budapest")
TODAY = date(2026, 11, 24)  # a Tuesday of week 48
MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def seeded(db: Database) -> dict[str, str]:
    """A week: a site meeting on Tuesday, a call on Tuesday, a clash on Thursday, a held
    meeting on Monday, a cancelled one on Friday and one in the next week."""
    with db.unit_of_work() as s:
        bakery = add_client(s, "Tisza Pékség Kft.", city="Szeged")
        hotel = add_client(s, "Hotel Greco S.p.A.", city="Milano")
        shop = add_client(s, "ООО «Северный Хлеб»", city="Москва")
        anna = save_contact(s, ContactData(bakery.id, "Kovács Anna"), today=TODAY)
        ids = {
            "site": save_meeting(
                s,
                MeetingData(
                    bakery.id,
                    "Price list 2027",
                    at(24, 10),
                    90,
                    location="Szeged, Kossuth utca 5",
                    travel_min=45,
                    contact_ids=(anna,),
                ),
            ),
            "call": save_meeting(
                s, MeetingData(hotel.id, "Stock check", at(24, 14), 30, kind="call")
            ),
            "clash_a": save_meeting(s, MeetingData(hotel.id, "Quarterly review", at(26, 9), 60)),
            "clash_b": save_meeting(s, MeetingData(shop.id, "Переговоры", at(26, 9, 30), 60)),
            "held": save_meeting(s, MeetingData(shop.id, "Tasting", at(23, 11), 60)),
            "off": save_meeting(s, MeetingData(bakery.id, "Visit", at(27, 13), 60)),
            "later": save_meeting(s, MeetingData(bakery.id, "Next week", at(30, 9), 60)),
        }
        set_status(s, ids["held"], "done")
        set_status(s, ids["off"], "cancelled")
        ids["bakery"], ids["hotel"] = bakery.id, hotel.id
    return ids


@pytest.fixture
def make_section(qtbot, db: Database, hub: ChangeHub) -> Iterator[Callable[[], ScheduleSection]]:  # type: ignore[no-untyped-def]
    def make() -> ScheduleSection:
        section = ScheduleSection(
            today=lambda: TODAY, clock=lambda: datetime(2026, 11, 24, 8, 20, tzinfo=TZ), tz=TZ
        )
        qtbot.addWidget(section)
        section.resize(1100, 760)
        section.attach(db, hub)
        section.show()
        qtbot.waitExposed(section)
        settle(qtbot, section)
        return section

    yield make


@pytest.fixture
def section(make_section: Callable[[], ScheduleSection], seeded: dict[str, str]) -> ScheduleSection:
    return make_section()


def day_rows(section: ScheduleSection, column: str) -> list[str]:
    model = section.day_model
    c = DAY_COLUMNS.index(column)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def colour_at(section: ScheduleSection, point: QPoint) -> QColor:
    return section.view.grab().toImage().pixelColor(point)


def is_red(colour: QColor) -> bool:
    return colour.red() > 170 and colour.green() < 110 and colour.blue() < 110


# --- what the week shows ----------------------------------------------------------------------


def test_the_week_shows_its_meetings_where_they_belong(
    section: ScheduleSection, seeded: dict[str, str]
) -> None:
    assert section.week_label.text() == "Week 48 · 23 – 29 Nov 2026"  # CLDR's span
    view = section.view
    shown = {p.item.id for p in view.placed}
    assert shown == {seeded[k] for k in ("site", "call", "clash_a", "clash_b", "held", "off")}
    # the Tuesday meeting sits in Tuesday's column from 10:00 to 11:30
    block = view.block_rect(seeded["site"])
    assert abs(block.top() - view.point_at(1, time(10)).y()) <= 1
    assert abs(block.bottom() - view.point_at(1, time(11, 30)).y()) <= 2
    assert view.column_x(1) <= block.left() < view.column_x(2)
    # its travel is the strip above it, from when the KAM must leave
    travel = view.placed_of(seeded["site"])
    assert travel is not None
    assert abs(travel.travel.top() - view.point_at(1, time(9, 15)).y()) <= 1
    assert "Leave by 09:15 (45 min travel)" in view.tooltip(travel.item)
    assert section.header.day_text(1) == "Tue 24 Nov"


def test_the_day_list_shows_the_chosen_day(
    section: ScheduleSection, seeded: dict[str, str]
) -> None:
    assert section.selected_date() == TODAY  # opens on today
    assert day_rows(section, "time") == ["10:00–11:30", "14:00–14:30"]
    assert day_rows(section, "leave_by") == ["09:15", ""]
    assert day_rows(section, "kind") == ["Meeting", "Phone call"]
    assert day_rows(section, "client") == ["Tisza Pékség Kft.", "Hotel Greco S.p.A."]
    assert day_rows(section, "attendees") == ["Kovács Anna", ""]
    score = day_rows(section, "readiness")[0]
    assert score.isdigit() and 0 <= int(score) <= 100
    assert section.day_title.text().startswith("Tuesday 24 November")


def test_the_summary_counts_the_week(section: ScheduleSection) -> None:
    text = section.summary_text()
    # the cancelled one does not count; the held one does
    assert "4 meeting" in text and "1 call" in text
    assert "not ready" in text
    assert "1 conflict" in text


def test_a_conflict_is_outlined_red_and_explained(
    qtbot, section: ScheduleSection, seeded: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    first, second = view.placed_of(seeded["clash_a"]), view.placed_of(seeded["clash_b"])
    assert first is not None and second is not None
    # side by side in Thursday's column, not on top of each other
    assert not first.block.intersects(second.block)
    assert first.block.left() != second.block.left()
    assert abs(first.block.top() - second.block.top()) > 10
    # a red outline a person can see, and the reason in the tooltip
    top_edge = QPoint(int(first.block.center().x()), int(first.block.top()) + 1)
    assert is_red(colour_at(section, top_edge))
    assert "Overlaps “Переговоры” (09:30–10:30) by 30 min." in view.tooltip(first.item)
    calm = view.block_rect(seeded["site"])
    assert not is_red(colour_at(section, QPoint(calm.center().x(), calm.top() + 1)))
    # the day's header has the red mark; in the list, the conflict in words
    assert section.header.conflicts[3] == 1
    qtbot.mouseClick(
        section.header, Qt.MouseButton.LeftButton, pos=section.header.day_rect(3).center()
    )
    assert section.selected_date() == date(2026, 11, 26)
    conflicts = day_rows(section, "conflicts")
    assert conflicts[0] == "Overlaps “Переговоры” (09:30–10:30) by 30 min."
    index = section.day_model.index(0, DAY_COLUMNS.index("conflicts"))
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == RED


def test_held_and_cancelled_meetings_look_settled(
    qtbot, section: ScheduleSection, seeded: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    held, off = view.placed_of(seeded["held"]), view.placed_of(seeded["off"])
    assert held is not None and off is not None
    assert not held.movable and not off.movable
    assert "Done ✓" in view.tooltip(held.item)
    qtbot.mouseClick(
        section.header, Qt.MouseButton.LeftButton, pos=section.header.day_rect(4).center()
    )
    assert day_rows(section, "readiness") == ["Cancelled"]
    font = section.day_model.index(0, DAY_COLUMNS.index("subject")).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()


# --- dragging and stretching ------------------------------------------------------------------


def drag(qtbot, view: QWidget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(view, middle)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_block_moves_the_meeting(
    qtbot, section: ScheduleSection, seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    block = view.block_rect(seeded["site"])
    grab = QPoint(block.center().x(), block.top() + 20)
    # to Wednesday, two hours later (snapped to the quarter)
    target = QPoint(
        view.point_at(2, time(12)).x(),
        grab.y() + view.point_at(2, time(12)).y() - view.point_at(2, time(10)).y() + 3,
    )
    drag(qtbot, view, grab, target)
    with db.reading() as s:
        moved = get_meeting(s, seeded["site"], tz=TZ)
    assert moved.start == at(25, 12)
    assert moved.duration_min == 90
    # the view follows, and the travel moved with it
    placed = view.placed_of(seeded["site"])
    assert placed is not None and placed.day == 2
    assert "Leave by 11:15" in view.tooltip(placed.item)
    # and the day list under the week shows the day it went to
    assert view.selected_day == 2 and section.selected_date() == date(2026, 11, 25)
    assert seeded["site"] in [
        section.day_model.item(r).id for r in range(section.day_model.rowCount())
    ]


def test_a_drag_keeps_a_length_changed_elsewhere_meanwhile(
    qtbot, section: ScheduleSection, seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.schedule.meetings import move_meeting

    view = section.view
    block = view.block_rect(seeded["site"])
    with db.unit_of_work() as s:  # stretched in another window; this week not read since
        move_meeting(s, seeded["site"], at(24, 10), 120)
    grab = QPoint(block.center().x(), block.top() + 20)
    target = QPoint(
        view.point_at(2, time(12)).x(),
        grab.y() + view.point_at(2, time(12)).y() - view.point_at(2, time(10)).y() + 3,
    )
    drag(qtbot, view, grab, target)
    with db.reading() as s:
        moved = get_meeting(s, seeded["site"], tz=TZ)
    assert moved.start == at(25, 12)  # the drag moved it
    assert moved.duration_min == 120  # and the stretch made elsewhere is not undone


def test_stretching_the_bottom_edge_changes_the_duration(
    qtbot, section: ScheduleSection, seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    block = view.block_rect(seeded["site"])
    edge = QPoint(block.center().x(), block.bottom() - 2)
    # the cursor says it can stretch (moved there from inside: Qt drops a move to where the
    # pointer already is, and another test may have left it there, even at the centre: so
    # from a corner first)
    qtbot.mouseMove(view, QPoint(1, 1))
    qtbot.mouseMove(view, block.center())
    assert view.cursor().shape() == Qt.CursorShape.OpenHandCursor
    qtbot.mouseMove(view, edge)
    assert view.cursor().shape() == Qt.CursorShape.SizeVerCursor
    end = QPoint(edge.x(), view.point_at(1, time(12, 15)).y())
    drag(qtbot, view, edge, end)
    with db.reading() as s:
        stretched = get_meeting(s, seeded["site"], tz=TZ)
    assert stretched.start == at(24, 10)
    assert stretched.duration_min == 135


def test_escape_during_a_drag_puts_the_block_back(
    qtbot, section: ScheduleSection, seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    block = view.block_rect(seeded["site"])
    grab = block.center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, grab + QPoint(0, 60))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=grab + QPoint(0, 60))
    with db.reading() as s:
        assert get_meeting(s, seeded["site"], tz=TZ).start == at(24, 10)
    assert view.block_rect(seeded["site"]) == block


def test_a_held_meeting_cannot_be_dragged(
    qtbot, section: ScheduleSection, seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    block = view.block_rect(seeded["held"])
    drag(qtbot, view, block.center(), block.center() + QPoint(0, 96))
    with db.reading() as s:
        assert get_meeting(s, seeded["held"], tz=TZ).start == at(23, 11)


# --- navigation and selection -----------------------------------------------------------------


def test_previous_next_and_today_change_the_week(
    qtbot, section: ScheduleSection, seeded: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.next_button, Qt.MouseButton.LeftButton)
    assert section.week_label.text() == "Week 49 · 30 Nov – 6 Dec 2026"
    settle(qtbot, section)
    assert [p.item.id for p in section.view.placed] == [seeded["later"]]
    assert section.summary_text().startswith("1 meeting")
    qtbot.mouseClick(section.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.prev_button, Qt.MouseButton.LeftButton)
    assert section.week_label.text() == "Week 47 · 16 – 22 Nov 2026"
    settle(qtbot, section)
    assert section.view.placed == []
    assert section.summary_text() == "Nothing planned this week"
    section.view.select_day(5)
    qtbot.mouseClick(section.today_button, Qt.MouseButton.LeftButton)
    assert section.week_label.text() == "Week 48 · 23 – 29 Nov 2026"  # CLDR's span
    assert section.selected_date() == TODAY


def test_the_year_boundary_label(make_section: Callable[[], ScheduleSection]) -> None:
    section = make_section()
    section.go_to(date(2026, 12, 28))
    assert section.week_label.text() == "Week 53 · 28 Dec 2026 – 3 Jan 2027"


def test_clicking_a_block_chooses_it_in_the_day_list_and_back(
    qtbot, section: ScheduleSection, seeded: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.block_rect(seeded["clash_b"]).center()
    )
    assert section.selected_date() == date(2026, 11, 26)
    current = section.day_table.currentIndex()
    assert current.isValid() and section.day_model.item(current.row()).id == seeded["clash_b"]
    section.day_table.selectRow(0)
    assert view.selected_id == seeded["clash_a"]
    # the keyboard walks through the week in time order
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == seeded["clash_b"]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_id == seeded["call"]


# --- opening meetings -------------------------------------------------------------------------


class FakeWindow(QWidget):
    def __init__(self, meeting_id: str | None) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.record_id = meeting_id
        self.closing = False


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The meeting windows asked for (the window itself is another module's)."""
    calls: list[dict[str, Any]] = []

    def fake(parent, db, hub, meeting_id, **kwargs):  # type: ignore[no-untyped-def]
        calls.append({"meeting_id": meeting_id, **kwargs})
        window = FakeWindow(meeting_id)
        qtbot.addWidget(window)
        window.show()
        return window

    import kamdesk.ui.meetings.meeting_window as meeting_window

    monkeypatch.setattr(meeting_window, "open_meeting_window", fake)
    return calls


def test_double_click_on_an_empty_slot_starts_a_meeting_at_the_quarter(
    qtbot, section: ScheduleSection, opened: list[dict[str, Any]]
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    point = view.point_at(3, time(15, 20), across=0.5)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert len(opened) == 1
    assert opened[0]["meeting_id"] is None
    assert opened[0]["start"] == at(26, 15, 15)
    assert opened[0]["kind"] == "meeting"


def test_double_click_on_a_block_opens_it_once(
    qtbot, section: ScheduleSection, seeded: dict[str, str], opened: list[dict[str, Any]]
) -> None:  # type: ignore[no-untyped-def]
    view = section.view
    centre = view.block_rect(seeded["call"]).center()
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert [c["meeting_id"] for c in opened] == [seeded["call"]]  # the second raised it
    assert windows.open_windows(windows.MEETING)[0].meeting_id == seeded["call"]  # type: ignore[attr-defined]
    # the day list opens it too
    table = section.day_table
    where = table.visualRect(section.day_model.index(0, 0)).center()
    # a press first: QTest's double click alone does not tell a view which item was hit
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [c["meeting_id"] for c in opened] == [seeded["call"], seeded["site"]]


def test_new_call_starts_on_the_chosen_day(
    qtbot, section: ScheduleSection, opened: list[dict[str, Any]]
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.new_call_button, Qt.MouseButton.LeftButton)
    # today at the next quarter after 08:20
    assert opened[-1]["kind"] == "call" and opened[-1]["start"] == at(24, 8, 30)
    section.view.select_day(4)
    qtbot.mouseClick(section.new_meeting_button, Qt.MouseButton.LeftButton)
    assert opened[-1]["kind"] == "meeting" and opened[-1]["start"] == at(27, 9)


# --- refreshing -------------------------------------------------------------------------------


def test_a_change_elsewhere_refreshes_the_week_lazily_when_hidden(
    qtbot: QtBot,
    section: ScheduleSection,
    seeded: dict[str, str],
    db: Database,
    hub: ChangeHub,
) -> None:
    def add(s: Any) -> str:
        return save_meeting(s, MeetingData(seeded["hotel"], "Added", at(28, 10), 30))

    new_id = run_op(None, db, hub, add)
    settle(qtbot, section)
    assert new_id in {p.item.id for p in section.view.placed}
    section.hide()
    later = run_op(
        None,
        db,
        hub,
        lambda s: save_meeting(s, MeetingData(seeded["hotel"], "Hidden", at(28, 12), 30)),
    )
    assert later not in {p.item.id for p in section.view.placed}
    hub.changed.emit(frozenset({Change.PRICES}))  # not watched
    assert not section.loading  # hidden, the week is only marked stale
    section.show()
    settle(qtbot, section)
    assert later in {p.item.id for p in section.view.placed}


# --- the week as a calendar file --------------------------------------------------------------


def test_export_week_writes_an_ics_file(
    qtbot,
    section: ScheduleSection,
    seeded: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    asked: list[str] = []

    def choose(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(Path(suggested).name)
        return str(tmp_path / "my week"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["kamdesk-2026-W48.ics"]
    path = tmp_path / "my week.ics"
    calendar = Calendar.from_ical(path.read_bytes())
    uids = {str(e["uid"]) for e in calendar.walk("VEVENT")}
    assert f"{seeded['site']}@kamdesk" in uids and f"{seeded['later']}@kamdesk" not in uids
    assert str(path) in section.last_notice


def test_the_main_window_has_the_schedule_section(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    assert window.built_section("schedule") is None  # not built for the first paint
    window.show_section("schedule")
    section = window.schedule
    assert isinstance(section, ScheduleSection) and section.isVisible()
    section.go_to(MONDAY)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "week.ics"), ""))
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "week.ics").exists()
    assert str(tmp_path / "week.ics") in window.statusBar().currentMessage()


def test_the_day_model_passes_qt_model_checks(qtmodeltester, section: ScheduleSection) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(section.day_model)
    empty = DayModel()
    qtmodeltester.check(empty)


def test_a_busy_week_lays_out_side_by_side_and_paints_without_losing_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Hundreds of meetings a day (the 10 000-client benchmark has them): every block stays
    inside its day's column, none hidden under another, and painting them gives back every
    reference to None that PySide6 takes (see week_layout.keep_none_alive)."""
    import sys

    from kamdesk.services.schedule.records import WeekItem
    from kamdesk.ui.schedule.week_view import WeekView

    items = [
        WeekItem(
            id=f"m{i}",
            kind="call" if i % 3 else "meeting",
            status="planned",
            client_id=None,
            client_name=f"Client {i}",
            subject="Order follow-up",
            start=at(23 + i % 5, 8 + (i * 7) % 9, (i * 5) % 60),
            duration_min=15 + (i * 13) % 90,
            travel_min=(i * 11) % 60,
            place_kind="site",
            location="",
            series_id=None,
            attendees=("Someone",),
            conflicts=(),
            readiness=None,
        )
        for i in range(600)
    ]
    view = WeekView(clock=lambda: at(24, 10))
    qtbot.addWidget(view)
    view.resize(1100, view.minimumHeight())
    view.set_week(MONDAY, items, today=TODAY, tz=TZ)
    assert len(view.placed) == 600
    for p in view.placed:
        assert view.column_x(p.day) <= p.block.left()
        assert p.block.right() <= view.column_x(p.day + 1)
    by_day: dict[int, list[Any]] = {}
    for p in view.placed:
        by_day.setdefault(p.day, []).append(p)
    for blocks in by_day.values():
        for i, a in enumerate(blocks):
            for b in blocks[i + 1 :]:
                # side by side, or stacked (a narrow lane) with each a step right of the other
                overlap = a.block.adjusted(0, 0, 0, -1).intersects(b.block.adjusted(0, 0, 0, -1))
                assert not overlap or a.block.left() != b.block.left()
    before = sys.getrefcount(None)
    for _ in range(3):
        view.grab()
    assert sys.getrefcount(None) >= before - 50


def test_choosing_an_early_call_in_the_list_scrolls_the_week_to_it(
    qtbot, make_section: Callable[[], ScheduleSection], seeded: dict[str, str], db: Database
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        early = save_meeting(
            s, MeetingData(seeded["hotel"], "Early call", at(24, 5, 30), 20, kind="call")
        )
    section = make_section()
    scroll = section.calendar.scroll_area.verticalScrollBar()
    block = section.view.block_rect(early)
    assert scroll.value() > block.top()  # opened at 07:00: the call is above what shows
    assert day_rows(section, "subject")[0] == "Early call"
    section.day_table.selectRow(0)
    assert section.view.selected_id == early
    assert scroll.value() <= block.top()


def test_a_move_that_makes_a_clash_says_so(
    section: ScheduleSection, seeded: dict[str, str]
) -> None:
    assert section.move_meeting(seeded["later"], at(26, 10, 30), 60)
    assert "clashes" not in section.last_notice
    assert section.move_meeting(seeded["later"], at(26, 9, 45), 60)
    assert "It now clashes" in section.last_notice
    assert "Quarterly review" in section.last_notice or "Переговоры" in section.last_notice
