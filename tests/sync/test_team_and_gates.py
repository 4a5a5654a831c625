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
    (conflict,) = [c for c in anna.conflicts() if c.needs_decision]
    assert conflict.entity == "order_line" and conflict.field == "quantity"
    with pytest.raises(UserError, match="changed the quantity"):
        anna.do(lambda s: confirm_order(s, oid, today=date(2026, 11, 3)))
    anna.do(lambda s: resolve(s, conflict.id, take="winner"))
    anna.do(lambda s: confirm_order(s, oid, today=date(2026, 11, 3)))
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
