"""One meeting read whole: attendees with what to remember, questions, products on the
agenda at the client's prices, the offer and the follow-up tasks.
"""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.meeting import parse_ticked
from kamdesk.models import (
    Activity,
    ActivityContact,
    ActivityProduct,
    Client,
    Contact,
    MeetingQuestion,
    Product,
    SalesOrder,
)
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.prices.catalog import price_inputs
from kamdesk.services.queries import live
from kamdesk.services.schedule.records import (
    AgendaProduct,
    AttendeeRecord,
    MeetingRecord,
    QuestionRecord,
    TaskRecord,
    live_meeting,
    local_time,
)


def get_meeting(
    session: Session, meeting_id: str, *, today: date | None = None, tz: tzinfo | None = None
) -> MeetingRecord:
    """The meeting with everything the KAM reads before and after it."""
    row = live_meeting(session, meeting_id)
    assert row.starts_at is not None
    today = today or date.today()
    client = session.get(Client, row.client_id) if row.client_id else None
    offer_number = _offer_number(session, row.offer_order_id)
    return MeetingRecord(
        id=row.id,
        kind=row.kind,
        status=row.status,
        client_id=row.client_id,
        client_name=client.name if client else "",
        client_currency=client.currency if client else "",
        subject=row.subject,
        start=local_time(row.starts_at, tz),
        duration_min=row.duration_min,
        place_kind=row.place_kind,
        location=row.location,
        travel_min=row.travel_min,
        agenda=row.agenda,
        goals=row.goals,
        needs_asked=row.needs_asked,
        outcome=row.outcome,
        offer_order_id=row.offer_order_id if offer_number else None,
        offer_number=offer_number,
        recurrence=row.recurrence,
        series_id=row.series_id,
        checked=parse_ticked(row.checked),
        attendees=_attendees(session, meeting_id),
        questions=meeting_questions(session, meeting_id),
        products=_agenda_products(session, meeting_id, client, today),
        follow_ups=_follow_ups(session, meeting_id, client.name if client else ""),
    )


def _attendees(session: Session, meeting_id: str) -> tuple[AttendeeRecord, ...]:
    contacts = (
        session.execute(
            select(Contact)
            .join(ActivityContact, ActivityContact.contact_id == Contact.id)
            .where(
                ActivityContact.activity_id == meeting_id,
                live(ActivityContact),
                live(Contact),
            )
            .order_by(Contact.full_name)
        )
        .scalars()
        .all()
    )
    seen = last_contacts(session, [c.id for c in contacts])
    return tuple(
        AttendeeRecord(
            c.id,
            c.full_name,
            c.position,
            c.buying_role,
            c.attitude,
            c.form_of_address,
            c.language,
            c.etiquette,
            c.interests,
            c.birthday,
            c.mobile or c.phone,
            c.notes,
            seen.get(c.id),
        )
        for c in contacts
    )


def meeting_questions(session: Session, meeting_id: str) -> tuple[QuestionRecord, ...]:
    return tuple(
        QuestionRecord(q.id, q.position, q.question, q.answer)
        for q in session.execute(
            select(MeetingQuestion)
            .where(MeetingQuestion.activity_id == meeting_id, live(MeetingQuestion))
            .order_by(MeetingQuestion.position, MeetingQuestion.created_at)
        ).scalars()
    )


def _agenda_products(
    session: Session, meeting_id: str, client: Client | None, today: date
) -> tuple[AgendaProduct, ...]:
    """The products on the agenda at the client's price today (no price once it is gone)."""
    product_ids = list(
        session.execute(
            select(ActivityProduct.product_id)
            .join(Product, Product.id == ActivityProduct.product_id)
            .where(ActivityProduct.activity_id == meeting_id, live(ActivityProduct))
            .order_by(Product.name)
        ).scalars()
    )
    products: list[AgendaProduct] = []
    if product_ids and client is not None and client.deleted_at is None:
        inputs = price_inputs(session, client.id, product_ids, today, currency=client.currency)
        for pid in product_ids:
            p = inputs.get(pid)
            if p is None:
                continue
            price, currency, why = p.one_unit(today)
            products.append(AgendaProduct(pid, p.sku, p.name, p.unit, price, currency, why))
    elif product_ids:
        for gone in session.execute(select(Product).where(Product.id.in_(product_ids))).scalars():
            products.append(
                AgendaProduct(gone.id, gone.sku, gone.name, gone.unit, None, gone.currency, "")
            )
    return tuple(products)


def _follow_ups(session: Session, meeting_id: str, client_name: str) -> tuple[TaskRecord, ...]:
    return tuple(
        TaskRecord(
            t.id,
            t.client_id,
            client_name,
            t.subject,
            t.due_date,
            t.status,
            t.follow_up_of_id,
        )
        for t in session.execute(
            select(Activity)
            .where(Activity.follow_up_of_id == meeting_id, live(Activity))
            .order_by(Activity.due_date, Activity.created_at)
        ).scalars()
    )


def _offer_number(session: Session, order_id: str | None) -> str:
    """The number of the meeting's offer while that order lives; empty otherwise."""
    if not order_id:
        return ""
    offer = session.get(SalesOrder, order_id)
    return offer.number if offer is not None and offer.deleted_at is None else ""
