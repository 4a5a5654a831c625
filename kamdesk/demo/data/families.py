"""Every product family of the demo catalogue, in catalogue order."""

from __future__ import annotations

from typing import Final

from kamdesk.demo.data import products_food, products_hygiene, products_packaging

FAMILIES: Final = (
    *products_packaging.FAMILIES,
    *products_hygiene.FAMILIES,
    *products_food.FAMILIES,
)
