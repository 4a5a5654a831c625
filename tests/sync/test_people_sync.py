"""KAMs and assignments between laptops: two laptops migrating the same typed names (0014) make
the same records, which merge without twins or conflicts, and a change of a client's KAMs
travels by file like any edit."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.models import ClientKam, Kam
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.clients.dossier import get_profile, save_profile
from tests.db.make_fixtures import uid
from tests.db.test_people_migration import at_0013
from tests.sync.laptops import Laptop, exchange

TODAY = date(2026, 12, 6)


People = tuple[list[tuple[str, str, str]], list[tuple[str, str, int, bool]]]


def _people(laptop: Laptop) -> People:
    """(id, name, key) of every KAM; (client, KAM, position, live) of every assignment."""

    def read(s: Session) -> People:
        kams = s.execute(select(Kam.id, Kam.name, Kam.name_key).order_by(Kam.id)).all()
        links = s.execute(
            select(
                ClientKam.client_id, ClientKam.kam_id, ClientKam.position, ClientKam.deleted_at
            ).order_by(ClientKam.id)
        ).all()
        return (
            [(i, n, k) for i, n, k in kams],
            [(c, k, p, d is None) for c, k, p, d in links],
        )

    return laptop.read(read)


def _live(people: People) -> People:
    return people[0], [link for link in people[1] if link[3]]


@pytest.mark.parametrize("synced", [False, True], ids=["never synced", "synced before"])
def test_two_laptops_migrating_the_same_text_make_equal_records(
    tmp_path: Path, synced: bool
) -> None:
    template = at_0013(tmp_path / "at-0013", synced=synced)
    a = Laptop.new(tmp_path / "a", "Anna", template)
    b = Laptop.new(tmp_path / "b", "Elena", template)
    try:
        made_a, made_b = _people(a), _people(b)
        assert made_a == made_b and made_a[0] and made_a[1]
        exchange(a, b)
        # no twins: the same ids, the same values (tombstones may be purged once both hold them)
        assert _live(_people(a)) == _live(_people(b)) == _live(made_a)
        assert set(_people(a)[1]) | set(_people(b)[1]) <= set(made_a[1])
        assert a.conflicts() == [] and b.conflicts() == []
        assert a.digest() == b.digest()
        kams = a.read(lambda s: s.scalar(select(func.count()).select_from(Kam)))
        assert kams == len({key for _id, _name, key in made_a[0]})
    finally:
        a.close()
        b.close()


def test_a_change_of_a_clients_kams_travels_by_file(tmp_path: Path) -> None:
    template = at_0013(tmp_path / "at-0013")
    a = Laptop.new(tmp_path / "a", "Anna", template)
    b = Laptop.new(tmp_path / "b", "Elena", template)
    client = uid("typed three")
    try:
        exchange(a, b)

        def reassign(s: Session) -> None:
            profile = get_profile(s, client)
            assert profile.kam == "Kovács Anna; Elena Morozova; Luca Bianchi"
            changed = dataclasses.replace(profile, kam="Elena Morozova; Nagy Béla")
            save_profile(s, changed, client_id=client, today=TODAY, base=profile)

        a.do(reassign)
        b.take(a.export(b.name))
        assert b.read(lambda s: get_profile(s, client).kam) == "Elena Morozova; Nagy Béla"
        rows = b.read(lambda s: {r.id: r.kam for r in list_clients(s, limit=500)})
        assert rows[client] == "Elena Morozova +1"
        assert _live(_people(a)) == _live(_people(b))
        live = [x for x in _people(b)[1] if x[0] == client]
        assert sorted((p, alive) for _c, _k, p, alive in live) == [
            (1, False),  # Anna's and Luca's assignments: tombstones that travelled
            (1, True),
            (2, True),
            (3, False),
        ]
        assert a.conflicts() == [] and b.conflicts() == []
        assert a.digest() == b.digest()
    finally:
        a.close()
        b.close()
