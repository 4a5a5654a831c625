"""Spreadsheet rows of products and prices: headers, exact numbers, problems per row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.sheet import (
    Cell,
    ProductRow,
    cell_money,
    cell_percent,
    check_sheet,
    column_letter,
    default_mapping,
)
from kamdesk.domain.sheet_headers import guess_mapping

CATEGORIES = {"Stretch films", "Corrugated boxes", "Gloves & PPE"}
COLUMNS = {"Retail", "Wholesale", "Key account", "VIP"}
FIELDS = ["sku", "name", "category", "unit", "vat_rate", "base_price"]
HEADERS = [*FIELDS, "price:VIP", "price:Key account"]


def check(headers: list[Cell], rows: list[list[Cell]]):  # type: ignore[no-untyped-def]
    return check_sheet(
        headers, rows, default_mapping(headers), categories=CATEGORIES, price_columns=COLUMNS
    )


def lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.line() for p in result.problems]


# --- headers ----------------------------------------------------------------------------------


def test_default_headers_are_case_insensitive_and_ignore_spaces() -> None:
    mapping = default_mapping(["  SKU ", "Name", "VAT_Rate", " base_price", "PRICE: VIP ", None])
    assert mapping.fields == {"sku": 0, "name": 1, "vat_rate": 2, "base_price": 3}
    assert mapping.prices == {"VIP": 4}
    assert mapping.unknown == ()


def test_price_column_headers_match_the_columns_case_insensitively() -> None:
    result = check(
        ["sku", "name", "vat_rate", "base_price", "price:vip", "PRICE:key ACCOUNT"],
        [["A-1", "Film", "27", "10.00", "8,50", ""]],
    )
    assert result.problems == ()
    assert result.rows[0].prices == {"VIP": Decimal("8.50"), "Key account": None}
    assert result.price_columns == ("VIP", "Key account")


def test_an_unknown_price_column_is_a_file_level_problem() -> None:
    result = check(["sku", "name", "vat_rate", "base_price", "price:Platinum"], [["A", "B", 20, 1]])
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.is_file_level and problem.row_number == 1
    assert problem.column == "price:Platinum" and problem.letter == "E"
    assert "no price column named 'Platinum'" in problem.message
    assert "Key account, Retail, VIP, Wholesale" in problem.message


def test_missing_required_columns_unknown_and_repeated_headers_are_named() -> None:
    result = check(["sku", "name", "notes", "name"], [["A", "B", "x", "C"]])
    assert lines(result) == [
        "row 1, name: the column 'name' appears twice in the file",
        "row 1, vat_rate: the file has no column for “VAT rate, %”",
        "row 1, base_price: the file has no column for “Base price”",
        "row 1, notes: unknown column; the columns are sku, name, category, unit, vat_rate, "
        "base_price, description and price:<price column>",
    ]
    assert result.rows == ()


def test_an_empty_header_row_is_refused() -> None:
    result = check([None, " "], [["A", "B"]])
    assert lines(result) == ["row 1, : the first row must hold the column names"]


def test_a_category_kamdesk_does_not_have_is_to_be_created_once_as_first_written() -> None:
    result = check(
        HEADERS,
        [
            ["A-1", "Bolt", "Крепёж", None, 22, 10, None, None],
            ["A-2", "Nut", " крепёж ", None, 22, 2, None, None],
            ["A-3", "Film", "stretch films", None, 22, 3, None, None],
        ],
    )
    assert result.problems == ()
    assert result.new_categories == ("Крепёж",)
    assert [r.category for r in result.rows] == ["Крепёж", "Крепёж", "Stretch films"]


def test_russian_headers_of_a_real_price_list_are_recognised() -> None:
    headers = ["Артикул", "Наименование", "Категория", "Ед. изм.", "НДС, %", "Цена, руб.",
               "Цена опт, руб.", "Примечание"]  # fmt: skip
    mapping = guess_mapping(headers, {"Опт"})
    assert mapping.fields == {
        "sku": 0, "name": 1, "category": 2, "unit": 3, "vat_rate": 4, "base_price": 5,
    }  # fmt: skip
    assert mapping.prices == {"Опт": 6}


@pytest.mark.parametrize(
    "headers",
    [
        ["Cikkszám", "Megnevezés", "Kategória", "Mértékegység", "Áfakulcs, %", "Alapár, Ft"],
        ["CODICE", "nome", "Categoria", "Unità", "Aliquota IVA, %", "Prezzo base €"],
        ["Artikul", "Ad", "Kateqoriya", "Ölçü vahidi", "ƏDV dərəcəsi, %", "Baza qiyməti, AZN"],
        ["sku", "Name", "Category", "Unit", "VAT rate, %", "Base price"],
    ],
)
def test_headers_in_every_interface_language_are_recognised(headers: list[Cell]) -> None:
    assert guess_mapping(headers, ()).fields == {
        "sku": 0, "name": 1, "category": 2, "unit": 3, "vat_rate": 4, "base_price": 5,
    }  # fmt: skip


def test_guess_mapping_reads_what_people_head_columns_with() -> None:
    headers = ["Code", "Product", "Category", "Unit", "VAT rate, %", "Base price", "VIP price",
               "Price Key account", "price:Retail", "Notes"]  # fmt: skip
    mapping = guess_mapping(headers, COLUMNS)
    assert mapping.fields == {
        "sku": 0,
        "name": 1,
        "category": 2,
        "unit": 3,
        "vat_rate": 4,
        "base_price": 5,
    }
    assert mapping.prices == {"Retail": 8, "VIP": 6, "Key account": 7}
    assert mapping.unknown == ()


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


# --- rows -------------------------------------------------------------------------------------


def test_a_clean_row_becomes_a_product_row() -> None:
    result = check(
        HEADERS,
        [
            ["FLM-1", " Stretch film 17 µm ", "stretch FILMS ", "roll", 27, 12.5, "9,90", None],
            [None, "", None, None, None, None, None, None],  # blank: skipped, still counted
            [10023.0, "Gloves L", "", "", "20 %", "1 234,50", None, 1000],
        ],
    )
    assert result.problems == ()
    assert result.rows == (
        ProductRow(2, "FLM-1", "Stretch film 17 µm", "Stretch films", "roll", Decimal(27),
                   Decimal("12.50"), {"VIP": Decimal("9.90"), "Key account": None}),
        ProductRow(4, "10023", "Gloves L", None, "pcs", Decimal(20), Decimal("1234.50"),
                   {"VIP": None, "Key account": Decimal("1000.00")}),
    )  # fmt: skip
    assert result.fields == frozenset(HEADERS[:6])


def test_each_bad_cell_is_named_by_row_and_column() -> None:
    result = check(
        HEADERS,
        [
            ["A-1", "ok", None, None, 20, "10", None, None],
            ["A-2", "", "Pallets", None, 101, "abc", "-1", "1.005"],
            ["A-3", "x", None, None, "nan", float("inf"), "1e309", 12.345],
            ["A-4", "y", None, None, None, None, True, "12,5"],
        ],
    )
    assert lines(result) == [
        "row 3, name: required",
        "row 3, vat_rate: must be between 0 and 100: '101'",
        "row 3, base_price: not a number: 'abc'",
        "row 3, price:VIP: must be more than 0: '-1'",
        "row 3, price:Key account: ambiguous: '1.005' could be a thousands separator or a "
        "decimal point; write 1500 or 1,500.00 / 1 500,00",
        "row 4, vat_rate: not a number: 'nan'",
        "row 4, base_price: not a finite number: 'inf'",
        "row 4, price:VIP: not a number: '1e309'",
        "row 4, price:Key account: more than 2 decimals: '12.345'",
        "row 5, vat_rate: required",
        "row 5, base_price: required",
        "row 5, price:VIP: not a number: 'TRUE'",
    ]
    assert [r.sku for r in result.rows] == ["A-1"]
    letters = {(p.row_number, p.column): p.letter for p in result.problems}
    assert letters[(3, "base_price")] == "F" and letters[(3, "price:Key account")] == "H"


def test_a_duplicate_sku_names_both_rows_and_neither_is_imported() -> None:
    result = check(
        HEADERS[:6],
        [
            ["BOX-1", "Box", None, None, 20, 1],
            ["BOX-2", "Other", None, None, 20, 1],
            ["box-1 ", "Box again", None, None, 20, 2],
        ],
    )
    assert lines(result) == [
        "row 2, sku: duplicate SKU 'BOX-1': also in row 4",
        "row 4, sku: duplicate SKU 'box-1': also in row 2",
    ]
    assert [r.sku for r in result.rows] == ["BOX-2"]


def test_too_long_text_is_refused() -> None:
    result = check(HEADERS[:6], [["S" * 61, "N" * 301, None, "U" * 21, 20, 1]])
    assert lines(result) == [
        "row 2, sku: longer than 60 characters",
        "row 2, name: longer than 300 characters",
        "row 2, unit: longer than 20 characters",
    ]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        (12.5, "12.50"),
        (0.1, "0.10"),
        (7, "7.00"),
        (Decimal("3.1"), "3.10"),
        ("1,234.56", "1234.56"),
        ("1 234,56", "1234.56"),
        (" 99 ", "99.00"),
        (None, None),
        ("  ", None),
        (999_999_999_999.99, "999999999999.99"),
    ],
)
def test_money_cells_are_exact(cell: Cell, value: str | None) -> None:
    got = cell_money(cell)
    assert got == (None if value is None else Decimal(value))
    if got is not None:
        assert str(got) == value  # two decimals, no float residue


@pytest.mark.parametrize(
    "cell",
    ["-0.01", -1, 0, "0,00", 0.0, "abc", "1e309", "NaN", float("nan"), float("-inf"),
     Decimal("Infinity"), 0.125, "0,125", Decimal("1E+400"), 10.0**12, False],
)  # fmt: skip
def test_money_cells_that_are_refused(cell: Cell) -> None:
    with pytest.raises(ValueError):
        cell_money(cell)


@pytest.mark.parametrize(
    ("cell", "value"), [("20", 20), ("27,5 %", "27.5"), (0, 0), (100, 100), (5.5, "5.5")]
)
def test_vat_rates(cell: Cell, value: object) -> None:
    assert cell_percent(cell) == Decimal(str(value))


@pytest.mark.parametrize("cell", ["-1", 100.01, "20.001", "twenty", float("nan")])
def test_vat_rates_refused(cell: Cell) -> None:
    with pytest.raises(ValueError):
        cell_percent(cell)


# --- properties -------------------------------------------------------------------------------

AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999.99"), places=2)
RATES = st.decimals(min_value=0, max_value=100, places=2)
NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
)
SKUS = st.from_regex(r"[A-Z]{2,4}-[0-9]{1,5}", fullmatch=True)


def money_cell(value: Decimal) -> st.SearchStrategy[Cell]:
    """Every way a reader can hand over the same amount."""
    forms: list[Cell] = [
        value,
        format(value, "f"),
        format(value, "f").replace(".", ","),
        f"{value:,.2f}",
        f"{value:,.2f}".replace(",", " ").replace(".", ","),
        float(value),  # as openpyxl reads a number cell
    ]
    if value == value.to_integral_value():
        forms.append(int(value))
    return st.sampled_from(forms)


@st.composite
def product_rows(draw: st.DrawFn) -> list[ProductRow]:
    skus = draw(st.lists(SKUS, min_size=1, max_size=8, unique_by=str.casefold))
    rows = []
    for i, sku in enumerate(skus):
        rows.append(
            ProductRow(
                row_number=i + 2,
                sku=sku,
                name=draw(NAMES),
                category=draw(st.none() | st.sampled_from(sorted(CATEGORIES))),
                unit=draw(st.sampled_from(["pcs", "kg", "roll", "box"])),
                vat_rate=draw(RATES),
                base_price=draw(AMOUNTS),
                prices={
                    "VIP": draw(st.none() | AMOUNTS),
                    "Key account": draw(st.none() | AMOUNTS),
                },
            )
        )
    return rows


Sheet = tuple[list[ProductRow], list[list[Cell]]]


@st.composite
def sheets(draw: st.DrawFn) -> Sheet:
    products = draw(product_rows())
    cells: list[list[Cell]] = []
    for p in products:
        category: Cell = None
        if p.category is not None:
            category = draw(st.sampled_from([p.category, p.category.upper(), f" {p.category} "]))
        unit: Cell = None if p.unit == "pcs" and draw(st.booleans()) else p.unit
        vat = draw(st.sampled_from([p.vat_rate, format(p.vat_rate, "f"), float(p.vat_rate),
                                    f"{p.vat_rate} %"]))  # fmt: skip
        prices = [
            None if value is None else draw(money_cell(value))
            for value in (p.prices["VIP"], p.prices["Key account"])
        ]
        cells.append([p.sku, p.name, category, unit, vat, draw(money_cell(p.base_price)), *prices])
    return products, cells


@given(sheets())
def test_any_valid_sheet_round_trips_exactly(sheet: Sheet) -> None:
    products, cells = sheet
    result = check(HEADERS, cells)
    assert result.problems == ()
    assert list(result.rows) == products
    for row in result.rows:
        assert row.base_price.as_tuple().exponent == -2
        assert all(v is None or v.as_tuple().exponent == -2 for v in row.prices.values())


BAD_CELLS: list[tuple[int, Cell]] = [
    (0, None),  # no SKU
    (0, "S" * 61),
    (1, "  "),  # no name
    (2, "C" * 201),
    (4, "101"),
    (4, -1),
    (4, "20.001"),
    (4, float("nan")),
    (5, "abc"),
    (5, "-0.01"),
    (5, "1e309"),
    (5, float("inf")),
    (5, 0.125),
    (5, "12,345"),
    (5, Decimal("1E+400")),
    (5, True),
    (6, "-5"),
    (7, "0.001"),
]


@given(sheets(), st.data())
def test_a_sheet_with_one_bad_cell_is_rejected_naming_that_row(
    sheet: Sheet, data: st.DataObject
) -> None:
    products, cells = sheet
    row = data.draw(st.integers(0, len(cells) - 1))
    column, bad = data.draw(st.sampled_from(BAD_CELLS))
    cells[row][column] = bad
    result = check(HEADERS, cells)
    assert result.problems
    assert {p.row_number for p in result.problems} == {row + 2}
    assert {p.column for p in result.problems} == {HEADERS[column]}
    others = [p.row_number for p in products if p.row_number != row + 2]
    assert [r.row_number for r in result.rows] == others


@given(AMOUNTS)
def test_amounts_never_pass_through_float(value: Decimal) -> None:
    text = format(value, "f")
    assert cell_money(text) == Decimal(text)
    # a float cell is read through its shortest repr: what the spreadsheet shows, exactly
    # (Decimal(float) would carry the binary residue and be refused as finer than a cent)
    assert cell_money(float(value)) == value
    if Decimal(float(value)) != value:
        assert cell_money(float(value)) != Decimal(float(value))
    assert cell_money(text.replace(".", ",")) == value


@given(st.from_regex(r"[0-9]{1,11}[.,][0-9]{3,8}", fullmatch=True))
def test_money_finer_than_a_cent_is_refused_never_rounded(text: str) -> None:
    try:
        got = cell_money(text)
    except ValueError:
        return
    assert got == Decimal(text.replace(",", "."))  # only trailing zeros, as in "1.0000"


def test_a_1c_export_maps_the_sku_from_its_article_not_its_own_code() -> None:
    """1C puts "Код" (its internal number) before "Артикул" (the SKU): the SKU is the article;
    "Код" alone still is the SKU."""
    both = guess_mapping(["Код", "Артикул", "Наименование", "Цена"], [])
    assert both.fields["sku"] == 1 and both.fields["name"] == 2
    alone = guess_mapping(["Код", "Наименование", "Цена"], [])
    assert alone.fields["sku"] == 0
