"""A client's KAMs as records (issue 19): the dossier writes one to three assignments, the lead
first; the list shows the lead with "+1"/"+2" and sorts by it; the lead signs documents; a KAM
typed in another case or spacing is the same record, a dropped assignment a tombstone that
comes back when the name is typed again."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.client import ClientProfile
from kamdesk.domain.natural_keys import client_kam_id, kam_id
from kamdesk.errors import InvalidFields
from kamdesk.models import ClientKam, Kam
from kamdesk.services.check import check
from kamdesk.services.clients.assignments import assigned_names, known_kams, lead_kam
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.clients.dossier import get_profile, save_profile
from kamdesk.services.clients.first_page import read_first_page
from kamdesk.services.company import save_company
from kamdesk.services.documents.parties import load_source
from tests.factories import add_client, add_order
from tests.unit.services.test_documents import COMPANY

TODAY = date(2026, 12, 6)


def _save(db: Database, kam: str, client_id: str | None = None) -> str:
    with db.unit_of_work() as s:
        base = get_profile(s, client_id) if client_id else None
        profile = ClientProfile(name="Tisza Pékség Kft.", currency="HUF", kam=kam)
        if base is not None:
            profile = dataclasses.replace(base, kam=kam)
        return save_profile(s, profile, client_id=client_id, today=TODAY, base=base)


def test_the_dossier_writes_one_to_three_assignments_the_lead_first(db: Database) -> None:
    cid = _save(db, "Kovács Anna, Elena  Morozova;kovács anna")
    with db.reading() as s:
        assert get_profile(s, cid).kam == "Kovács Anna; Elena Morozova"  # typed twice: once
        assert lead_kam(s, cid) == "Kovács Anna"
        rows = s.execute(select(ClientKam.id, ClientKam.kam_id, ClientKam.position)).all()
        assert sorted(rows, key=lambda r: r[2]) == [
            (client_kam_id(cid, kam_id("kovács anna")), kam_id("kovács anna"), 1),
            (client_kam_id(cid, kam_id("elena morozova")), kam_id("elena morozova"), 2),
        ]
    for kam, problem in (("", "at least one"), ("A; B; C; D", "At most 3")):
        with pytest.raises(InvalidFields) as refused, db.unit_of_work() as s:
            save_profile(s, ClientProfile(name="X", kam=kam), today=TODAY)
        assert problem in refused.value.problems["kam"]


def test_a_dropped_kam_is_a_tombstone_and_comes_back_under_its_id(db: Database) -> None:
    cid = _save(db, "Kovács Anna; Elena Morozova")
    _save(db, "Elena Morozova", cid)
    anna = client_kam_id(cid, kam_id("kovács anna"))
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Elena Morozova"]
        gone = s.get(ClientKam, anna)
        assert gone is not None and gone.deleted_at is not None
        assert known_kams(s) == ["Elena Morozova", "Kovács Anna"]  # the KAM stays
    _save(db, "Elena Morozova; KOVÁCS ANNA", cid)
    with db.reading() as s:
        back = s.get(ClientKam, anna)
        assert back is not None and back.deleted_at is None and back.position == 2
        assert assigned_names(s, cid) == ["Elena Morozova", "Kovács Anna"]
        assert sorted(s.scalars(select(Kam.name))) == ["Elena Morozova", "Kovács Anna"]
    if db.engine.dialect.name == "sqlite":  # check examines a laptop's file
        with db.engine.connect() as conn:
            assert check(conn) == []


def test_the_list_shows_the_lead_with_the_co_kams_counted_and_sorts_by_it(db: Database) -> None:
    with db.unit_of_work() as s:
        three = add_client(s, "Alfa", kam="Nagy Béla; Kovács Anna; Elena Morozova").id
        two = add_client(s, "Béta", kam="Elena Morozova; Nagy Béla").id
        one = add_client(s, "Gamma", kam="Kovács Anna").id
    with db.reading() as s:
        shown = {r.id: r.kam for r in list_clients(s)}
        by_kam = [r.id for r in list_clients(s, sort="kam")]
    assert shown == {three: "Nagy Béla +2", two: "Elena Morozova +1", one: "Kovács Anna"}
    assert by_kam == [two, one, three]
    if db.engine.dialect.name == "sqlite":  # a laptop's start-up read, without SQLAlchemy
        page = read_first_page(db.path, 10)
        assert page is not None and {r.id: r.kam for r in page.rows} == shown


def test_the_lead_signs_the_clients_documents(db: Database) -> None:
    with db.unit_of_work() as s:
        save_company(s, COMPANY)
        client = add_client(s, "Alfa", kam="Elena Morozova; Kovács Anna")
        order = add_order(s, client, [("1", "5.00", "0")])
        order_id = order.id
    with db.reading() as s:
        assert load_source(s, order_id, "proposal").kam == "Elena Morozova"
