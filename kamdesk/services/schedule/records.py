"""The schedule's records: what a meeting form holds, what a meeting, a task, an objection
and an item of the week look like; and the lookups every schedule service starts from.

Times are stored in UTC and handed out as aware local times (`tz`, the machine's zone unless
given): the week, the leave-by time and the conflict messages are what the KAM's clock says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.schedule import Scheduled
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Activity
from kamdesk.services.queries import get_live

# kept here too: every schedule service imports them from here
from kamdesk.services.schedule.day_rows import WeekItem as WeekItem
from kamdesk.services.schedule.day_rows import local_time as local_time

SCHEDULED_KINDS = ("meeting", "call")
MAX_TASK_TEXT = 300  # a task's text is its subject column


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
class MeetingRecord(Scheduled):
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
class ObjectionRecord:
    id: str
    objection: str
    response: str
    status: str
    raised_on: date | None


@dataclass(frozen=True)
class NextStep:
    subject: str
    due_date: date | None


def live_meeting(session: Session, activity_id: str) -> Activity:
    row = get_live(session, Activity, activity_id)
    if row.kind not in SCHEDULED_KINDS or row.starts_at is None:
        raise UserError(_("That is not a meeting or a call."))

    return row
