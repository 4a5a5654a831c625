"""Meetings and calls as an iCalendar file (.ics) for the KAM's phone or mail calendar.

One VEVENT per meeting or call, its UID the activity id (so importing a newer export updates
the same event, SEQUENCE being the row's revision), times in UTC, and for a meeting at the
client's site an alarm at the time to leave: being late is the first of the seven mistakes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import __version__
from kamdesk.domain.schedule import Scheduled
from kamdesk.messages import N_, _
from kamdesk.models import Activity
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.records import MeetingRecord, WeekItem
from kamdesk.services.schedule.week import scheduled_between

PRODID = f"-//kamdesk//kamdesk {__version__}//EN"
UID_DOMAIN = "kamdesk"
STATUSES = {"planned": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}
PLACES = {"phone": N_("Phone"), "video": N_("Video")}


@dataclass(frozen=True)
class CalendarEntry(Scheduled):
    """What an exported event says about one meeting or call."""

    id: str
    kind: str
    status: str
    client_name: str
    subject: str
    start: datetime  # aware (local: the leave-by time in the text is the KAM's clock)
    duration_min: int
    place_kind: str
    location: str
    travel_min: int
    agenda: str = ""
    goals: str = ""
    attendees: tuple[str, ...] = ()
    revision: int = 0
    updated_at: datetime | None = None  # UTC


def entry_of(
    record: MeetingRecord | WeekItem,
    *,
    agenda: str | None = None,
    goals: str | None = None,
    revision: int = 0,
    updated_at: datetime | None = None,
) -> CalendarEntry:
    """The entry of a meeting as services.schedule.details returns it (a WeekItem has no agenda or
    goals: pass them)."""
    if isinstance(record, MeetingRecord):
        attendees = tuple(a.name for a in record.attendees)
        agenda = record.agenda if agenda is None else agenda
        goals = record.goals if goals is None else goals
    else:
        attendees = record.attendees
    return CalendarEntry(
        id=record.id,
        kind=record.kind,
        status=record.status,
        client_name=record.client_name,
        subject=record.subject,
        start=record.start,
        duration_min=record.duration_min,
        place_kind=record.place_kind,
        location=record.location,
        travel_min=record.travel_min,
        agenda=agenda or "",
        goals=goals or "",
        attendees=attendees,
        revision=revision,
        updated_at=updated_at,
    )


def summary(entry: CalendarEntry) -> str:
    if entry.client_name and entry.subject:
        return f"{entry.client_name} — {entry.subject}"
    return (
        entry.client_name or entry.subject or (_("Call") if entry.kind == "call" else _("Meeting"))
    )


def location(entry: CalendarEntry) -> str:
    """The address of a site meeting; Phone or Video (with the number or link when given)."""
    place = PLACES.get(
        "phone" if entry.kind == "call" and entry.place_kind == "site" else entry.place_kind
    )
    if place is None:
        return entry.location
    if entry.location:
        return _("{place}: {where}").format(place=_(place), where=entry.location)
    return _(place)


def description(entry: CalendarEntry) -> str:
    parts: list[str] = []
    if entry.travel:
        parts.append(
            _("Leave by {time} ({minutes} min travel).").format(
                time=f"{entry.leave_by:%H:%M}", minutes=entry.travel
            )
        )
    if entry.attendees:
        parts.append(_("Attendees: {names}").format(names=", ".join(entry.attendees)))
    if entry.agenda.strip():
        parts.append(_("Agenda:\n{text}").format(text=entry.agenda.strip()))
    if entry.goals.strip():
        parts.append(_("Goals:\n{text}").format(text=entry.goals.strip()))
    return "\n\n".join(parts)


def _event(entry: CalendarEntry, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{entry.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.start.astimezone(UTC))
    event.add("dtend", entry.end.astimezone(UTC))
    event.add("summary", summary(entry))
    place = location(entry)
    if place:
        event.add("location", place)
    text = description(entry)
    if text:
        event.add("description", text)
    event.add("categories", ["Call" if entry.kind == "call" else "Meeting"])
    event.add("status", STATUSES.get(entry.status, "CONFIRMED"))
    event.add("sequence", max(0, entry.revision))
    if entry.updated_at is not None:
        event.add("last-modified", entry.updated_at.astimezone(UTC))
    if entry.travel and entry.status == "planned":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add(
            "description",
            _("Leave by {time} for {meeting} ({minutes} min travel)").format(
                time=f"{entry.leave_by:%H:%M}", meeting=summary(entry), minutes=entry.travel
            ),
        )
        alarm.add("trigger", timedelta(minutes=-entry.travel))
        event.add_component(alarm)
    return event


def meetings_ics(
    entries: Iterable[CalendarEntry], *, name: str = "", stamp: datetime | None = None
) -> bytes:
    """An iCalendar file with one event per meeting or call."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for entry in entries:
        calendar.add_component(_event(entry, stamp))
    return bytes(calendar.to_ical())


def _extras(
    session: Session, ids: Sequence[str]
) -> dict[str, tuple[str, str, int, datetime | None]]:
    """agenda, goals, revision, updated_at of the given meetings, in one query."""
    if not ids:
        return {}
    return {
        row.id: (row.agenda, row.goals, row.revision, row.updated_at)
        for row in session.execute(
            select(
                Activity.id, Activity.agenda, Activity.goals, Activity.revision, Activity.updated_at
            ).where(Activity.id.in_(list(ids)))
        )
    }


def week_file_name(monday: date) -> str:
    year, week, _weekday = monday.isocalendar()
    return f"kamdesk-{year}-W{week:02d}.ics"


def week_ics(
    session: Session, monday: date, *, tz: tzinfo | None = None, stamp: datetime | None = None
) -> bytes:
    """The meetings and calls of the week starting on `monday` (local days)."""
    items = scheduled_between(session, monday, 7, tz=tz, with_readiness=False)
    extras = _extras(session, [i.id for i in items])
    entries = []
    for item in items:
        agenda, goals, revision, updated = extras.get(item.id, ("", "", 0, None))
        entries.append(
            entry_of(item, agenda=agenda, goals=goals, revision=revision, updated_at=updated)
        )
    year, week, _weekday = monday.isocalendar()
    return meetings_ics(
        entries, name=_("kamdesk — week {week}, {year}").format(week=week, year=year), stamp=stamp
    )


def meeting_ics(
    session: Session, meeting_id: str, *, tz: tzinfo | None = None, stamp: datetime | None = None
) -> bytes:
    """One meeting or call (UserError when it is gone or not a meeting)."""
    record = get_meeting(session, meeting_id, tz=tz)
    _agenda, _goals, revision, updated = _extras(session, [meeting_id])[meeting_id]
    return meetings_ics([entry_of(record, revision=revision, updated_at=updated)], stamp=stamp)
