"""The trash across laptops: a restore is an edit that travels, and a tombstone stays
restorable for the retention period, even once every laptop has seen the delete."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.models import Client, Contact
from kamdesk.services import trash
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.sync import purge
from tests.factories import add_client
from tests.sync.laptops import Laptop, exchange


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    yield anna, boris
    anna.close()
    boris.close()


def _client_with_contact(laptop: Laptop) -> tuple[str, str]:
    def work(s):  # type: ignore[no-untyped-def]
        client = add_client(s, "Kovács és Társa Kft.")
        contact = Contact(client_id=client.id, full_name="Kovács Ödön")
        s.add(contact)
        s.flush()
        return client.id, contact.id

    return laptop.do(work)


def _alive(laptop: Laptop, model: type, record_id: str) -> bool:
    def read(s):  # type: ignore[no-untyped-def]
        row = s.get(model, record_id)
        return row is not None and row.deleted_at is None

    return laptop.read(read)


def test_a_restore_travels_to_the_other_laptop_like_any_edit(pair: tuple[Laptop, Laptop]) -> None:
    anna, boris = pair
    cid, contact = _client_with_contact(anna)
    exchange(anna, boris)
    anna.do(lambda s: delete_client(s, cid))
    exchange(anna, boris)
    assert not _alive(boris, Client, cid) and not _alive(boris, Contact, contact)
    listed = boris.read(trash.list_trash)
    assert [(e.kind, e.deleted_by) for e in listed] == [("client", "Anna")]  # who deleted it

    anna.do(lambda s: trash.restore(s, "client", [cid]))
    exchange(anna, boris)
    assert _alive(boris, Client, cid) and _alive(boris, Contact, contact)
    assert boris.read(trash.list_trash) == []
    assert boris.conflicts() == []
    assert anna.digest() == boris.digest()


def test_a_restore_on_the_other_laptop_comes_back_too(pair: tuple[Laptop, Laptop]) -> None:
    anna, boris = pair
    cid, contact = _client_with_contact(anna)
    exchange(anna, boris)
    anna.do(lambda s: delete_client(s, cid))
    exchange(anna, boris)
    boris.do(lambda s: trash.restore(s, "client", [cid]))  # Boris wanted it after all
    exchange(boris, anna)
    assert _alive(anna, Client, cid) and _alive(anna, Contact, contact)
    assert anna.digest() == boris.digest()


def test_a_recent_tombstone_is_kept_although_every_laptop_acknowledged_it(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair
    cid, _ = _client_with_contact(anna)
    exchange(anna, boris)
    anna.do(lambda s: delete_client(s, cid))
    exchange(anna, boris)
    anna.take(boris.export(anna.name, tag="-ack"))
    boris.take(anna.export(boris.name, tag="-ack"))  # both know the other has seen the delete
    for laptop in (anna, boris):
        assert [e.id for e in laptop.read(trash.list_trash)] == [cid]  # still restorable
    boris.do(lambda s: trash.restore(s, "client", [cid]))
    exchange(boris, anna)
    assert _alive(anna, Client, cid)


def test_past_the_retention_an_acknowledged_tombstone_goes(
    pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, boris = pair
    cid, _ = _client_with_contact(anna)
    exchange(anna, boris)
    anna.do(lambda s: delete_client(s, cid))
    exchange(anna, boris)
    monkeypatch.setattr(purge, "RETENTION_DAYS", 0)  # as if the retention had passed
    anna.take(boris.export(anna.name, tag="-ack"))
    boris.take(anna.export(boris.name, tag="-ack"))
    assert anna.read(trash.list_trash) == [] and boris.read(trash.list_trash) == []
