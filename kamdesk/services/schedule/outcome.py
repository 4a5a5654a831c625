"""After the meeting: its outcome, the answers, and the agreed next steps as tasks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.edits import merge_edit
from kamdesk.messages import _
from kamdesk.models import (
    Activity,
    Client,
    MeetingQuestion,
)
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import live
from kamdesk.services.schedule.records import MAX_TASK_TEXT, NextStep, TaskRecord, live_meeting


@dataclass(frozen=True)
class Outcome:
    """A meeting's outcome as the After page edits it."""

    outcome: str


def record_outcome(
    session: Session,
    meeting_id: str,
    *,
    outcome: str,
    answers: dict[str, str] | None = None,
    next_steps: Sequence[NextStep] = (),
    held: bool = True,
    base: Outcome | None = None,
) -> list[str]:
    """What came of the meeting: the outcome, the answers to the planned questions, and the
    agreed next steps as tasks due on their dates (linked to the meeting). A held meeting is
    done, which moves its contacts' last-contact date. The new tasks' ids. With `base` (the
    outcome as the form loaded it) an outcome the KAM left keeps what is stored now, and
    StaleEdit when both changed it."""
    row = live_meeting(session, meeting_id)
    if base is not None:
        was = Outcome(base.outcome.strip())
        outcome = merge_edit(was, Outcome(outcome.strip()), Outcome(row.outcome)).outcome
    problems: dict[str, str] = {}
    for i, step in enumerate(next_steps, 1):
        if not step.subject.strip():
            problems["next_steps"] = _("Next step {n} has no text.").format(n=i)
        elif len(" ".join(step.subject.split())) > MAX_TASK_TEXT:
            problems["next_steps"] = _(
                "Next step {n} is longer than {limit} characters: shorten it, and put the "
                "detail in the outcome."
            ).format(n=i, limit=MAX_TASK_TEXT)
        elif step.due_date is None:
            problems["next_steps"] = _("Next step {n} ({text}) needs a due date.").format(
                n=i, text=step.subject.strip()
            )
    if held and not outcome.strip():
        problems["outcome"] = _("Write what came of the meeting.")
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
        raise InvalidFields({"subject": _("Say what is to be done.")})
    if len(text) > MAX_TASK_TEXT:
        raise InvalidFields(
            {"subject": _("Keep it under {limit} characters.").format(limit=MAX_TASK_TEXT)}
        )

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
            live(Activity),
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
