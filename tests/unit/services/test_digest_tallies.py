"""The digest's tallies, kept as rows change (kamdesk.db.rowhash), always give what the records
give: whatever writes (services, the ORM, Core and hand-written SQL, inside a unit of work or
not, rolled back or not), whatever the values (every SQLite type), and `check` tells when a
write went around them."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import LargeBinary, select

from kamdesk.db import Database, open_database, rowhash, track_table
from kamdesk.domain.client import ContactData
from kamdesk.models import Base, Client, Contact
from kamdesk.services.check import check
from kamdesk.services.clients.contacts import delete_contact, restore_contact, save_contact
from kamdesk.services.digest import (
    EntityDigest,
    digest,
    digested_tables,
    from_records,
    kept_problems,
    recompute,
)
from tests.factories import add_client, add_order

pytestmark = pytest.mark.sqlite_only("the server keeps no digest tallies (docs/team-server.md 2.7)")

TODAY = date(2026, 11, 23)
STAMP = "2026-11-01T00:00:00.000000Z"
LENIENT = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def kept_and_recorded(db: Database) -> tuple[list[EntityDigest], list[EntityDigest]]:
    with db.engine.connect() as conn:
        return digest(conn), from_records(conn)


def stored_now(db: Database) -> list[EntityDigest]:
    """The tallies as a unit of work leaves them (its fold done), read back."""
    with db.unit_of_work():
        pass
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM digest_dirty").scalar_one() == 0
        return digest(conn)


def test_every_digested_table_is_marked_and_rendered_as_its_model_says(db: Database) -> None:
    with db.engine.connect() as conn:
        assert rowhash.tracked(conn) == digested_tables()
        kept = rowhash.stored(conn)
        for table in Base.metadata.sorted_tables:
            if table.name not in digested_tables():
                continue
            shape = rowhash.shape(conn, table.name)
            columns = sorted(c.name for c in table.columns if c.name not in rowhash.LEFT_OUT)
            blobs = {c.name for c in table.columns if isinstance(c.type, LargeBinary)}
            assert (list(shape.columns), set(shape.blobs)) == (columns, blobs), table.name
            assert {"id", "deleted_at"} <= set(table.columns.keys())
            assert kept[table.name][1] == shape.header


def test_a_write_folds_into_the_tallies_before_its_unit_of_work_commits(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alfa")
        add_order(s, client, [("3", "12.50", "10"), ("1", "0.99", "0")], number="SO-1")
    kept, recorded = kept_and_recorded(db)
    assert kept == recorded
    assert {d.entity: d.count for d in kept}["order_line"] == 2
    assert stored_now(db) == recorded


def test_writes_outside_a_unit_of_work_count_before_they_are_folded(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Alfa")
    with db.engine.begin() as conn:  # a script: no unit of work, no fold
        conn.exec_driver_sql("UPDATE client SET city = 'Győr'")
        conn.exec_driver_sql("CREATE TEMP TABLE copied AS SELECT * FROM client")
        conn.exec_driver_sql("UPDATE copied SET id = 'c-2', name = 'Béta'")
        conn.exec_driver_sql("INSERT INTO client SELECT * FROM copied")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM digest_dirty").scalar_one() == 2
    kept, recorded = kept_and_recorded(db)
    assert kept == recorded  # read only, the marks counted in memory
    assert {d.entity: d.count for d in kept}["client"] == 2
    assert stored_now(db) == recorded


def test_a_rolled_back_unit_of_work_leaves_the_tallies_as_they_were(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Alfa")
    before = stored_now(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        add_client(s, "Béta")
        s.flush()
        raise RuntimeError("the user's action failed")
    assert stored_now(db) == before == from_records_of(db)


def from_records_of(db: Database) -> list[EntityDigest]:
    with db.engine.connect() as conn:
        return from_records(conn)


def test_a_replaced_or_upserted_row_counts_once(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Alfa", id="c-1")
    with db.unit_of_work() as s:
        conn = s.connection()
        # REPLACE removes the row it replaces without a delete trigger
        conn.exec_driver_sql("INSERT OR REPLACE INTO client SELECT * FROM client WHERE id = 'c-1'")
        conn.exec_driver_sql("UPDATE client SET name = 'Alfa Kft.' WHERE id = 'c-1'")
    assert stored_now(db) == from_records_of(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT OR REPLACE INTO client SELECT * FROM client WHERE id = 'c-1'")
    kept, recorded = kept_and_recorded(db)
    assert kept == recorded and {d.entity: d.count for d in kept}["client"] == 1


ODD = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
)
# SQLite's JSON holds no blob: bytes only where the model keeps bytes (a blob column is
# rendered as hex), as for the digest before the tallies and for sync's triggers
WRITES = st.one_of(
    st.tuples(st.sampled_from(("founded", "employees", "annual_revenue")), ODD),
    st.tuples(st.just("logo"), st.one_of(ODD, st.binary(max_size=40))),
)


@LENIENT
@given(values=st.lists(WRITES, max_size=6))
def test_any_value_of_any_type_renders_alike_before_and_after(
    migrated_template: Path, tmp_path: Path, values: list[tuple[str, Any]]
) -> None:
    with fresh(migrated_template, tmp_path) as db:
        _write_values(db, values)


def _write_values(db: Database, values: list[tuple[str, Any]]) -> None:
    """The old row's text is made by the same SQL as the live row's: ints, reals (infinite,
    NaN), text (quotes, controls, any code point), NULL and bytes, in columns of every
    affinity (a blob column rendered as hex). Folded as a unit of work folds, without the
    app's other hooks, which read such values as the models type them."""
    with db.unit_of_work() as s:
        add_client(s, "Alfa", id="c-1")
    for column, value in values:
        table, row = ("company", None) if column == "logo" else ("client", "c-1")
        with db.engine.begin() as conn:  # a write the fold has not seen yet
            if row is None:
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO company (id, created_at, updated_at, revision, "
                    "legal_name, short_name, tax_id, registration_no, country, city, "
                    "postal_code, address, phone, email, website, bank_name, bank_account, "
                    "bank_code, default_currency, vat_rate) VALUES ('co', ?, ?, 1, 'A', 'A', "
                    "'', '', 'HU', '', '', '', '', '', '', '', '', '', 'HUF', '27')",
                    (STAMP, STAMP),
                )
            where = "id = 'co'" if row is None else "id = 'c-1'"
            conn.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE {where}", (value,))
        kept, recorded = kept_and_recorded(db)
        assert kept == recorded, (column, value)
        with db.engine.begin() as conn:
            rowhash.fold(conn)
        assert kept_and_recorded(db) == (recorded, recorded), (column, value)


