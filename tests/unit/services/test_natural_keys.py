"""Records with a natural key get the id derived from it, so the same record made on two
laptops is one; rows unique in practice have one live row per key, tombstones aside."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kamdesk.db import Database
from kamdesk.domain.natural_keys import (
    COMPANY_ID,
    key_reason_id,
    natural_id,
    product_price_id,
    setting_id,
)
from kamdesk.models import ClientKeyReason, Company, Product, ProductPrice, Setting
from kamdesk.services.check import check
from kamdesk.services.clients.dossier import save_key_reasons
from kamdesk.services.company import save_company
from kamdesk.services.prices import price_list
from kamdesk.services.settings import Rules, save_rules
from tests.factories import add_client, add_price_column
from tests.unit.services.test_company import PROFILE


def _product(db: Database, sku: str = "BOX-1") -> str:
    with db.unit_of_work() as s:
        row = Product(
            sku=sku, name="Box", vat_rate=Decimal(27), base_price=Decimal(100), currency="HUF"
        )
        s.add(row)
        s.flush()
        return row.id


def test_a_derived_id_depends_on_the_table_and_every_part_of_the_key() -> None:
    assert setting_id("a") == natural_id("setting", "a") != natural_id("company", "a")
    assert natural_id("t", "a", "bc") != natural_id("t", "ab", "c")
    assert natural_id("company") == COMPANY_ID


def test_settings_are_stored_under_the_id_of_their_key(db: Database) -> None:
    with db.unit_of_work() as s:
        save_rules(s, Rules(stale_days=30))
    with db.unit_of_work() as s:
        save_rules(s, Rules(stale_days=45))
    with db.reading() as s:
        rows = s.execute(select(Setting.id, Setting.key)).all()
    assert rows and all(row_id == setting_id(key) for row_id, key in rows)


def test_the_company_profile_is_one_record_with_the_fixed_id(db: Database) -> None:
    profile = PROFILE
    with db.unit_of_work() as s:
        save_company(s, profile)
        save_company(s, profile)
    with db.unit_of_work() as s:
        (row,) = s.scalars(select(Company)).all()
        assert row.id == COMPANY_ID
        row.deleted_at = datetime.now(UTC)
    with db.unit_of_work() as s:  # saved again after it was removed: the same record revives
        save_company(s, profile)
    with db.reading() as s:
        (row,) = s.execute(select(Company.id, Company.deleted_at)).all()
    assert tuple(row) == (COMPANY_ID, None)


def test_key_reasons_and_column_prices_take_their_derived_ids(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Győri Nyomda").id
        column = add_price_column(s, "Key").id
    pid = _product(db)
    with db.unit_of_work() as s:
        save_key_reasons(s, cid, {"revenue": "Top 3"})
        price_list.set_column_price(s, pid, column, Decimal("80.00"))
    with db.unit_of_work() as s:
        save_key_reasons(s, cid, {})
        price_list.clear_column_price(s, pid, column)
    with db.unit_of_work() as s:
        save_key_reasons(s, cid, {"revenue": "Top 3 again"})
        price_list.set_column_price(s, pid, column, Decimal("81.00"))
    with db.reading() as s:
        reasons = s.execute(select(ClientKeyReason.id, ClientKeyReason.deleted_at)).all()
        prices = s.execute(select(ProductPrice.id, ProductPrice.price)).all()
    assert [tuple(r) for r in reasons] == [(key_reason_id(cid, "revenue"), None)]
    assert [tuple(p) for p in prices] == [(product_price_id(pid, column), Decimal("81.00"))]


def test_one_live_product_per_sku_but_a_tombstoned_twin_may_stay(db: Database) -> None:
    first = _product(db)
    with pytest.raises(IntegrityError):
        _product(db)
    with db.unit_of_work() as s:
        row = s.get(Product, first)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
    _product(db)
    with db.reading() as s:
        assert len(s.scalars(select(Product).where(Product.sku == "BOX-1")).all()) == 2


@pytest.mark.sqlite_only("check examines a laptop's file")
def test_check_reports_a_natural_key_record_without_its_derived_id(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(Setting(key="dossier.stale_days", value="30"))  # a random id, as before 0006
    with db.reading() as s:
        assert check(s.connection()) == [
            "setting: 1 rows whose id is not the one derived from their key"
        ]
