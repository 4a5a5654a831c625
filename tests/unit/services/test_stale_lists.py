"""Issue 15, case 1, where the service is the point: lists merged row by row (the listening
plan, objections), key reasons and competitors merged field by field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.edits import StaleEdit
from kamdesk.errors import UserError
from kamdesk.services.clients import dossier
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.prep_items import (
    client_objections,
    delete_objection,
    objection_rows,
    question_rows,
    save_objection,
    save_questions,
)
from kamdesk.services.schedule.records import MeetingData
from tests.factories import add_client


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        cid = add_client(s, "Tisza Pékség Kft.", kam="Anna").id
        start = datetime.now(UTC) + timedelta(days=2)
        mid = save_meeting(s, MeetingData(client_id=cid, subject="Season plan", start=start))
        save_questions(s, mid, [(None, "Volumes?", ""), (None, "Who decides?", "")])
    return {"client": cid, "meeting": mid}


def plan(db: Database, mid: str) -> list[tuple[str, str]]:
    with db.reading() as s:
        return [(q.question, q.answer) for q in get_meeting(s, mid).questions]


def test_the_plan_saved_keeps_a_question_added_meanwhile(db: Database, ids) -> None:  # type: ignore[no-untyped-def]
    mid = ids["meeting"]
    with db.reading() as s:
        loaded = get_meeting(s, mid).questions
    base = question_rows(loaded)
    with db.unit_of_work() as s:  # another window adds one and answers the first
        now = [(q.id, q.question, q.answer) for q in get_meeting(s, mid).questions]
        now[0] = (now[0][0], now[0][1], "10 % more")
        save_questions(s, mid, [*now, (None, "Budget?", "")])
    first, second = loaded
    mine = [
        (second.id, "Who decides, and when?", ""),
        (first.id, "Volumes?", ""),
        (None, "Risks?", ""),
    ]
    with db.unit_of_work() as s:
        save_questions(s, mid, mine, base=base)
    assert plan(db, mid) == [
        ("Who decides, and when?", ""),  # the KAM's order and wording
        ("Volumes?", "10 % more"),  # the answer given meanwhile stays
        ("Risks?", ""),
        ("Budget?", ""),  # added meanwhile: kept, after the KAM's
    ]


def test_a_question_deleted_meanwhile_and_changed_here_is_a_clear_message(
    db: Database, ids
) -> None:  # type: ignore[no-untyped-def]
    mid = ids["meeting"]
    with db.reading() as s:
        first, second = get_meeting(s, mid).questions
    base = question_rows((first, second))
    with db.unit_of_work() as s:  # deleted elsewhere
        save_questions(s, mid, [(second.id, second.question, "")])
    mine = [(first.id, "Volumes, by month?", ""), (second.id, "Who decides?", "")]
    deleted = "“Volumes, by month\\?” was deleted elsewhere"
    with pytest.raises(UserError, match=deleted), db.unit_of_work() as s:
        save_questions(s, mid, mine, base=base)
    with db.unit_of_work() as s:  # left as it was here: it simply stays deleted
        save_questions(s, mid, [(first.id, "Volumes?", ""), (second.id, "Who?", "")], base=base)
    assert plan(db, mid) == [("Who?", "")]


def test_an_objection_settled_meanwhile_stays_settled_and_a_clash_is_raised(
    db: Database, ids
) -> None:  # type: ignore[no-untyped-def]
    cid = ids["client"]
    with db.unit_of_work() as s:
        oid = save_objection(s, cid, "Prices are high", "Per kilo")
        base = objection_rows(client_objections(s, cid))
    with db.unit_of_work() as s:
        save_objection(s, cid, "Prices are high", "Per kilo", status="settled", objection_id=oid)
    with db.unit_of_work() as s:
        save_objection(s, cid, "Prices are high!", "Per kilo", objection_id=oid, base=base)
    with db.reading() as s:
        [saved] = client_objections(s, cid)
    assert (saved.objection, saved.status) == ("Prices are high!", "settled")
    with pytest.raises(StaleEdit) as caught, db.unit_of_work() as s:
        save_objection(s, cid, "Prices are too high", "", objection_id=oid, base=base)
    assert [c.field for c in caught.value.clashes] == [f"objection:{oid}"]  # the response: mine
    with db.unit_of_work() as s:
        delete_objection(s, oid)
    with pytest.raises(UserError, match="deleted elsewhere"), db.unit_of_work() as s:
        save_objection(s, cid, "Prices are high", "Per delivered kilo", objection_id=oid, base=base)


def test_key_reasons_and_competitors_merge_field_by_field(db: Database, ids) -> None:  # type: ignore[no-untyped-def]
    cid = ids["client"]
    with db.unit_of_work() as s:
        base = dossier.key_reasons_data(s, cid)
        entry = dossier.save_competitor_at(
            s, cid, "Tej-Coop", supplies="Milk", share_percent=Decimal(30)
        )
        was = dossier.competitor_at_data(s, entry)
    with db.unit_of_work() as s:  # meanwhile: a reason flagged, the competitor's share updated
        dossier.save_key_reasons(s, cid, {"partner": "Shares its plans"})
        dossier.save_competitor_at(
            s, cid, "Tej-Coop", supplies="Milk", share_percent=Decimal(40), entry_id=entry
        )
    with db.unit_of_work() as s:
        dossier.save_key_reasons(s, cid, {**base, "reference": "Best-known chain"}, base=base)
        dossier.save_competitor_at(
            s,
            cid,
            "Tej-Coop",
            supplies="Milk, butter",
            share_percent=Decimal(30),
            entry_id=entry,
            base=was,
        )
    with db.reading() as s:
        assert dossier.get_key_reasons(s, cid) == {
            "reference": "Best-known chain",
            "partner": "Shares its plans",
        }
        [competitor] = dossier.competitors_at(s, cid)
    assert (competitor.supplies, competitor.share_percent) == ("Milk, butter", Decimal(40))
    with pytest.raises(StaleEdit) as caught, db.unit_of_work() as s:
        dossier.save_key_reasons(s, cid, {**base, "partner": "Open books"}, base=base)
    assert [(c.field, c.mine, c.theirs) for c in caught.value.clashes] == [
        ("partner", "Open books", "Shares its plans")
    ]
