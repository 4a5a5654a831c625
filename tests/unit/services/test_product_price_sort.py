"""The product list sorts by a price column: each product's price there, its own where it has
one, else the column's percentage off its base price."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.db import Database
from kamdesk.services.prices.catalog import PRICE_SORT, search_products
from kamdesk.services.prices.price_list import set_column_price
from tests.factories import add_catalogue


def test_a_price_column_sorts_by_the_price_shown_in_it(db: Database) -> None:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        # the dearest by base price, with its own price in Key below every other
        set_column_price(s, ids["FLOUR-25"], ids["Key"], Decimal("0.01"))
    key = PRICE_SORT + ids["Key"]
    with db.reading() as s:
        up = search_products(s, sort=key, descending=False).rows
        down = search_products(s, sort=key, descending=True).rows
        by_base = search_products(s, sort="base_price", descending=False).rows
    assert up[0].sku == "FLOUR-25" and up[0].prices[0].explicit
    assert by_base[-1].sku == "FLOUR-25"
    prices = [r.prices[0].price for r in up]
    assert prices == sorted(prices)  # the others: 10 % off their base price
    assert [r.prices[0].price for r in down] == sorted(prices, reverse=True)
