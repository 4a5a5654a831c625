"""The team server's exchange (services.server.exchange) between real files: the server side is
a SQLite file here, so that the push-then-pull logic is held on every machine; tests/server runs
the same against PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.models import Client
from kamdesk.services.server.exchange import Exchange, exchange
from tests.factories import add_client
from tests.sync.laptops import Laptop


@pytest.fixture
def team(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    server = Laptop.new(tmp_path / "server", "Team server", migrated_template)
    yield anna, boris, server
    for one in (anna, boris, server):
        one.close()


def sync(laptop: Laptop, server: Laptop) -> Exchange:
    """One exchange; the server commits first (the inner unit of work), then the laptop."""
    with laptop.db.unit_of_work() as mine, server.db.unit_of_work() as theirs:
        return exchange(mine, theirs, label="test")


def _client(laptop: Laptop, name: str, **fields: object) -> str:
    return laptop.do(lambda s: add_client(s, name, **fields).id)


def _set(laptop: Laptop, cid: str, **values: object) -> None:
    def work(s):  # type: ignore[no-untyped-def]
        client = s.get(Client, cid)
        for k, v in values.items():
            setattr(client, k, v)

    laptop.do(work)


def _names(laptop: Laptop) -> dict[str, tuple[str, str]]:
    rows = laptop.read(lambda s: s.execute(select(Client.id, Client.name, Client.city)).all())
    return {cid: (name, city) for cid, name, city in rows}


def test_two_laptops_meet_through_the_server(team: tuple[Laptop, Laptop, Laptop]) -> None:
    anna, boris, server = team
    kovacs = _client(anna, "Kovács Kft.", city="Győr")
    first = sync(anna, server)
    assert first.sent >= 1 and first.pushed.added["client"] == 1
    rossi = _client(boris, "Rossi S.p.A.", city="Milano")
    sync(boris, server)
    sync(anna, server)
    assert _names(anna) == _names(boris) == _names(server)
    assert set(_names(server)) == {kovacs, rossi}
    assert anna.digest() == boris.digest() == server.digest()


def test_offline_edits_on_both_laptops_converge_in_any_order(
    team: tuple[Laptop, Laptop, Laptop],
) -> None:
    anna, boris, server = team
    cid = _client(anna, "Kovács Kft.", city="Győr")
    sync(anna, server)
    sync(boris, server)
    _set(anna, cid, city="Budapest")  # both offline: different fields
    _set(boris, cid, name="Kovács és Társa Kft.")
    sync(boris, server)
    sync(anna, server)
    sync(boris, server)
    assert _names(anna)[cid] == ("Kovács és Társa Kft.", "Budapest")
    assert anna.digest() == boris.digest() == server.digest()
    assert not anna.conflicts() and not boris.conflicts()


def test_the_same_field_changed_on_both_is_the_conflict_files_give(
    team: tuple[Laptop, Laptop, Laptop],
) -> None:
    anna, boris, server = team
    cid = _client(anna, "Kovács Kft.", city="Győr")
    sync(anna, server)
    sync(boris, server)
    _set(anna, cid, city="Budapest")
    _set(boris, cid, city="Debrecen")
    sync(anna, server)
    sync(boris, server)
    sync(anna, server)
    assert anna.digest() == boris.digest() == server.digest()
    open_on = [[c.field for c in one.conflicts()] for one in (anna, boris, server)]
    assert open_on == [["city"], ["city"], ["city"]]


def test_a_second_sync_with_nothing_new_sends_nothing(team: tuple[Laptop, Laptop, Laptop]) -> None:
    anna, _, server = team
    _client(anna, "Kovács Kft.")
    sync(anna, server)
    before = (anna.digest(), server.digest())
    again = sync(anna, server)
    assert (again.sent, again.received) == (0, 0)
    assert again.nothing
    assert (anna.digest(), server.digest()) == before


def test_a_laptop_that_failed_to_commit_after_the_server_did_is_repaired_next_time(
    team: tuple[Laptop, Laptop, Laptop],
) -> None:
    anna, boris, server = team
    cid = _client(boris, "Rossi S.p.A.", city="Milano")
    sync(boris, server)
    _client(anna, "Kovács Kft.")
    laptop = anna.db.sessions()  # the laptop's transaction is lost (power cut, disk full)
    try:
        with server.db.unit_of_work() as theirs:
            exchange(laptop, theirs, label="lost")
    finally:
        laptop.rollback()
        laptop.close()
    assert cid not in _names(anna)
    repaired = sync(anna, server)
    assert repaired.pushed.nothing  # the server had Anna's client already: merged to the same
    assert cid in _names(anna)
    sync(boris, server)
    assert anna.digest() == boris.digest() == server.digest()
