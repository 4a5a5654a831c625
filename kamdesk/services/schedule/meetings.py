"""The schedule: meetings and calls, their preparation against the seven mistakes, and what
comes after (outcome, answers, follow-up tasks).

Times are stored in UTC and handed out as aware local times (`tz`, the machine's zone unless
given): the week, the leave-by time and the conflict messages are what the KAM's clock says.
Readiness for many meetings at once (the week view, the Today page, `report week`) is gathered
in a fixed handful of queries; `preparation` gathers everything about one meeting for its panel
and its printed brief.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.completeness import Completeness
from kamdesk.domain.meeting import (
    ITEMS,
    Argument,
    Attendee,
    MeetingFacts,
    Readiness,
    format_ticked,
    parse_ticked,
    readiness,
)
from kamdesk.domain.schedule import (
    Conflict,
    Slot,
    add_months,
    find_conflicts,
    is_remote,
    leave_by,
    occurrences,
    slot_problems,
    travel_of,
)
from kamdesk.errors import UserError
from kamdesk.models import (
    Activity,
    ActivityContact,
    ActivityProduct,
    Client,
    Complaint,
    Contact,
    MeetingQuestion,
    Objection,
    Product,
    SalesOrder,
)
from kamdesk.models.activity import OBJECTION_STATUSES, PLACE_KINDS, RECURRENCES
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.clients.dossier import dossier_completeness
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.catalog import price_inputs
from kamdesk.services.settings import get_rules

SCHEDULED_KINDS = ("meeting", "call")
MAX_TASK_TEXT = 300  # a task's text is its subject column
DEFAULT_REPEAT_MONTHS = 3  # a recurring call without an end repeats for about a quarter
_LONGEST_MEETING = timedelta(hours=24)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingData:
    """What the KAM enters for a meeting or call (start: aware; None only while typing)."""

    client_id: str | None
    subject: str
    start: datetime | None
    duration_min: int | None = 60
    kind: str = "meeting"
    place_kind: str = "site"
    location: str = ""
    travel_min: int | None = 0
    agenda: str = ""
    goals: str = ""
    needs_asked: str = ""
    contact_ids: tuple[str, ...] = ()
    product_ids: tuple[str, ...] = ()
    offer_order_id: str | None = None
    recurrence: str = ""  # "", weekly, monthly: only when creating
    repeat_until: date | None = None


@dataclass(frozen=True)
class AttendeeRecord:
    contact_id: str
    name: str
    position: str
    buying_role: str
    attitude: str
    form_of_address: str
    language: str
    etiquette: str
    interests: str
    birthday: date | None
    phone: str
    notes: str
    last_contact: date | None


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    position: int
    question: str
    answer: str


@dataclass(frozen=True)
class AgendaProduct:
    product_id: str
    sku: str
    name: str
    unit: str
    price: Decimal | None  # the client's price today (None: the client is gone)
    currency: str
    rule: str  # why this price


@dataclass(frozen=True)
class TaskRecord:
    id: str
    client_id: str | None
    client_name: str
    subject: str
    due_date: date | None
    status: str
    follow_up_of_id: str | None = None


@dataclass(frozen=True)
class MeetingRecord:
    id: str
    kind: str
    status: str
    client_id: str | None
    client_name: str
    client_currency: str
    subject: str
    start: datetime  # aware, local
    duration_min: int
    place_kind: str
    location: str
    travel_min: int
    agenda: str
    goals: str
    needs_asked: str
    outcome: str
    offer_order_id: str | None
    offer_number: str
    recurrence: str
    series_id: str | None
    checked: frozenset[str]
    attendees: tuple[AttendeeRecord, ...]
    questions: tuple[QuestionRecord, ...]
    products: tuple[AgendaProduct, ...]
    follow_ups: tuple[TaskRecord, ...]

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)

    @property
    def remote(self) -> bool:
        return is_remote(self.kind, self.place_kind)

    @property
    def leave_by(self) -> datetime:
        return leave_by(self.start, 0 if self.remote else self.travel_min)

    @property
    def has_notes(self) -> bool:
        """Anything typed beyond the appointment itself: deleting it asks first."""
        return bool(
            self.agenda.strip()
            or self.goals.strip()
            or self.needs_asked.strip()
            or self.outcome.strip()
            or self.questions
        )


@dataclass(frozen=True)
class WeekItem:
    """One meeting or call in a list of them: enough to draw it and say how ready it is."""

    id: str
    kind: str
    status: str
    client_id: str | None
    client_name: str
    subject: str
    start: datetime  # aware, local
    duration_min: int
    travel_min: int
    place_kind: str
    location: str
    series_id: str | None
    attendees: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    readiness: Readiness | None  # None for cancelled and done ones

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)

    @property
    def leave_by(self) -> datetime:
        return leave_by(self.start, travel_of(self.kind, self.place_kind, self.travel_min))


@dataclass(frozen=True)
class ObjectionRecord:
    id: str
    objection: str
    response: str
    status: str
    raised_on: date | None


# --- helpers ----------------------------------------------------------------------------------


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return value.astimezone(tz) if tz is not None else value.astimezone()


def _live_activity(session: Session, activity_id: str) -> Activity:
    row = session.get(Activity, activity_id)
    if row is None or row.deleted_at is not None:
        raise UserError("That meeting no longer exists (it may have been deleted).")
    return row


def _live_meeting(session: Session, activity_id: str) -> Activity:
    row = _live_activity(session, activity_id)
    if row.kind not in SCHEDULED_KINDS or row.starts_at is None:
        raise UserError("That is not a meeting or a call.")
    return row


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
        problems["kind"] = "Choose a meeting or a call."
    if data.place_kind not in PLACE_KINDS:
        problems["place_kind"] = "Choose where: at an address, by phone or by video."
    if not data.subject.strip():
        problems["subject"] = "Say what it is about."
    elif len(data.subject.strip()) > 300:
        problems["subject"] = "Keep the subject under 300 characters."
    if data.recurrence not in RECURRENCES:
        problems["recurrence"] = "Repeat weekly, monthly or not at all."
    if (
        data.recurrence
        and data.repeat_until is not None
        and data.start is not None
        and data.repeat_until < data.start.date()
    ):
        problems["repeat_until"] = "Repeat until a day after the first one."
    if data.client_id and "client" not in problems:
        client = session.get(Client, data.client_id)
        if client is None or client.deleted_at is not None:
            problems["client"] = "That client no longer exists."
        else:
            if data.contact_ids:
                own = set(
                    session.execute(
                        select(Contact.id).where(
                            Contact.id.in_(data.contact_ids),
                            Contact.client_id == data.client_id,
                            Contact.deleted_at.is_(None),
                        )
                    ).scalars()
                )
                strangers = [c for c in data.contact_ids if c not in own]
                if strangers:
                    problems["contacts"] = "Only the client's own contacts can attend."
            if data.offer_order_id:
                order = session.get(SalesOrder, data.offer_order_id)
                if order is None or order.deleted_at is not None:
                    problems["offer"] = "That order no longer exists."
                elif order.client_id != data.client_id:
                    problems["offer"] = "The offer must be an order of this client."
    return problems


def _set_links(
    session: Session, activity_id: str, model: Any, column: str, wanted: Sequence[str]
) -> None:
    """Make the live link rows of a meeting equal `wanted`: tombstone the others, add new."""
    rows = session.execute(
        select(model).where(model.activity_id == activity_id, model.deleted_at.is_(None))
    ).scalars()
    have: dict[str, Any] = {}
    for row in rows:
        target = getattr(row, column)
        if target in wanted and target not in have:
            have[target] = row
        else:
            row.tombstone()
    for target in wanted:
        if target not in have:
            session.add(model(activity_id=activity_id, **{column: target}))


def save_meeting(session: Session, data: MeetingData, *, meeting_id: str | None = None) -> str:
    """Create (with its occurrences when recurring) or update one meeting; its id."""
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
        row = _live_meeting(session, meeting_id)
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


def move_meeting(
    session: Session, meeting_id: str, start: datetime, duration_min: int | None = None
) -> None:
    """A meeting dragged to another time, or stretched: only its time changes."""
    row = _live_meeting(session, meeting_id)
    minutes = row.duration_min if duration_min is None else duration_min
    problems = slot_problems(
        has_client=True, start=start, minutes=minutes, travel_min=row.travel_min
    )
    if problems:
        raise InvalidFields(problems)
    row.starts_at = start.astimezone(UTC)
    row.duration_min = minutes
    session.flush()


def series_of(session: Session, meeting_id: str) -> list[str]:
    """The ids of the live occurrences in the meeting's series from this one on (itself only
    when it does not repeat)."""
    row = _live_activity(session, meeting_id)
    if row.series_id is None or row.starts_at is None:
        return [row.id]
    return list(
        session.execute(
            select(Activity.id)
            .where(
                Activity.series_id == row.series_id,
                Activity.deleted_at.is_(None),
                Activity.starts_at >= row.starts_at,
            )
            .order_by(Activity.starts_at)
        ).scalars()
    )


def delete_meeting(session: Session, meeting_id: str, *, following: bool = False) -> int:
    """Tombstone a meeting (and, with `following`, the later occurrences of its series) with
    what hangs on it; how many meetings went."""
    ids = series_of(session, meeting_id) if following else [_live_activity(session, meeting_id).id]
    stamp = datetime.now(UTC)
    links: tuple[Any, ...] = (ActivityContact, ActivityProduct, MeetingQuestion)
    for model in links:
        for link in session.execute(
            select(model).where(model.activity_id.in_(ids), model.deleted_at.is_(None))
        ).scalars():
            link.deleted_at = stamp
    for activity_id in ids:
        meeting = session.get(Activity, activity_id)
        if meeting is not None and meeting.deleted_at is None:
            meeting.deleted_at = stamp
    session.flush()
    return len(ids)


def set_status(session: Session, activity_id: str, status: str) -> None:
    if status not in ("planned", "done", "cancelled"):
        raise UserError(f"Unknown status {status!r}.")
    row = _live_activity(session, activity_id)
    row.status = status
    session.flush()


def set_ticked(session: Session, meeting_id: str, item: str, ticked: bool) -> None:
    if item not in ITEMS:
        raise UserError(f"Unknown preparation item {item!r}.")
    row = _live_meeting(session, meeting_id)
    items = set(parse_ticked(row.checked))
    if ticked:
        items.add(item)
    else:
        items.discard(item)
    row.checked = format_ticked(items)
    session.flush()


def save_questions(
    session: Session, meeting_id: str, questions: Sequence[tuple[str | None, str, str]]
) -> None:
    """The listening plan as the KAM left it: (id or None for new, question, answer), in order.
    Rows with neither question nor answer are dropped; an answer without its question is
    refused (it would be lost)."""
    _live_meeting(session, meeting_id)
    problems = [i + 1 for i, (_, q, a) in enumerate(questions) if not q.strip() and a.strip()]
    if problems:
        raise UserError(
            "Question {} has an answer but no question: write the question.".format(
                ", ".join(str(n) for n in problems)
            )
        )
    existing = {
        row.id: row
        for row in session.execute(
            select(MeetingQuestion).where(
                MeetingQuestion.activity_id == meeting_id, MeetingQuestion.deleted_at.is_(None)
            )
        ).scalars()
    }
    kept: set[str] = set()
    position = 0
    for qid, question, answer in questions:
        if not question.strip():
            continue
        position += 1
        row = existing.get(qid) if qid else None
        if row is None:
            row = MeetingQuestion(activity_id=meeting_id)
            session.add(row)
        row.position = position
        row.question = question.strip()
        row.answer = answer.strip()
        if qid:
            kept.add(qid)
    for qid, row in existing.items():
        if qid not in kept:
            row.tombstone()
    session.flush()


# --- objections and complaint responses --------------------------------------------------------


def client_objections(session: Session, client_id: str) -> list[ObjectionRecord]:
    return [
        ObjectionRecord(o.id, o.objection, o.response, o.status, o.raised_on)
        for o in session.execute(
            select(Objection)
            .where(Objection.client_id == client_id, Objection.deleted_at.is_(None))
            .order_by(Objection.status, Objection.created_at)
        ).scalars()
    ]


def save_objection(
    session: Session,
    client_id: str,
    objection: str,
    response: str = "",
    *,
    status: str = "open",
    raised_on: date | None = None,
    objection_id: str | None = None,
) -> str:
    if not objection.strip():
        raise InvalidFields({"objection": "Write what the client objects to."})
    if status not in OBJECTION_STATUSES:
        raise InvalidFields({"status": "An objection is open or settled."})
    if objection_id is None:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise UserError("That client no longer exists.")
        row = Objection(client_id=client_id, objection="")
        session.add(row)
    else:
        found = session.get(Objection, objection_id)
        if found is None or found.deleted_at is not None:
            raise UserError("That objection no longer exists.")
        row = found
    row.objection = objection.strip()
    row.response = response.strip()
    row.status = status
    row.raised_on = raised_on
    session.flush()
    return row.id


def delete_objection(session: Session, objection_id: str) -> None:
    row = session.get(Objection, objection_id)
    if row is None or row.deleted_at is not None:
        raise UserError("That objection no longer exists.")
    row.tombstone()
    session.flush()


def set_complaint_response(session: Session, complaint_id: str, response: str) -> None:
    row = session.get(Complaint, complaint_id)
    if row is None or row.deleted_at is not None:
        raise UserError("That complaint no longer exists.")
    row.prepared_response = response.strip()
    session.flush()


# --- after the meeting -------------------------------------------------------------------------


@dataclass(frozen=True)
class NextStep:
    subject: str
    due_date: date | None


def record_outcome(
    session: Session,
    meeting_id: str,
    *,
    outcome: str,
    answers: dict[str, str] | None = None,
    next_steps: Sequence[NextStep] = (),
    held: bool = True,
) -> list[str]:
    """What came of the meeting: the outcome, the answers to the planned questions, and the
    agreed next steps as tasks due on their dates (linked to the meeting). A held meeting is
    done, which moves its contacts' last-contact date. The new tasks' ids."""
    row = _live_meeting(session, meeting_id)
    problems: dict[str, str] = {}
    for i, step in enumerate(next_steps, 1):
        if not step.subject.strip():
            problems["next_steps"] = f"Next step {i} has no text."
        elif len(" ".join(step.subject.split())) > MAX_TASK_TEXT:
            problems["next_steps"] = (
                f"Next step {i} is longer than {MAX_TASK_TEXT} characters: shorten it, and put "
                "the detail in the outcome."
            )
        elif step.due_date is None:
            problems["next_steps"] = f"Next step {i} ({step.subject.strip()}) needs a due date."
    if held and not outcome.strip():
        problems["outcome"] = "Write what came of the meeting."
    if problems:
        raise InvalidFields(problems)
    row.outcome = outcome.strip()
    if held:
        row.status = "done"
    for qid, answer in (answers or {}).items():
        q = session.get(MeetingQuestion, qid)
        if q is not None and q.deleted_at is None and q.activity_id == meeting_id:
            q.answer = answer.strip()
    ids = []
    for step in next_steps:
        task = Activity(
            kind="task",
            client_id=row.client_id,
            subject=" ".join(step.subject.split()),
            due_date=step.due_date,
            status="planned",
            follow_up_of_id=row.id,
            duration_min=30,
        )
        session.add(task)
        session.flush()
        ids.append(task.id)
    session.flush()
    return ids


def add_task(session: Session, client_id: str | None, subject: str, due_date: date | None) -> str:
    text = " ".join(subject.split())
    if not text:
        raise InvalidFields({"subject": "Say what is to be done."})
    if len(text) > MAX_TASK_TEXT:
        raise InvalidFields({"subject": f"Keep it under {MAX_TASK_TEXT} characters."})
    task = Activity(kind="task", client_id=client_id, subject=text, due_date=due_date)
    session.add(task)
    session.flush()
    return task.id


def open_tasks(
    session: Session, *, due_by: date | None = None, client_id: str | None = None, limit: int = 500
) -> list[TaskRecord]:
    """Planned tasks, the most overdue first (those without a due date last)."""
    stmt = (
        select(Activity, Client.name)
        .outerjoin(Client, Client.id == Activity.client_id)
        .where(
            Activity.kind == "task",
            Activity.status == "planned",
            Activity.deleted_at.is_(None),
        )
    )
    if due_by is not None:
        stmt = stmt.where(Activity.due_date <= due_by)
    if client_id is not None:
        stmt = stmt.where(Activity.client_id == client_id)
    stmt = stmt.order_by(Activity.due_date.is_(None), Activity.due_date, Activity.subject)
    return [
        TaskRecord(
            a.id, a.client_id, name or "", a.subject, a.due_date, a.status, a.follow_up_of_id
        )
        for a, name in session.execute(stmt.limit(limit))
    ]


# --- reading one meeting -----------------------------------------------------------------------


def get_meeting(
    session: Session, meeting_id: str, *, today: date | None = None, tz: tzinfo | None = None
) -> MeetingRecord:
    row = _live_meeting(session, meeting_id)
    assert row.starts_at is not None
    today = today or date.today()
    client = session.get(Client, row.client_id) if row.client_id else None
    contacts = (
        session.execute(
            select(Contact)
            .join(ActivityContact, ActivityContact.contact_id == Contact.id)
            .where(
                ActivityContact.activity_id == meeting_id,
                ActivityContact.deleted_at.is_(None),
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.full_name)
        )
        .scalars()
        .all()
    )
    seen = last_contacts(session, [c.id for c in contacts])
    attendees = tuple(
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
    questions = tuple(
        QuestionRecord(q.id, q.position, q.question, q.answer)
        for q in session.execute(
            select(MeetingQuestion)
            .where(MeetingQuestion.activity_id == meeting_id, MeetingQuestion.deleted_at.is_(None))
            .order_by(MeetingQuestion.position, MeetingQuestion.created_at)
        ).scalars()
    )
    product_ids = list(
        session.execute(
            select(ActivityProduct.product_id)
            .join(Product, Product.id == ActivityProduct.product_id)
            .where(ActivityProduct.activity_id == meeting_id, ActivityProduct.deleted_at.is_(None))
            .order_by(Product.name)
        ).scalars()
    )
    products: list[AgendaProduct] = []
    if product_ids and client is not None and client.deleted_at is None:
        inputs = price_inputs(session, client.id, product_ids, today)
        for pid in product_ids:
            p = inputs.get(pid)
            if p is None:
                continue
            decision = p.decide(Decimal(1), today)
            products.append(
                AgendaProduct(
                    pid,
                    p.sku,
                    p.name,
                    p.unit,
                    decision.unit_price,
                    p.currency,
                    decision.explanation,
                )
            )
    elif product_ids:
        for gone in session.execute(select(Product).where(Product.id.in_(product_ids))).scalars():
            products.append(
                AgendaProduct(gone.id, gone.sku, gone.name, gone.unit, None, gone.currency, "")
            )
    follow_ups = tuple(
        TaskRecord(
            t.id,
            t.client_id,
            client.name if client else "",
            t.subject,
            t.due_date,
            t.status,
            t.follow_up_of_id,
        )
        for t in session.execute(
            select(Activity)
            .where(Activity.follow_up_of_id == meeting_id, Activity.deleted_at.is_(None))
            .order_by(Activity.due_date, Activity.created_at)
        ).scalars()
    )
    offer_number = ""
    if row.offer_order_id:
        offer = session.get(SalesOrder, row.offer_order_id)
        if offer is not None and offer.deleted_at is None:
            offer_number = offer.number
    return MeetingRecord(
        id=row.id,
        kind=row.kind,
        status=row.status,
        client_id=row.client_id,
        client_name=client.name if client else "",
        client_currency=client.currency if client else "",
        subject=row.subject,
        start=_local(row.starts_at, tz),
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
        attendees=attendees,
        questions=questions,
        products=tuple(products),
        follow_ups=follow_ups,
    )


def merge_edits(base: MeetingData, mine: MeetingData, theirs: MeetingData) -> MeetingData:
    """Field by field: what the KAM changed in the form (mine differs from base, the meeting
    as the form was filled), else what the database holds now (theirs: moved in the week
    view, edited in another window or on another laptop since)."""
    merged: dict[str, object] = {}
    for f in fields(MeetingData):
        was, now, stored = (getattr(x, f.name) for x in (base, mine, theirs))
        as_set = f.name in ("contact_ids", "product_ids")  # their order means nothing
        edited = set(was) != set(now) if as_set else was != now
        merged[f.name] = now if edited else stored
    return MeetingData(**merged)  # type: ignore[arg-type]


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


# --- many meetings: the week, readiness -------------------------------------------------------


def _day_bounds(first: date, days: int, tz: tzinfo | None) -> tuple[datetime, datetime]:
    zone = tz or datetime.now().astimezone().tzinfo
    start = datetime.combine(first, time(0), tzinfo=zone)
    end = datetime.combine(first + timedelta(days=days), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _scheduled(
    session: Session, start_utc: datetime, end_utc: datetime, client_id: str | None = None
) -> list[Any]:
    stmt = (
        select(
            Activity.id,
            Activity.kind,
            Activity.status,
            Activity.client_id,
            Client.name.label("client_name"),
            Activity.subject,
            Activity.starts_at,
            Activity.duration_min,
            Activity.travel_min,
            Activity.place_kind,
            Activity.location,
            Activity.series_id,
            Activity.agenda,
            Activity.goals,
            Activity.needs_asked,
            Activity.offer_order_id,
            Activity.checked,
        )
        .outerjoin(Client, Client.id == Activity.client_id)
        .where(
            Activity.deleted_at.is_(None),
            Activity.kind.in_(SCHEDULED_KINDS),
            Activity.starts_at >= start_utc - _LONGEST_MEETING,
            Activity.starts_at < end_utc,
        )
        .order_by(Activity.starts_at, Activity.id)
    )
    if client_id is not None:
        stmt = stmt.where(Activity.client_id == client_id)
    return list(session.execute(stmt).all())


def _slot(row: Any, tz: tzinfo | None) -> Slot:
    travel = travel_of(row.kind, row.place_kind, row.travel_min)
    return Slot(row.id, _local(row.starts_at, tz), row.duration_min, travel, row.subject)


def _attendee_facts(session: Session, activity_ids: list[str]) -> dict[str, list[Attendee]]:
    out: dict[str, list[Attendee]] = {aid: [] for aid in activity_ids}
    if not activity_ids:
        return out
    rows = session.execute(
        select(
            ActivityContact.activity_id,
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
        .join(Contact, Contact.id == ActivityContact.contact_id)
        .where(
            ActivityContact.activity_id.in_(activity_ids),
            ActivityContact.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.full_name)
    ).all()
    seen = last_contacts(session, list({r.id for r in rows}))
    for r in rows:
        out[r.activity_id].append(
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
        )
    return out


def _arguments(session: Session, client_ids: list[str]) -> dict[str, list[Argument]]:
    out: dict[str, list[Argument]] = {cid: [] for cid in client_ids}
    if not client_ids:
        return out
    for o in session.execute(
        select(Objection.id, Objection.client_id, Objection.objection, Objection.response)
        .where(
            Objection.client_id.in_(client_ids),
            Objection.deleted_at.is_(None),
            Objection.status == "open",
        )
        .order_by(Objection.created_at)
    ):
        out[o.client_id].append(Argument("objection", o.id, o.objection, o.response))
    for c in session.execute(
        select(Complaint.id, Complaint.client_id, Complaint.subject, Complaint.prepared_response)
        .where(
            Complaint.client_id.in_(client_ids),
            Complaint.deleted_at.is_(None),
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
            select(key, func.count()).where(key.in_(ids), model.deleted_at.is_(None)).group_by(key)
        ).all()
    }


def _live_offers(session: Session, order_ids: list[str]) -> set[str]:
    if not order_ids:
        return set()
    return set(
        session.execute(
            select(SalesOrder.id).where(
                SalesOrder.id.in_(order_ids),
                SalesOrder.deleted_at.is_(None),
                SalesOrder.status != "cancelled",
            )
        ).scalars()
    )


def _readiness_many(
    session: Session,
    rows: list[Any],
    conflicts: dict[str, tuple[Conflict, ...]],
    today: date,
    tz: tzinfo | None,
    product_facts: dict[str, tuple[str, ...]] | None = None,
    scores: dict[str, Completeness] | None = None,
) -> dict[str, Readiness]:
    """Readiness of many meetings in a handful of queries (`scores`: the clients' dossier
    completeness when the caller has it already)."""
    if not rows:
        return {}
    rules = get_rules(session)
    ids = [r.id for r in rows]
    client_ids = sorted({r.client_id for r in rows if r.client_id})
    people = _attendee_facts(session, ids)
    arguments = _arguments(session, client_ids)
    if scores is None:
        scores = dossier_completeness(session, client_ids, today, stale_days=rules.stale_days)
    questions = _count_by(session, MeetingQuestion, "activity_id", ids)
    products = _count_by(session, ActivityProduct, "activity_id", ids)
    offers = _live_offers(session, [r.offer_order_id for r in rows if r.offer_order_id])
    out: dict[str, Readiness] = {}
    for r in rows:
        out[r.id] = readiness(
            MeetingFacts(
                today=today,
                start=_local(r.starts_at, tz),
                duration_min=r.duration_min,
                kind=r.kind,
                remote=is_remote(r.kind, r.place_kind),
                location=r.location,
                travel_min=r.travel_min,
                conflicts=conflicts.get(r.id, ()),
                arguments=tuple(arguments.get(r.client_id, ())),
                questions=questions.get(r.id, 0),
                client_completeness=scores.get(r.client_id),
                attendees=tuple(people.get(r.id, ())),
                has_agenda=bool(r.agenda.strip()),
                has_goals=bool(r.goals.strip()),
                has_needs_asked=bool(r.needs_asked.strip()),
                has_offer=r.offer_order_id in offers,
                products_on_agenda=products.get(r.id, 0),
                product_facts=(product_facts or {}).get(r.id, ()),
                ticked=parse_ticked(r.checked),
                stale_days=rules.stale_days,
            )
        )
    return out


def scheduled_between(
    session: Session,
    first: date,
    days: int,
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
    client_id: str | None = None,
    with_readiness: bool = True,
    readiness_for: tuple[str, ...] = ("planned",),
) -> list[WeekItem]:
    """Meetings and calls starting on `days` days from `first` (local), in time order, each
    with its conflicts and, while still planned, its readiness."""
    today = today or date.today()
    start_utc, end_utc = _day_bounds(first, days, tz)
    rows = _scheduled(session, start_utc, end_utc, client_id)
    live = [r for r in rows if r.status != "cancelled"]
    conflicts = find_conflicts(_slot(r, tz) for r in live)
    shown = [r for r in rows if r.starts_at >= start_utc]
    planned = [r for r in shown if r.status in readiness_for]
    ready = _readiness_many(session, planned, conflicts, today, tz) if with_readiness else {}
    names = _attendee_names(session, [r.id for r in shown])
    return [
        WeekItem(
            id=r.id,
            kind=r.kind,
            status=r.status,
            client_id=r.client_id,
            client_name=r.client_name or "",
            subject=r.subject,
            start=_local(r.starts_at, tz),
            duration_min=r.duration_min,
            travel_min=r.travel_min,
            place_kind=r.place_kind,
            location=r.location,
            series_id=r.series_id,
            attendees=tuple(names.get(r.id, ())),
            conflicts=conflicts.get(r.id, ()) if r.status != "cancelled" else (),
            readiness=ready.get(r.id),
        )
        for r in shown
    ]


def _attendee_names(session: Session, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not ids:
        return out
    for aid, name in session.execute(
        select(ActivityContact.activity_id, Contact.full_name)
        .join(Contact, Contact.id == ActivityContact.contact_id)
        .where(
            ActivityContact.activity_id.in_(ids),
            ActivityContact.deleted_at.is_(None),
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.full_name)
    ):
        out.setdefault(aid, []).append(name)
    return out


def week(
    session: Session, monday: date, *, today: date | None = None, tz: tzinfo | None = None
) -> list[WeekItem]:
    return scheduled_between(session, monday, 7, today=today, tz=tz)


def readiness_of(
    session: Session,
    meeting_ids: Iterable[str],
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
) -> dict[str, Readiness]:
    """Readiness of the given meetings (conflicts looked up on their days)."""
    today = today or date.today()
    out: dict[str, Readiness] = {}
    for mid in meeting_ids:
        row = _live_meeting(session, mid)
        assert row.starts_at is not None
        day = _local(row.starts_at, tz).date()
        for item in scheduled_between(session, day, 1, today=today, tz=tz):
            if item.id == mid and item.readiness is not None:
                out[mid] = item.readiness
    return out
