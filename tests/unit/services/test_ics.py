"""The week and one meeting exported as iCalendar, read back as a calendar program would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.services.clients.contacts import save_contact
from kamdesk.services.schedule.ics import meeting_ics, week_file_name, week_ics
from kamdesk.services.schedule.meetings import move_meeting, save_meeting, set_status
from kamdesk.services.schedule.records import MeetingData
from tests.factories import add_client

MOSCOW = ZoneInfo("Europe/Moscow")  # UTC+3 all year: the local times are easy to check
MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=MOSCOW)


@pytest.fixture
def week(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        gorizont = add_client(s, "ООО «Горизонт»", city="Москва")
        greco = add_client(s, "Hotel Greco S.p.A.", city="Milano")
        anna = save_contact(s, ContactData(gorizont.id, "Анна Петрова"), today=MONDAY)
        ids = {
            "site": save_meeting(
                s,
                MeetingData(
                    gorizont.id,
                    "Переговоры о поставках",
                    at(24, 10, 30),
                    90,
                    location="Москва, ул. Тверская, 7",
                    travel_min=40,
                    agenda="Цены на 2027 год",
                    goals="Подписать спецификацию",
                    contact_ids=(anna,),
                ),
            ),
            "call": save_meeting(
                s,
                MeetingData(greco.id, "Stock check", at(25, 15), 20, kind="call", travel_min=30),
            ),
            "video": save_meeting(
                s,
                MeetingData(
                    greco.id, "Demo", at(26, 9), 45, place_kind="video", location="meet.example"
                ),
            ),
            "next_week": save_meeting(s, MeetingData(greco.id, "Later", at(30, 9), 30)),
            "cancelled": save_meeting(s, MeetingData(greco.id, "Off", at(27, 11), 30)),
        }
        set_status(s, ids["cancelled"], "cancelled")
    return ids


def events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_the_week_exports_one_event_per_meeting_with_utc_times(
    db: Database, week: dict[str, str]
) -> None:
    with db.reading() as s:
        data = week_ics(s, MONDAY, tz=MOSCOW)
    found = events(data)
    assert set(found) == {
        f"{week[k]}@kamdesk" for k in ("site", "call", "video", "cancelled")
    }  # next week's is not in this week
    site = found[f"{week['site']}@kamdesk"]
    assert site.decoded("dtstart") == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert site.decoded("dtend") == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert b"DTSTART:20261124T073000Z" in data
    # Cyrillic survives the round trip
    assert str(site["summary"]) == "ООО «Горизонт» — Переговоры о поставках"
    assert str(site["location"]) == "Москва, ул. Тверская, 7"
    text = str(site["description"])
    assert "Leave by 09:50 (40 min travel)." in text  # local time, Moscow
    assert "Attendees: Анна Петрова" in text
    assert "Цены на 2027 год" in text and "Подписать спецификацию" in text
    assert str(site["status"]) == "CONFIRMED"
    assert "week 48, 2026" in str(Calendar.from_ical(data)["x-wr-calname"])


def test_a_site_meeting_alarms_at_the_time_to_leave_and_a_call_does_not(
    db: Database, week: dict[str, str]
) -> None:
    with db.reading() as s:
        found = events(week_ics(s, MONDAY, tz=MOSCOW))
    site = found[f"{week['site']}@kamdesk"]
    alarms = site.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("trigger") == timedelta(minutes=-40)
    assert str(alarms[0]["action"]) == "DISPLAY"
    assert "Leave by 09:50" in str(alarms[0]["description"])
    call = found[f"{week['call']}@kamdesk"]
    assert call.walk("VALARM") == []  # no travel to a call, whatever was typed
    assert str(call["location"]) == "Phone"
    assert str(call["summary"]) == "Hotel Greco S.p.A. — Stock check"
    assert "Leave by" not in str(call.get("description", ""))
    video = found[f"{week['video']}@kamdesk"]
    assert str(video["location"]) == "Video: meet.example"


def test_a_cancelled_meeting_is_exported_as_cancelled(db: Database, week: dict[str, str]) -> None:
    """So a calendar that imported it before takes it off, by the same UID."""
    with db.reading() as s:
        found = events(week_ics(s, MONDAY, tz=MOSCOW))
    off = found[f"{week['cancelled']}@kamdesk"]
    assert str(off["status"]) == "CANCELLED"
    assert off.walk("VALARM") == []


def test_one_meeting_and_its_revision_as_sequence(db: Database, week: dict[str, str]) -> None:
    with db.reading() as s:
        first = events(meeting_ics(s, week["site"], tz=MOSCOW))
    with db.unit_of_work() as s:
        move_meeting(s, week["site"], at(24, 11), 60)
    with db.reading() as s:
        second = events(meeting_ics(s, week["site"], tz=MOSCOW))
    uid = f"{week['site']}@kamdesk"
    assert list(first) == list(second) == [uid]
    assert second[uid].decoded("dtstart") == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert int(second[uid]["sequence"]) > int(first[uid]["sequence"])
    assert "Leave by 10:20" in str(second[uid]["description"])


def test_an_empty_week_is_still_a_calendar(db: Database) -> None:
    with db.reading() as s:
        data = week_ics(s, date(2027, 1, 4))
    calendar = Calendar.from_ical(data)
    assert calendar.walk("VEVENT") == []
    assert str(calendar["version"]) == "2.0"


def test_the_file_is_named_after_the_iso_week() -> None:
    assert week_file_name(date(2026, 11, 23)) == "kamdesk-2026-W48.ics"
    assert week_file_name(date(2026, 12, 28)) == "kamdesk-2026-W53.ics"
