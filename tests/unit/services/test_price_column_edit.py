"""save_price_column with a base: only what the user changed is written (issue 15 review)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.edits import StaleEdit
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.price_list import (
    ColumnFields,
    add_price_column,
    column_fields,
    save_price_column,
    set_column_percent,
)

LOADED = ColumnFields("Retail", Decimal(10))


@pytest.fixture
def column(db: Database) -> str:
    with db.unit_of_work() as s:
        cid = add_price_column(s, "Retail", Decimal(10))
        add_price_column(s, "Wholesale", Decimal(20))
        return cid


def test_a_field_left_alone_keeps_what_was_saved_meanwhile(db: Database, column: str) -> None:
    with db.unit_of_work() as s:
        set_column_percent(s, column, Decimal(25))
        save_price_column(s, column, ColumnFields(" Retail shops ", Decimal(10)), base=LOADED)
        assert column_fields(s, column) == ColumnFields("Retail shops", Decimal(25))


def test_a_field_both_changed_is_a_clash_and_nothing_is_written(db: Database, column: str) -> None:
    with db.unit_of_work() as s:
        set_column_percent(s, column, Decimal(25))
    with pytest.raises(StaleEdit) as raised, db.unit_of_work() as s:
        save_price_column(s, column, ColumnFields("Retail shops", Decimal(15)), base=LOADED)
    assert [(c.field, c.mine, c.theirs) for c in raised.value.clashes] == [
        ("discount_percent", Decimal(15), Decimal(25))
    ]
    assert raised.value.theirs == ColumnFields("Retail", Decimal(25))
    with db.reading() as s:
        assert column_fields(s, column) == ColumnFields("Retail", Decimal(25))


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        (ColumnFields("wholesale", Decimal(10)), "name"),
        (ColumnFields("Retail", Decimal(101)), "discount_percent"),
    ],
)
def test_a_taken_name_or_a_bad_percentage_is_refused(
    db: Database, column: str, fields: ColumnFields, problem: str
) -> None:
    with pytest.raises(InvalidFields) as raised, db.unit_of_work() as s:
        save_price_column(s, column, fields, base=LOADED)
    assert problem in raised.value.problems
