from __future__ import annotations

import pytest

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.services.clients.client_list import count_clients, list_clients
from tests.factories import add_client, add_named_clients, add_price_column


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_search_matches_word_prefixes_in_any_script(db: Database) -> None:
    with db.unit_of_work() as s:
        add_named_clients(s)
    with db.reading() as s:
        assert [r.name for r in list_clients(s, search="север")] == ["ООО «Северный Хлеб»"]
        assert [r.name for r in list_clients(s, search="gyor")] == ["Győri Élelmiszer Zrt."]
        assert [r.name for r in list_clients(s, search="Xəzər")] == ["Xəzər Qida MMC"]
        assert [r.city for r in list_clients(s, search="казань")] == ["Казань"]
        assert count_clients(s, search="kft") == 2
        assert count_clients(s, search="kft alfa") == 1
        assert count_clients(s, search="CL-00003") == 1
        assert count_clients(s, search="nothing-like-this") == 0
        assert count_clients(s, search="«»") == 10  # nothing searchable: everything


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_search_follows_edits_and_ignores_tombstones(db: Database) -> None:
    with db.unit_of_work() as s:
        clients = add_named_clients(s)
    with db.unit_of_work() as s:
        c = s.get(Client, clients[0].id)
        assert c is not None
        c.name = "ООО «Южный Хлеб»"
        d = s.get(Client, clients[1].id)
        assert d is not None
        d.tombstone()
    with db.reading() as s:
        assert count_clients(s, search="север") == 0
        assert count_clients(s, search="южный") == 1
        assert count_clients(s, search="волга") == 0
        assert count_clients(s) == 9


def test_sorting_is_by_name_as_people_read_it_and_pages_do_not_overlap(db: Database) -> None:
    with db.unit_of_work() as s:
        add_named_clients(s)
        for i in range(45):
            add_client(s, f"Same name {i % 3}")
    with db.reading() as s:
        names = [r.name for r in list_clients(s, limit=100)]
        assert names.index("АО «Волга-Логистик»") < names.index("ООО «Северный Хлеб»")
        assert names.index("Alfa Pharm Kft.") == 0
        pages = [list_clients(s, offset=o, limit=7) for o in range(0, 55, 7)]
        ids = [r.id for page in pages for r in page]
        assert len(ids) == len(set(ids)) == 55
        desc = [r.name for r in list_clients(s, sort="city", descending=True, limit=3)]
        assert len(desc) == 3


def test_rows_carry_the_price_column_name(db: Database) -> None:
    with db.unit_of_work() as s:
        key = add_price_column(s, "Key account", "15")
        add_client(s, "With column", price_column_id=key.id)
        add_client(s, "Without")
    with db.reading() as s:
        rows = {r.name: r.price_column for r in list_clients(s)}
    assert rows == {"With column": "Key account", "Without": ""}


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_many_matches_read_in_the_name_index_give_the_same_page(db: Database) -> None:
    """Past MANY_MATCHES the page is read walking the name index: the same rows, in order."""
    with db.unit_of_work() as s:
        add_named_clients(s)
        for i in range(60):
            add_client(s, f"Client {i % 7}", city="Szeged" if i % 3 else "Győr")
    with db.reading() as s:
        for search in ("", "c", "cl", "szeged", "gyor client", "alfa", "zzz"):
            matches = count_clients(s, search=search)
            for offset in (0, 7):
                sorted_ = list_clients(s, search=search, offset=offset, limit=9)
                walked = list_clients(s, search=search, offset=offset, limit=9, matches=10**6)
                assert walked == sorted_, search
            assert len(list_clients(s, search=search, matches=10**6)) == matches
