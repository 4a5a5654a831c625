"""The models and a few services on the team server (PostgreSQL): what already works there,
and (strict xfail) what is known not to yet, so that fixing it is noticed.

Found running services on the server (issue 19, first step), fixed: client.name_key's NUL
separator (PostgreSQL text holds none: models.base.SortKey), the caches' INTEGER minor units
(32-bit there: BIGINT), text order (a database must sort byte by byte: server init says so),
VARCHAR(n) (the server's columns have no length since migration 0015: a laptop keeps lines up
to 500 characters, kamdesk.domain.limits, in columns declared shorter), search (FTS5's
counterpart: tsvector, kamdesk.db.search_pg; tests/server/test_server_search.py). The services'
driver SQL runs on both dialects (kamdesk.db.dialect; their own tests on the server: `pytest
--pg`), and kamdesk.db.Database's unit of work folds no digest there. Not yet: `check` examines a
laptop's file (pragmas, tallies). The server has the sync capture (migration 0015,
tests/server/test_server_import.py) and no digest tallies (docs/team-server.md 2.7)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db import Database
from kamdesk.models import Base, Client, ClientBalance, Product
from kamdesk.services.clients.client_list import count_clients, list_clients
from kamdesk.services.sales.order_steps import confirm_order
from kamdesk.services.sales.orders import DraftLine, OrderDraft, get_order, list_orders, save_draft
from kamdesk.services.schedule.week import week
from tests.factories import DEMO_AS_OF, add_client, add_named_clients

Sessions = sessionmaker[Session]
D = Decimal
DAY = date(2026, 11, 24)


def test_dates_and_money_keep_their_exact_values(pg_sessions: Sessions) -> None:
    signed = datetime(2026, 11, 24, 9, 30, 15, 123456, tzinfo=UTC)
    with pg_sessions() as s:
        client = add_client(
            s,
            "Szőnyi Élelmiszer Zrt.",
            annual_revenue=D("98765432109.99"),  # past 32 bits in minor units
            credit_limit=D("-0.01"),
            founded=date(1991, 3, 1),
        )
        client.created_at = signed
        s.commit()
        cid = client.id
    with pg_sessions() as s:
        back = s.get(Client, cid)
        assert back is not None
        assert back.annual_revenue == D("98765432109.99")
        assert back.credit_limit == D("-0.01")
        assert back.created_at == signed and back.created_at.tzinfo is not None
        assert back.founded == date(1991, 3, 1)
        stored = s.execute(
            text("SELECT annual_revenue, created_at FROM client WHERE id = :i"), {"i": cid}
        ).one()
    # stored as on a laptop: integer minor units, ISO-8601 text that sorts as time does
    assert tuple(stored) == (9876543210999, "2026-11-24T09:30:15.123456Z")


def test_the_caches_hold_amounts_past_32_bits(pg_sessions: Sessions) -> None:
    # 30 million EUR converted to HUF is some 1.2e12 fillér: far past PostgreSQL's INTEGER
    big = 1_200_000_000_000
    with pg_sessions() as s:
        s.add(ClientBalance(client_id="c", currency="HUF", balance=big, open_amount=big, credit=0))
        s.commit()
        back = s.get(ClientBalance, "c")
        assert back is not None and back.balance == back.open_amount == big


def test_a_tombstoned_twin_may_keep_a_live_records_key(pg_sessions: Sessions) -> None:
    def product(sku: str) -> Product:
        return Product(sku=sku, name="Milk", vat_rate=D(18), base_price=D("1.25"), currency="EUR")

    with pg_sessions() as s:
        old = product("MILK-1")
        s.add(old)
        s.flush()
        old.tombstone()
        s.add(product("MILK-1"))
        s.commit()  # the unique index holds live rows only, as on SQLite
        s.add(product("MILK-1"))
        with pytest.raises(IntegrityError, match="uq_product_sku_live"):
            s.flush()


def test_clients_saved_on_the_server_list_as_on_a_laptop(
    pg_sessions: Sessions, db: Database
) -> None:
    with pg_sessions() as s:
        add_named_clients(s)
        s.commit()
        on_server = [(r.name, r.city) for r in list_clients(s, limit=100)]
        by_city = [r.name for r in list_clients(s, sort="city", descending=True, limit=4)]
        assert count_clients(s) == len(on_server) == 10
    with db.unit_of_work() as s:
        add_named_clients(s)
    with db.reading() as s:
        assert [(r.name, r.city) for r in list_clients(s, limit=100)] == on_server
        assert [r.name for r in list_clients(s, sort="city", descending=True, limit=4)] == by_city


def _shop(s: Session) -> tuple[str, str]:
    client = add_client(
        s, "Szőnyi Élelmiszer Zrt.", credit_limit=D("10000.00"), max_discount_percent=D(5)
    )
    milk = Product(sku="MILK-1", name="Milk", vat_rate=D(18), base_price=D("1.25"), currency="EUR")
    s.add(milk)
    s.flush()
    return client.id, milk.id


def _draft(client: str, product: str) -> OrderDraft:
    lines = (DraftLine(product, D(100), D("1.25"), D(2), price_rule="base"),)
    return OrderDraft(client_id=client, order_date=DAY, lines=lines)


def test_an_order_saved_on_the_server_reads_back_with_its_totals(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        client, milk = _shop(s)
        order = save_draft(s, _draft(client, milk))
        s.commit()
    with pg_sessions() as s:
        saved = get_order(s, order)
        assert saved.number == "SO-2026-000001" and saved.status == "draft"
        assert saved.total_net == D("122.50") and saved.total_gross == D("144.55")
        assert [r.id for r in list_orders(s)] == [order]


def test_clients_are_searched_on_the_server(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        add_named_clients(s)
        s.commit()
        found = list_clients(s, search="gyor")
        assert count_clients(s, search="gyor") == len(found) == 1
        assert "Győr" in found[0].city


def test_an_order_confirmed_on_the_server_passes_credit_control(pg_sessions: Sessions) -> None:
    with pg_sessions() as s:
        client, milk = _shop(s)
        order = save_draft(s, _draft(client, milk))
        decision = confirm_order(s, order, today=DAY)
        s.commit()
    assert decision.allowed and decision.available == D("10000.00") and decision.over_by == 0
    with pg_sessions() as s:
        saved = get_order(s, order)
        assert saved.status == "confirmed" and saved.total_gross == D("144.55")


def _copy_to_server(database: Database, sessions: Sessions) -> None:
    """Every row of a laptop's file into the server, table by table through the models' types
    (foreign keys set aside while it goes in: a table's rows may point at each other)."""
    with database.reading() as laptop, sessions() as server:
        server.execute(text("SET LOCAL session_replication_role = replica"))
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in laptop.execute(table.select()).mappings()]
            server.execute(table.delete())  # what the migrations wrote (sync_meta, caches)
            if rows:
                server.execute(table.insert(), rows)
        server.commit()