OPS = st.lists(
    st.tuples(
        st.sampled_from(
            (
                "client",  # a new client (ORM)
                "rename",  # a client renamed (ORM)
                "tombstone",  # a client deleted (ORM)
                "revive",  # a client brought back (Core)
                "contact",  # a contact saved (service)
                "drop contact",  # a contact deleted (service)
                "restore contact",  # and restored (service)
                "purge",  # a contact removed for good (hand-written SQL)
                "order",  # an order with lines (ORM)
                "retotal",  # an order's lines rewritten (Core)
            )
        ),
        st.integers(min_value=0, max_value=5),
        st.booleans(),  # outside any unit of work
        st.booleans(),  # rolled back
    ),
    max_size=12,
)


@contextlib.contextmanager
def fresh(template: Path, folder: Path) -> Iterator[Database]:
    """An empty database of its own for one example."""
    path = folder / f"{uuid.uuid4()}.sqlite"
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


@LENIENT
@given(ops=OPS)
def test_maintained_tallies_equal_recomputed_ones_after_any_writes(
    migrated_template: Path, tmp_path: Path, ops: list[tuple[str, int, bool, bool]]
) -> None:
    with fresh(migrated_template, tmp_path) as db:
        _replay(db, ops)


def _replay(db: Database, ops: list[tuple[str, int, bool, bool]]) -> None:
    for op, n, outside, failed in ops:
        if outside:
            with db.sessions() as s:
                try:
                    _apply(s, op, n)
                    s.flush()
                    s.rollback() if failed else s.commit()
                except Exception:
                    s.rollback()
        else:
            try:
                with db.unit_of_work() as s:
                    _apply(s, op, n)
                    if failed:
                        raise LookupError("rolled back")
            except LookupError:
                pass
        kept, recorded = kept_and_recorded(db)
        assert kept == recorded, (op, n, outside, failed)
    with db.unit_of_work() as s:
        recompute(s.connection())
    assert stored_now(db) == from_records_of(db)


def _pick(s: Any, model: Any, n: int, *, live: bool | None = True) -> Any:
    query = select(model).order_by(model.id)
    if live is True:
        query = query.where(model.deleted_at.is_(None))
    elif live is False:
        query = query.where(model.deleted_at.is_not(None))
    rows = s.scalars(query).all()
    if not rows:
        raise LookupError(model.__name__)
    return rows[n % len(rows)]


