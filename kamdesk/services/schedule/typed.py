"""Readiness as the KAM types: the saved meeting's facts with what the form holds now.

The meeting window recomputes the score and the cards from the unsaved form (agenda, goals,
needs asked, people, products, place, time, the listening plan); nothing is written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.meeting import Attendee, MeetingFacts, Readiness, readiness
from kamdesk.domain.schedule import is_remote
from kamdesk.models import Contact
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.queries import live
from kamdesk.services.schedule.readiness import ATTENDEE_COLUMNS, _attendees, _live_offers
from kamdesk.services.schedule.records import MeetingData, local_time


def typed_facts(
    session: Session,
    saved: MeetingFacts,
    data: MeetingData,
    questions: int,
    *,
    saved_offer: str | None = None,
    tz: tzinfo | None = None,
) -> MeetingFacts:
    """`saved` (the facts readiness was computed from at the last load) with the form's
    `data` and its number of `questions` (conflicts stay as saved: they follow on Save)."""
    people = saved.attendees
    if {a.contact_id for a in people} != set(data.contact_ids):
        people = _people(session, list(data.contact_ids))
    has_offer = saved.has_offer
    if data.offer_order_id != saved_offer:
        offer = data.offer_order_id
        has_offer = offer is not None and offer in _live_offers(session, [offer])
    return replace(
        saved,
        start=local_time(data.start, tz) if data.start is not None else saved.start,
        duration_min=data.duration_min if data.duration_min is not None else saved.duration_min,
        kind=data.kind,
        remote=is_remote(data.kind, data.place_kind),
        location=data.location,
        travel_min=data.travel_min if data.travel_min is not None else saved.travel_min,
        questions=questions,
        attendees=people,
        has_agenda=bool(data.agenda.strip()),
        has_goals=bool(data.goals.strip()),
        has_needs_asked=bool(data.needs_asked.strip()),
        has_offer=has_offer,
        products_on_agenda=len(data.product_ids),
    )


def typed_readiness(
    session: Session,
    saved: MeetingFacts,
    data: MeetingData,
    questions: int,
    *,
    saved_offer: str | None = None,
    tz: tzinfo | None = None,
) -> Readiness:
    """The readiness the form would have once saved (see typed_facts)."""
    return readiness(typed_facts(session, saved, data, questions, saved_offer=saved_offer, tz=tz))


def _people(session: Session, contact_ids: list[str]) -> tuple[Attendee, ...]:
    if not contact_ids:
        return ()
    rows = session.execute(
        select(*ATTENDEE_COLUMNS)
        .where(Contact.id.in_(contact_ids), live(Contact))
        .order_by(Contact.full_name)
    ).all()
    return _attendees(list(rows), last_contacts(session, contact_ids))
