"""Benchmark: import a clean 5 000-row XLSX price list into a fresh database (target < 5 s).

python -c "from benchmarks.import_sheet import import_5000; print(import_5000(3))"
"""

from __future__ import annotations

import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROWS = 5000
CENT = Decimal("0.01")
CATEGORIES = ("Films", "Boxes", "Tapes", "Hygiene", "Chemicals", "PPE", "Disposables", "Coffee")
COLUMNS = (("Retail", "0"), ("Wholesale", "8"), ("Key account", "15"), ("VIP", "22"))


def build_xlsx(path: Path, rows: int, *, price_shift: int = 0) -> Path:
    """A tidy price list: every product has a category, a quarter have explicit prices."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    sheet.append(["sku", "name", "category", "unit", "vat_rate", "base_price",
                  "price:Key account", "price:VIP"])  # fmt: skip
    for i in range(rows):
        base = Decimal(100 + i % 900 + price_shift) + Decimal(i % 100) / 100
        explicit = i % 4 == 0
        sheet.append(
            [
                f"BEN-{i:05d}",
                f"Benchmark product {i} × {i % 37 + 1} m",
                CATEGORIES[i % len(CATEGORIES)],
                "roll" if i % 3 else "pcs",
                27 if i % 5 else 5,
                float(base),  # as Excel stores a number cell
                float((base * Decimal("0.8")).quantize(CENT)) if explicit else None,
                float((base * Decimal("0.7")).quantize(CENT)) if explicit else None,
            ]
        )
    book.save(path)
    return path


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def import_5000(runs: int) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.domain.sheet import default_mapping
    from kamdesk.models import PriceColumn, ProductCategory
    from kamdesk.services.prices.price_import import apply_import, plan_import, read_sheet

    reads: list[float] = []
    imports: list[float] = []
    updates: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        first = build_xlsx(Path(tmp) / "products.xlsx", ROWS)
        second = build_xlsx(Path(tmp) / "changed.xlsx", ROWS, price_shift=1)
        for run in range(max(runs, 1)):
            db = open_database(Path(tmp) / f"run-{run}.sqlite")
            try:
                with db.unit_of_work() as s:
                    s.add_all([ProductCategory(name=name) for name in CATEGORIES])
                    s.add_all(
                        [
                            PriceColumn(name=name, discount_percent=Decimal(pct), sort_order=n)
                            for n, (name, pct) in enumerate(COLUMNS)
                        ]
                    )
                t = time.perf_counter()
                sheet = read_sheet(first)
                reads.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                with db.unit_of_work() as s:
                    plan = apply_import(s, plan_import(s, sheet, default_mapping(sheet.headers)))
                imports.append((time.perf_counter() - t) * 1000)
                if len(plan.creates) != ROWS:
                    raise SystemExit(f"import benchmark: {plan.summary()}")
                changed = read_sheet(second)
                t = time.perf_counter()
                with db.unit_of_work() as s:
                    plan = apply_import(s, plan_import(s, changed, default_mapping(sheet.headers)))
                updates.append((time.perf_counter() - t) * 1000)
                if len(plan.updates) != ROWS:
                    raise SystemExit(f"re-import benchmark: {plan.summary()}")
            finally:
                db.close()
    total = [r + i for r, i in zip(reads, imports, strict=True)]
    return [
        ("import sheet: read 5 000-row XLSX", _ms(reads), "openpyxl, read-only"),
        ("import sheet: plan + apply 5 000 new", _ms(imports), "target < 5 s"),
        ("import sheet: read + plan + apply", _ms(total), "target < 5 s"),
        ("import sheet: re-import, 5 000 updated", _ms(updates), "update by SKU"),
    ]


if __name__ == "__main__":
    for name, value, note in import_5000(3):
        print(f"{name:<42} {value}   {note}")
