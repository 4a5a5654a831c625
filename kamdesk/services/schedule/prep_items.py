"""Preparation items of a meeting: the readiness ticks, the listening plan (questions and
answers), the client's objections and the responses prepared for its complaints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.meeting import (
    ITEMS,
    format_ticked,
    parse_ticked,
)
from kamdesk.errors import UserError
from kamdesk.models import (
    Client,
    Complaint,
    MeetingQuestion,
    Objection,
)
from kamdesk.models.activity import OBJECTION_STATUSES
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, live
from kamdesk.services.schedule.records import ObjectionRecord, live_meeting


def set_ticked(session: Session, meeting_id: str, item: str, ticked: bool) -> None:
    if item not in ITEMS:
        raise UserError(f"Unknown preparation item {item!r}.")
    row = live_meeting(session, meeting_id)
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
    live_meeting(session, meeting_id)
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
                MeetingQuestion.activity_id == meeting_id, live(MeetingQuestion)
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


def client_objections(session: Session, client_id: str) -> list[ObjectionRecord]:
    return [
        ObjectionRecord(o.id, o.objection, o.response, o.status, o.raised_on)
        for o in session.execute(
            select(Objection)
            .where(Objection.client_id == client_id, live(Objection))
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
        get_live(session, Client, client_id)
        row = Objection(client_id=client_id, objection="")
        session.add(row)
    else:
        found = get_live(session, Objection, objection_id)
        row = found
    row.objection = objection.strip()
    row.response = response.strip()
    row.status = status
    row.raised_on = raised_on
    session.flush()
    return row.id


def delete_objection(session: Session, objection_id: str) -> None:
    row = get_live(session, Objection, objection_id)
    row.tombstone()
    session.flush()


def set_complaint_response(session: Session, complaint_id: str, response: str) -> None:
    row = get_live(session, Complaint, complaint_id)
    row.prepared_response = response.strip()
    session.flush()
