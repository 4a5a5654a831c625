"""The schedule services on a real SQLite file: saving, moving, recurring, deleting meetings,
the listening plan, objections, the outcome, and readiness as data is filled in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.models import (
    Activity,
    ActivityContact,
    Client,
    Complaint,
    Contact,
    MeetingQuestion,
)
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.clients.history import timeline
from kamdesk.services.company import InvalidFields
from kamdesk.services.schedule import meetings as schedule
from kamdesk.services.schedule import preparation as prep
from kamdesk.services.schedule.meetings import MeetingData, NextStep
from tests.factories import add_client, add_invoice, add_order

TODAY = date(2026, 11, 24)
TZ = UTC


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _client(db: Database) -> tuple[str, list[str]]:
    with db.unit_of_work() as s:
        client = add_client(s, "Ромашка ООО", address="ул. Ленина 1, Москва")
        people = []
        for name, role in (("Иванова Мария", "decision maker"), ("Kovács Ödön", "user")):
            contact = Contact(client_id=client.id, full_name=name, buying_role=role)
            s.add(contact)
            s.flush()
            people.append(contact.id)
        return client.id, people


def _meeting(client_id: str, contacts: list[str], **kw: object) -> MeetingData:
    values: dict[str, object] = {
        "client_id": client_id,
        "subject": "Quarterly review",
        "start": at(25, 10),
        "duration_min": 60,
        "location": "ул. Ленина 1",
        "travel_min": 30,
        "contact_ids": tuple(contacts),
    }
    values.update(kw)
    return MeetingData(**values)  # type: ignore[arg-type]


def test_a_meeting_is_saved_with_its_attendees(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people))
    with db.reading() as s:
        m = schedule.get_meeting(s, mid, today=TODAY, tz=TZ)
    assert m.client_name == "Ромашка ООО"
    assert m.start == at(25, 10)
    assert m.leave_by == at(25, 9, 30)
    assert {a.name for a in m.attendees} == {"Иванова Мария", "Kovács Ödön"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"client_id": None}, "client"),
        ({"start": None}, "start"),
        ({"duration_min": 0}, "duration"),
        ({"duration_min": -30}, "duration"),
        ({"travel_min": -5}, "travel"),
        ({"subject": "  "}, "subject"),
    ],
)
def test_bad_input_is_refused_at_the_field_and_nothing_is_written(
    db: Database, changes: dict[str, object], field: str
) -> None:
    client_id, people = _client(db)
    data = _meeting(client_id, people)
    data = MeetingData(**{**data.__dict__, **changes})  # type: ignore[arg-type]
    with pytest.raises(InvalidFields) as err, db.unit_of_work() as s:
        schedule.save_meeting(s, data)
    assert field in err.value.problems
    with db.reading() as s:
        assert s.execute(select(Activity)).first() is None


def test_a_contact_of_another_client_cannot_attend(db: Database) -> None:
    client_id, _ = _client(db)
    with db.unit_of_work() as s:
        other = add_client(s, "Other")
        stranger = Contact(client_id=other.id, full_name="Stranger")
        s.add(stranger)
        s.flush()
        stranger_id = stranger.id
    with pytest.raises(InvalidFields) as err, db.unit_of_work() as s:
        schedule.save_meeting(s, _meeting(client_id, [stranger_id]))
    assert "contacts" in err.value.problems


def test_a_weekly_call_repeats_until_its_end_in_one_series(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        first = schedule.save_meeting(
            s,
            _meeting(
                client_id,
                people[:1],
                kind="call",
                place_kind="phone",
                recurrence="weekly",
                repeat_until=date(2026, 12, 16),
            ),
        )
    with db.reading() as s:
        rows = (
            s.execute(
                select(Activity).where(Activity.series_id == first).order_by(Activity.starts_at)
            )
            .scalars()
            .all()
        )
        assert [r.starts_at.date() for r in rows if r.starts_at] == [
            date(2026, 11, 25),
            date(2026, 12, 2),
            date(2026, 12, 9),
            date(2026, 12, 16),
        ]
        assert all(r.travel_min == 0 for r in rows)  # a call needs no travel
        attendees = s.execute(select(ActivityContact.activity_id)).scalars().all()
        assert sorted(attendees) == sorted(r.id for r in rows)
        second = rows[1].id
    # deleting "this and following" from the second leaves the first
    with db.unit_of_work() as s:
        assert schedule.delete_meeting(s, second, following=True) == 3
    with db.reading() as s:
        live = (
            s.execute(
                select(Activity.id).where(Activity.deleted_at.is_(None), Activity.kind == "call")
            )
            .scalars()
            .all()
        )
        assert live == [first]


def test_moving_and_stretching_a_meeting(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people))
        schedule.move_meeting(s, mid, at(26, 14, 15), 90)
    with db.reading() as s:
        m = schedule.get_meeting(s, mid, tz=TZ)
    assert (m.start, m.duration_min) == (at(26, 14, 15), 90)
    with pytest.raises(InvalidFields), db.unit_of_work() as s:
        schedule.move_meeting(s, mid, at(26, 14, 15), 0)


def test_deleting_is_soft_and_takes_what_hangs_on_the_meeting(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people, agenda="1. Prices"))
        schedule.save_questions(s, mid, [(None, "Volumes?", "")])
    with db.reading() as s:
        assert schedule.get_meeting(s, mid).has_notes
    with db.unit_of_work() as s:
        schedule.delete_meeting(s, mid)
    with db.reading() as s:
        row = s.get(Activity, mid)
        assert row is not None and row.deleted_at is not None
        assert all(q.deleted_at is not None for q in s.execute(select(MeetingQuestion)).scalars())
        with pytest.raises(Exception, match="no longer exists"):
            schedule.get_meeting(s, mid)


def test_the_listening_plan_keeps_order_and_refuses_an_orphan_answer(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people))
        schedule.save_questions(s, mid, [(None, "First?", ""), (None, "Second?", "")])
    with db.reading() as s:
        qs = schedule.get_meeting(s, mid).questions
    assert [q.question for q in qs] == ["First?", "Second?"]
    with db.unit_of_work() as s:  # reorder, drop one, keep ids
        schedule.save_questions(s, mid, [(qs[1].id, "Second?", "yes"), (None, "Third?", "")])
    with db.reading() as s:
        again = schedule.get_meeting(s, mid).questions
    assert [(q.question, q.answer) for q in again] == [("Second?", "yes"), ("Third?", "")]
    assert again[0].id == qs[1].id
    with pytest.raises(Exception, match="answer but no question"), db.unit_of_work() as s:
        schedule.save_questions(s, mid, [(None, "", "an answer typed first")])


def test_readiness_rises_as_the_kam_prepares(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people, travel_min=0))
        complaint = Complaint(client_id=client_id, opened_on=TODAY, subject="Late delivery")
        s.add(complaint)
        s.flush()
        complaint_id = complaint.id

    def states() -> tuple[int, dict[str, str]]:
        with db.reading() as s:
            r = schedule.readiness_of(s, [mid], today=TODAY, tz=TZ)[mid]
        return r.score, dict(r.states)

    score0, s0 = states()
    assert s0["interrupting"] == "missing"
    assert s0["preparation"] == "missing"
    assert s0["arguing"] == "missing"  # an open complaint without a response
    assert s0["late"] == "warning"  # no travel time to a site meeting
    with db.unit_of_work() as s:
        schedule.save_questions(s, mid, [(None, q, "") for q in ("A?", "B?", "C?")])
        data = _meeting(client_id, people, travel_min=25, agenda="1. Prices", goals="Renew")
        schedule.save_meeting(s, data, meeting_id=mid)
        schedule.set_complaint_response(s, complaint_id, "Apologise; credit note issued.")
        schedule.set_ticked(s, mid, "product", True)
    score1, s1 = states()
    assert s1["interrupting"] == "ok"
    assert s1["late"] == "ok"
    assert s1["arguing"] == "ok"
    assert s1["product"] == "ok"
    assert s1["preparation"] == "warning"  # needs and offer still missing
    assert score1 > score0
    with db.unit_of_work() as s:
        order = add_order(s, _c(s, client_id), [("1", "10", "0")])
        data = _meeting(
            client_id,
            people,
            travel_min=25,
            agenda="1. Prices",
            goals="Renew",
            needs_asked="Asked for volumes",
            offer_order_id=order.id,
        )
        schedule.save_meeting(s, data, meeting_id=mid)
    score2, s2 = states()
    assert s2["preparation"] == "ok"
    assert score2 > score1


def _c(s: Session, client_id: str) -> Client:
    return s.get_one(Client, client_id)


def test_a_conflict_with_the_previous_meeting_shows_in_the_week(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        first = schedule.save_meeting(s, _meeting(client_id, people, start=at(25, 9), travel_min=0))
        second = schedule.save_meeting(
            s, _meeting(client_id, people, start=at(25, 10, 15), travel_min=45)
        )
    with db.reading() as s:
        items = {w.id: w for w in schedule.week(s, date(2026, 11, 23), today=TODAY, tz=TZ)}
    assert not items[first].conflicts
    (conflict,) = items[second].conflicts
    assert (conflict.kind, conflict.other_id, conflict.minutes) == ("travel", first, 30)
    ready = items[second].readiness
    assert ready is not None and ready.states["late"] == "missing"


def test_the_outcome_closes_the_meeting_and_opens_tasks(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people, start=at(23, 10)))
        schedule.save_questions(s, mid, [(None, "Volumes?", "")])
    with db.reading() as s:
        (q,) = schedule.get_meeting(s, mid).questions
    with pytest.raises(InvalidFields) as err, db.unit_of_work() as s:
        schedule.record_outcome(
            s, mid, outcome="ok", next_steps=[NextStep("Send the proposal", None)]
        )
    assert "next_steps" in err.value.problems
    with db.unit_of_work() as s:
        tasks = schedule.record_outcome(
            s,
            mid,
            outcome="Agreed a trial order.",
            answers={q.id: "+10 % in spring"},
            next_steps=[NextStep("Send the proposal", date(2026, 11, 27))],
        )
    with db.reading() as s:
        m = schedule.get_meeting(s, mid)
        assert m.status == "done"
        assert m.questions[0].answer == "+10 % in spring"
        assert [(t.subject, t.due_date) for t in m.follow_ups] == [
            ("Send the proposal", date(2026, 11, 27))
        ]
        assert m.follow_ups[0].id == tasks[0]
        seen = last_contacts(s, people)
        assert seen == {p: date(2026, 11, 23) for p in people}
        history = timeline(s, client_id)
        assert any(h.kind == "meeting" and h.status == "done" for h in history)
        assert any(h.kind == "task" and h.title == "Send the proposal" for h in history)
        assert [t.subject for t in schedule.open_tasks(s, due_by=date(2026, 11, 30))] == [
            "Send the proposal"
        ]


def test_objections_are_kept_per_client(db: Database) -> None:
    client_id, _ = _client(db)
    with pytest.raises(InvalidFields), db.unit_of_work() as s:
        schedule.save_objection(s, client_id, "  ")
    with db.unit_of_work() as s:
        oid = schedule.save_objection(s, client_id, "Too dear", "Cost per use is lower")
        schedule.save_objection(s, client_id, "Slow", status="settled")
    with db.reading() as s:
        rows = schedule.client_objections(s, client_id)
    assert [(o.objection, o.status) for o in rows] == [("Too dear", "open"), ("Slow", "settled")]
    with db.unit_of_work() as s:
        schedule.delete_objection(s, oid)
    with db.reading() as s:
        assert [o.objection for o in schedule.client_objections(s, client_id)] == ["Slow"]


def test_preparation_gathers_figures_and_facts(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        client = _c(s, client_id)
        add_invoice(s, client, "INV-1", "1200.00", issued=date(2026, 9, 1), due=date(2026, 10, 1))
        mid = schedule.save_meeting(s, _meeting(client_id, people))
    with db.reading() as s:
        p = prep.preparation(s, mid, today=TODAY, tz=TZ)
    assert p.figures.overdue_invoices == 1
    assert p.figures.overdue > 0
    assert any("Overdue: 1 invoice" in f for f in p.product_facts)
    assert p.readiness.check("product").state == "warning"
    assert p.meeting.start == at(25, 10)
    assert timedelta(minutes=p.meeting.travel_min) == timedelta(minutes=30)


def test_a_next_step_too_long_for_a_task_is_refused_not_cut(db: Database) -> None:
    client_id, people = _client(db)
    with db.unit_of_work() as s:
        mid = schedule.save_meeting(s, _meeting(client_id, people, start=at(23, 10)))
    long_step = "Send the revised offer with the new payment terms " * 8 + "by 15 December"
    with pytest.raises(InvalidFields) as err, db.unit_of_work() as s:
        schedule.record_outcome(
            s, mid, outcome="Agreed", next_steps=[NextStep(long_step, date(2026, 12, 1))]
        )
    assert "longer than 300 characters" in err.value.problems["next_steps"]
    with db.reading() as s:
        assert schedule.get_meeting(s, mid).status == "planned"  # nothing written
