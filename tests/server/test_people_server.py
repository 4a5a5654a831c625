"""Migration 0014 and the assignments on the team server (PostgreSQL): the typed names of a
database at 0013 become the same KAM records and assignments a laptop makes, team and kam point
at each other, and the services read and write assignments there."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db import run_upgrade
from kamdesk.db.server import make_server_engine
from kamdesk.domain.client import ClientProfile, kam_name_key
from kamdesk.domain.natural_keys import client_kam_id, kam_id
from kamdesk.models import ClientKam, Kam, Team
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.clients.dossier import get_profile, save_profile
from tests.db.make_fixtures import uid
from tests.db.people import EXPECTED, FOURTH_IN_NOTES, TYPED, add_typed_clients, assignments


def test_the_typed_names_become_kams_and_assignments_on_the_server(pg_empty_url: str) -> None:
    engine = make_server_engine(pg_empty_url)
    try:
        run_upgrade(engine, "0013")
        with engine.begin() as conn:
            add_typed_clients(conn)
        run_upgrade(engine)
        with engine.connect() as conn:
            got = assignments(conn)
            assert {name: got.get(uid(f"typed {name}"), []) for name in TYPED} == EXPECTED
            notes = conn.execute(
                sa.text("SELECT notes FROM client WHERE id = :i"), {"i": uid("typed four")}
            ).scalar_one()
            assert notes == FOURTH_IN_NOTES
            for kid, key in conn.execute(sa.text("SELECT id, name_key FROM kam")):
                assert kid == kam_id(key)
            for lid, cid, kid in conn.execute(
                sa.text("SELECT id, client_id, kam_id FROM client_kam")
            ):
                assert lid == client_kam_id(cid, kid)
    finally:
        engine.dispose()


def test_team_and_kam_refer_to_each_other(pg_sessions: sessionmaker[Session]) -> None:
    with pg_sessions() as s:
        team = Team(name="Budapest")
        s.add(team)
        s.flush()
        head = Kam(name="Nagy  Béla", team_id=team.id, is_manager=True, role_name="nagy_bela")
        s.add(head)
        s.flush()
        team.manager_id = head.id
        s.commit()
        assert head.name_key == kam_name_key("Nagy Béla") == "nagy béla"
    with pg_sessions() as s, pytest.raises(IntegrityError):
        s.add(Team(name="Nowhere", manager_id="no such kam"))
        s.commit()
    with pg_sessions() as s, pytest.raises(IntegrityError):  # one live login per role
        s.add(Kam(name="Someone else", role_name="nagy_bela"))
        s.commit()


def test_the_dossier_writes_assignments_the_list_reads_on_the_server(
    pg_sessions: sessionmaker[Session],
) -> None:
    profile = ClientProfile(
        name="Tisza Pékség Kft.", currency="HUF", kam="Kovács Anna; Elena Morozova"
    )
    with pg_sessions() as s:
        cid = save_profile(s, profile, today=date(2026, 12, 6))
        s.commit()
    with pg_sessions() as s:
        assert get_profile(s, cid).kam == "Kovács Anna; Elena Morozova"
        (row,) = list_clients(s)
        assert row.kam == "Kovács Anna +1"
        save_profile(
            s,
            ClientProfile(name="Tisza Pékség Kft.", currency="HUF", kam="Elena Morozova"),
            client_id=cid,
            today=date(2026, 12, 6),
        )
        s.commit()
    with pg_sessions() as s:
        (row,) = list_clients(s)
        assert row.kam == "Elena Morozova"
        live = s.scalars(sa.select(ClientKam).where(ClientKam.deleted_at.is_(None))).all()
        assert [(a.kam_id, a.position) for a in live] == [(kam_id("elena morozova"), 1)]
