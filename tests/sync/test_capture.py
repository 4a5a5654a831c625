"""Field-level capture: every write path leaves exactly the events it should."""

from __future__ import annotations

import json
from decimal import Decimal

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.models.base import Base
from kamdesk.models.digest import DIGEST_TABLES
from kamdesk.models.receivables import CACHE_TABLES
from kamdesk.services.sync.tables import NOT_FIELDS, entities
from tests.factories import add_client


def _state(db: Database, cid: str) -> dict | None:  # type: ignore[type-arg]
    with db.reading() as s:
        row = (
            s.connection()
            .exec_driver_sql(
                "SELECT state FROM sync_state WHERE entity = 'client' AND record_id = ?", (cid,)
            )
            .first()
        )
    return None if row is None else json.loads(row[0])


def _events(state: dict) -> int:  # type: ignore[type-arg]
    return sum(state["c"].values())


def test_a_save_is_one_event_holding_only_the_fields_that_changed(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Acme", city="Győr").id
    created = _state(db, cid)
    assert created is not None and "x" not in created  # every field as created
    with db.unit_of_work() as s:
        client = s.get(Client, cid)
        client.city = "Pécs"
        client.credit_limit = Decimal("100.00")
    edited = _state(db, cid)
    assert edited is not None
    assert sorted(edited["x"]) == ["city", "credit_limit"]
    assert edited["v"]["credit_limit"] == 10000  # money as minor units, exactly
    assert len(edited["c"]) == 1  # one laptop: the vector names one replica


def test_a_value_saved_unchanged_is_no_event(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Acme", city="Győr").id
    before = _state(db, cid)
    with db.unit_of_work() as s:
        s.get(Client, cid).city = "Győr"
    assert _state(db, cid) == before


def test_hand_written_sql_is_captured_too(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Acme").id
    with db.unit_of_work() as s:
        s.connection().exec_driver_sql("UPDATE client SET phone = '+36 1' WHERE id = ?", (cid,))
    state = _state(db, cid)
    assert state is not None and state["v"]["phone"] == "+36 1" and "phone" in state["x"]


def test_a_tombstone_and_a_removal_are_deletes(db: Database) -> None:
    with db.unit_of_work() as s:
        kept, gone = add_client(s, "Kept").id, add_client(s, "Gone", kam="").id
    with db.unit_of_work() as s:
        s.get(Client, kept).tombstone()
        s.connection().exec_driver_sql("DELETE FROM client WHERE id = ?", (gone,))
    for cid in (kept, gone):
        state = _state(db, cid)
        assert state is not None and state.get("t"), cid


def test_every_synced_table_has_its_capture_triggers_over_its_columns(db: Database) -> None:
    with db.engine.connect() as conn:
        triggers = {
            name: sql
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    for name, entity in entities().items():
        for suffix in ("ai", "au", "ad"):
            assert f"sync_{name}_{suffix}" in triggers, name
        update = triggers[f"sync_{name}_au"]
        for column in entity.table.columns:
            if column.name not in {"id", "updated_at", "revision"}:
                assert f"'{column.name}'" in update, (name, column.name)
    synced = {t.name for t in Base.metadata.sorted_tables} - set(entities())
    local = {"replica", *CACHE_TABLES, *DIGEST_TABLES}
    assert all(t in local or t.startswith("sync_") for t in synced), synced
    assert {"id", "deleted_at", "updated_at", "revision"} <= NOT_FIELDS


def test_a_baseline_row_changed_by_hand_keeps_only_sync_fields(demo_db: Database) -> None:
    """The trigger notes the whole row; the state keeps the fields that travel (no sort key)."""
    with demo_db.reading() as s:
        cid = s.connection().exec_driver_sql("SELECT id FROM client LIMIT 1").scalar_one()
    with demo_db.unit_of_work() as s:
        s.connection().exec_driver_sql("UPDATE client SET city = 'Eger' WHERE id = ?", (cid,))
    state = _state(demo_db, cid)
    assert state is not None
    assert set(state["v"]) == set(entities()["client"].fields)
    assert list(state["x"]) == ["city"]


def test_a_record_deleted_here_takes_its_live_children_with_it(db: Database) -> None:
    from kamdesk.models import OrderLine, SalesOrder
    from tests.factories import add_order

    with db.unit_of_work() as s:
        oid = add_order(s, add_client(s, "Acme"), [("1", "5.00", "0"), ("2", "5.00", "0")]).id
    with db.unit_of_work() as s:
        order = s.get(SalesOrder, oid)
        assert order is not None
        order.tombstone()
    with db.reading() as s:
        lines = s.query(OrderLine).filter_by(order_id=oid).all()
        assert lines and all(line.deleted_at is not None for line in lines)
