"""Preparation items of a meeting: the readiness ticks, the listening plan (questions and
answers), the client's objections and the responses prepared for its complaints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.edit_rows import Rows, merge_rows
from kamdesk.domain.meeting import (
    ITEMS,
    format_ticked,
    parse_ticked,
)
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.models import (
    Client,
    Complaint,
    MeetingQuestion,
    Objection,
)
from kamdesk.models.activity import OBJECTION_STATUSES
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, live
from kamdesk.services.schedule.details import meeting_questions
from kamdesk.services.schedule.records import ObjectionRecord, QuestionRecord, live_meeting


class QuestionRows(Rows):
    """A meeting's questions as the listening plan and the answers edit them:
    id -> {"question", "answer"}."""


class ObjectionRows(Rows):
    """A client's objections as their cards edit them: id -> {"objection", "response",
    "status"}."""


class ComplaintRows(Rows):
    """Complaints' prepared responses: id -> {"prepared_response"}."""


def question_rows(questions: Iterable[QuestionRecord]) -> QuestionRows:
    return QuestionRows({q.id: {"question": q.question, "answer": q.answer} for q in questions})


def objection_rows(objections: Iterable[ObjectionRecord]) -> ObjectionRows:
    return ObjectionRows(
        {
            o.id: {"objection": o.objection, "response": o.response, "status": o.status}
            for o in objections
        }
    )


def set_ticked(session: Session, meeting_id: str, item: str, ticked: bool) -> None:
    if item not in ITEMS:
        raise UserError(_("Unknown preparation item {item!r}.").format(item=item))
    row = live_meeting(session, meeting_id)
    items = set(parse_ticked(row.checked))
    if ticked:
        items.add(item)
    else:
        items.discard(item)
    row.checked = format_ticked(items)
    session.flush()


def save_questions(
    session: Session,
    meeting_id: str,
    questions: Sequence[tuple[str | None, str, str]],
    *,
    base: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """The listening plan as the KAM left it: (id or None for new, question, answer), in order.
    Rows with neither question nor answer are dropped; an answer without its question is
    refused (it would be lost). With `base` (question_rows as the form loaded them) each
    question is merged on its own: what the KAM did not touch keeps what is stored now, a
    question added meanwhile stays (after the KAM's), StaleEdit when both changed one field,
    and a clear message when a question the KAM changed was deleted meanwhile."""
    live_meeting(session, meeting_id)
    problems = [i + 1 for i, (_, q, a) in enumerate(questions) if not q.strip() and a.strip()]
    if problems:
        raise UserError(
            ngettext(
                "Question {numbers} has an answer but no question: write the question.",
                "Questions {numbers} have an answer but no question: write the questions.",
                len(problems),
            ).format(numbers=", ".join(str(n) for n in problems))
        )
    existing = {
        row.id: row
        for row in session.execute(
            select(MeetingQuestion)
            .where(MeetingQuestion.activity_id == meeting_id, live(MeetingQuestion))
            .order_by(MeetingQuestion.position, MeetingQuestion.created_at)
        ).scalars()
    }
    theirs = question_rows(meeting_questions(session, meeting_id))
    was = theirs if base is None else base
    kept = [(qid, q.strip(), a.strip()) for qid, q, a in questions if q.strip()]
    mine = {qid: {"question": q, "answer": a} for qid, q, a in kept if qid and qid in was}
    writes, gone = merge_rows(was, mine, theirs)
    if gone:
        raise UserError(
            _(
                "The question “{question}” was deleted elsewhere while you were editing: remove "
                "it from the plan, or add it again as a new question."
            ).format(question=mine[gone[0]]["question"])
        )
    order: list[MeetingQuestion] = []
    for qid, question, answer in kept:
        row = existing.get(qid) if qid else None
        if row is None and qid in was:
            continue  # deleted meanwhile and not changed here: it stays deleted
        if row is None:
            row = MeetingQuestion(activity_id=meeting_id, question=question, answer=answer)
            session.add(row)
        for name, value in writes.get(qid or "", {}).items():
            setattr(row, name, value)
        order.append(row)
    listed = {qid for qid, _q, _a in kept if qid}
    for qid, row in existing.items():
        if qid in listed:
            continue
        if qid in was:
            row.tombstone()  # removed from the plan here
        else:
            order.append(row)  # added meanwhile (another window, sync): kept, after these
    for position, row in enumerate(order, start=1):
        if row.position != position:
            row.position = position
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
    base: Mapping[str, Mapping[str, Any]] | None = None,
) -> str:
    """Add or change an objection. With `base` (objection_rows as the form loaded them) an
    existing one is merged: only the text, response or status the KAM changed is written (its
    date stays as stored), StaleEdit when both changed one, a clear message when it was deleted
    meanwhile."""
    if not objection.strip():
        raise InvalidFields({"objection": _("Write what the client objects to.")})
    if status not in OBJECTION_STATUSES:
        raise InvalidFields({"status": _("An objection is open or settled.")})
    if objection_id is not None and base is not None:
        theirs = objection_rows(client_objections(session, client_id))
        mine = {
            objection_id: {
                "objection": objection.strip(),
                "response": response.strip(),
                "status": status,
            }
        }
        writes, gone = merge_rows(base, mine, theirs)
        if gone:
            raise UserError(
                _(
                    "The objection “{objection}” was deleted elsewhere while you were editing: "
                    "delete it here too, or add it again as a new one."
                ).format(objection=objection.strip())
            )
        row = get_live(session, Objection, objection_id)
        for name, value in writes.get(objection_id, {}).items():
            setattr(row, name, value)
        session.flush()
        return row.id
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
    """To the trash; one deleted meanwhile elsewhere is simply gone already."""
    row = session.get(Objection, objection_id)
    if row is not None and row.deleted_at is not None:
        return
    row = get_live(session, Objection, objection_id)
    row.tombstone()
    session.flush()


def complaint_rows(session: Session, complaint_ids: Iterable[str]) -> ComplaintRows:
    """The prepared responses stored now of these complaints (those still there)."""
    stored = {}
    for complaint_id in complaint_ids:
        row = session.get(Complaint, complaint_id)
        if row is not None and row.deleted_at is None:
            stored[complaint_id] = row.prepared_response
    return response_rows(stored)


def response_rows(responses: Mapping[str, str]) -> ComplaintRows:
    """Complaint id -> prepared response, in the shape the merge takes."""
    return ComplaintRows({cid: {"prepared_response": text} for cid, text in responses.items()})


def set_complaint_response(
    session: Session,
    complaint_id: str,
    response: str,
    *,
    base: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """With `base` (the responses as the form loaded them, ComplaintRows) StaleEdit when the
    response was changed meanwhile too, and a clear message when the complaint was deleted."""
    if base is not None:
        theirs = complaint_rows(session, base)
        mine = {complaint_id: {"prepared_response": response.strip()}}
        writes, gone = merge_rows(base, mine, theirs)
        if gone:
            raise UserError(
                _(
                    "A complaint you wrote a response for was deleted elsewhere while you were "
                    "editing: its response cannot be saved with it."
                )
            )

    row = get_live(session, Complaint, complaint_id)
    if base is not None:
        response = writes.get(complaint_id, {}).get("prepared_response", row.prepared_response)
    row.prepared_response = response.strip()
    session.flush()
