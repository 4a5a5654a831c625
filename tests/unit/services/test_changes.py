"""What a unit of work changed is known where it changed: in the session that wrote it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select, text, update

from kamdesk.db import Database
from kamdesk.models import Base, Client
from kamdesk.services.changes import TABLE_CHANGES, Change, changes_of, track, written_table
from kamdesk.services.clients.dossier import archive_client, get_profile
from tests.factories import add_client, add_invoice, add_order


def test_every_table_says_what_it_changes() -> None:
    assert set(TABLE_CHANGES) == set(Base.metadata.tables)
    assert all(TABLE_CHANGES.values())


def test_a_new_client_is_a_change_of_clients(db: Database) -> None:
    with db.unit_of_work() as session:
        track(session)
        add_client(session, "Alfa")
        assert changes_of(session) == {Change.CLIENTS}


def test_an_order_with_its_lines_and_invoice_names_each(db: Database) -> None:
    with db.unit_of_work() as session:
        client = add_client(session, "Alfa")
    with db.unit_of_work() as session:
        track(session)
        add_order(session, client, [("2", "10.00", "0")])
        add_invoice(
            session, client, "INV-1", "24.00", issued=date(2026, 11, 2), due=date(2026, 12, 2)
        )
        assert changes_of(session) == {Change.ORDERS, Change.PRODUCTS, Change.INVOICES}


def test_reading_changes_nothing(db: Database) -> None:
    with db.unit_of_work() as session:
        client_id = add_client(session, "Alfa").id
    with db.unit_of_work() as session:
        track(session)
        get_profile(session, client_id)
        assert changes_of(session) == frozenset()


def test_a_value_saved_unchanged_is_no_change(db: Database) -> None:
    with db.unit_of_work() as session:
        client_id = add_client(session, "Alfa").id
    with db.unit_of_work() as session:
        track(session)
        client = session.get(Client, client_id)
        assert client is not None
        client.name = "Alfa"
        assert changes_of(session) == frozenset()
        archive_client(session, client_id)
        assert changes_of(session) == {Change.CLIENTS}


def test_a_bulk_statement_counts_too(db: Database) -> None:
    with db.unit_of_work() as session:
        add_client(session, "Alfa")
    with db.unit_of_work() as session:
        track(session)
        session.execute(update(Client).values(notes="seen"))
        assert changes_of(session) == {Change.CLIENTS}
        assert session.scalars(select(Client.notes)).all() == ["seen"]


def test_revision_and_updated_at_move_only_on_a_real_edit(db: Database) -> None:
    """Sync and the calendar's SEQUENCE read them: a value saved unchanged is no edit."""
    from kamdesk.services.clients.dossier import get_profile, save_profile

    with db.unit_of_work() as session:
        client_id = add_client(session, "Alfa", city="Győr", kam="Anna").id
    with db.reading() as session:
        before = session.get(Client, client_id)
        assert before is not None
        revision, updated = before.revision, before.updated_at
        profile = get_profile(session, client_id)
    with db.unit_of_work() as session:
        save_profile(session, profile, client_id=client_id, today=date.today())  # unchanged
        row = session.get(Client, client_id)
        assert row is not None
        row.name, row.city = "Alfa", "Győr"  # as a service writes back a form's fields
    with db.reading() as session:
        same = session.get(Client, client_id)
        assert same is not None and (same.revision, same.updated_at) == (revision, updated)
    with db.unit_of_work() as session:
        save_profile(
            session,
            dataclasses.replace(profile, city="Pécs"),
            client_id=client_id,
            today=date.today(),
        )
    with db.reading() as session:
        edited = session.get(Client, client_id)
        assert edited is not None and edited.revision == revision + 1
        assert edited.updated_at > updated


def test_hand_written_sql_is_announced_too(db: Database) -> None:
    """No write path goes unannounced: Core and hand-written statements count like the ORM's."""
    with db.unit_of_work() as session:
        add_client(session, "Alfa")
    with db.unit_of_work() as session:
        track(session)
        session.execute(text("SELECT count(*) FROM client")).scalar_one()
        assert changes_of(session) == frozenset()
        session.execute(text("UPDATE client SET notes = 'by hand'"))
        session.connection().exec_driver_sql("DELETE FROM sales_plan")
        assert changes_of(session) == {Change.CLIENTS, Change.PLANS}


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ('INSERT INTO "client" (id) VALUES (?)', "client"),
        ("INSERT OR REPLACE INTO setting (id) VALUES (?)", "setting"),
        ("  update product SET name=? WHERE id=?", "product"),
        ("DELETE FROM order_line WHERE order_id=?", "order_line"),
        ("SELECT * FROM client", None),
        ("WITH x AS (SELECT 1) SELECT * FROM x", None),
    ],
)
def test_the_written_table_is_read_from_the_statement(statement: str, table: str | None) -> None:
    assert written_table(statement) == table
