"""The handover on a laptop's file (services.team.handover): the incoming KAM's assignment
written, the outgoing one marked leaving (it ends at its KAM's next exchange with the team
server: tests/server/test_handover.py), and the client's KAMs read without it everywhere."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from kamdesk.db import Database
from kamdesk.errors import UserError
from kamdesk.models import Client, ClientKam, Kam
from kamdesk.services.check import check
from kamdesk.services.clients.assignments import assign_kams, assigned_names, lead_kam
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.team.handover import handover, kam_choices
from kamdesk.services.team.reports import load_assignments
from tests.factories import add_client

ANNA, BORIS, CARL, ELENA = "Anna Kovács", "Boris Petrov", "Carl Weber", "Elena Morozova"


def _client(db: Database, name: str, kams: str) -> str:
    with db.unit_of_work() as s:
        cid = add_client(s, name, kam=kams).id
        for extra in (ELENA, CARL):  # KAMs the team knows, whoever they serve
            add_client(s, f"{extra}'s own", kam=extra)
        return cid


def _rows(db: Database, cid: str) -> dict[str, tuple[int, bool, bool]]:
    """KAM name -> (position, leaving, deleted) of the client's every assignment."""
    with db.reading() as s:
        rows = s.execute(
            select(Kam.name, ClientKam.position, ClientKam.leaving_since, ClientKam.deleted_at)
            .join(Kam, Kam.id == ClientKam.kam_id)
            .where(ClientKam.client_id == cid)
        ).all()
    return {n: (p, leaving is not None, gone is not None) for n, p, leaving, gone in rows}


def test_a_new_lead_is_written_and_the_old_lead_leaves(db: Database) -> None:
    cid = _client(db, "Kovács Kft.", f"{ANNA}; {BORIS}")
    with db.unit_of_work() as s:
        done = handover(s, [cid], "elena  MOROZOVA")  # a name as typed
    assert [(d.client_name, d.to_kam, d.leaving) for d in done] == [("Kovács Kft.", ELENA, (ANNA,))]
    assert _rows(db, cid) == {
        ELENA: (1, False, False), BORIS: (2, False, False), ANNA: (1, True, False),
    }  # fmt: skip
    with db.reading() as s:
        assert assigned_names(s, cid) == [ELENA, BORIS]
        assert lead_kam(s, cid) == ELENA  # documents sign as her from now
        row = next(r for r in list_clients(s, search="Kovács Kft.") if r.id == cid)
        assert row.kam == f"{ELENA} +1"
        assert load_assignments(s).owners[cid][0] == s.scalar(
            select(Kam.id).where(Kam.name == ELENA)
        )
        assert ANNA not in [s.get(Kam, k).name for k in load_assignments(s).owners[cid]]


@pytest.mark.sqlite_only("kamdesk check examines a laptop's file")
def test_check_counts_the_kams_that_stay(db: Database) -> None:
    cid = _client(db, "Kovács Kft.", f"{ANNA}; {BORIS}; {CARL}")
    with db.unit_of_work() as s:
        handover(s, [cid], ELENA)  # four live rows, one leaving: three KAMs
    with db.engine.connect() as conn:
        assert check(conn) == []
    with db.unit_of_work() as s:
        s.execute(text("UPDATE client_kam SET leaving_since = NULL"))  # as if nobody left
    with db.engine.connect() as conn:
        assert "client_kam: 1 live clients with more than 3 KAMs assigned" in check(conn)


def test_a_co_kam_joins_and_nobody_leaves(db: Database) -> None:
    cid = _client(db, "Kovács Kft.", ANNA)
    with db.reading() as s:
        elena = next(k for k, name in kam_choices(s) if name == ELENA)
    with db.unit_of_work() as s:
        (done,) = handover(s, [cid], elena, co=True)  # by id
    assert done.leaving == () and done.co
    assert _rows(db, cid) == {ANNA: (1, False, False), ELENA: (2, False, False)}


@pytest.mark.parametrize(
    ("kams", "to", "co", "said"),
    [
        (ANNA, "Nobody Known", False, "There is no KAM 'Nobody Known'"),
        (ANNA, ANNA, False, "Anna Kovács is already the client's lead KAM"),
        (f"{ANNA}; {ELENA}", ELENA, True, "already one of the client's KAMs"),
        (f"{ANNA}; {BORIS}; {CARL}", ELENA, True, "already has 3 KAMs"),
    ],
)
def test_a_bad_handover_says_why_and_writes_nothing(
    db: Database, kams: str, to: str, co: bool, said: str
) -> None:
    first = _client(db, "Rossi S.p.A.", BORIS)
    cid = _client(db, "Kovács Kft.", kams)
    before = (_rows(db, first), _rows(db, cid))
    with pytest.raises(UserError, match=said), db.unit_of_work() as s:
        handover(s, [first, cid], to, co=co)  # the first would pass: rolled back with the rest
    assert (_rows(db, first), _rows(db, cid)) == before


def test_an_unknown_or_deleted_client_is_refused(db: Database) -> None:
    cid = _client(db, "Kovács Kft.", ANNA)
    with db.unit_of_work() as s:
        client = s.get(Client, cid)
        assert client is not None
        client.tombstone()
    for ids in ([cid], ["no-such-client"], []):
        with pytest.raises(UserError), db.unit_of_work() as s:
            handover(s, ids, ELENA)


def test_handed_back_during_the_grace_the_kam_stays_and_the_dossier_leaves_leaving_alone(
    db: Database,
) -> None:
    cid = _client(db, "Kovács Kft.", f"{ANNA}; {BORIS}")
    with db.unit_of_work() as s:
        handover(s, [cid], ELENA)
    with db.unit_of_work() as s:  # the dossier saved with the KAMs it shows: Anna untouched
        assign_kams(s, cid, [ELENA, BORIS, CARL])
    assert _rows(db, cid)[ANNA] == (1, True, False)
    with db.unit_of_work() as s:
        (done,) = handover(s, [cid], ANNA)  # three stay, Anna replaces the lead: allowed
    assert done.leaving == (ELENA,)
    assert _rows(db, cid) == {
        ANNA: (1, False, False), BORIS: (2, False, False), CARL: (3, False, False),
        ELENA: (1, True, False),
    }  # fmt: skip
    with db.unit_of_work() as s:  # the dossier naming a leaving KAM again keeps them
        assign_kams(s, cid, [ANNA, ELENA])
    assert _rows(db, cid) == {
        ANNA: (1, False, False), ELENA: (2, False, False), BORIS: (2, False, True),
        CARL: (3, False, True),
    }  # fmt: skip
