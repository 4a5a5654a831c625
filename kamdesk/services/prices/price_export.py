"""The price list out: one price column's prices per product, and the XLSX to send."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.money import MINOR_DIGITS
from kamdesk.domain.pricing import ColumnTerms, column_price
from kamdesk.domain.spreadsheet import as_text, without_controls
from kamdesk.models import PriceColumn, Product, ProductCategory, ProductPrice
from kamdesk.services.file_errors import cannot_write
from kamdesk.services.queries import get_live, live


@dataclass(frozen=True)
class PriceColumnInfo:
    id: str
    name: str
    discount_percent: Decimal


@dataclass(frozen=True)
class PriceListRow:
    """One product's price in a price column; explicit says whether it is the product's own
    price for that column or the column's percentage off the base price."""

    sku: str
    name: str
    category: str
    unit: str
    vat_rate: Decimal
    base_price: Decimal
    price: Decimal
    explicit: bool
    currency: str
    discount_percent: Decimal


def price_columns(session: Session) -> list[PriceColumnInfo]:
    """The live price columns in their order."""
    stmt = (
        select(PriceColumn.id, PriceColumn.name, PriceColumn.discount_percent)
        .where(live(PriceColumn))
        .order_by(PriceColumn.sort_order, PriceColumn.name)
    )
    return [PriceColumnInfo(*row) for row in session.execute(stmt)]


def price_list_rows(session: Session, price_column_id: str) -> list[PriceListRow]:
    """The active products with their price in one price column, by category then SKU."""
    column = get_live(session, PriceColumn, price_column_id)
    explicit = {
        product_id: price
        for product_id, price in session.execute(
            select(ProductPrice.product_id, ProductPrice.price).where(
                ProductPrice.price_column_id == price_column_id,
                live(ProductPrice),
            )
        )
    }
    stmt = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            ProductCategory.name,
            Product.unit,
            Product.vat_rate,
            Product.base_price,
            Product.currency,
        )
        .outerjoin(
            ProductCategory,
            (ProductCategory.id == Product.category_id) & live(ProductCategory),
        )
        .where(live(Product), Product.active.is_(True))
        .order_by(ProductCategory.name.is_(None), ProductCategory.name, Product.sku, Product.id)
    )
    terms = ColumnTerms(column.name, column.discount_percent)
    rows = []
    for pid, sku, name, category, unit, vat, base, currency in session.execute(stmt):
        own = explicit.get(pid)
        rows.append(
            PriceListRow(
                sku=sku,
                name=name,
                category=category or "",
                unit=unit,
                vat_rate=vat,
                base_price=base,
                price=own if own is not None else column_price(base, terms).price,
                explicit=own is not None,
                currency=currency,
                discount_percent=column.discount_percent,
            )
        )
    return rows


MONEY_FORMAT = "#,##0." + "0" * MINOR_DIGITS


EXPORT_HEADERS = (
    "SKU",
    "Product",
    "Category",
    "Unit",
    "VAT %",
    "Base price",
    "{column} price",
    "Currency",
    "Price rule",
)


def _rule(row: PriceListRow) -> str:
    if row.explicit:
        return "own price"
    percent = format(row.discount_percent.normalize(), "f")
    return "base price" if row.discount_percent == 0 else f"base price less {percent} %"


def _sheet_title(name: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in name).strip("' ")
    return (cleaned or "Price list")[:31]


def export_price_list_xlsx(rows: Sequence[PriceListRow], column_name: str, path: Path) -> Path:
    """Write the price list as a tidy workbook: bold frozen header, amounts as numbers with
    two decimals, columns wide enough to read. Written to a temporary file first, so a failed
    export never leaves half a file."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(column_name)
    headers = [h.format(column=column_name) for h in EXPORT_HEADERS]
    sheet.append(headers)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        as_text(cell)  # the price column's name is the user's: "=..." stays text
    for row in rows:
        words = (row.sku, row.name, row.category, row.unit)
        sheet.append(
            [
                *(without_controls(t) for t in words),
                row.vat_rate,
                row.base_price,
                row.price,
                row.currency,
                _rule(row),
            ]
        )
        for cell in sheet[sheet.max_row]:
            as_text(cell)  # a name that starts with "=" is shown, never run
    for line in sheet.iter_rows(min_row=2, min_col=6, max_col=7):
        for cell in line:
            cell.number_format = MONEY_FORMAT
    widths = [len(h) for h in headers]
    for row in rows:
        texts = (row.sku, row.name, row.category, row.unit, "100.00", f"{row.base_price:,}",
                 f"{row.price:,}", row.currency, _rule(row))  # fmt: skip
        widths = [max(w, len(t)) for w, t in zip(widths, texts, strict=True)]
    for index, width in enumerate(widths):
        letter = sheet.cell(row=1, column=index + 1).column_letter
        sheet.column_dimensions[letter].width = min(width + 2, 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".xlsx", dir=path.parent)
        os.close(fd)
        try:
            book.save(tmp)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc) from None

    return path
