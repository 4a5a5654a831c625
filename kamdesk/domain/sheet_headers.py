"""What people head the columns of a price list with, in every interface language.

The import dialog's first guess: a header matches a field when, case, spaces and punctuation
aside, it is one of the field's names below (the import dialog's own labels in English, Russian,
Hungarian, Italian and Azerbaijani, and the usual synonyms) with a currency or "%" after it or
not ("Цена, руб." is a base price, "НДС, %" a VAT rate). A test keeps these lists holding the
labels the translations give the fields. The command line takes the documented headers only
(kamdesk.domain.sheet.default_mapping).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kamdesk.domain.sheet import FIELDS, Cell, SheetMapping, default_mapping, header_key
from kamdesk.domain.sheet import field_label as field_label

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku", "code", "article", "item", "item code", "product code", "part number",
        "артикул", "код", "код товара", "арт",
        "cikkszám", "cikkszam", "termékkód", "kód",
        "codice", "codice articolo", "articolo", "cod",
        "artikul", "kod", "məhsul kodu",
    ),
    "name": (
        "name", "product", "product name", "description of goods", "item name",
        "наименование", "название", "товар", "наименование товара", "номенклатура",
        "név", "megnevezés", "termék", "terméknév",
        "nome", "prodotto", "denominazione", "nome prodotto",
        "ad", "adı", "məhsul", "mal", "məhsulun adı",
    ),
    "category": (
        "category", "group", "product group",
        "категория", "группа", "группа товаров",
        "kategória", "csoport", "termékcsoport",
        "categoria", "gruppo", "famiglia",
        "kateqoriya", "qrup",
    ),
    "unit": (
        "unit", "uom", "unit of measure",
        "ед. изм.", "ед изм", "единица", "единица измерения", "ед",
        "mértékegység", "me", "egység",
        "unità", "unita", "um", "unità di misura",
        "ölçü vahidi", "vahid",
    ),
    "vat_rate": (
        "vat", "vat rate", "vat_rate", "vat %", "tax", "tax rate",
        "ндс", "ставка ндс", "ндс %",
        "áfa", "afa", "áfakulcs", "áfa kulcs",
        "iva", "aliquota iva", "aliquota",
        "ədv", "ədv dərəcəsi",
    ),
    "base_price": (
        "base price", "base_price", "price", "list price", "base",
        "базовая цена", "цена", "цена базовая", "розничная цена", "цена за ед",
        "alapár", "ár", "egységár", "listaár",
        "prezzo base", "prezzo", "prezzo di listino", "listino",
        "baza qiyməti", "qiymət",
    ),
    "description": (
        "description", "описание", "leírás", "descrizione", "təsvir",
    ),
}  # fmt: skip

# what may follow a price or a rate in its header: a currency or a percent sign
_NOISE = frozenset(
    ("%", "руб", "р", "rub", "eur", "€", "euro", "евро", "₽", "ft", "huf", "azn", "₼", "usd", "$")
)
_PRICE_WORDS = ("price", "цена", "ár", "prezzo", "qiymət")


def loose_key(header: Cell | str) -> str:
    """A header as the guess compares it: lower case, punctuation as spaces, one space apart,
    with a currency or '%' at the end left out ("Цена, руб." -> "цена")."""
    words = re.sub(r"[,.;:()\[\]/\\_\-]", " ", header_key(header).replace("%", " % ")).split()
    while len(words) > 1 and words[-1] in _NOISE:
        words.pop()
    return " ".join(words)


_WORDS = {loose_key(word): field for field, words in HEADER_WORDS.items() for word in words}
# words that name a field only when no column names it better: a 1C export puts "Код" (its own
# number) before "Артикул" (the SKU), so "Код" is the SKU only where no "Артикул" is
WEAK_WORDS = frozenset({"код", "kód", "cod", "kod", "code", "item"})


def guess_mapping(headers: Sequence[Cell], price_columns: Iterable[str]) -> SheetMapping:
    """The documented headers first; then the names of each field in every interface language
    ("Артикул", "Cikkszám", "VAT rate, %", "Цена, руб.") and price columns by name with a
    word for price before or after ("VIP price", "Цена опт" for Опт) for the columns still
    unmapped. Nothing is reported as unknown."""
    strict = default_mapping(headers)
    fields = dict(strict.fields)
    prices = dict(strict.prices)
    used = {*fields.values(), *prices.values()}
    columns = {loose_key(name): name for name in price_columns}
    known_prices = {name.strip().casefold() for name in prices}
    weak: list[tuple[int, str]] = []
    for index, header in enumerate(headers):
        if index in used:
            continue
        key = loose_key(header)
        column = _price_column(key, columns)
        name = _WORDS.get(key) if column is None else None
        if name is not None and key in WEAK_WORDS:
            weak.append((index, name))
            continue
        if name is not None and name in FIELDS and name not in fields:
            fields[name] = index
            used.add(index)
            continue
        column = column or columns.get(key)
        if column is not None and column.casefold() not in known_prices:
            prices[column] = index
            known_prices.add(column.casefold())
            used.add(index)
    for index, name in weak:  # "Код" where no "Артикул" named the SKU
        if name in FIELDS and name not in fields:
            fields[name] = index
    return SheetMapping(fields=fields, prices=prices)


def _price_column(key: str, columns: dict[str, str]) -> str | None:
    """The price column a header like "VIP price", "Price VIP" or "Цена опт" names."""
    for word in _PRICE_WORDS:
        for bare in (key.removeprefix(word + " "), key.removesuffix(" " + word)):
            if bare != key and bare in columns:
                return columns[bare]
    return None


def layout_key(headers: Sequence[Cell]) -> str:
    """A file's set of headers as one text, to remember the mapping chosen for that layout."""
    return "|".join(header_key(h) for h in headers)
