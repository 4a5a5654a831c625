"""Saving a meeting or a call: validation, create (with its occurrences) or update, move,
status, delete, and the form's own helper (the editable part, as the form starts from it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.edits import merge_edit
from kamdesk.domain.natural_keys import activity_contact_id, activity_product_id
from kamdesk.domain.schedule import (
    add_months,
    occurrences,
    slot_problems,
    travel_of,
)
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import (
    Activity,
    ActivityContact,
    ActivityProduct,
    Client,
    Contact,
    SalesOrder,
)
from kamdesk.models.activity import PLACE_KINDS, RECURRENCES
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, live, revive_or_add
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.records import (
    SCHEDULED_KINDS,
    MeetingData,
    MeetingRecord,
    live_meeting,
)

DEFAULT_REPEAT_MONTHS = 3  # a recurring call without an end repeats for about a quarter


def _clean(data: MeetingData) -> MeetingData:
    return replace(
        data,
        subject=" ".join(data.subject.split()),
        location=data.location.strip(),
        agenda=data.agenda.strip(),
        goals=data.goals.strip(),
        needs_asked=data.needs_asked.strip(),
        contact_ids=tuple(dict.fromkeys(data.contact_ids)),
        product_ids=tuple(dict.fromkeys(data.product_ids)),
        place_kind=data.place_kind or ("phone" if data.kind == "call" else "site"),
        travel_min=data.travel_min if data.travel_min is not None else 0,
    )


def meeting_problems(session: Session, data: MeetingData) -> dict[str, str]:
    """Field -> message for what cannot be saved as typed."""
    problems = slot_problems(
        has_client=bool(data.client_id),
        start=data.start,
        minutes=data.duration_min,
        travel_min=data.travel_min,
    )
    if data.kind not in SCHEDULED_KINDS:
        problems["kind"] = _("Choose a meeting or a call.")
    if data.place_kind not in PLACE_KINDS:
        problems["place_kind"] = _("Choose where: at an address, by phone or by video.")
    if not data.subject.strip():
        problems["subject"] = _("Say what it is about.")
    elif len(data.subject.strip()) > 300:
        problems["subject"] = _("Keep the subject under 300 characters.")
    if data.recurrence not in RECURRENCES:
        problems["recurrence"] = _("Repeat weekly, monthly or not at all.")
    if (
        data.recurrence
        and data.repeat_until is not None
        and data.start is not None
        and data.repeat_until < data.start.date()
    ):
        problems["repeat_until"] = _("Repeat until a day after the first one.")
    if data.client_id and "client" not in problems:
        client = session.get(Client, data.client_id)
        if client is None or client.deleted_at is not None:
            problems["client"] = _("That client no longer exists.")
        else:
            if data.contact_ids:
                own = set(
                    session.execute(
                        select(Contact.id).where(
                            Contact.id.in_(data.contact_ids),
                            Contact.client_id == data.client_id,
                            live(Contact),
                        )
                    ).scalars()
                )
                strangers = [c for c in data.contact_ids if c not in own]
                if strangers:
                    problems["contacts"] = _("Only the client's own contacts can attend.")
            if data.offer_order_id:
                order = session.get(SalesOrder, data.offer_order_id)
                if order is None or order.deleted_at is not None:
                    problems["offer"] = _("That order no longer exists.")
                elif order.client_id != data.client_id:
                    problems["offer"] = _("The offer must be an order of this client.")
    return problems


def _set_links(
    session: Session, activity_id: str, model: Any, column: str, wanted: Sequence[str]
) -> None:
    """Make the live link rows of a meeting equal `wanted`: tombstone the others, add new."""
    rows = session.execute(
        select(model).where(model.activity_id == activity_id, live(model))
    ).scalars()
    have: dict[str, Any] = {}
    for row in rows:
        target = getattr(row, column)
        if target in wanted and target not in have:
            have[target] = row
        else:
            row.tombstone()
    derive = activity_contact_id if model is ActivityContact else activity_product_id
    for target in dict.fromkeys(wanted):  # one live link per target, under its derived id
        if target not in have:
            link_id = derive(activity_id, target)
            revive_or_add(session, model, link_id, activity_id=activity_id, **{column: target})


AS_SETS = ("contact_ids", "product_ids")  # the order of people and products means nothing


def save_meeting(
    session: Session,
    data: MeetingData,
    *,
    meeting_id: str | None = None,
    base: MeetingData | None = None,
) -> str:
    """Create (with its occurrences when recurring) or update one meeting; its id. With
    `base` (the meeting as the form was filled) only what the KAM changed is written, over
    what is stored now (moved in the week view, edited on another laptop since); StaleEdit
    when a field the KAM changed was changed differently meanwhile."""
    if meeting_id is not None and base is not None:
        stored = meeting_data(get_meeting(session, meeting_id))
        data = merge_edit(base, data, stored, as_sets=AS_SETS)
    data = _clean(data)
    problems = meeting_problems(session, data)
    if problems:
        raise InvalidFields(problems)
    assert data.start is not None and data.duration_min is not None
    assert data.travel_min is not None
    values = {
        "kind": data.kind,
        "client_id": data.client_id,
        "subject": data.subject,
        "starts_at": data.start.astimezone(UTC),
        "duration_min": data.duration_min,
        "place_kind": data.place_kind,
        "location": data.location,
        "travel_min": travel_of(data.kind, data.place_kind, data.travel_min),
        "agenda": data.agenda,
        "goals": data.goals,
        "needs_asked": data.needs_asked,
        "offer_order_id": data.offer_order_id,
    }
    if meeting_id is not None:
        row = live_meeting(session, meeting_id)
        for key, value in values.items():
            setattr(row, key, value)
        rows = [row]
    else:
        starts = [data.start]
        if data.recurrence:
            until = data.repeat_until or add_months(data.start.date(), DEFAULT_REPEAT_MONTHS)
            starts = occurrences(data.start, data.recurrence, until=until)
        rows = []
        for start in starts:
            row = Activity(**{**values, "starts_at": start.astimezone(UTC)})
            row.recurrence = data.recurrence
            session.add(row)
            rows.append(row)
        session.flush()
        if data.recurrence:
            for row in rows:
                row.series_id = rows[0].id
    session.flush()
    for row in rows:
        _set_links(session, row.id, ActivityContact, "contact_id", data.contact_ids)
        _set_links(session, row.id, ActivityProduct, "product_id", data.product_ids)
    session.flush()
    return rows[0].id


@dataclass(frozen=True)
class Slot:
    """A meeting's time as the week showed it: what a drag or a stretch changes."""

    start: datetime  # aware
    duration_min: int