def test_the_demo_portfolio_goes_to_the_server_and_reads_as_on_the_laptop(
    pg_sessions: Sessions, demo_db: Database
) -> None:
    _copy_to_server(demo_db, pg_sessions)
    monday = date(2026, 11, 23)

    def views(s: Session) -> tuple[list[Any], ...]:
        return (
            list_clients(s, limit=1000),
            list_clients(s, sort="city", descending=True, limit=1000),
            list_orders(s, limit=1000),
            week(s, monday, today=DEMO_AS_OF),
        )

    with pg_sessions() as s:
        on_server = views(s)
    with demo_db.reading() as s:
        on_laptop = views(s)
    assert [len(v) for v in on_server] == [len(v) for v in on_laptop]
    assert len(on_laptop[0]) == 40 and len(on_laptop[2]) > 40
    assert on_server == on_laptop


def test_a_line_longer_than_its_column_that_a_laptop_keeps_fits_on_the_server(
    pg_sessions: Sessions, db: Database
) -> None:
    # SQLite ignores VARCHAR(120); kamdesk's own limit is 500 characters for every line field,
    # and the server's columns have no length (migration 0015), so it keeps what a laptop keeps
    city = "Székesfehérvár, Ipari Park " * 6  # 162 characters
    with db.unit_of_work() as s:
        on_laptop = add_client(s, "Alba Hús Kft.", city=city).id
    with pg_sessions() as s:
        on_server = add_client(s, "Alba Hús Kft.", city=city).id
        s.commit()
    with db.reading() as s:
        assert s.get(Client, on_laptop).city == city  # type: ignore[union-attr]
    with pg_sessions() as s:
        assert s.get(Client, on_server).city == city  # type: ignore[union-attr]
