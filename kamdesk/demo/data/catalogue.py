"""Product categories and the Family template every demo product is made from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# key -> (name, SKU prefix)
CATEGORIES: Final = {
    "FLM": "Stretch and shrink films",
    "BOX": "Corrugated boxes and pallets",
    "TAP": "Tapes, strapping and labels",
    "HYG": "Hygiene paper and dispensers",
    "CLN": "Cleaning chemicals and waste bags",
    "PPE": "Personal protective equipment",
    "FSD": "Food-service disposables",
    "FDS": "Coffee break and food",
}


@dataclass(frozen=True)
class Family:
    """Products made from one name template: every combination of the axes is one product.

    Each axis is a list of (label, price multiplier); the price is base x all multipliers.
    """

    category: str
    template: str
    unit: str
    base_price: str
    axes: tuple[tuple[tuple[str, str], ...], ...]
    note: str
    vat: str = "27"


def ax(*items: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return items