def _apply(s: Any, op: str, n: int) -> None:
    conn = s.connection()
    if op == "client":
        add_client(s, f"Client {n}")
    elif op == "rename":
        _pick(s, Client, n).name = f"Renamed {n}"
    elif op == "tombstone":
        _pick(s, Client, n).tombstone()
    elif op == "revive":
        conn.exec_driver_sql(
            "UPDATE client SET deleted_at = NULL WHERE id = ?",
            (_pick(s, Client, n, live=False).id,),
        )
    elif op == "contact":
        client = _pick(s, Client, n)
        save_contact(s, ContactData(client_id=client.id, full_name=f"Person {n}"), today=TODAY)
    elif op == "drop contact":
        delete_contact(s, _pick(s, Contact, n).id)
    elif op == "restore contact":
        restore_contact(s, _pick(s, Contact, n, live=False).id)
    elif op == "purge":
        row = _pick(s, Contact, n, live=None)
        conn.exec_driver_sql(
            "DELETE FROM contact_relation WHERE from_contact_id = ? OR to_contact_id = ?",
            (row.id, row.id),
        )
        conn.exec_driver_sql(
            "UPDATE contact SET reports_to_id = NULL WHERE reports_to_id = ?", (row.id,)
        )
        conn.exec_driver_sql("DELETE FROM contact WHERE id = ?", (row.id,))
    elif op == "order":
        made = conn.exec_driver_sql("SELECT count(*) FROM sales_order").scalar_one()
        lines = [(str(n + 1), "2.50", "0"), ("1", "9.99", "10")]
        add_order(s, _pick(s, Client, n), lines, number=f"SO-{made + 1}")
    elif op == "retotal":
        conn.exec_driver_sql(
            "UPDATE order_line SET quantity = quantity + ? WHERE line_no = 1", (1000 * n,)
        )


def test_check_tells_a_write_that_went_around_the_bookkeeping(db: Database) -> None:
    with db.unit_of_work() as s:
        for name in ("Alfa", "Béta"):
            add_client(s, name)
    with db.engine.connect() as conn:
        assert check(conn) == [] and check(conn, full=True) == []
    with db.engine.begin() as conn, rowhash.triggers_off(conn):  # a bulk path, no recompute
        conn.exec_driver_sql("UPDATE client SET city = 'Pécs' WHERE name = 'Alfa'")
    with db.engine.connect() as conn:
        assert check(conn) == []  # the count still fits: only the hashes tell
        (found,) = check(conn, full=True)
    assert found.startswith("digest: the tally of client") and "--recompute" in found
    with db.engine.begin() as conn, rowhash.triggers_off(conn):
        gone = "(SELECT id FROM client WHERE name = 'Béta')"
        conn.exec_driver_sql(f"DELETE FROM client_kam WHERE client_id IN {gone}")
        conn.exec_driver_sql("DELETE FROM client WHERE name = 'Béta'")
    with db.engine.connect() as conn:
        found = check(conn)
    assert len(found) == 2  # the client and its KAM's assignment
    assert "client (2 live records) does not match its records (1)" in found[0]
    assert "client_kam (2 live records) does not match its records (1)" in found[1]
    with db.unit_of_work() as s:
        recompute(s.connection())
    with db.engine.connect() as conn:
        assert check(conn, full=True) == []


def test_check_tells_a_table_whose_writes_are_no_longer_marked(db: Database) -> None:
    with db.engine.begin() as conn:
        rowhash.drop_triggers(conn, "contact")
    with db.engine.connect() as conn:
        assert kept_problems(conn) == [
            "digest: writes to contact are not marked (its triggers are gone)"
        ]


def test_a_migration_that_changes_a_table_makes_its_tally_anew(db: Database) -> None:
    with db.unit_of_work() as s:
        add_client(s, "Alfa")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE client ADD COLUMN motto TEXT")
        conn.exec_driver_sql("UPDATE client SET motto = 'Paper first'")
    with db.engine.connect() as conn:
        # the tally was made for other columns: digest reads the table, check says so
        assert any("client has no tally of its columns" in p for p in kept_problems(conn))
        assert digest(conn) == from_records(conn)
    with db.engine.begin() as conn:
        track_table(conn, "client")  # what a migration does after changing a table
    with db.engine.connect() as conn:
        assert kept_problems(conn, full=True) == []
        assert '"motto"' in rowhash.stored(conn)["client"][1]
    with db.unit_of_work() as s:
        s.connection().exec_driver_sql("UPDATE client SET motto = 'Customers first'")
    assert stored_now(db) == from_records_of(db)


def test_the_demo_leaves_tallies_made_from_its_rows(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM digest_dirty").scalar_one() == 0
        assert rowhash.tracked(conn) == digested_tables()  # its triggers put back
        assert digest(conn) == from_records(conn)
        assert kept_problems(conn, full=True) == []
