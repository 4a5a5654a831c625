"""Readiness of many meetings against the seven mistakes, in a fixed handful of queries
(the week view, the Today page, `report week`).
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.completeness import Completeness
from kamdesk.domain.meeting import (
    Argument,
    Attendee,
    MeetingFacts,
    Readiness,
    parse_ticked,
    readiness,
)
from kamdesk.domain.schedule import (
    Conflict,
    is_remote,
)
from kamdesk.models import (
    ActivityContact,
    ActivityProduct,
    Complaint,
    Contact,
    MeetingQuestion,
    Objection,
    SalesOrder,
)
from kamdesk.services.clients.completeness import dossier_completeness
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.queries import live
from kamdesk.services.schedule.records import local_time
from kamdesk.services.settings import get_rules

# what readiness reads of each person attending (their id first)
ATTENDEE_COLUMNS = (
    Contact.id,
    Contact.full_name,
    Contact.buying_role,
    Contact.attitude,
    Contact.form_of_address,
    Contact.language,
    Contact.etiquette,
    Contact.interests,
    Contact.birthday,
)


def attendee_rows(session: Session, activity_ids: list[str]) -> dict[str, list[Any]]:
    """Who attends each of these meetings, by name, with what readiness reads of them: one
    query for all of them (the week's names come from it too)."""
    out: dict[str, list[Any]] = {aid: [] for aid in activity_ids}
    if not activity_ids:
        return out
    for r in session.execute(
        select(ActivityContact.activity_id, *ATTENDEE_COLUMNS)
        .join(Contact, Contact.id == ActivityContact.contact_id)
        .where(
            ActivityContact.activity_id.in_(activity_ids),
            live(ActivityContact),
            live(Contact),
        )
        .order_by(Contact.full_name)
    ):
        out[r.activity_id].append(r)
    return out


def _attendees(rows: list[Any], seen: dict[str, date]) -> tuple[Attendee, ...]:
    return tuple(
        Attendee(
            contact_id=r.id,
            name=r.full_name,
            buying_role=r.buying_role,
            attitude=r.attitude,
            last_contact=seen.get(r.id),
            form_of_address=r.form_of_address,
            language=r.language,
            etiquette=r.etiquette,
            interests=r.interests,
            birthday=r.birthday,
        )
        for r in rows
    )


def _arguments(session: Session, client_ids: list[str]) -> dict[str, list[Argument]]:
    out: dict[str, list[Argument]] = {cid: [] for cid in client_ids}
    if not client_ids:
        return out
    for o in session.execute(
        select(Objection.id, Objection.client_id, Objection.objection, Objection.response)
        .where(
            Objection.client_id.in_(client_ids),
            live(Objection),
            Objection.status == "open",
        )
        .order_by(Objection.created_at)
    ):
        out[o.client_id].append(Argument("objection", o.id, o.objection, o.response))
    for c in session.execute(
        select(Complaint.id, Complaint.client_id, Complaint.subject, Complaint.prepared_response)
        .where(
            Complaint.client_id.in_(client_ids),
            live(Complaint),
            Complaint.status == "open",
        )
        .order_by(Complaint.opened_on)
    ):
        out[c.client_id].append(Argument("complaint", c.id, c.subject, c.prepared_response))
    return out


def _count_by(session: Session, model: Any, column: str, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    key = getattr(model, column)
    return {
        k: int(n)
        for k, n in session.execute(
            select(key, func.count()).where(key.in_(ids), live(model)).group_by(key)
        ).all()
    }


def _live_offers(session: Session, order_ids: list[str]) -> set[str]:
    if not order_ids:
        return set()
    return set(
        session.execute(
            select(SalesOrder.id).where(
                SalesOrder.id.in_(order_ids),
                live(SalesOrder),
                SalesOrder.status != "cancelled",
            )
        ).scalars()
    )


def readiness_many(
    session: Session,
    rows: list[Any],
    conflicts: dict[str, tuple[Conflict, ...]],
    today: date,
    tz: tzinfo | None,
    product_facts: dict[str, tuple[str, ...]] | None = None,
    scores: dict[str, Completeness] | None = None,
    attending: dict[str, list[Any]] | None = None,
    facts_out: dict[str, MeetingFacts] | None = None,
) -> dict[str, Readiness]:
    """Readiness of many meetings in a handful of queries, each for all of them at once
    (`scores`: the clients' dossier completeness, `attending`: attendee_rows of these
    meetings, when the caller has them already; `facts_out` receives the facts read, for
    the meeting window to recompute readiness as the KAM types)."""
    if not rows:
        return {}
    rules = get_rules(session)
    ids = [r.id for r in rows]
    client_ids = sorted({r.client_id for r in rows if r.client_id})
    if attending is None:
        attending = attendee_rows(session, ids)
    seen = last_contacts(session, list({p.id for r in rows for p in attending.get(r.id, ())}))
    arguments = _arguments(session, client_ids)
    if scores is None:
        scores = dossier_completeness(session, client_ids, today, stale_days=rules.stale_days)
    questions = _count_by(session, MeetingQuestion, "activity_id", ids)
    products = _count_by(session, ActivityProduct, "activity_id", ids)
    offers = _live_offers(session, [r.offer_order_id for r in rows if r.offer_order_id])
    out: dict[str, Readiness] = {}
    for r in rows:
        facts = MeetingFacts(
            today=today,
            start=local_time(r.starts_at, tz),
            duration_min=r.duration_min,
            kind=r.kind,
            remote=is_remote(r.kind, r.place_kind),
            location=r.location,
            travel_min=r.travel_min,
            conflicts=conflicts.get(r.id, ()),
            arguments=tuple(arguments.get(r.client_id, ())),
            questions=questions.get(r.id, 0),
            client_completeness=scores.get(r.client_id),
            attendees=_attendees(attending.get(r.id, []), seen),
            has_agenda=bool(r.agenda.strip()),
            has_goals=bool(r.goals.strip()),
            has_needs_asked=bool(r.needs_asked.strip()),
            has_offer=r.offer_order_id in offers,
            products_on_agenda=products.get(r.id, 0),
            product_facts=(product_facts or {}).get(r.id, ()),
            ticked=parse_ticked(r.checked),
            stale_days=rules.stale_days,
        )
        out[r.id] = readiness(facts)
        if facts_out is not None:
            facts_out[r.id] = facts
    return out
