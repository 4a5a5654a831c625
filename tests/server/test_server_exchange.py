"""Laptops syncing with a real team server (`kamdesk sync --server`, services.server.run): the
same merge as files, through PostgreSQL; as the administrator, then as the KAMs' own logins."""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.models import Client, Contact
from kamdesk.services.server.run import sync_with_server
from tests.factories import add_client
from tests.pg import Cluster
from tests.sync.laptops import Laptop

PASSWORD = "a long enough password"


@pytest.fixture
def office(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    """Anna's and Boris's laptops, and the manager's (the team's hub)."""
    made = [
        Laptop.new(tmp_path / n.lower(), n, migrated_template) for n in ("Anna", "Boris", "Hub")
    ]
    yield made[0], made[1], made[2]
    for laptop in made:
        laptop.close()


def _client(laptop: Laptop, name: str, **fields: object) -> str:
    return laptop.do(lambda s: add_client(s, name, **fields).id)


def _set(laptop: Laptop, cid: str, **values: object) -> None:
    def work(s: Session) -> None:
        client = s.get(Client, cid)
        for k, v in values.items():
            setattr(client, k, v)

    laptop.do(work)


def _contact(session: Session, client_id: str, name: str) -> str:
    contact = Contact(client_id=client_id, full_name=name)
    session.add(contact)
    session.flush()
    return contact.id


def _traces(session: Session, ids: list[str]) -> list[str]:
    """Where the laptop's file holds any of `ids`: a row naming them, a kept state, a
    conflict (every synced table, every column ending in _id)."""
    from kamdesk.services.sync.tables import entities

    found = []
    conn = session.connection()
    for name, entity in entities().items():
        for column in ("id", *(f for f in entity.fields if f.endswith("_id"))):
            for record_id in ids:
                hit = conn.exec_driver_sql(
                    f"SELECT 1 FROM {name} WHERE {column} = ? LIMIT 1", (record_id,)
                ).first()
                if hit:
                    found.append(f"{name}.{column}")
    for table in ("sync_state", "sync_conflict", "sync_held"):
        for record_id in ids:
            if conn.exec_driver_sql(
                f"SELECT 1 FROM {table} WHERE record_id = ? LIMIT 1", (record_id,)
            ).first():
                found.append(table)
    return found


def _clients(laptop: Laptop) -> dict[str, tuple[str, str]]:
    rows = laptop.read(
        lambda s: s.execute(
            select(Client.id, Client.name, Client.city).where(Client.deleted_at.is_(None))
        ).all()
    )
    return {cid: (name, city) for cid, name, city in rows}


def _on_server(sessions: sessionmaker[Session]) -> dict[str, tuple[str, str]]:
    with sessions() as s:
        rows = s.execute(
            select(Client.id, Client.name, Client.city).where(Client.deleted_at.is_(None))
        ).all()
    return {cid: (name, city) for cid, name, city in rows}


@pytest.mark.parametrize("order", ["ABA", "BAB", "AB" + "BA"])
def test_offline_edits_on_two_laptops_meet_on_the_server_in_any_order(
    office: tuple[Laptop, Laptop, Laptop],
    pg_url: str,
    pg_sessions: sessionmaker[Session],
    order: str,
) -> None:
    anna, boris, _ = office
    kovacs = _client(anna, "Kovács Kft.", city="Győr", kam="Anna Kovács")
    sync_with_server(anna.db, pg_url)
    sync_with_server(boris.db, pg_url)
    assert kovacs in _clients(boris)
    _set(anna, kovacs, city="Budapest")  # both offline: different fields, and a new client
    _set(boris, kovacs, name="Kovács és Társa Kft.")
    rossi = _client(boris, "Rossi S.p.A.", city="Milano", kam="Boris Petrov")
    for who in order:
        sync_with_server(anna.db if who == "A" else boris.db, pg_url)
    for laptop in (anna, boris):  # each syncs once more: all three hold the same
        sync_with_server(laptop.db, pg_url)
    assert _clients(anna)[kovacs] == ("Kovács és Társa Kft.", "Budapest")
    assert _clients(anna) == _clients(boris) == _on_server(pg_sessions)
    assert set(_clients(anna)) == {kovacs, rossi}
    assert anna.digest() == boris.digest()
    assert not anna.conflicts() and not boris.conflicts()


def test_a_money_conflict_is_the_same_on_both_laptops_and_a_second_sync_sends_nothing(
    office: tuple[Laptop, Laptop, Laptop], pg_url: str
) -> None:
    anna, boris, _ = office
    cid = _client(anna, "Kovács Kft.", city="Győr", kam="Anna Kovács")
    sync_with_server(anna.db, pg_url)
    sync_with_server(boris.db, pg_url)
    _set(anna, cid, city="Budapest")
    _set(boris, cid, city="Debrecen")
    for laptop in (anna, boris, anna):
        sync_with_server(laptop.db, pg_url)
    assert anna.digest() == boris.digest()
    assert [c.field for c in anna.conflicts()] == [c.field for c in boris.conflicts()] == ["city"]
    again = sync_with_server(anna.db, pg_url)
    assert (again.sent, again.received) == (0, 0)


def _login(cluster: Cluster, url: str, name: str, kam: str) -> str:
    """The person's login, made as the administrator does it; the URL to sync as them."""
    import sys

    stdin = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        assert main(["server", "role", "add", "--url", url, "--login", name, "--kam", kam]) == 0
    finally:
        sys.stdin = stdin
    return f"postgresql://{name}@127.0.0.1:{cluster.port}/{url.rsplit('/', 1)[1]}"


def test_each_kam_gets_only_their_clients_and_their_edits_reach_the_colleague(
    office: tuple[Laptop, Laptop, Laptop],
    pg_cluster: Cluster,
    pg_url: str,
    pg_sessions: sessionmaker[Session],
    tmp_path: Path,
) -> None:
    anna, boris, hub = office
    shared = _client(hub, "Kovács Kft.", city="Győr", kam="Anna Kovács, Boris Petrov")
    his = _client(hub, "Rossi S.p.A.", city="Milano", kam="Boris Petrov")
    giulia = hub.do(lambda s: _contact(s, his, "Giulia Bianchi"))
    sync_with_server(hub.db, pg_url)  # the manager's file seeds the server
    suffix = tmp_path.name[-6:].lower().replace("-", "_")
    as_anna = _login(pg_cluster, pg_url, f"anna_{suffix}", "Anna Kovács")
    as_boris = _login(pg_cluster, pg_url, f"boris_{suffix}", "Boris Petrov")
    sync_with_server(anna.db, as_anna)
    sync_with_server(boris.db, as_boris)
    assert set(_clients(anna)) == {shared}
    assert set(_clients(boris)) == {shared, his}
    assert anna.read(lambda s: _traces(s, [his, giulia])) == []
    assert "contact.client_id" in boris.read(lambda s: _traces(s, [his, giulia]))
    _set(anna, shared, city="Budapest")
    sync_with_server(anna.db, as_anna)
    sync_with_server(boris.db, as_boris)
    assert _clients(boris)[shared] == ("Kovács Kft.", "Budapest")
    assert _on_server(pg_sessions)[shared] == ("Kovács Kft.", "Budapest")


def test_a_change_the_login_may_not_make_is_kept_for_the_manager_and_the_rest_goes_through(
    office: tuple[Laptop, Laptop, Laptop],
    pg_cluster: Cluster,
    pg_url: str,
    pg_sessions: sessionmaker[Session],
    tmp_path: Path,
) -> None:
    from kamdesk.models import Product

    anna, _, hub = office
    mine = _client(hub, "Kovács Kft.", city="Győr", kam="Anna Kovács")
    sync_with_server(hub.db, pg_url)
    as_anna = _login(pg_cluster, pg_url, f"anna_{tmp_path.name[-6:].lower()}", "Anna Kovács")
    sync_with_server(anna.db, as_anna)
    _set(anna, mine, city="Budapest")
    anna.do(lambda s: s.add(Product(sku="CHEAP", name="Cheap milk", vat_rate=Decimal(20),
                                    base_price=Decimal(1), currency="EUR")))  # fmt: skip
    done = sync_with_server(anna.db, as_anna)  # not refused whole: the product is held back
    assert done.stranded == 1
    assert _on_server(pg_sessions)[mine] == ("Kovács Kft.", "Budapest")
    with pg_sessions() as s:
        assert s.scalar(select(Product.id).where(Product.sku == "CHEAP")) is None
    assert _clients(anna)[mine] == ("Kovács Kft.", "Budapest")  # nothing she typed is lost
    assert anna.read(lambda s: s.scalar(select(Product.name).where(Product.sku == "CHEAP")))
