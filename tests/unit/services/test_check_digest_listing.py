"""check, digest and list on a real file, with data written by the ORM."""

from __future__ import annotations

import sqlite3

import pytest

from kamdesk.db import Database, open_database
from kamdesk.errors import UserError
from kamdesk.models import Base, SalesOrder
from kamdesk.services.check import check
from kamdesk.services.digest import digest
from kamdesk.services.listing import list_records
from tests.factories import add_client, add_order

pytestmark = pytest.mark.sqlite_only(
    "kamdesk check examines a laptop's file: its integrity, caches and digest tallies"
)


def _fill(db: Database, *, reverse: bool = False) -> None:
    names = ["Alfa", "Béta", "Гамма"]
    with db.unit_of_work() as s:
        for name in reversed(names) if reverse else names:
            add_client(s, name, id=f"00000000-0000-4000-8000-00000000000{names.index(name)}")
        client = add_client(s, "Orders Ltd", id="00000000-0000-4000-8000-0000000000aa")
        add_order(s, client, [("3", "12.50", "10"), ("1.5", "0.99", "0")], number="SO-7")


def test_check_is_ok_on_sound_data(db: Database) -> None:
    _fill(db)
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_check_finds_totals_that_do_not_match_the_lines(db: Database) -> None:
    _fill(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sales_order SET total_net = total_net + 1")
        conn.exec_driver_sql("UPDATE order_line SET vat = vat + 1 WHERE line_no = 2")
        conn.exec_driver_sql("UPDATE client SET status = 'vanished' WHERE name = 'Alfa'")
    with db.engine.connect() as conn:
        problems = check(conn)
    assert any("order SO-7: stored totals" in p for p in problems)
    assert any("order SO-7 line 2" in p for p in problems)
    assert any("unknown status 'vanished'" in p for p in problems)


def test_check_finds_live_lines_of_a_deleted_order(db: Database) -> None:
    _fill(db)
    # by hand: kamdesk's own delete takes the lines with the order (sync's capture cascades)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sales_order SET deleted_at = '2026-12-01T00:00:00.000000Z'")
    with db.engine.connect() as conn:
        assert check(conn) == ["order_line: 2 live rows belong to a deleted sales_order"]


def _created_together(*databases: Database) -> None:
    """As sync leaves them: a record's created_at travels with it."""
    for database in databases:
        with database.engine.begin() as conn:
            for table in Base.metadata.sorted_tables:
                if "created_at" in table.columns:
                    conn.exec_driver_sql(
                        f"UPDATE {table.name} SET created_at = '2026-11-01 08:00:00.000000'"
                    )


def test_digest_ignores_row_order_and_bookkeeping(tmp_path, db: Database) -> None:  # type: ignore[no-untyped-def]
    _fill(db)
    other = open_database(tmp_path / "other.sqlite")
    _fill(other, reverse=True)
    _created_together(db, other)
    with other.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE client SET revision = 7, updated_at = '2030-01-01'")
    with db.engine.connect() as a, other.engine.connect() as b:
        assert digest(a) == digest(b)
    # when a record was made is shared data (it travels with the record): it counts
    with other.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE client SET created_at = '2026-10-01 08:00:00.000000'")
    with db.engine.connect() as a, other.engine.connect() as b:
        assert [x.entity for x, y in zip(digest(a), digest(b), strict=True) if x != y] == ["client"]
    _created_together(other)
    with other.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE client SET city = 'Győr' WHERE name = 'Alfa'")
    with db.engine.connect() as a, other.engine.connect() as b:
        changed = {d.entity for d in digest(a)} ^ set()
        assert [x.entity for x, y in zip(digest(a), digest(b), strict=True) if x != y] == ["client"]
        assert "client" in changed
    other.close()


def test_digest_counts_live_records_only(db: Database) -> None:
    _fill(db)
    with db.unit_of_work() as s:
        s.query(SalesOrder).one().tombstone()
    with db.engine.connect() as conn:
        lines = {d.entity: d.count for d in digest(conn)}
    assert lines["client"] == 4
    assert lines["sales_order"] == 0


def test_list_orders_gives_json_ready_fields(db: Database) -> None:
    _fill(db)
    with db.reading() as s:
        (order,) = list_records(s, "orders")
    assert set(order) >= {"id", "number", "date", "status", "client_id", "client", "total"}
    assert order["client"] == "Orders Ltd"
    # 3 × 12.50 − 10 % = 33.75 and 1.5 × 0.99 = 1.49; net 35.24, VAT 6.75 + 0.30
    assert order["total"] == "42.29"
    assert order["date"] == "2026-11-02"


def test_list_refuses_an_unknown_entity_and_honours_limit(db: Database) -> None:
    _fill(db)
    with db.reading() as s:
        assert len(list_records(s, "clients", limit=2)) == 2
        with pytest.raises(UserError):
            list_records(s, "spaceships")


def test_read_only_file_can_be_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "k.sqlite"
    database = open_database(path)
    _fill(database)
    database.close()
    sqlite3.connect(path).close()
    ro = open_database(path, readonly=True)
    with ro.engine.connect() as conn:
        assert check(conn) == []
    ro.close()


def test_sqlites_own_checks_run_beside_with_the_same_answer(db: Database) -> None:
    """The command line runs quick_check and foreign_key_check on a connection of their own
    while the domain's checks run: what is found is the same."""
    _fill(db)
    with db.engine.connect() as conn:
        assert check(conn, beside=db.engine) == check(conn) == []
    raw = sqlite3.connect(db.path)  # another program, which does not check foreign keys
    with raw:
        raw.execute("UPDATE sales_order SET total_net = total_net + 1")
        raw.execute("UPDATE order_line SET order_id = 'gone' WHERE line_no = 2")
    raw.close()
    with db.engine.connect() as conn:
        alone, beside = check(conn), check(conn, beside=db.engine)
    assert alone == beside
    assert beside == ["foreign key: order_line row 2 points to a missing sales_order"]
