"""Dunning: the steps taken to get a client to pay (a reminder sent, a call made, supplies
blocked, the block lifted), each on a date and by someone. A "blocked" step stands until an
"unblocked" one follows it; while it stands, credit control refuses to confirm the client's
orders (services.sales.credit) unless a person overrides it with a reason.

Steps are appended, never edited: the history is what was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.errors import UserError
from kamdesk.messages import _, day
from kamdesk.models import Client, DunningStep
from kamdesk.models.receivables import DUNNING_STEPS
from kamdesk.services.queries import get_live, live

__all__ = [
    "DUNNING_STEPS",
    "DunningEntry",
    "add_step",
    "last_steps",
    "steps_of",
    "supplies_blocked",
]

BLOCKING = ("blocked", "unblocked")


@dataclass(frozen=True)
class DunningEntry:
    id: str
    client_id: str
    step: str  # one of DUNNING_STEPS
    step_date: date
    done_by: str
    note: str


def _entry(row: DunningStep) -> DunningEntry:
    return DunningEntry(row.id, row.client_id, row.step, row.step_date, row.done_by, row.note)


def _newest_first() -> tuple[Any, ...]:
    return (DunningStep.step_date.desc(), DunningStep.created_at.desc(), DunningStep.id.desc())


def steps_of(session: Session, client_id: str) -> list[DunningEntry]:
    """The client's dunning steps, the newest first."""
    rows = session.scalars(
        select(DunningStep)
        .where(DunningStep.client_id == client_id, live(DunningStep))
        .order_by(*_newest_first())
    ).all()
    return [_entry(r) for r in rows]


def last_steps(session: Session) -> dict[str, DunningEntry]:
    """Each client's latest dunning step (clients with none are absent), in one query."""
    sql = (
        "SELECT id, client_id, step, step_date, done_by, note FROM ("
        " SELECT *, ROW_NUMBER() OVER (PARTITION BY client_id"
        "  ORDER BY step_date DESC, created_at DESC, id DESC) AS n"
        " FROM dunning_step WHERE deleted_at IS NULL) AS latest WHERE n = 1"
    )
    out: dict[str, DunningEntry] = {}
    for sid, cid, step, dated, by, note in run(session.connection(), sql):
        out[str(cid)] = DunningEntry(
            str(sid), str(cid), str(step), date.fromisoformat(dated), str(by or ""), str(note or "")
        )
    return out


def supplies_blocked(session: Session, client_id: str) -> DunningEntry | None:
    """The "blocked" step that stands for the client (no "unblocked" after it), or None."""
    row = session.scalars(
        select(DunningStep)
        .where(
            DunningStep.client_id == client_id,
            DunningStep.step.in_(BLOCKING),
            live(DunningStep),
        )
        .order_by(*_newest_first())
        .limit(1)
    ).first()
    return _entry(row) if row is not None and row.step == "blocked" else None


def add_step(
    session: Session,
    client_id: str,
    step: str,
    step_date: date,
    *,
    done_by: str,
    note: str = "",
    today: date,
) -> str:
    """Record a dunning step; a UserError says what is wrong with it. Returns its id."""
    client = get_live(session, Client, client_id)
    if step not in DUNNING_STEPS:
        raise UserError(
            _("Unknown dunning step {step!r}: choose one of {choices}.").format(
                step=step, choices=", ".join(DUNNING_STEPS)
            )
        )
    if step_date > today:
        raise UserError(
            _(
                "The step is dated {day}, after today ({today}): record a step once it is done."
            ).format(day=day(step_date), today=day(today))
        )
    if not done_by.strip():
        raise UserError(_("Say who took the step."))
    blocked = supplies_blocked(session, client.id)
    if step == "unblocked" and blocked is None:
        raise UserError(
            _("Supplies to {client} are not blocked: there is nothing to lift.").format(
                client=client.name
            )
        )
    if step == "unblocked" and blocked is not None and step_date < blocked.step_date:
        raise UserError(
            _(
                "Supplies to {client} were blocked on {day}: the block cannot be lifted before "
                "that."
            ).format(client=client.name, day=day(blocked.step_date))
        )
    if step == "blocked" and blocked is not None:
        raise UserError(
            _("Supplies to {client} are already blocked since {day}.").format(
                client=client.name, day=day(blocked.step_date)
            )
        )

    row = DunningStep(
        client_id=client.id,
        step=step,
        step_date=step_date,
        done_by=done_by.strip(),
        note=note.strip(),
    )
    session.add(row)
    session.flush()
    return row.id
