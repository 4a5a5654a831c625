"""Importing products and prices from CSV and XLSX into a real database, and the price list out."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.sheet import Cell, default_mapping
from kamdesk.errors import UserError
from kamdesk.models import Company, PriceColumn, Product, ProductCategory, ProductPrice
from kamdesk.services.digest import digest
from kamdesk.services.prices.price_export import (
    export_price_list_xlsx,
    price_columns,
    price_list_rows,
)
from kamdesk.services.prices.price_import import (
    ImportPlan,
    apply_import,
    plan_import,
    read_sheet,
    sniff_delimiter,
)
from tests.factories import add_price_column

HEADERS = ["sku", "name", "category", "unit", "vat_rate", "base_price", "price:VIP",
           "price:Wholesale"]  # fmt: skip
ROWS: list[list[Cell]] = [
    ["FLM-0001", "Stretch film 17 µm, 450 mm", "Films", "roll", "27", "496.00", "400", ""],
    ["BOX-0001", "Carton 600 × 400 × 400", "boxes", "", "27", "1.25", "", "1,10"],
    ["GLV-0001", "Nitrile gloves L (100)", "", "box", "5,5", "8.99", "", ""],
]


def write_csv(path: Path, rows: Sequence[Sequence[Cell]], delimiter: str = ",",
              bom: bool = False) -> Path:  # fmt: skip
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(
            [["" if c is None else str(c) for c in row] for row in rows]
        )
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([None if c == "" else c for c in row])
    book.save(path)
    return path


Writer = Callable[[Path, Sequence[Sequence[Cell]]], Path]


def xlsx_numbers(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    """As someone types them into Excel: numbers as number cells."""

    def number(cell: Cell) -> Cell:
        if isinstance(cell, str) and cell.replace(",", ".").replace(".", "", 1).isdigit():
            return float(cell.replace(",", "."))
        return cell

    return write_xlsx(path, [rows[0], *[[number(c) for c in row] for row in rows[1:]]])


@pytest.fixture
def catalogue(db: Database) -> Database:
    with db.unit_of_work() as s:
        s.add_all([ProductCategory(name="Films"), ProductCategory(name="Boxes")])
        s.add(Company(legal_name="Kontinent Kft.", default_currency="HUF"))
        add_price_column(s, "Retail", "0")
        add_price_column(s, "Wholesale", "8")
        add_price_column(s, "VIP", "22")
    return db


def plan_file(db: Database, path: Path) -> ImportPlan:
    sheet = read_sheet(path)
    with db.reading() as s:
        return plan_import(s, sheet, default_mapping(sheet.headers))


def import_file(db: Database, path: Path) -> ImportPlan:
    sheet = read_sheet(path)
    with db.unit_of_work() as s:
        return apply_import(s, plan_import(s, sheet, default_mapping(sheet.headers)))


def products(s: Session) -> dict[str, Product]:
    return {p.sku: p for p in s.scalars(select(Product).where(Product.deleted_at.is_(None)))}


def explicit(s: Session) -> dict[tuple[str, str], Decimal]:
    stmt = (
        select(Product.sku, PriceColumn.name, ProductPrice.price)
        .join(Product, Product.id == ProductPrice.product_id)
        .join(PriceColumn, PriceColumn.id == ProductPrice.price_column_id)
        .where(ProductPrice.deleted_at.is_(None))
    )
    return {(sku, column): price for sku, column, price in s.execute(stmt)}


def fingerprint(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return [entry.line() for entry in digest(conn)]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx, xlsx_numbers])
def test_import_creates_products_and_explicit_prices(
    catalogue: Database, tmp_path: Path, writer: Writer
) -> None:
    path = writer(tmp_path / f"products{'.csv' if writer is write_csv else '.xlsx'}",
                  [HEADERS, *ROWS])  # fmt: skip
    plan = import_file(catalogue, path)
    assert plan.summary() == "3 products to create, 0 to update, 2 explicit prices set, 0 cleared"
    with catalogue.reading() as s:
        got = products(s)
        categories = {c.id: c.name for c in s.scalars(select(ProductCategory))}
        assert set(got) == {"FLM-0001", "BOX-0001", "GLV-0001"}
        film, box, gloves = got["FLM-0001"], got["BOX-0001"], got["GLV-0001"]
        assert (film.name, film.unit, film.vat_rate, film.base_price) == (
            "Stretch film 17 µm, 450 mm", "roll", Decimal(27), Decimal("496.00")
        )  # fmt: skip
        assert categories[film.category_id] == "Films"  # type: ignore[index]
        assert categories[box.category_id] == "Boxes"  # type: ignore[index]  # case-insensitive
        assert box.unit == "pcs" and gloves.category_id is None
        assert gloves.vat_rate == Decimal("5.5") and gloves.base_price == Decimal("8.99")
        assert {p.currency for p in got.values()} == {"HUF"}  # the company's currency
        assert all(p.active and p.description == "" for p in got.values())
        assert explicit(s) == {
            ("FLM-0001", "VIP"): Decimal("400.00"),
            ("BOX-0001", "Wholesale"): Decimal("1.10"),
        }


def test_without_a_company_new_products_are_in_euro(db: Database, tmp_path: Path) -> None:
    import_file(db, write_csv(tmp_path / "p.csv", [HEADERS[:6], ["A-1", "A", "", "", "20", "1"]]))
    with db.reading() as s:
        assert products(s)["A-1"].currency == "EUR"


def test_reimport_updates_by_sku_and_reports_each_change(
    catalogue: Database, tmp_path: Path
) -> None:
    import_file(catalogue, write_csv(tmp_path / "first.csv", [HEADERS, *ROWS]))
    with catalogue.reading() as s:
        before = {sku: (p.id, p.revision) for sku, p in products(s).items()}
    changed = [
        ["flm-0001", "Stretch film 20 µm, 450 mm", "Films", "roll", "27", "512.40", "400", ""],
        ROWS[1],
        ["GLV-0001", "Nitrile gloves L (100)", "Boxes", "box", "5.5", "8.99", "", ""],
        ["NEW-0001", "Kraft tape 50 mm", "", "", "27", "2", "", ""],
    ]
    plan = plan_file(catalogue, write_csv(tmp_path / "second.csv", [HEADERS, *changed]))
    assert plan.problems == ()
    assert [r.sku for r in plan.creates] == ["NEW-0001"]
    assert plan.unchanged == 1  # BOX-0001
    changes = {u.row.sku: [(c.field, c.old, c.new) for c in u.changes] for u in plan.updates}
    assert changes == {
        "flm-0001": [
            ("sku", "FLM-0001", "flm-0001"),
            ("name", "Stretch film 17 µm, 450 mm", "Stretch film 20 µm, 450 mm"),
            ("base_price", "496.00", "512.40"),
        ],
        "GLV-0001": [("category", "", "Boxes")],
    }
    with catalogue.unit_of_work() as s:
        apply_import(s, plan)
    with catalogue.reading() as s:
        after = products(s)
        assert set(after) == {"flm-0001", "BOX-0001", "GLV-0001", "NEW-0001"}
        film = after["flm-0001"]
        assert film.id == before["FLM-0001"][0] and film.base_price == Decimal("512.40")
        assert film.revision == before["FLM-0001"][1] + 1
        assert after["BOX-0001"].revision == before["BOX-0001"][1]  # untouched
        assert explicit(s)[("flm-0001", "VIP")] == Decimal("400.00")


def test_only_the_columns_in_the_file_are_changed(catalogue: Database, tmp_path: Path) -> None:
    import_file(catalogue, write_csv(tmp_path / "first.csv", [HEADERS, *ROWS]))
    # a price update: no category, unit or explicit-price columns at all
    plan = import_file(
        catalogue,
        write_csv(
            tmp_path / "prices.csv",
            [
                ["SKU", "Name", "VAT_rate", "Base_Price", "Description"],
                ["FLM-0001", "Stretch film 17 µm, 450 mm", "27", "499", "For pallets"],
            ],
        ),
    )
    assert [[c.field for c in u.changes] for u in plan.updates] == [["base_price", "description"]]
    assert plan.prices == ()
    with catalogue.reading() as s:
        film = products(s)["FLM-0001"]
        assert film.base_price == Decimal("499.00") and film.description == "For pallets"
        assert film.unit == "roll" and film.category_id is not None
        assert explicit(s)[("FLM-0001", "VIP")] == Decimal("400.00")


def test_an_empty_price_cell_clears_an_explicit_price_and_a_value_revives_it(
    catalogue: Database, tmp_path: Path
) -> None:
    import_file(catalogue, write_csv(tmp_path / "first.csv", [HEADERS, *ROWS]))
    with catalogue.reading() as s:
        (first_id,) = s.scalars(select(ProductPrice.id).where(ProductPrice.price == Decimal(400)))
    cleared = [[*ROWS[0][:6], "", ""]]
    plan = import_file(catalogue, write_csv(tmp_path / "clear.csv", [HEADERS, *cleared]))
    assert (plan.prices_set, plan.prices_cleared) == (0, 1)
    assert [(p.sku, p.column, p.old, p.new) for p in plan.prices] == [
        ("FLM-0001", "VIP", Decimal("400.00"), None)
    ]
    with catalogue.reading() as s:
        assert ("FLM-0001", "VIP") not in explicit(s)
        tomb = s.get(ProductPrice, first_id)
        assert tomb is not None and tomb.deleted_at is not None  # a tombstone sync carries
    again = [[*ROWS[0][:6], "390,50", ""]]
    import_file(catalogue, write_csv(tmp_path / "again.csv", [HEADERS, *again]))
    with catalogue.reading() as s:
        rows = s.scalars(select(ProductPrice)).all()
        revived = [r for r in rows if r.id == first_id]
        assert len(rows) == 2 and revived and revived[0].deleted_at is None
        assert explicit(s)[("FLM-0001", "VIP")] == Decimal("390.50")


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
@pytest.mark.sqlite_only("compared by digest, a laptop's tallies")
def test_a_file_with_one_bad_row_writes_nothing_at_all(
    catalogue: Database, tmp_path: Path, writer: Writer
) -> None:
    import_file(catalogue, write_csv(tmp_path / "first.csv", [HEADERS, *ROWS]))
    before = fingerprint(catalogue)
    good = [[f"NEW-{i:04d}", f"Product {i}", "", "", "27", f"{i}.50", "", ""] for i in range(40)]
    bad = [*good[:17], ["NEW-BAD", "Broken", "", "", "27", "abc", "", ""], *good[17:]]
    edited = [[*ROWS[0][:5], "1.00", "", ""], *bad]  # an update and a cleared price too
    path = writer(tmp_path / ("bad.csv" if writer is write_csv else "bad.xlsx"), [HEADERS, *edited])
    plan = plan_file(catalogue, path)
    assert [p.line() for p in plan.problems] == ["row 20, base_price: not a number: 'abc'"]
    assert len(plan.creates) == 40 and plan.updates  # the rest would be fine
    with pytest.raises(UserError, match="Nothing was imported"), catalogue.unit_of_work() as s:
        apply_import(s, plan)
    assert fingerprint(catalogue) == before


@pytest.mark.sqlite_only("compared by digest, a laptop's tallies")
def test_a_plan_made_stale_by_a_new_product_is_refused(catalogue: Database, tmp_path: Path) -> None:
    plan = plan_file(catalogue, write_csv(tmp_path / "p.csv", [HEADERS, *ROWS]))
    import_file(catalogue, write_csv(tmp_path / "one.csv", [HEADERS, ROWS[0]]))
    before = fingerprint(catalogue)
    with (
        pytest.raises(UserError, match="since the file was checked"),
        catalogue.unit_of_work() as s,
    ):
        apply_import(s, plan)
    assert fingerprint(catalogue) == before


def test_two_products_with_the_same_sku_in_the_database_are_not_guessed_between(
    catalogue: Database, tmp_path: Path
) -> None:
    # One live product per exact SKU is a unique index since 0006; SKUs that differ only in
    # case can still both be there (typed so, or arrived from another laptop).
    with catalogue.unit_of_work() as s:
        for sku, name in (("FLM-0001", "Old film"), ("flm-0001", "Older film")):
            s.add(Product(sku=sku, name=name, vat_rate=Decimal(27),
                          base_price=Decimal(1), currency="HUF"))  # fmt: skip
    plan = plan_file(catalogue, write_csv(tmp_path / "p.csv", [HEADERS, ROWS[0]]))
    assert [p.line() for p in plan.problems] == [
        "row 2, sku: 2 products in kamdesk have the SKU 'FLM-0001'; merge them before importing"
    ]


# --- reading files ----------------------------------------------------------------------------


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), (";", True), ("\t", False)])
def test_csv_delimiters_and_byte_order_mark(
    catalogue: Database, tmp_path: Path, delimiter: str, bom: bool
) -> None:
    path = write_csv(tmp_path / "p.csv", [HEADERS, *ROWS], delimiter=delimiter, bom=bom)
    sheet = read_sheet(path)
    assert sheet.headers == tuple(HEADERS)  # no BOM glued to "sku"
    assert sheet.rows[1][7] == "1,10"
    assert plan_file(catalogue, path).problems == ()


def test_a_semicolon_file_with_decimal_commas_is_not_split_at_the_commas() -> None:
    text = "sku;name;base_price\nA;Film, 17 µm;1,50\nB;Box;2,25\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("sku,name\nA,B\n") == ","
    assert sniff_delimiter("sku\tname\tbase_price\nA\tFilm; 17 µm\t1,50\n") == "\t"


def test_xlsx_cells_come_back_typed_and_percent_cells_as_percent(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["sku", "name", "vat_rate", "base_price"])
    sheet.append(["A-1", "Film", 0.27, 12.5])
    sheet["C2"].number_format = "0%"
    sheet.append([1001, "Box", 20, 3])
    sheet.append([None, None, None, None])
    book.save(tmp_path / "p.xlsx")
    got = read_sheet(tmp_path / "p.xlsx")
    assert got.headers == ("sku", "name", "vat_rate", "base_price")
    assert got.rows == (("A-1", "Film", Decimal("27.00"), 12.5), (1001, "Box", 20, 3))
    assert got.data_rows == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "Excel 97-2003"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
        ("latin1.csv", "sku,name\nA,Caf\xe9\n".encode("latin-1"), "not UTF-8"),
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n ,\n", "is empty"),
        ("notes.txt", b"sku,name", ".csv and .xlsx files only"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_sheet(tmp_path / name)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        read_sheet(tmp_path / "nope.xlsx")


# --- the price list out -----------------------------------------------------------------------


def test_price_list_rows_use_explicit_prices_else_the_column_percentage(
    catalogue: Database, tmp_path: Path
) -> None:
    import_file(catalogue, write_csv(tmp_path / "p.csv", [HEADERS, *ROWS]))
    with catalogue.unit_of_work() as s:
        products(s)["GLV-0001"].active = False  # not sold any more: not on the list
        columns = {c.name: c for c in price_columns(s)}
        assert list(columns) == ["Retail", "VIP", "Wholesale"]  # same sort order: by name
        vip = price_list_rows(s, columns["VIP"].id)
    assert [(r.sku, r.category, r.price, r.explicit) for r in vip] == [
        ("BOX-0001", "Boxes", Decimal("0.98"), False),  # 1.25 less 22 % = 0.975, half up
        ("FLM-0001", "Films", Decimal("400.00"), True),
    ]
    with catalogue.reading() as s, pytest.raises(UserError, match="no longer exists"):
        price_list_rows(s, "no-such-column")


def test_the_exported_workbook_reads_back_equal_to_the_database(
    catalogue: Database, tmp_path: Path
) -> None:
    many = [[f"CRT-{i:04d}", f"Carton {i}", "Boxes", "pcs", "27", f"{i * 7}.{i % 100:02d}",
             f"{i}.99" if i % 3 == 0 else "", ""] for i in range(1, 120)]  # fmt: skip
    import_file(catalogue, write_csv(tmp_path / "p.csv", [HEADERS, *ROWS, *many]))
    with catalogue.reading() as s:
        vip = next(c for c in price_columns(s) if c.name == "VIP")
        rows = price_list_rows(s, vip.id)
    out = export_price_list_xlsx(rows, vip.name, tmp_path / "out" / "VIP.xlsx")
    assert out == tmp_path / "out" / "VIP.xlsx"
    assert [p.name for p in out.parent.iterdir()] == ["VIP.xlsx"]  # no temporary left over
    book = load_workbook(out)
    try:
        sheet = book.active
        assert sheet.title == "VIP" and sheet.freeze_panes == "A2"
        header = [c.value for c in sheet[1]]
        assert header == ["SKU", "Product", "Category", "Unit", "VAT %", "Base price",
                          "VIP price", "Currency", "Price rule"]  # fmt: skip
        assert all(c.font.b for c in sheet[1])
        assert all((sheet.column_dimensions[c.column_letter].width or 0) >= len(str(c.value))
                   for c in sheet[1])  # fmt: skip
        body = list(sheet.iter_rows(min_row=2))
        assert len(body) == len(rows) == 122
        for cells, row in zip(body, rows, strict=True):
            sku, name, category, unit, vat, base, price, currency, rule = cells
            assert (sku.value, name.value, category.value, unit.value) == (
                row.sku, row.name, row.category or None, row.unit
            )  # fmt: skip
            assert isinstance(base.value, int | float) and isinstance(price.value, int | float)
            assert Decimal(repr(base.value)) == row.base_price
            assert Decimal(repr(price.value)) == row.price
            assert Decimal(repr(vat.value)) == row.vat_rate
            assert base.number_format == price.number_format == "#,##0.00"
            assert currency.value == "HUF"
            assert rule.value == ("own price" if row.explicit else "base price less 22 %")
    finally:
        book.close()


def test_an_export_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserError, match="Cannot write"):
        export_price_list_xlsx([], "VIP", tmp_path / "file" / "VIP.xlsx")


def test_a_decimal_comma_splitting_a_csv_row_is_refused_not_truncated(
    db: Database, tmp_path: Path
) -> None:
    """'12,50' unquoted in a comma-separated file is two cells: 12 and 50. Never take 12."""
    path = tmp_path / "extra.csv"
    path.write_text(
        "sku,name,category,unit,vat_rate,base_price\n"
        "TST-12,Tape,,roll,27,1 500,00\n"
        "TST-13,Film,,roll,27,12,50\n"
        "TST-14,Box,,pcs,27,3.40\n",
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    with db.reading() as s:
        plan = plan_import(s, sheet, default_mapping(sheet.headers))
    assert [(p.row_number, p.letter) for p in plan.problems] == [(2, "G"), (3, "G")]
    assert "7 cells but 6 column names" in plan.problems[0].message


@pytest.mark.parametrize(("country", "unit"), [("RU", "шт."), ("HU", "db"), ("IT", "pz"),
                                               ("AZ", "ədəd"), ("DE", "pcs")])  # fmt: skip
def test_a_product_without_a_unit_gets_pieces_as_the_companys_documents_write_them(
    db: Database, tmp_path: Path, country: str, unit: str
) -> None:
    from kamdesk.services.prices.catalog import product_defaults

    with db.unit_of_work() as s:
        s.add(Company(legal_name="Континент", country=country, default_currency="RUB"))
    path = write_csv(tmp_path / "p.csv", [["sku", "name", "vat_rate", "base_price"],
                                          ["KS-1", "Болт М8", "22", "12.40"]])  # fmt: skip
    sheet = read_sheet(path)
    with db.unit_of_work() as s:
        apply_import(s, plan_import(s, sheet, default_mapping(sheet.headers)))
    with db.reading() as s:
        assert s.scalars(select(Product.unit)).one() == unit
        assert product_defaults(s).unit == unit  # the new-product window starts with it too
