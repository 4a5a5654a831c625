"""save_draft(base=...): the window's draft merged onto the order as stored now."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.edits import StaleEdit
from kamdesk.services.sales.orders import DraftLine, OrderDraft, draft_of, get_order, save_draft
from tests.factories import add_catalogue, add_client

D = Decimal
DAY = date(2026, 11, 24)


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        ids["client"] = add_client(s, "Szőnyi Élelmiszer Zrt.").id
        lines = (DraftLine(ids["MILK-1"], D(5), D("1.25")),)
        ids["order"] = save_draft(s, OrderDraft(ids["client"], DAY, lines, notes="first"))
    return ids


def loaded(db: Database, order: str) -> OrderDraft:
    with db.reading() as s:
        return draft_of(get_order(s, order))


def test_lines_added_on_both_sides_are_all_kept_and_the_header_merges(
    db: Database, shop: dict[str, str]
) -> None:
    base = loaded(db, shop["order"])
    theirs = dataclasses.replace(
        base,
        lines=(*base.lines, DraftLine(shop["OIL-5"], D(2), D("8.70"))),
        delivery_date=date(2026, 12, 1),
    )
    with db.unit_of_work() as s:
        save_draft(s, theirs, order_id=shop["order"])
    mine = dataclasses.replace(
        base, lines=(*base.lines, DraftLine(shop["SUGAR-1"], D(3), D("1.05"))), notes="second"
    )
    with db.unit_of_work() as s:
        save_draft(s, mine, order_id=shop["order"], base=base)
        order = get_order(s, shop["order"])
    assert [line.sku for line in order.lines] == ["MILK-1", "SUGAR-1", "OIL-5"]
    assert (order.notes, order.delivery_date) == ("second", date(2026, 12, 1))


def test_the_same_line_changed_on_both_sides_is_a_clash_and_nothing_is_written(
    db: Database, shop: dict[str, str]
) -> None:
    base = loaded(db, shop["order"])
    line = base.lines[0]
    with db.unit_of_work() as s:
        changed = dataclasses.replace(line, quantity=D(7))
        save_draft(s, dataclasses.replace(base, lines=(changed,)), order_id=shop["order"])
    mine = dataclasses.replace(base, lines=(dataclasses.replace(line, quantity=D(6)),))
    with pytest.raises(StaleEdit) as caught, db.unit_of_work() as s:
        save_draft(s, mine, order_id=shop["order"], base=base)
    assert [c.field for c in caught.value.clashes] == [f"line:{line.line_id}"]
    assert loaded(db, shop["order"]).lines[0].quantity == D(7)
