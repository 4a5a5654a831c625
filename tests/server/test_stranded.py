"""Stranded edits (docs/team-server.md 4.3; services.server.stranded and settle): what a KAM's
laptop sends that the login may not write is kept on the server for the manager, the sync
succeeds, and the manager applies or drops it. Boris plays the colleague who takes Anna's
client over (the design's Elena); Maria manages both (team East)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.domain.clock import VersionVector
from kamdesk.errors import UserError
from kamdesk.models import ClientPrice, Contact, Kam, Product, Team
from kamdesk.services.server.roles import add_role
from kamdesk.services.server.settle import (
    APPLIED,
    DROPPED,
    grouped,
    settle_on_server,
    stranded_on_server,
)
from kamdesk.services.sync.capture import capture
from kamdesk.services.sync.store import load_local
from tests.server.test_scope import ANNA, BORIS, Office, office
from tests.server.test_server_exchange import _clients, _contact, _on_server, _set
from tests.sync.laptops import Laptop

__all__ = ["office"]

MARIA = "Maria Rossi"


def _manager(office: Office, sessions: sessionmaker[Session], tmp_path: Path) -> str:
    """Team East with Maria as its manager, Anna and Boris in it; Maria's login's URL."""
    login = f"maria_{tmp_path.name[-6:].lower().replace('-', '_')}"
    with sessions() as s:
        add_role(s, login=login, kam_name=MARIA, kind="manager", password=None)
        east = Team(name="East")
        s.add(east)
        s.flush()
        for kam in s.scalars(select(Kam).where(Kam.name.in_([ANNA, BORIS, MARIA]))):
            kam.team_id = east.id
            if kam.name == MARIA:
                east.manager_id = kam.id
        s.flush()
        capture(s)  # the server's own edit: it travels to the laptops
        s.commit()
    anna = office.as_anna.split("//", 1)[1].split("@", 1)[0]
    return office.as_anna.replace(f"//{anna}@", f"//{login}@", 1)


def _stranded(sessions: sessionmaker[Session]) -> list[dict[str, Any]]:
    """Every stranded row, as the administrator reads them."""
    with sessions() as s:
        rows = s.execute(
            text(
                "SELECT id, kam_id, entity, record_id, client_id, state, outcome FROM stranded "
                "ORDER BY entity, at"
            )
        ).mappings()
        return [dict(r) for r in rows]


def _kam_id(sessions: sessionmaker[Session], name: str) -> str:
    with sessions() as s:
        found = s.scalar(select(Kam.id).where(Kam.name == name, Kam.deleted_at.is_(None)))
        assert found is not None
        return found


def _contacts(laptop: Laptop, client_id: str) -> set[str]:
    return set(
        laptop.read(
            lambda s: s.scalars(
                select(Contact.full_name).where(
                    Contact.client_id == client_id, Contact.deleted_at.is_(None)
                )
            ).all()
        )
    )


def _strand_kovacs(office: Office, sessions: sessionmaker[Session]) -> list[dict[str, Any]]:
    """Anna edits Kovács offline and adds a contact; the manager gives it to Boris outright;
    Anna syncs: it succeeds, and both changes are stranded, not merged."""
    kovacs = office.kovacs
    _set(office.anna, kovacs, city="Budapest")
    office.anna.do(lambda s: _contact(s, kovacs, "Kovács Péter"))
    office.reassign(kovacs, BORIS)
    done = office.sync("anna")
    assert (done.stranded, done.sent) == (2, 0) and done.left == {kovacs}
    assert _on_server(sessions)[kovacs] == ("Kovács Kft.", "Győr")
    with sessions() as s:
        names = s.scalars(select(Contact.full_name).where(Contact.client_id == kovacs)).all()
    assert "Kovács Péter" not in names
    rows = _stranded(sessions)
    assert [(r["entity"], r["client_id"], r["outcome"]) for r in rows] == [
        ("client", kovacs, None),
        ("contact", kovacs, None),
    ]
    assert {r["kam_id"] for r in rows} == {_kam_id(sessions, ANNA)}
    assert rows[0]["state"]["v"]["city"] == "Budapest"  # the whole state, as the laptop kept it
    return rows


def test_an_edit_to_a_client_taken_outright_is_stranded_and_the_manager_applies_it(
    office: Office, pg_sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    as_maria = _manager(office, pg_sessions, tmp_path)
    office.sync("boris")
    rows = _strand_kovacs(office, pg_sessions)
    again = office.sync("anna")  # not stuck, and nothing is sent twice
    assert (again.sent, again.stranded) == (0, 0)
    assert len(_stranded(pg_sessions)) == 2
    # the server's vector claims Anna's stranded events (it holds them, in `stranded`), so
    # Boris's laptop, taking that vector, claims them too: an apply that merged them and no
    # more would never be sent to him; the apply's own event is what makes them travel
    office.sync("boris")
    assert _clients(office.boris)[office.kovacs] == ("Kovács Kft.", "Győr")
    boris_knows = office.boris.read(load_local).vector
    assert all(boris_knows.dominates(VersionVector.of(r["state"]["c"])) for r in rows)

    groups = grouped(stranded_on_server(as_maria))
    assert [(g.client_name, g.by, g.holders, len(g.changes)) for g in groups] == [
        ("Kovács Kft.", ANNA, BORIS, 2)
    ]
    for change in groups[0].changes:
        settle_on_server(as_maria, change.id, APPLIED)
    assert _on_server(pg_sessions)[office.kovacs] == ("Kovács Kft.", "Budapest")
    assert {r["outcome"] for r in _stranded(pg_sessions)} == {APPLIED}
    assert stranded_on_server(as_maria) == []
    office.sync("boris")
    assert _clients(office.boris)[office.kovacs] == ("Kovács Kft.", "Budapest")
    assert "Kovács Péter" in _contacts(office.boris, office.kovacs)
    with pytest.raises(UserError, match="No unsettled stranded change"):
        settle_on_server(as_maria, rows[0]["id"], DROPPED)  # settled once


def test_a_dropped_change_never_reaches_anyone(
    office: Office, pg_sessions: sessionmaker[Session], tmp_path: Path, capsys: Any
) -> None:
    as_maria = _manager(office, pg_sessions, tmp_path)
    rows = _strand_kovacs(office, pg_sessions)
    capsys.readouterr()
    assert main(["server", "stranded", "--server", as_maria]) == 0
    listed = capsys.readouterr().out
    assert f"Kovács Kft.: 2 changes by {ANNA} after the handover to {BORIS}" in listed
    assert all(r["id"] in listed for r in rows)
    for row in rows:
        assert main(["server", "stranded", "--server", as_maria, "--drop", row["id"]]) == 0
    assert {r["outcome"] for r in _stranded(pg_sessions)} == {DROPPED}
    capsys.readouterr()
    assert main(["server", "stranded", "--server", as_maria]) == 0
    assert "no stranded changes" in capsys.readouterr().out
    assert main(["server", "stranded", "--server", as_maria, "--all"]) == 0
    assert f"({DROPPED})" in capsys.readouterr().out
    office.sync("boris")
    assert _clients(office.boris)[office.kovacs] == ("Kovács Kft.", "Győr")
    assert "Kovács Péter" not in _contacts(office.boris, office.kovacs)
    assert _on_server(pg_sessions)[office.kovacs] == ("Kovács Kft.", "Győr")
    # handed back, the client comes to Anna as the server holds it: her dropped edit is
    # answered by the server's own, not kept on her laptop alone
    office.reassign(office.kovacs, ANNA, BORIS)
    assert office.sync("anna").entered == {office.kovacs}
    assert _clients(office.anna)[office.kovacs] == ("Kovács Kft.", "Győr")
    assert "Kovács Péter" not in _contacts(office.anna, office.kovacs)
    assert office.sync("anna").sent == 0
    assert not office.anna.conflicts()


def test_a_kam_cannot_settle_nor_read_another_kams_stranded_changes(
    office: Office, pg_sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    rows = _strand_kovacs(office, pg_sessions)
    with pytest.raises(UserError, match="refused"):
        settle_on_server(office.as_anna, rows[0]["id"], APPLIED)  # a KAM settles nothing
    assert main(["server", "stranded", "--server", office.as_anna, "--drop", rows[0]["id"]]) == 2
    assert len(stranded_on_server(office.as_anna)) == 2  # her own, read
    assert stranded_on_server(office.as_boris) == []  # not his to read
    boris = _kam_id(pg_sessions, BORIS)
    anna = _kam_id(pg_sessions, ANNA)
    insert = (
        "INSERT INTO stranded(id, replica_id, kam_id, entity, record_id, client_id, state) "
        "VALUES (gen_random_uuid()::text, 'r', %s, 'client', %s, %s, '{}')"
    )
    with psycopg.connect(office.as_anna, autocommit=True) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (boris, office.rossi, office.rossi))  # as Boris
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE stranded SET outcome = 'applied', settled_at = now()")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM stranded")
        conn.execute(insert, (anna, office.kovacs, office.kovacs))  # her own: she may
    with psycopg.connect(office.as_boris, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM stranded").fetchone() == (0,)
        conn.execute(insert, (boris, office.rossi, office.rossi))  # his own
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (anna, office.rossi, office.rossi))  # nor he as Anna
    with psycopg.connect(office.as_anna, autocommit=True) as conn:
        seen = conn.execute("SELECT DISTINCT kam_id FROM stranded").fetchall()
        assert seen == [(anna,)]  # Boris's row is there, not for her to read
        assert conn.execute(
            "SELECT count(*) FROM stranded WHERE kam_id = %s", (boris,)
        ).fetchone() == (0,)
    assert len(_stranded(pg_sessions)) == 4
    assert {r["kam_id"] for r in _stranded(pg_sessions)} == {anna, boris}


def test_a_kams_edits_to_the_catalogue_are_stranded_and_the_rest_goes_through(
    office: Office, pg_sessions: sessionmaker[Session], capsys: Any
) -> None:
    kovacs = office.kovacs
    with pg_sessions() as s:
        milk = Product(sku="MILK", name="Milk", vat_rate=Decimal(20), base_price=Decimal(1),
                       currency="EUR")  # fmt: skip
        s.add(milk)
        s.flush()
        capture(s)
        s.commit()
        milk_id = milk.id
    office.sync("anna")

    def edits(s: Session) -> None:
        cheap = Product(sku="CHEAP", name="Cheap milk", vat_rate=Decimal(20),
                        base_price=Decimal(1), currency="EUR")  # fmt: skip
        s.add(cheap)
        s.flush()
        product = s.get(Product, milk_id)
        assert product is not None
        product.name = "Milk 3.5%"
        # her client's price of the new product: merged without it, it would name nothing
        s.add(ClientPrice(client_id=kovacs, product_id=cheap.id, price=Decimal("0.90")))

    office.anna.do(edits)
    _set(office.anna, kovacs, city="Budapest")  # hers: it goes through
    capsys.readouterr()
    assert main(["sync", "--db", str(office.anna.db.path), "--server", office.as_anna]) == 0
    said = capsys.readouterr().out
    assert "3 changes could not be sent: they are your manager's to apply" in said
    assert "sent 1 records" in said  # her client's edit, merged
    assert _on_server(pg_sessions)[kovacs] == ("Kovács Kft.", "Budapest")
    with pg_sessions() as s:
        names = {str(k): str(v) for k, v in s.execute(select(Product.sku, Product.name))}
    assert names["MILK"] == "Milk" and "CHEAP" not in names  # neither new name nor product
    rows = _stranded(pg_sessions)
    assert sorted((r["entity"], r["client_id"]) for r in rows) == [
        ("client_price", kovacs),
        ("product", None),
        ("product", None),
    ]
    assert {json.dumps(r["state"]["v"]["name"]) for r in rows if r["entity"] == "product"} == {
        '"Cheap milk"',
        '"Milk 3.5%"',
    }
    with pg_sessions() as s:
        assert s.scalar(select(func.count()).select_from(ClientPrice)) == 0
    check = main(["server", "check", "--db", str(office.anna.db.path), "--server", office.url])
    assert check in (0, 1)
    assert "3 stranded changes wait for a manager" in capsys.readouterr().out
    # dropped, the new name is answered on Anna's laptop by the server's own edit
    renamed = next(r for r in rows if r["state"]["v"].get("name") == "Milk 3.5%")
    settle_on_server(office.url, renamed["id"], DROPPED)
    office.sync("anna")
    assert (
        office.anna.read(lambda s: s.scalar(select(Product.name).where(Product.id == milk_id)))
        == "Milk"
    )
    assert not office.anna.conflicts()


def test_a_client_anna_creates_offline_reaches_the_server_with_her_assignment(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    """A client the server does not hold yet is hers to create (kamdesk.client_is_new): the
    gate passes it and all under it, its assignment first (RLS admits the client once it is
    hers); in the same push, another KAM's client she still holds is held back."""
    from kamdesk.models import ClientKam
    from tests.factories import add_client

    weber = office.anna.do(lambda s: add_client(s, "Weber GmbH", kam=f"{ANNA}, {BORIS}").id)
    office.anna.do(lambda s: _contact(s, weber, "Hans Weber"))
    _set(office.anna, office.kovacs, city="Budapest")
    office.reassign(office.kovacs, BORIS)
    done = office.sync("anna")
    assert done.stranded == 2 and done.left == {office.kovacs} and not done.entered
    # Boris as co-KAM is the manager's to assign: held, the rest of Weber goes through
    assert [(r["entity"], r["client_id"]) for r in _stranded(pg_sessions)] == [
        ("client", office.kovacs),
        ("client_kam", weber),
    ]
    assert weber in _on_server(pg_sessions) and weber in _clients(office.anna)
    with pg_sessions() as s:
        assigned = s.scalars(select(ClientKam.kam_id).where(ClientKam.client_id == weber)).all()
        names = s.scalars(select(Contact.full_name).where(Contact.client_id == weber)).all()
    assert assigned == [_kam_id(pg_sessions, ANNA)] and names == ["Hans Weber"]
    assert office.sync("anna").sent == 0
    office.sync("boris")
    assert weber not in _clients(office.boris)


def test_the_sync_section_says_how_many_changes_wait_for_the_manager(qapp: Any) -> None:
    from kamdesk.services.server.exchange import Exchange
    from kamdesk.services.sync.importer import ImportSummary
    from kamdesk.ui.sync.import_dialogs import server_summary_text

    said = server_summary_text(Exchange("s", 5, 0, ImportSummary(), ImportSummary(), stranded=3))
    assert "3 change(s) could not be sent: they are your manager's to apply" in said
    assert "5 change(s) sent to the server." in said
    quiet = server_summary_text(Exchange("s", 5, 0, ImportSummary(), ImportSummary()))
    assert "could not be sent" not in quiet