def move_meeting(
    session: Session,
    meeting_id: str,
    start: datetime,
    duration_min: int | None = None,
    *,
    base: Slot | None = None,
) -> None:
    """A meeting dragged to another time, or stretched: only its time changes. With `base`
    (the time the week showed) only what the drag changed is written: a meeting stretched
    elsewhere meanwhile keeps its length when it is dragged here; StaleEdit when the same
    part was changed differently."""
    row = live_meeting(session, meeting_id)
    minutes = row.duration_min if duration_min is None else duration_min
    if base is not None:
        assert row.starts_at is not None  # a meeting always has its time
        stored = Slot(row.starts_at.astimezone(UTC), row.duration_min)
        mine = Slot(start.astimezone(UTC), minutes)
        merged = merge_edit(Slot(base.start.astimezone(UTC), base.duration_min), mine, stored)
        start, minutes = merged.start, merged.duration_min
    problems = slot_problems(
        has_client=True, start=start, minutes=minutes, travel_min=row.travel_min
    )
    if problems:
        raise InvalidFields(problems)
    row.starts_at = start.astimezone(UTC)
    row.duration_min = minutes
    session.flush()


def set_status(session: Session, activity_id: str, status: str) -> None:
    if status not in ("planned", "done", "cancelled"):
        raise UserError(_("Unknown status {status!r}.").format(status=status))
    row = get_live(session, Activity, activity_id)
    row.status = status
    session.flush()


def meeting_data(record: MeetingRecord) -> MeetingData:
    """The editable part of a meeting, as a form starts from."""
    return MeetingData(
        client_id=record.client_id,
        subject=record.subject,
        start=record.start,
        duration_min=record.duration_min,
        kind=record.kind,
        place_kind=record.place_kind,
        location=record.location,
        travel_min=record.travel_min,
        agenda=record.agenda,
        goals=record.goals,
        needs_asked=record.needs_asked,
        contact_ids=tuple(a.contact_id for a in record.attendees),
        product_ids=tuple(p.product_id for p in record.products),
        offer_order_id=record.offer_order_id,
    )
