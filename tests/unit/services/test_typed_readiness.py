"""Readiness as typed: the saved meeting's facts with what the form holds, nothing written."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.services.clients.contacts import save_contact
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.preparation import preparation
from kamdesk.services.schedule.records import MeetingData
from kamdesk.services.schedule.typed import typed_facts, typed_readiness
from tests.factories import add_client

TODAY = date.today()


def test_the_form_is_counted_as_typed_and_nothing_is_saved(db: Database) -> None:
    start = datetime.combine(TODAY + timedelta(days=3), time(10)).astimezone()
    with db.unit_of_work() as s:
        client = add_client(s, "Buyer", city="Szeged").id
        anna = save_contact(s, ContactData(client_id=client, full_name="Kovács Anna"), today=TODAY)
        data = MeetingData(client, "Season plan", start, 60, location="Szeged", travel_min=30)
        meeting_id = save_meeting(s, data)
    with db.reading() as s:
        prep = preparation(s, meeting_id, today=TODAY)
        assert prep.facts is not None
        typed = MeetingData(
            client,
            "Season plan",
            start + timedelta(hours=1),
            90,
            location="Szeged",
            travel_min=30,
            agenda="Prices",
            goals="A trial order",
            contact_ids=(anna,),
        )
        facts = typed_facts(s, prep.facts, typed, 2)
        ready = typed_readiness(s, prep.facts, typed, 2)
        assert [a.name for a in facts.attendees] == ["Kovács Anna"]
        assert (facts.has_agenda, facts.has_goals, facts.has_needs_asked) == (True, True, False)
        assert (facts.questions, facts.duration_min) == (2, 90)
        assert facts.start.hour == 11
        assert ready.score > prep.readiness.score
        assert get_meeting(s, meeting_id, today=TODAY).agenda == ""  # nothing written
