"""The scoped replica (docs/team-server.md, section 4; services.server.scope): clients entering
and leaving a KAM's laptop as the manager reassigns them, synced as the KAMs' own logins."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.domain.clock import VersionVector
from kamdesk.models import ClientKam
from kamdesk.services.clients.assignments import assign_kams
from kamdesk.services.server.exchange import Exchange
from kamdesk.services.server.run import sync_with_server
from kamdesk.services.server.scope import SCOPE, records_under
from kamdesk.services.sync.store import load_local
from kamdesk.services.trash import list_trash
from kamdesk.sync.bundle import BundleRecord
from tests.factories import add_order
from tests.pg import Cluster
from tests.server.test_server_exchange import (
    _client,
    _clients,
    _contact,
    _login,
    _on_server,
    _set,
)
from tests.sync.bundles import read as read_bundle
from tests.sync.laptops import Laptop

ANNA, BORIS = "Anna Kovács", "Boris Petrov"


@dataclass
class Office:
    anna: Laptop
    boris: Laptop
    hub: Laptop  # the manager's laptop, syncing as the administrator
    url: str  # the administrator's
    as_anna: str
    as_boris: str
    kovacs: str  # Anna's client (Boris's too in some tests)
    rossi: str  # Boris's client, with a contact and an order

    def sync(self, who: str) -> Exchange:
        laptop, url = {
            "anna": (self.anna, self.as_anna),
            "boris": (self.boris, self.as_boris),
            "hub": (self.hub, self.url),
        }[who]
        return sync_with_server(laptop.db, url)

    def reassign(self, client_id: str, *names: str) -> None:
        """The manager's handover: the client's assignments made `names`, sent to the server."""
        self.hub.do(lambda s: assign_kams(s, client_id, list(names)))
        self.sync("hub")


@pytest.fixture
def office(
    tmp_path: Path, migrated_template: Path, pg_cluster: Cluster, pg_url: str
) -> Iterator[Office]:
    laptops = [
        Laptop.new(tmp_path / n.lower(), n, migrated_template) for n in ("Anna", "Boris", "Hub")
    ]
    anna, boris, hub = laptops
    kovacs = _client(hub, "Kovács Kft.", city="Győr", kam=ANNA)
    hub.do(lambda s: _contact(s, kovacs, "Kovács Éva"))
    rossi = _client(hub, "Rossi S.p.A.", city="Milano", kam=BORIS)

    def rossis(s: Session) -> None:
        from kamdesk.models import Client

        _contact(s, rossi, "Giulia Bianchi")
        client = s.get(Client, rossi)
        assert client is not None
        add_order(s, client, [("2", "10.00", "0"), ("1", "5.50", "10")], number="SO-7")

    hub.do(rossis)
    sync_with_server(hub.db, pg_url)  # the manager's file seeds the server, then the logins
    suffix = tmp_path.name[-6:].lower().replace("-", "_")
    made = Office(
        anna, boris, hub, pg_url,
        _login(pg_cluster, pg_url, f"anna_{suffix}", ANNA),
        _login(pg_cluster, pg_url, f"boris_{suffix}", BORIS),
        kovacs, rossi,
    )  # fmt: skip
    made.sync("anna")
    made.sync("boris")
    assert set(_clients(anna)) == {kovacs} and set(_clients(boris)) == {rossi}
    yield made
    for laptop in laptops:
        laptop.close()


def _under(session: Session, client_id: str) -> dict[str, set[str]]:
    return records_under(session, [client_id])


def _on_server_under(sessions: sessionmaker[Session], client_id: str) -> dict[str, set[str]]:
    with sessions() as s:
        return _under(s, client_id)


def _live(session: Session, records: dict[str, set[str]]) -> dict[str, set[str]]:
    """Of `records`, the ids whose row is live in this database, per entity."""
    found = {}
    for name, ids in records.items():
        rows = session.execute(
            text(f"SELECT id FROM {name} WHERE deleted_at IS NULL AND id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": sorted(ids)},
        )
        found[name] = {str(r) for (r,) in rows}
    return {name: ids for name, ids in found.items() if ids}


def _held_for_scope(session: Session) -> set[str]:
    return {
        str(r)
        for (r,) in session.execute(
            text("SELECT record_id FROM sync_held WHERE reason = :why"), {"why": SCOPE}
        )
    }


def test_a_client_assigned_after_the_first_sync_arrives_whole(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    rossi = office.rossi
    on_server = _on_server_under(pg_sessions, rossi)
    assert {"client", "contact", "client_kam", "sales_order", "order_line"} <= set(on_server)
    # Anna's vector already covers every event of Rossi's records (she received others of
    # the hub's events): a pull planned by her vector alone would never send them
    with pg_sessions() as s:
        contexts = [
            VersionVector.of(json.loads(state)["c"])
            for (state,) in s.execute(
                text("SELECT state FROM sync_state WHERE record_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": sorted(set().union(*on_server.values()))},
            )
        ]
    vector = office.anna.read(load_local).vector
    assert contexts and all(vector.dominates(c) for c in contexts)

    office.reassign(rossi, BORIS, ANNA)
    done = office.sync("anna")
    assert done.entered == {rossi} and not done.left
    assert set(_clients(office.anna)) == {office.kovacs, rossi}
    on_server = _on_server_under(pg_sessions, rossi)  # with Anna's new assignment
    assert office.anna.read(lambda s: _under(s, rossi)) == on_server
    assert office.anna.read(lambda s: _live(s, on_server)) == on_server
    assert office.sync("anna").received == 0  # nothing new: it came once


def test_a_client_taken_away_leaves_the_laptop_and_nothing_else(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = office.kovacs
    office.reassign(kovacs, BORIS)  # Anna's assignment tombstoned outright
    held = office.anna.read(lambda s: _under(s, kovacs))
    assert "contact" in held
    done = office.sync("anna")
    assert done.left == {kovacs} and not done.entered
    assert _clients(office.anna) == {}
    assert office.anna.read(lambda s: _live(s, held)) == {}  # no row of it in sight
    assert office.anna.read(lambda s: list_trash(s)) == []  # not her delete: not in her trash
    # gone for good, not kept aside: the server holds all of it (her push came first)
    assert office.anna.read(lambda s: _under(s, kovacs)) == {}
    assert office.anna.read(_held_for_scope) == set()
    counts = {line.split()[0]: int(line.split()[1]) for line in office.anna.digest()}
    assert counts.get("client", 0) == counts.get("contact", 0) == 0  # live rows only
    again = office.sync("anna")
    assert again.sent == 0  # nothing goes back as a delete
    _, items, _ = read_bundle(office.anna.export(full=True), None, clear=True)
    sent = {i.data["id"] for i in items if isinstance(i, BundleRecord)}
    assert "kam" in {i.entity for i in items if isinstance(i, BundleRecord)}  # her shared rows
    assert not sent & set().union(*held.values())  # not even in a full file
    # the server and Boris keep all of it, live
    assert kovacs in _on_server(pg_sessions)
    with pg_sessions() as s:
        assert _live(s, held) == {n: ids for n, ids in held.items() if n != "client_kam"}
    office.sync("boris")
    assert kovacs in _clients(office.boris)
    assert office.boris.read(lambda s: _live(s, held))["contact"] == held["contact"]


def test_a_client_handed_back_comes_back_whole_with_what_changed_meanwhile(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = office.kovacs
    office.reassign(kovacs, BORIS)
    office.sync("anna")
    office.sync("boris")
    _set(office.boris, kovacs, city="Sopron")  # while it is not Anna's
    office.boris.do(lambda s: _contact(s, kovacs, "Kovács Péter"))
    office.sync("boris")
    office.reassign(kovacs, ANNA, BORIS)
    done = office.sync("anna")
    assert done.entered == {kovacs}
    assert _clients(office.anna)[kovacs] == ("Kovács Kft.", "Sopron")
    on_server = _on_server_under(pg_sessions, kovacs)
    assert len(on_server["contact"]) == 2
    with pg_sessions() as s:
        live_on_server = _live(s, on_server)
    assert office.anna.read(lambda s: _live(s, on_server)) == live_on_server
    assert office.anna.read(_held_for_scope) == set()
    office.sync("boris")
    assert _clients(office.boris)[kovacs] == _clients(office.anna)[kovacs]
    assert not office.anna.conflicts() and not office.boris.conflicts()


def test_an_edit_made_during_a_handover_grace_reaches_the_server(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = office.kovacs
    _set(office.anna, kovacs, city="Budapest")  # offline, before the handover

    def hand_over(s: Session) -> None:
        assign_kams(s, kovacs, [ANNA, BORIS])
        mine = s.scalars(select(ClientKam).where(ClientKam.client_id == kovacs)).all()
        for row in mine:
            if row.position == 1:
                row.leaving_since = datetime.now(UTC).isoformat()

    office.hub.do(hand_over)
    office.sync("hub")
    done = office.sync("anna")
    # within the 14 days' grace her edit is pushed; then her part ends (services.team.handover)
    # and the client leaves her laptop, in the same exchange
    assert done.left == {kovacs}
    assert _on_server(pg_sessions)[kovacs] == ("Kovács Kft.", "Budapest")


def test_an_edit_made_after_the_grace_ran_out_is_stranded_not_merged(
    office: Office, pg_sessions: sessionmaker[Session]
) -> None:
    """The grace (3.5) over, the client is out of Anna's scope at push time: her offline edit
    is kept whole in `stranded` for the manager (4.3), the sync succeeds, the client leaves."""
    kovacs = office.kovacs

    def hand_over_long_ago(s: Session) -> None:
        assign_kams(s, kovacs, [ANNA, BORIS])
        for row in s.scalars(select(ClientKam).where(ClientKam.client_id == kovacs)).all():
            if row.position == 1:
                row.leaving_since = (datetime.now(UTC) - timedelta(days=15)).isoformat()

    office.hub.do(hand_over_long_ago)
    office.sync("hub")
    _set(office.anna, kovacs, city="Budapest")
    done = office.sync("anna")
    assert done.stranded == 1 and done.left == {kovacs}
    assert _on_server(pg_sessions)[kovacs] == ("Kovács Kft.", "Győr")
    with pg_sessions() as s:
        kept = s.execute(text("SELECT entity, record_id, state FROM stranded")).all()
    assert [(e, r, state["v"]["city"]) for e, r, state in kept] == [("client", kovacs, "Budapest")]
    assert kovacs not in _clients(office.anna)  # out of sight there, not lost: stranded
