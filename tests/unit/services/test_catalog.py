"""Catalogue, price list, promotions, client terms and price_inputs on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from kamdesk.db import Database
from kamdesk.domain.catalog import (
    BreakData,
    ClientTerms,
    ProductData,
    PromotionData,
    SpecialPriceData,
)
from kamdesk.domain.text import search_fold
from kamdesk.errors import UserError
from kamdesk.models import (
    Client,
    ClientPrice,
    OrderLine,
    PriceColumn,
    Product,
    ProductCategory,
    ProductPrice,
    PromotionClient,
    PromotionProduct,
    QuantityBreak,
)
from kamdesk.services.clients import client_terms
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices import catalog, price_list, promotions
from tests.factories import add_client, add_order, add_price_column

DAY = date(2026, 11, 23)
# the catalogue is in HUF and so are its clients: no exchange rate comes into these prices
FILM = ProductData(
    sku="FLM-0001",
    name="Stretch film 17 µm, 450 mm × 150 m",
    unit="roll",
    vat_rate=Decimal(27),
    base_price=Decimal("100.00"),
    currency="HUF",
)


def _category(db: Database, name: str, parent_id: str | None = None) -> str:
    with db.unit_of_work() as s:
        row = ProductCategory(name=name, parent_id=parent_id)
        s.add(row)
        s.flush()
        return row.id


def _product(db: Database, data: ProductData = FILM, **changes: Any) -> str:
    with db.unit_of_work() as s:
        return catalog.save_product(s, replace(data, **changes))


def _live_count(db: Database, model: Any) -> int:
    with db.reading() as s:
        return int(
            s.execute(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            ).scalar_one()
        )


# --- products ---------------------------------------------------------------------------------


def test_a_product_is_saved_found_and_edited(db: Database) -> None:
    films = _category(db, "Films")
    pid = _product(db, category_id=films)
    with db.reading() as s:
        detail = catalog.get_product(s, pid, today=DAY)
    assert detail.data == replace(FILM, category_id=films)
    assert detail.category == "Films"
    with db.unit_of_work() as s:
        catalog.save_product(s, replace(detail.data, name="Stretch film, hand"), product_id=pid)
    with db.reading() as s:
        assert catalog.get_product(s, pid, today=DAY).data.name == "Stretch film, hand"


def test_a_new_product_takes_the_company_currency(db: Database) -> None:
    pid = _product(db, currency="")
    with db.reading() as s:
        assert catalog.get_product(s, pid, today=DAY).data.currency == "EUR"
        defaults = catalog.product_defaults(s)
    assert (defaults.currency, defaults.vat_rate) == ("EUR", Decimal(20))


def test_search_by_sku_or_name_ignores_case_and_accents_and_pages(db: Database) -> None:
    boxes = _category(db, "Boxes")
    small = _category(db, "Small boxes", parent_id=boxes)
    _product(db)
    _product(db, sku="BOX-0001", name="Гофрокороб 300×200", category_id=small)
    _product(db, sku="BOX-0002", name="Győri doboz", category_id=boxes)
    for i in range(5):
        _product(db, sku=f"TAPE-{i}", name=f"Tape {i}", active=i != 0)
    with db.reading() as s:

        def skus(**kw: Any) -> list[str]:
            return [r.sku for r in catalog.search_products(s, **kw).rows]

        assert skus(search="flm-00") == ["FLM-0001"]
        assert skus(search="гофрокороб") == ["BOX-0001"]
        assert skus(search="GYORI") == ["BOX-0002"]
        assert skus(search="box 300") == ["BOX-0001"]
        assert skus(category_id=boxes) == ["BOX-0001", "BOX-0002"]  # its subcategory too
        assert skus(category_id=small) == ["BOX-0001"]
        assert "TAPE-0" not in skus(search="tape")
        assert skus(search="tape", active=False) == ["TAPE-0"]
        assert len(skus(search="tape", active=None)) == 5
        page = catalog.search_products(s, search="tape", limit=2, offset=2)
        assert page.total == 4 and [r.sku for r in page.rows] == ["TAPE-3", "TAPE-4"]
        assert skus(sort="name") == [
            "BOX-0002",  # Győri sorts with the Gs
            "FLM-0001",
            "TAPE-1",
            "TAPE-2",
            "TAPE-3",
            "TAPE-4",
            "BOX-0001",  # Cyrillic after Latin
        ]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("gyori", "Győri doboz"), ("елка", "Ёлка"), ("xezer", "Xəzər Qida"), ("FLM-0", "flm-0001")],
)
def test_search_ignores_case_and_accents(typed: str, stored: str) -> None:
    assert search_fold(typed) in search_fold(stored)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sku", " "),
        ("sku", "X" * 61),
        ("name", ""),
        ("unit", ""),
        ("vat_rate", None),
        ("vat_rate", Decimal(101)),
        ("vat_rate", Decimal(-1)),
        ("base_price", None),
        ("base_price", Decimal(0)),
        ("base_price", Decimal("-5")),
        ("base_price", Decimal("1.234")),
        ("currency", "XXX"),
    ],
)
def test_a_bad_product_field_saves_nothing(db: Database, field: str, value: object) -> None:
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        catalog.save_product(s, replace(FILM, **{field: value}))
    assert list(err.value.problems) == [field]
    assert _live_count(db, Product) == 0


def test_the_sku_is_unique_among_live_products(db: Database) -> None:
    pid = _product(db)
    with db.reading() as s:
        problems = catalog.product_problems(s, replace(FILM, sku=" flm-0001 "))
    assert problems == {"sku": "Another product already has the SKU FLM-0001."}
    with db.unit_of_work() as s:  # saving itself with its own SKU is fine
        catalog.save_product(s, replace(FILM, name="Renamed"), product_id=pid)
    with db.unit_of_work() as s:
        s.get(Product, pid).tombstone()  # type: ignore[union-attr]
    _product(db)  # a deleted product's SKU is free again
    assert _live_count(db, Product) == 1


def test_deactivating_keeps_the_product_and_its_orders(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Buyer", currency="HUF")
        order = add_order(s, client, [("2", "10.00", "0")])
        pid = s.execute(select(Product.id)).scalar_one()
        order_id = order.id
    with db.unit_of_work() as s:
        catalog.deactivate_product(s, pid)
    with db.reading() as s:
        detail = catalog.get_product(s, pid, today=DAY)
        assert detail.data.active is False and detail.order_lines == 1
        assert catalog.search_products(s).total == 0
        assert catalog.search_products(s, active=None).total == 1
        assert [p.id for p in price_list.product_choices(s)] == []
        assert [p.id for p in price_list.product_choices(s, include_inactive=True)] == [pid]
        line_product = s.execute(
            select(OrderLine.product_id).where(OrderLine.order_id == order_id)
        ).scalar_one()
        assert line_product == pid
    assert _live_count(db, Product) == 1


def test_the_product_list_shows_every_column_price(db: Database) -> None:
    with db.unit_of_work() as s:
        retail = add_price_column(s, "Retail").id
        wholesale = add_price_column(s, "Wholesale", "8").id
    pid = _product(db)
    with db.unit_of_work() as s:
        price_list.set_column_price(s, pid, retail, Decimal("95.00"))
    with db.reading() as s:
        (row,) = catalog.search_products(s).rows
        detail = catalog.get_product(s, pid, today=DAY)
    assert row.prices == (
        catalog.ColumnPrice(retail, Decimal("95.00"), True),
        catalog.ColumnPrice(wholesale, Decimal("92.00"), False),
    )
    assert [
        (c.column_name, c.explicit_price, c.percentage_price) for c in detail.column_prices
    ] == [
        ("Retail", Decimal("95.00"), Decimal("100.00")),
        ("Wholesale", None, Decimal("92.00")),
    ]


# --- price columns ----------------------------------------------------------------------------


def test_price_columns_are_added_renamed_and_repriced(db: Database) -> None:
    with db.unit_of_work() as s:
        a = price_list.add_price_column(s, "Retail")
        b = price_list.add_price_column(s, "Key", Decimal("15"))
        price_list.rename_price_column(s, b, "Key account")
        price_list.set_column_percent(s, a, Decimal("2.5"))
    with db.reading() as s:
        cols = price_list.list_price_columns(s)
    assert [(c.name, c.discount_percent) for c in cols] == [
        ("Retail", Decimal("2.5")),
        ("Key account", Decimal(15)),
    ]


@pytest.mark.parametrize(
    ("name", "percent", "field"),
    [
        ("", "0", "name"),
        ("retail", "0", "name"),  # taken, whatever the case
        ("VIP", "101", "discount_percent"),
        ("VIP", "-1", "discount_percent"),
        ("VIP", "1.234", "discount_percent"),
    ],
)
def test_a_bad_price_column_is_refused(db: Database, name: str, percent: str, field: str) -> None:
    with db.unit_of_work() as s:
        price_list.add_price_column(s, "Retail")
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        price_list.add_price_column(s, name, Decimal(percent))
    assert list(err.value.problems) == [field]
    assert _live_count(db, PriceColumn) == 1


def test_a_used_price_column_cannot_be_deleted(db: Database) -> None:
    pid = _product(db)
    with db.unit_of_work() as s:
        key = price_list.add_price_column(s, "Key", Decimal(15))
        add_client(s, "A", currency="HUF", price_column_id=key)
        add_client(s, "B", currency="HUF", price_column_id=key)
        price_list.set_column_price(s, pid, key, Decimal("80.00"))
        price_list.add_quantity_break(
            s, pid, BreakData(Decimal(10), Decimal(5), price_column_id=key)
        )
    with db.unit_of_work() as s, pytest.raises(UserError) as err:
        price_list.delete_price_column(s, key)
    assert "used by 2 clients and 1 explicit price" in str(err.value)
    with db.unit_of_work() as s:
        for client in s.execute(select(Client)).scalars():
            client.price_column_id = None
        price_list.clear_column_price(s, pid, key)
    with db.unit_of_work() as s:
        price_list.delete_price_column(s, key)
    assert _live_count(db, PriceColumn) == 0
    assert _live_count(db, QuantityBreak) == 0  # the column's own breaks went with it


# --- explicit prices --------------------------------------------------------------------------


def test_an_explicit_price_is_set_cleared_and_revived_not_duplicated(db: Database) -> None:
    pid = _product(db)
    with db.unit_of_work() as s:
        col = add_price_column(s, "VIP", "22").id
    for price in ("70.00", None, "71.50"):
        with db.unit_of_work() as s:
            if price is None:
                price_list.clear_column_price(s, pid, col)
            else:
                price_list.set_column_price(s, pid, col, Decimal(price))
    with db.reading() as s:
        rows = s.execute(select(ProductPrice.price, ProductPrice.deleted_at)).all()
    assert [tuple(r) for r in rows] == [(Decimal("71.50"), None)]
    with db.unit_of_work() as s, pytest.raises(InvalidFields):
        price_list.set_column_price(s, pid, col, Decimal(0))


# --- quantity breaks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BreakData(Decimal(0), Decimal(5)), "min_quantity"),
        (BreakData(None, Decimal(5)), "min_quantity"),
        (BreakData(Decimal("1.0005"), Decimal(5)), "min_quantity"),
        (BreakData(Decimal(10)), "discount_percent"),
        (BreakData(Decimal(10), Decimal(5), Decimal("90.00")), "price"),
        (BreakData(Decimal(10), Decimal(101)), "discount_percent"),
        (BreakData(Decimal(10), price=Decimal(0)), "price"),
    ],
)
def test_a_bad_quantity_break_is_refused(db: Database, data: BreakData, field: str) -> None:
    pid = _product(db)
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        price_list.add_quantity_break(s, pid, data)
    assert list(err.value.problems) == [field]
    assert _live_count(db, QuantityBreak) == 0


def test_no_two_breaks_for_the_same_product_column_and_minimum(db: Database) -> None:
    pid = _product(db)
    with db.unit_of_work() as s:
        key = add_price_column(s, "Key", "15").id
        first = price_list.add_quantity_break(s, pid, BreakData(Decimal(10), Decimal(5)))
        price_list.add_quantity_break(s, pid, BreakData(Decimal(10), Decimal(6), None, key))
        price_list.add_quantity_break(s, pid, BreakData(Decimal(50), price=Decimal("80.00")))
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        price_list.add_quantity_break(s, pid, BreakData(Decimal("10.000"), price=Decimal(1)))
    assert err.value.problems == {
        "min_quantity": "There is already a break from 10 for every column."
    }
    with db.unit_of_work() as s:
        price_list.remove_quantity_break(s, first)
        price_list.add_quantity_break(s, pid, BreakData(Decimal(10), Decimal(7)))
    with db.reading() as s:
        breaks = price_list.quantity_breaks(s, pid)
    assert [(b.column_name, b.min_quantity, b.discount_percent, b.price) for b in breaks] == [
        ("", Decimal(10), Decimal(7), None),
        ("", Decimal(50), None, Decimal("80.00")),
        ("Key", Decimal(10), Decimal(6), None),
    ]


# --- promotions -------------------------------------------------------------------------------


def _promo(**changes: Any) -> PromotionData:
    base = PromotionData(
        name="Winter films",
        starts_on=DAY - timedelta(days=5),
        ends_on=DAY + timedelta(days=5),
        discount_percent=Decimal(10),
    )
    return replace(base, **changes)


def test_promotions_are_saved_listed_by_when_and_deleted(db: Database) -> None:
    films = _category(db, "Films")
    pid = _product(db)
    other = _product(db, sku="FLM-0002")
    with db.unit_of_work() as s:
        client = add_client(s, "Chosen", currency="HUF").id
        running = promotions.save_promotion(
            s, _promo(product_ids=(pid, other), client_ids=(client,))
        )
        promotions.save_promotion(
            s,
            _promo(
                name="Spring",
                starts_on=DAY + timedelta(days=30),
                ends_on=DAY + timedelta(days=40),
                discount_percent=None,
                fixed_price=Decimal("50.00"),
                category_id=films,
            ),
        )
        promotions.save_promotion(
            s,
            _promo(
                name="Autumn",
                starts_on=date(2026, 9, 1),
                ends_on=date(2026, 9, 30),
                product_ids=(pid,),
            ),
        )
    with db.reading() as s:
        names = {
            when: [p.name for p in promotions.list_promotions(s, when=when, today=DAY)]
            for when in promotions.WHEN
        }
        detail = promotions.get_promotion(s, running, today=DAY)
        (row,) = promotions.list_promotions(s, when="active", today=DAY)
    assert names == {
        "active": ["Winter films"],
        "upcoming": ["Spring"],
        "past": ["Autumn"],
        "all": ["Autumn", "Winter films", "Spring"],
    }
    assert (row.products, row.clients, row.status) == (2, 1, "active")
    assert set(detail.data.product_ids) == {pid, other}
    assert [c.name for c in detail.clients] == ["Chosen"]
    with db.unit_of_work() as s:  # drop a product and every client restriction, then add back
        promotions.save_promotion(
            s, replace(detail.data, product_ids=(pid,), client_ids=()), promotion_id=running
        )
        promotions.save_promotion(
            s, replace(detail.data, product_ids=(pid, other)), promotion_id=running
        )
    with db.reading() as s:
        links = s.execute(select(PromotionProduct).where(PromotionProduct.promotion_id == running))
        assert len(links.scalars().all()) == 2  # revived, not added twice
    with db.unit_of_work() as s:
        promotions.delete_promotion(s, running)
    assert _live_count(db, PromotionClient) == 0
    with db.reading() as s:
        assert promotions.list_promotions(s, when="active", today=DAY) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"ends_on": DAY - timedelta(days=6)}, "ends_on"),
        ({"starts_on": None}, "starts_on"),
        ({"discount_percent": None}, "discount_percent"),
        ({"fixed_price": Decimal("9.00")}, "fixed_price"),
        ({"discount_percent": Decimal(120)}, "discount_percent"),
        ({"discount_percent": None, "fixed_price": Decimal(0)}, "fixed_price"),
        ({"product_ids": ()}, "products"),
    ],
)
def test_a_bad_promotion_saves_nothing(db: Database, changes: dict[str, Any], field: str) -> None:
    pid = _product(db)
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        promotions.save_promotion(s, replace(_promo(product_ids=(pid,)), **changes))
    assert list(err.value.problems) == [field]
    with db.reading() as s:
        assert promotions.list_promotions(s, when="all", today=DAY) == []


# --- client terms and special prices ----------------------------------------------------------


def test_client_terms_are_saved_and_checked(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Terms Ltd", currency="HUF").id
        key = add_price_column(s, "Key", "15").id
        assert client_terms.get_client_terms(s, cid) == ClientTerms()
    terms = ClientTerms(key, Decimal("0.00"), 45, Decimal("7.5"), "ru")
    with db.unit_of_work() as s:
        client_terms.save_client_terms(s, cid, terms)
    with db.reading() as s:
        assert client_terms.get_client_terms(s, cid) == terms  # 0 = prepayment, kept as 0
    with db.unit_of_work() as s:
        client_terms.save_client_terms(s, cid, replace(terms, credit_limit=None))
    with db.reading() as s:
        assert client_terms.get_client_terms(s, cid).credit_limit is None  # no limit


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"credit_limit": Decimal(-1)}, "credit_limit"),
        ({"payment_terms_days": 366}, "payment_terms_days"),
        ({"payment_terms_days": -1}, "payment_terms_days"),
        ({"payment_terms_days": None}, "payment_terms_days"),
        ({"max_discount_percent": Decimal(101)}, "max_discount_percent"),
        ({"document_language": "de"}, "document_language"),
        ({"price_column_id": "no-such-column"}, "price_column_id"),
    ],
)
def test_bad_client_terms_save_nothing(db: Database, changes: dict[str, Any], field: str) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Terms Ltd", currency="HUF").id
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        client_terms.save_client_terms(s, cid, replace(ClientTerms(), **changes))
    assert list(err.value.problems) == [field]
    with db.reading() as s:
        assert client_terms.get_client_terms(s, cid) == ClientTerms()


def test_special_prices_are_added_changed_and_removed(db: Database) -> None:
    pid = _product(db)
    with db.unit_of_work() as s:
        cid = add_client(s, "Special Ltd", currency="HUF").id
        first = client_terms.save_special_price(
            s, cid, SpecialPriceData(pid, Decimal("80.00"), note=" framework contract ")
        )
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        client_terms.save_special_price(s, cid, SpecialPriceData(pid, Decimal("79.00")))
    assert list(err.value.problems) == ["product"]  # same product, same (open) dates
    with db.unit_of_work() as s:
        client_terms.save_special_price(
            s, cid, SpecialPriceData(pid, Decimal("78.00"), note="renegotiated"), entry_id=first
        )
        second = client_terms.save_special_price(
            s, cid, SpecialPriceData(pid, Decimal("75.00"), DAY, DAY + timedelta(days=30))
        )
    with db.reading() as s:
        rows = client_terms.list_special_prices(s, cid)
    assert [(r.sku, r.price, r.valid_from, r.note) for r in rows] == [
        ("FLM-0001", Decimal("78.00"), None, "renegotiated"),
        ("FLM-0001", Decimal("75.00"), DAY, ""),
    ]
    with db.unit_of_work() as s:
        client_terms.remove_special_price(s, second)
    assert _live_count(db, ClientPrice) == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (SpecialPriceData(None, Decimal(5)), "product"),
        (SpecialPriceData("x", Decimal(5)), "product"),
        (SpecialPriceData("P", Decimal(0)), "price"),
        (SpecialPriceData("P", None), "price"),
        (SpecialPriceData("P", Decimal("5.001")), "price"),
        (SpecialPriceData("P", Decimal(5), DAY, DAY - timedelta(days=1)), "valid_to"),
    ],
)
def test_a_bad_special_price_saves_nothing(
    db: Database, data: SpecialPriceData, field: str
) -> None:
    pid = _product(db)
    if data.product_id == "P":
        data = replace(data, product_id=pid)
    with db.unit_of_work() as s:
        cid = add_client(s, "Special Ltd", currency="HUF").id
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as err:
        client_terms.save_special_price(s, cid, data)
    assert list(err.value.problems) == [field]
    assert _live_count(db, ClientPrice) == 0


# --- pricing ----------------------------------------------------------------------------------


@pytest.fixture
def priced(db: Database) -> dict[str, str]:
    """Base 100.00; Key column 15 % off (explicit 83.00 on BOX); a break from 10 (5 % off the
    column price) for Key, one from 100 for every column (fixed 70.00); a 20 % promotion on
    Films for one client only."""
    films = _category(db, "Films")
    ids = {
        "film": _product(db, category_id=films),
        "box": _product(db, sku="BOX-1", name="Box"),
        "tape": _product(db, sku="TAPE-1", name="Tape"),
    }
    with db.unit_of_work() as s:
        key = add_price_column(s, "Key", "15").id
        wholesale = add_price_column(s, "Wholesale", "8").id
        ids["key"] = key
        ids["client"] = add_client(s, "Key Client", currency="HUF", price_column_id=key).id
        ids["other"] = add_client(s, "Other Client", currency="HUF", price_column_id=key).id
        ids["walk_in"] = add_client(s, "No Column", currency="HUF").id
        price_list.set_column_price(s, ids["box"], key, Decimal("83.00"))
        price_list.add_quantity_break(s, ids["tape"], BreakData(Decimal(10), Decimal(5), None, key))
        price_list.add_quantity_break(
            s, ids["tape"], BreakData(Decimal(10), Decimal(50), None, wholesale)
        )
        price_list.add_quantity_break(s, ids["tape"], BreakData(Decimal(100), price=Decimal(70)))
        promotions.save_promotion(
            s,
            PromotionData(
                "Film week",
                DAY - timedelta(days=1),
                DAY + timedelta(days=6),
                discount_percent=Decimal(20),
                category_id=films,
                client_ids=(ids["client"],),
            ),
        )
    return ids


def _decide(db: Database, client: str, product: str, qty: str, day: date = DAY) -> Any:
    with db.reading() as s:
        return catalog.client_price_preview(s, client, product, Decimal(qty), day)


def test_the_column_price_applies_with_its_reason(db: Database, priced: dict[str, str]) -> None:
    d = _decide(db, priced["other"], priced["film"], "1")
    assert (d.unit_price, d.rule) == (Decimal("85.00"), "column")
    assert d.explanation == "Key column: 15 % off base 100.00 = 85.00"
    d = _decide(db, priced["other"], priced["box"], "1")
    assert (d.unit_price, d.rule) == (Decimal("83.00"), "column_price")
    assert d.explanation == "Key column: listed price 83.00"
    d = _decide(db, priced["walk_in"], priced["box"], "1")
    assert (d.unit_price, d.rule, d.explanation) == (Decimal("100.00"), "base", "Base price 100.00")


def test_a_quantity_break_of_the_clients_column(db: Database, priced: dict[str, str]) -> None:
    assert _decide(db, priced["client"], priced["tape"], "9").rule == "column"
    d = _decide(db, priced["client"], priced["tape"], "10")  # the Wholesale 50 % break is not Key's
    assert (d.unit_price, d.rule) == (Decimal("80.75"), "quantity_break")
    assert d.explanation.startswith("Quantity break from 10: 5 % off 85.00 = 80.75")
    d = _decide(db, priced["walk_in"], priced["tape"], "150")  # every column's break
    assert (d.unit_price, d.rule) == (Decimal("70.00"), "quantity_break")
    assert _decide(db, priced["walk_in"], priced["tape"], "10").rule == "base"


def test_a_promotion_only_for_the_chosen_client(db: Database, priced: dict[str, str]) -> None:
    d = _decide(db, priced["client"], priced["film"], "1")
    assert (d.unit_price, d.rule) == (Decimal("80.00"), "promotion")
    assert d.explanation.startswith("Promotion Film week (until 29 Nov 2026): 20 % off base")
    assert _decide(db, priced["other"], priced["film"], "1").rule == "column"
    assert _decide(db, priced["client"], priced["film"], "1", DAY + timedelta(days=7)).rule == (
        "column"
    )


def test_a_special_price_within_its_dates(db: Database, priced: dict[str, str]) -> None:
    with db.unit_of_work() as s:
        client_terms.save_special_price(
            s,
            priced["client"],
            SpecialPriceData(priced["film"], Decimal("75.00"), DAY, DAY + timedelta(days=2)),
        )
    d = _decide(db, priced["client"], priced["film"], "1")
    assert (d.unit_price, d.rule) == (Decimal("75.00"), "special")
    assert d.explanation.startswith("Special price for this client since 23 Nov 2026")
    assert _decide(db, priced["client"], priced["film"], "1", DAY + timedelta(days=3)).rule == (
        "promotion"
    )


def test_the_preview_refuses_a_bad_quantity_or_product(
    db: Database, priced: dict[str, str]
) -> None:
    for qty in ("0", "-1", "1.0001"):
        with pytest.raises(UserError):
            _decide(db, priced["client"], priced["film"], qty)
    with pytest.raises(UserError, match="product"):
        _decide(db, priced["client"], "no-such-product", "1")
    with pytest.raises(UserError, match="client"):
        _decide(db, "no-such-client", priced["film"], "1")


def test_price_inputs_leave_out_unknown_products(db: Database, priced: dict[str, str]) -> None:
    with db.reading() as s:
        found = catalog.price_inputs(s, priced["client"], [priced["film"], "nope"], DAY)
    (inputs,) = found.values()
    assert inputs.sku == "FLM-0001" and inputs.vat_rate == Decimal(27) and inputs.unit == "roll"
    assert inputs.column is not None and inputs.column.name == "Key"
    assert [p.name for p in inputs.promotions] == ["Film week"]


@contextmanager
def _counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_price_inputs_take_a_bounded_number_of_queries(
    db: Database, priced: dict[str, str]
) -> None:
    films = _category(db, "More films")
    ids = [_product(db, sku=f"P-{i:03d}", category_id=films) for i in range(50)]
    with db.unit_of_work() as s:
        for pid in ids[::5]:
            price_list.add_quantity_break(s, pid, BreakData(Decimal(5), Decimal(3)))
            price_list.set_column_price(s, pid, priced["key"], Decimal("81.00"))
            client_terms.save_special_price(s, priced["client"], SpecialPriceData(pid, Decimal(75)))
        promotions.save_promotion(
            s, _promo(name="Many", product_ids=tuple(ids[::7]), discount_percent=Decimal(30))
        )
    with db.reading() as s:
        s.execute(select(1))  # the connection's own set-up is not the service's
        with _counting(db) as few:
            catalog.price_inputs(s, priced["client"], ids[:5], DAY)
        with _counting(db) as many:
            found = catalog.price_inputs(s, priced["client"], ids, DAY)
    assert len(found) == 50
    assert len(many) == len(few) <= 10
    decided = {found[pid].decide(Decimal(5), DAY).rule for pid in ids}
    assert decided == {"column", "special", "promotion"}
