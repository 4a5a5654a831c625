"""The rows unique in practice (special prices, meeting attendees and agenda products, promotion
links, contact relations, quantity breaks) are made under the id derived from their key: made
again after a removal, the same record comes back; a special price moved to other dates is the
record of those dates. `check` finds a live row that has another id."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.catalog import BreakData, PromotionData, SpecialPriceData
from kamdesk.domain.client import ContactData
from kamdesk.domain.natural_keys import (
    activity_contact_id,
    activity_product_id,
    client_price_id,
    contact_relation_id,
    promotion_client_id,
    promotion_product_id,
    quantity_break_id,
)
from kamdesk.models import (
    ActivityContact,
    ActivityProduct,
    ClientPrice,
    ContactRelation,
    PromotionClient,
    PromotionProduct,
    QuantityBreak,
    SalesPlan,
)
from kamdesk.services.check import check
from kamdesk.services.clients import client_terms
from kamdesk.services.clients import contacts as svc_contacts
from kamdesk.services.prices import price_list, promotions
from kamdesk.services.schedule.meetings import MeetingData, save_meeting
from tests.factories import add_client, add_product

TODAY = date(2026, 11, 24)


def _rows(db: Database, model: Any) -> dict[str, bool]:
    """id -> live, of every row of `model`."""
    with db.reading() as s:
        return {row.id: row.deleted_at is None for row in s.scalars(select(model))}


def _setup(db: Database) -> tuple[str, str, str]:
    with db.unit_of_work() as s:
        cid = add_client(s, "Győri Nyomda").id
        milk = add_product(s, "MILK-1", "Milk", "1.25").id
        flour = add_product(s, "FLOUR-25", "Flour", "14.80").id
    return cid, milk, flour


@pytest.mark.sqlite_only("check examines a laptop's file")
def test_a_special_price_is_the_record_of_its_client_product_and_dates(db: Database) -> None:
    cid, milk, _flour = _setup(db)
    spring = SpecialPriceData(milk, Decimal("1.10"), date(2026, 3, 1), date(2026, 5, 31))
    spring_id = client_price_id(cid, milk, "2026-03-01", "2026-05-31")
    with db.unit_of_work() as s:
        assert client_terms.save_special_price(s, cid, spring) == spring_id
    with db.unit_of_work() as s:  # the price alone changes: the same record
        changed = SpecialPriceData(milk, Decimal("1.05"), date(2026, 3, 1), date(2026, 5, 31))
        assert client_terms.save_special_price(s, cid, changed, entry_id=spring_id) == spring_id
    open_id = client_price_id(cid, milk, "2026-03-01", None)
    with db.unit_of_work() as s:  # other dates: the record of those dates, the old one goes
        moved = SpecialPriceData(milk, Decimal("1.00"), date(2026, 3, 1), None, note="open")
        assert client_terms.save_special_price(s, cid, moved, entry_id=spring_id) == open_id
    assert _rows(db, ClientPrice) == {spring_id: False, open_id: True}
    with db.unit_of_work() as s:  # moved back: the first record revives with the new values
        back = client_terms.save_special_price(s, cid, spring, entry_id=open_id)
    assert back == spring_id
    assert _rows(db, ClientPrice) == {spring_id: True, open_id: False}
    with db.reading() as s:
        row = s.get(ClientPrice, spring_id)
        assert row is not None and (row.price, row.note, row.revision) == (Decimal("1.10"), "", 4)
    with db.unit_of_work() as s:
        client_terms.remove_special_price(s, spring_id)
        assert client_terms.save_special_price(s, cid, spring) == spring_id
    with db.reading() as s:
        assert check(s.connection()) == []


def test_promotion_links_come_back_under_their_ids(db: Database) -> None:
    cid, milk, flour = _setup(db)
    promo = PromotionData(
        name="Winter",
        starts_on=TODAY,
        ends_on=date(2026, 12, 31),
        discount_percent=Decimal(10),
        product_ids=(milk, flour),
        client_ids=(cid,),
    )
    with db.unit_of_work() as s:
        pid = promotions.save_promotion(s, promo)
    links = {promotion_product_id(pid, milk), promotion_product_id(pid, flour)}
    assert _rows(db, PromotionProduct) == dict.fromkeys(links, True)
    assert _rows(db, PromotionClient) == {promotion_client_id(pid, cid): True}
    with db.unit_of_work() as s:  # flour and the client leave the promotion
        promotions.save_promotion(
            s, replace(promo, product_ids=(milk,), client_ids=()), promotion_id=pid
        )
    assert sorted(_rows(db, PromotionProduct).values()) == [False, True]
    with db.unit_of_work() as s:  # and come back: the same records, no second row
        promotions.save_promotion(s, promo, promotion_id=pid)
    assert _rows(db, PromotionProduct) == dict.fromkeys(links, True)
    assert _rows(db, PromotionClient) == {promotion_client_id(pid, cid): True}


@pytest.mark.sqlite_only("check examines a laptop's file")
def test_meeting_attendees_and_agenda_products_come_back_under_their_ids(db: Database) -> None:
    cid, milk, _flour = _setup(db)
    with db.unit_of_work() as s:
        anna = svc_contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Anna"), today=TODAY
        )
        bela = svc_contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Béla"), today=TODAY
        )
    meeting = MeetingData(
        client_id=cid,
        subject="Review",
        start=datetime(2026, 11, 25, 10, tzinfo=UTC),
        duration_min=60,
        travel_min=0,
        contact_ids=(anna, bela),
        product_ids=(milk,),
    )
    with db.unit_of_work() as s:
        mid = save_meeting(s, meeting)
    attendees = {activity_contact_id(mid, anna), activity_contact_id(mid, bela)}
    assert _rows(db, ActivityContact) == dict.fromkeys(attendees, True)
    assert _rows(db, ActivityProduct) == {activity_product_id(mid, milk): True}
    with db.unit_of_work() as s:
        save_meeting(s, replace(meeting, contact_ids=(anna,), product_ids=()), meeting_id=mid)
    assert _rows(db, ActivityContact) == {
        activity_contact_id(mid, anna): True,
        activity_contact_id(mid, bela): False,
    }
    with db.unit_of_work() as s:
        save_meeting(s, meeting, meeting_id=mid)
    assert _rows(db, ActivityContact) == dict.fromkeys(attendees, True)
    assert _rows(db, ActivityProduct) == {activity_product_id(mid, milk): True}
    with db.reading() as s:
        assert check(s.connection()) == []


def test_a_conflict_drawn_the_other_way_is_the_same_relation(db: Database) -> None:
    cid, _milk, _flour = _setup(db)
    with db.unit_of_work() as s:
        anna = svc_contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Anna"), today=TODAY
        )
        bela = svc_contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Béla"), today=TODAY
        )
        first = svc_contacts.add_relation(s, anna, bela, "conflicts")
        influence = svc_contacts.add_relation(s, anna, bela, "influences")
    assert first == contact_relation_id(anna, bela, "conflicts")
    assert influence == contact_relation_id(anna, bela, "influences") != first
    with db.unit_of_work() as s:
        svc_contacts.remove_relation(s, first)
        again = svc_contacts.add_relation(s, bela, anna, "conflicts", note="again")
    assert again == first
    with db.reading() as s:
        row = s.get(ContactRelation, first)
        assert row is not None and row.deleted_at is None
        assert (row.from_contact_id, row.to_contact_id, row.note) == (bela, anna, "again")
    assert len(_rows(db, ContactRelation)) == 2


def test_a_quantity_break_made_again_is_the_same_record(db: Database) -> None:
    _cid, milk, _flour = _setup(db)
    ten = BreakData(Decimal("10.5"), Decimal(5))
    break_id = quantity_break_id(milk, None, 10_500)
    with db.unit_of_work() as s:
        assert price_list.add_quantity_break(s, milk, ten) == break_id
        price_list.remove_quantity_break(s, break_id)
    with db.unit_of_work() as s:
        assert (
            price_list.add_quantity_break(s, milk, replace(ten, discount_percent=Decimal(7)))
            == break_id
        )
    assert _rows(db, QuantityBreak) == {break_id: True}
    with db.unit_of_work() as s:  # the product dialog: removed and made anew in one save
        price_list.remove_quantity_break(s, break_id)
        price_list.add_quantity_break(s, milk, replace(ten, discount_percent=Decimal(8)))
    assert _rows(db, QuantityBreak) == {break_id: True}
    with db.reading() as s:
        row = s.get(QuantityBreak, break_id)
        assert row is not None and row.discount_percent == Decimal(8)


@pytest.mark.sqlite_only("check examines a laptop's file")
def test_check_reports_a_live_link_without_its_derived_id(db: Database) -> None:
    cid, _milk, _flour = _setup(db)
    with db.unit_of_work() as s:
        s.add(
            SalesPlan(
                client_id=cid, period_start=date(2026, 1, 1), amount=Decimal(100), currency="EUR"
            )
        )
        s.add(
            SalesPlan(
                client_id=cid,
                period_start=date(2026, 2, 1),
                amount=Decimal(100),
                currency="EUR",
                deleted_at=datetime.now(UTC),
            )
        )  # a tombstone keeps whatever id it had
    with db.reading() as s:
        assert check(s.connection()) == [
            "sales_plan: 1 live rows whose id is not the one derived from their key"
        ]
