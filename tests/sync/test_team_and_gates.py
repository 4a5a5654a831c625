"""Money typed differently on two laptops holds the order back; the hub has the last word."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.errors import UserError
from kamdesk.models import OrderLine, PriceColumn
from kamdesk.services.sales.order_steps import confirm_order
from kamdesk.services.sync.resolve import resolve
from kamdesk.services.sync.team import is_hub, set_hub
from tests.factories import add_client, add_order
from tests.sync.laptops import Laptop, exchange


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    yield anna, boris
    anna.close()
    boris.close()


def test_a_quantity_changed_on_two_laptops_blocks_confirming_until_decided(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair

    def order(s):  # type: ignore[no-untyped-def]
        return add_order(s, add_client(s, "Acme", credit_limit=None), [("10", "5.00", "0")]).id

    oid = anna.do(order)
    boris.take(anna.export())

    def quantity(q: str):  # type: ignore[no-untyped-def]
        def work(s):  # type: ignore[no-untyped-def]
            line = s.query(OrderLine).filter_by(order_id=oid).one()
            line.quantity = Decimal(q)

        return work

    anna.do(quantity("12"))
    boris.do(quantity("15"))
    exchange(anna, boris)
    line, whole = sorted((c for c in anna.conflicts() if c.needs_decision), key=lambda c: c.entity)
    assert line.entity == "order_line" and line.field == "quantity"
    assert whole.entity == "sales_order" and whole.as_json()["field"] is None
    with pytest.raises(UserError, match="changed on two laptops"):
        anna.do(lambda s: confirm_order(s, oid, today=date(2026, 11, 3)))
    said = anna.do(lambda s: resolve(s, whole.id, take="other"))
    assert "new draft" in said
    assert anna.conflicts() == []
    anna.do(lambda s: confirm_order(s, oid, today=date(2026, 11, 3)))
    boris.take(anna.export(boris.name))
    assert boris.conflicts() == []
    assert anna.digest() == boris.digest()
    # the totals were made again from the merged lines on both laptops: they add up
    assert anna.read(lambda s: s.query(OrderLine).filter_by(order_id=oid).one().net) in (
        Decimal("60.00"),
        Decimal("75.00"),
    )


def test_the_hubs_concurrent_edit_of_the_price_list_wins_everywhere(
    pair: tuple[Laptop, Laptop],
) -> None:
    manager, kam = pair
    manager.do(lambda s: set_hub(s, True))
    assert manager.read(is_hub)

    def column(s):  # type: ignore[no-untyped-def]
        c = PriceColumn(name="Key account", discount_percent=Decimal("10"))
        s.add(c)
        s.flush()
        return c.id

    cid = manager.do(column)
    kam.take(manager.export())
    assert not kam.read(is_hub)

    def percent(p: str):  # type: ignore[no-untyped-def]
        return lambda s: setattr(s.get(PriceColumn, cid), "discount_percent", Decimal(p))

    manager.do(percent("12"))
    kam.do(percent("15"))  # made later: a plain merge would pick it
    exchange(manager, kam)
    for laptop in pair:
        assert laptop.read(lambda s: s.get(PriceColumn, cid).discount_percent) == Decimal("12")
        (conflict,) = laptop.conflicts()
        assert conflict.as_json()["winner"] == "12"
    assert manager.digest() == kam.digest()


def test_lines_added_on_two_laptops_make_one_order_to_look_at(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair

    def order(s):  # type: ignore[no-untyped-def]
        return add_order(s, add_client(s, "Acme", credit_limit=None), [("1", "5.00", "0")]).id

    oid = anna.do(order)
    boris.take(anna.export())

    def add_line(qty: str):  # type: ignore[no-untyped-def]
        def work(s):  # type: ignore[no-untyped-def]
            first = s.query(OrderLine).filter_by(order_id=oid).one()
            s.add(OrderLine(order_id=oid, line_no=2, product_id=first.product_id,
                            quantity=Decimal(qty), unit_price=Decimal("5.00"),
                            discount_percent=Decimal(0), vat_rate=Decimal(20),
                            net=Decimal(0), vat=Decimal(0), gross=Decimal(0)))  # fmt: skip

        return work

    anna.do(add_line("2"))
    boris.do(add_line("3"))
    exchange(anna, boris)
    for laptop in pair:
        (whole,) = laptop.conflicts()
        assert whole.kind == "order_merged" and whole.needs_decision
        lines = laptop.read(
            lambda s: [(x.quantity, x.net) for x in s.query(OrderLine).filter_by(order_id=oid)]
        )
        assert sorted(q for q, _ in lines) == [1, 2, 3]
        assert sum(net for _, net in lines) == Decimal("30.00")  # made again, adds up
    (whole,) = boris.conflicts()
    boris.do(lambda s: resolve(s, whole.id, take="winner"))
    anna.take(boris.export(anna.name))
    numbers = anna.read(
        lambda s: sorted(line.line_no for line in s.query(OrderLine).filter_by(order_id=oid))
    )
    assert numbers == [1, 2, 3]
    assert anna.conflicts() == [] and anna.digest() == boris.digest()
