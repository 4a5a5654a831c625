"""The trash on a real SQLite file: what it lists, and a restore bringing back what went with
the record, and only that."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.natural_keys import key_reason_id, product_price_id
from kamdesk.errors import UserError
from kamdesk.models import (
    Activity,
    ActivityContact,
    ActivityProduct,
    Client,
    ClientKeyReason,
    Contact,
    ContactRelation,
    Product,
)
from kamdesk.services import trash
from kamdesk.services.check import check
from kamdesk.services.clients import contacts as svc_contacts
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.services.schedule.series import delete_meeting
from kamdesk.services.sync.purge import RETENTION_DAYS
from tests.factories import add_client, add_product


def _people(db: Database) -> tuple[str, str, str]:
    """A client with two contacts who influence each other, and a key reason."""
    with db.unit_of_work() as s:
        client = add_client(s, "Ромашка ООО", city="Москва")
        s.add(
            ClientKeyReason(
                id=key_reason_id(client.id, "revenue"), client_id=client.id, reason="revenue"
            )
        )
        ids = []
        for name in ("Иванова Мария", "Kovács Ödön"):
            contact = Contact(client_id=client.id, full_name=name)
            s.add(contact)
            s.flush()
            ids.append(contact.id)
        svc_contacts.add_relation(s, ids[0], ids[1], "influences")
        return client.id, ids[0], ids[1]


def _meeting(db: Database, client_id: str, contacts: list[str], **kw: object) -> str:
    values: dict[str, object] = {
        "client_id": client_id,
        "subject": "Quarterly review",
        "start": datetime(2026, 11, 25, 10, tzinfo=UTC),
        "duration_min": 60,
        "travel_min": 0,
        "contact_ids": tuple(contacts),
    }
    values.update(kw)
    with db.unit_of_work() as s:
        return save_meeting(s, MeetingData(**values))  # type: ignore[arg-type]


def _count(s: Session, model: Any) -> int:
    """Live rows of a table."""
    return len(s.scalars(select(model).where(model.deleted_at.is_(None))).all())


def _live(db: Database, model: type, record_id: str) -> bool:
    with db.reading() as s:
        row = s.get(model, record_id)
        return row is not None and row.deleted_at is None


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_deleted_client_is_listed_alone_and_comes_back_with_all_that_went_with_it(
    db: Database,
) -> None:
    client_id, anna, boris = _people(db)
    meeting = _meeting(db, client_id, [anna, boris])
    with db.unit_of_work() as s:
        delete_client(s, client_id)
    with db.reading() as s:
        listed = trash.list_trash(s)
    assert [(e.kind, e.name, e.detail) for e in listed] == [("client", "Ромашка ООО", "Москва")]
    deleted = listed[0].deleted_at
    assert listed[0].kept_until == (deleted + timedelta(days=RETENTION_DAYS)).date()
    assert not listed[0].may_go

    with db.unit_of_work() as s:
        assert trash.restore(s, "client", [client_id]) >= 7
    for model, rid in (
        (Client, client_id),
        (Contact, anna),
        (Contact, boris),
        (Activity, meeting),
    ):
        assert _live(db, model, rid), model
    with db.reading() as s:
        assert _count(s, ContactRelation) == 1
        assert _count(s, ActivityContact) == 2
        assert _count(s, ClientKeyReason) == 1
        assert trash.list_trash(s) == []
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_what_was_deleted_before_the_client_stays_in_the_trash(db: Database) -> None:
    client_id, anna, boris = _people(db)
    with db.unit_of_work() as s:
        svc_contacts.delete_contact(s, boris)
    with db.unit_of_work() as s:  # a moment later: the client, with Anna
        row = s.get(Client, client_id)
        assert row is not None
        delete_client(s, client_id)
        row.deleted_at = datetime.now(UTC) + timedelta(minutes=5)
        s.get(Contact, anna).deleted_at = row.deleted_at  # type: ignore[union-attr]
    with db.reading() as s:
        kinds = sorted((e.kind, e.name) for e in trash.list_trash(s))
    assert kinds == [("client", "Ромашка ООО"), ("contact", "Kovács Ödön")]
    with pytest.raises(UserError, match="restore the client first"), db.unit_of_work() as s:
        trash.restore(s, "contact", [boris])
    with db.unit_of_work() as s:
        trash.restore(s, "client", [client_id])
    assert _live(db, Contact, anna)
    assert not _live(db, Contact, boris)  # deleted on its own, before
    with db.reading() as s:  # nor their relation, whose other end is still deleted
        assert _count(s, ContactRelation) == 0
        assert [e.name for e in trash.list_trash(s)] == ["Kovács Ödön"]
    with db.unit_of_work() as s:
        trash.restore(s, "contact", [boris])
    with db.reading() as s:
        assert _count(s, ContactRelation) == 1


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_meeting_comes_back_with_its_attendees_but_not_a_product_still_deleted(
    db: Database,
) -> None:
    client_id, anna, _ = _people(db)
    with db.unit_of_work() as s:
        product = add_product(s, "MILK-1", "Milk 2.8 %, 1 l", "1.25").id
    meeting = _meeting(db, client_id, [anna], product_ids=(product,))
    with db.unit_of_work() as s:
        delete_meeting(s, meeting)
    with db.unit_of_work() as s:
        s.get(Product, product).tombstone()  # type: ignore[union-attr]
    with db.reading() as s:
        listed = {(e.kind, e.name, e.detail) for e in trash.list_trash(s)}
    assert listed == {
        ("meeting", "Quarterly review", "Ромашка ООО"),
        ("product", "Milk 2.8 %, 1 l", "MILK-1"),
    }
    with db.unit_of_work() as s:
        trash.restore(s, "meeting", [meeting])
    with db.reading() as s:
        assert _count(s, ActivityContact) == 1
        assert _count(s, ActivityProduct) == 0
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_a_series_deleted_from_one_occurrence_on_is_listed_once_and_comes_back_whole(
    db: Database,
) -> None:
    client_id, anna, _ = _people(db)
    first = _meeting(
        db,
        client_id,
        [anna],
        kind="call",
        place_kind="phone",
        recurrence="weekly",
        repeat_until=date(2026, 12, 16),
    )
    with db.reading() as s:
        second = s.scalars(
            select(Activity.id).where(Activity.series_id == first).order_by(Activity.starts_at)
        ).all()[1]
    with db.unit_of_work() as s:
        assert delete_meeting(s, second, following=True) == 3
    with db.reading() as s:
        assert [(e.kind, e.id) for e in trash.list_trash(s)] == [("meeting", second)]
    with db.unit_of_work() as s:
        trash.restore(s, "meeting", [second])
    with db.reading() as s:
        live = s.scalars(select(Activity).where(Activity.deleted_at.is_(None))).all()
    assert len(live) == 4


def test_a_product_whose_sku_was_taken_meanwhile_is_not_restored(db: Database) -> None:
    with db.unit_of_work() as s:
        old = add_product(s, "MILK-1", "Milk 2.8 %, 1 l", "1.25")
        old.tombstone()
        old_id = old.id
    with db.unit_of_work() as s:
        add_product(s, "MILK-1", "Milk 3.5 %, 1 l", "1.35")
    with pytest.raises(UserError, match=r"MILK-1 now belongs to Milk 3\.5"), db.unit_of_work() as s:
        trash.restore(s, "product", [old_id])
    assert not _live(db, Product, old_id)


def test_the_trash_is_searched_by_name_and_client(db: Database) -> None:
    _, anna, boris = _people(db)
    with db.unit_of_work() as s:
        svc_contacts.delete_contact(s, anna)
        svc_contacts.delete_contact(s, boris)
    with db.reading() as s:
        assert [e.name for e in trash.list_trash(s, search="ödön")] == ["Kovács Ödön"]
        assert len(trash.list_trash(s, search="ромашка")) == 2
        assert trash.list_trash(s, search="nobody") == []


def test_restoring_what_is_not_in_the_trash_says_so(db: Database) -> None:
    client_id, _, _ = _people(db)
    with pytest.raises(UserError, match="not in the trash"), db.unit_of_work() as s:
        trash.restore(s, "client", [client_id])


def test_an_old_delete_says_sync_may_purge_it(db: Database) -> None:
    client_id, _, _ = _people(db)
    with db.unit_of_work() as s:
        delete_client(s, client_id)
        s.get(Client, client_id).deleted_at = datetime.now(UTC) - timedelta(  # type: ignore[union-attr]
            days=RETENTION_DAYS + 1
        )
    with db.reading() as s:
        (entry,) = trash.list_trash(s)
    assert entry.may_go and entry.kept_until < date.today()


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_product_goes_to_the_trash_with_its_prices_unless_an_order_names_it(
    db: Database,
) -> None:
    from kamdesk.models import OrderLine, ProductPrice
    from kamdesk.services.prices.catalog import delete_product
    from tests.factories import add_catalogue, add_order

    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        s.add(
            ProductPrice(
                id=product_price_id(ids["MILK-1"], ids["Key"]),
                product_id=ids["MILK-1"],
                price_column_id=ids["Key"],
                price=Decimal("1.10"),
            )
        )
        client = add_client(s, "Buyer")
        order = add_order(s, client, [("1", "5.00", "0")])
        widget = s.scalar(select(OrderLine.product_id).where(OrderLine.order_id == order.id))
    with pytest.raises(UserError, match="on 1 order or return line"), db.unit_of_work() as s:
        delete_product(s, str(widget))
    with db.unit_of_work() as s:
        assert delete_product(s, ids["MILK-1"]) == "Milk 2.8 %, 1 l"
    with db.reading() as s:
        assert [(e.kind, e.detail) for e in trash.list_trash(s)] == [("product", "MILK-1")]
        assert _count(s, ProductPrice) == 0
    with db.unit_of_work() as s:
        trash.restore(s, "product", [ids["MILK-1"]])
    with db.reading() as s:
        assert _count(s, ProductPrice) == 1
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_a_restore_is_taken_back_by_deleting_again_what_came_back(db: Database) -> None:
    from kamdesk.services.trash_again import delete_again

    client_id, anna, boris = _people(db)
    first = _meeting(
        db, client_id, [anna], kind="call", recurrence="weekly", repeat_until=date(2026, 12, 16)
    )
    with db.reading() as s:
        later = s.scalars(
            select(Activity.id).where(Activity.series_id == first).order_by(Activity.starts_at)
        ).all()
    with db.unit_of_work() as s:
        delete_meeting(s, later[1], following=True)  # the 2nd, 3rd and 4th
        svc_contacts.delete_contact(s, boris)
    with db.unit_of_work() as s:
        count, came_back = trash.restore_chosen(s, {"meeting": [later[1]], "contact": [boris]})
    assert count >= 4  # three calls and Boris (and their links)
    assert sorted(came_back["meeting"]) == sorted(later[1:]) and came_back["contact"] == [boris]
    with db.unit_of_work() as s:
        for kind in ("meeting", "contact"):
            delete_again(s, kind, came_back[kind])
    with db.reading() as s:
        assert _count(s, Activity) == 1 and _count(s, Contact) == 1
        assert {e.id for e in trash.list_trash(s)} == {later[1], boris}


def test_an_undone_deletion_puts_the_reports_back_under_the_contact(db: Database) -> None:
    """Deleting a manager moves their reports up to the manager's boss; undoing it (restore,
    then put_back_reports) has them report to the manager again, except one moved since."""
    client_id, anna, boris = _people(db)
    with db.unit_of_work() as s:
        ceo = Contact(client_id=client_id, full_name="Сидоров Пётр")
        s.add(ceo)
        s.flush()
        s.get_one(Contact, anna).reports_to_id = ceo.id
        s.get_one(Contact, boris).reports_to_id = anna
        clerk = Contact(client_id=client_id, full_name="Petrov Ivan", reports_to_id=anna)
        s.add(clerk)
        s.flush()
        ceo_id, clerk_id = ceo.id, clerk.id
    with db.unit_of_work() as s:
        moved = svc_contacts.delete_contact(s, anna)
    assert sorted(moved) == sorted([boris, clerk_id])
    with db.unit_of_work() as s:
        s.get_one(Contact, clerk_id).reports_to_id = None  # moved by hand meanwhile
    with db.unit_of_work() as s:
        trash.restore(s, "contact", [anna])
        svc_contacts.put_back_reports(s, anna, moved)
    with db.reading() as s:
        assert s.get_one(Contact, boris).reports_to_id == anna
        assert s.get_one(Contact, clerk_id).reports_to_id is None  # the later move stays
        assert s.get_one(Contact, anna).reports_to_id == ceo_id
