"""Imports check the documented limits (kamdesk.domain.limits) before any work: a zip bomb,
too many rows, an over-long cell, and the duplicate report of 20 000 rows of one SKU."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from kamdesk.domain import limits
from kamdesk.domain.bank_statement import parse_statement
from kamdesk.domain.sheet import Cell, check_sheet, default_mapping, is_blank_row
from kamdesk.errors import UserError
from kamdesk.services.prices.price_import import bounded_rows, read_sheet
from kamdesk.services.receivables.bank_files import read_bank_file
from tests.bank_files import one_c, ru_payment
from tests.zip_bombs import zip_bomb


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return zip_bomb(tmp_path_factory.mktemp("bomb") / "prices.xlsx")


def test_a_zip_bomb_is_refused_from_its_directory(bomb: Path) -> None:
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(limits.LimitExceeded) as refused:
        read_sheet(bomb)
    message = str(refused.value)
    assert message.startswith("prices.xlsx is refused: its part xl/worksheets/sheet1.xml")
    assert "more than the 100:1 a real workbook is compressed" in message


def test_the_bank_import_refuses_the_same_bomb(bomb: Path) -> None:
    with pytest.raises(limits.LimitExceeded, match="100:1"):
        read_bank_file(bomb, today=date(2026, 12, 5))


def test_a_workbook_too_large_once_unzipped_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # compressed within the ratio, but over the ceiling: lowered here to keep the file small
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 2000)
    book = Workbook()
    for n in range(200):
        book.active.append([f"SKU-{n}", f"Product {n}", 20, 10])  # type: ignore[union-attr]
    path = tmp_path / "big.xlsx"
    book.save(path)
    with pytest.raises(limits.LimitExceeded, match=r"big\.xlsx is refused: it unzips to"):
        read_sheet(path)


def test_too_many_rows_in_a_csv_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    body = "".join(f"S{n},Product {n},20,1.00\n" for n in range(limits.MAX_IMPORT_ROWS + 1))
    path.write_text("sku,name,vat_rate,base_price\n" + body, encoding="utf-8")
    with pytest.raises(limits.LimitExceeded) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "long.csv is refused: it has more than 100,000 rows, the most kamdesk imports "
        "from one file. Split it into smaller files."
    )
    exactly = tmp_path / "exact.csv"
    exactly.write_text("sku,name,vat_rate,base_price\n" + body.split("\n", 1)[1], "utf-8")
    assert len(read_sheet(exactly).rows) == limits.MAX_IMPORT_ROWS


def test_too_many_rows_in_a_workbook_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_IMPORT_ROWS", 30)
    book = Workbook()
    for n in range(32):
        book.active.append([f"SKU-{n}", f"Product {n}", 20, 10])  # type: ignore[union-attr]
    path = tmp_path / "rows.xlsx"
    book.save(path)
    with pytest.raises(limits.LimitExceeded, match="more than 30 rows"):
        read_sheet(path)


def test_a_csv_too_large_on_disk_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 100)
    path = tmp_path / "statement.csv"
    path.write_text("date,amount,currency,payer_name\n" + "2026-12-01,1,RUB,x\n" * 10, "utf-8")
    for read in (read_sheet, lambda p: read_bank_file(p, today=date(2026, 12, 5))):
        with pytest.raises(UserError, match=r"statement\.csv is refused: it holds"):
            read(path)


def test_an_over_long_description_is_a_problem_on_its_row() -> None:
    headers = ("sku", "name", "vat_rate", "base_price", "description")
    rows = [("A-1", "Film", "20", "1.00", "x" * 25_000), ("A-2", "Tape", "20", "2.00", "ok")]
    check = check_sheet(headers, rows, default_mapping(headers), categories=(), price_columns=())
    assert [p.line() for p in check.problems] == [
        "row 2, description: longer than 20,000 characters"
    ]
    assert [r.sku for r in check.rows] == ["A-2"]


def test_a_cell_past_the_spreadsheet_ceiling_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    body = f"A-1,Film,20,1.00,ok\nA-2,Tape,20,2.00,{'x' * 40_000}\n"
    path.write_text("sku,name,vat_rate,base_price,description\n" + body, "utf-8")
    with pytest.raises(limits.LimitExceeded) as refused:
        read_sheet(path)
    assert str(refused.value).startswith(
        "prices.csv is refused: the cell in row 3, column 5 holds 40,000 characters"
    )


def test_an_over_long_bank_cell_is_a_problem_on_its_row() -> None:
    data = (
        "date,amount,currency,payer_name,purpose\n"
        "2026-12-01,10.00,RUB,Acme,Invoice 1\n"
        f"2026-12-02,12.00,RUB,Acme,{'y' * 25_000}\n"
    ).encode()
    found = parse_statement(data, today=date(2026, 12, 5))
    assert [p.line() for p in found.problems] == [
        "row 3: purpose: 25,000 characters, more than the 20,000 it can hold."
    ]
    huge = data.replace(b"y" * 25_000, b"z" * 200_000)  # past the csv module's own limit
    assert (
        "not a readable CSV file"
        in parse_statement(huge, today=date(2026, 12, 5)).problems[0].line()
    )


def test_twenty_thousand_rows_of_one_sku_make_a_short_report() -> None:
    headers = ("sku", "name", "vat_rate", "base_price")
    rows = [("SKU-1", f"Product {n}", "20", "10.00") for n in range(20_000)]
    check = check_sheet(headers, rows, default_mapping(headers), categories=(), price_columns=())
    lines = [p.line() for p in check.problems]
    assert len(lines) == 20_000 and not check.rows
    assert lines[0] == (
        "row 2, sku: duplicate SKU 'SKU-1': also in rows 3, 4, 5, 6, 7 and 19,994 more"
    )
    assert lines[3] == (
        "row 5, sku: duplicate SKU 'SKU-1': also in rows 2, 3, 4, 6, 7 and 19,994 more"
    )
    assert max(map(len, lines)) < 100


ROW = st.one_of(
    st.just(()),
    st.just(("", None)),
    st.tuples(st.sampled_from(["a", "b", " "]), st.sampled_from([None, "1"])),
)


@given(st.lists(ROW, max_size=30))
def test_bounded_rows_keep_the_row_numbers_and_drop_trailing_blanks(
    rows: list[tuple[Cell, ...]],
) -> None:
    kept = bounded_rows("f.csv", rows)
    last = max((i for i, row in enumerate(rows) if not is_blank_row(row)), default=-1)
    assert len(kept) == last + 1
    for got, row in zip(kept, rows, strict=False):
        assert got == row or (is_blank_row(row) and is_blank_row(got))


def test_a_1c_document_with_an_over_long_purpose_is_a_problem_on_its_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = date(2026, 11, 20)
    payments = [
        ru_payment("101", "1000.00", day, "Оплата по счёту 7"),
        ru_payment("102", "2000.00", day, "Оплата " * 3000),
    ]
    found = parse_statement(one_c(payments), today=date(2026, 12, 5))
    assert [p.line() for p in found.problems] == [
        "document 2 (№ 102): НазначениеПлатежа: 20,999 characters, more than the "
        "20,000 it can hold."
    ]
    monkeypatch.setattr(limits, "MAX_IMPORT_ROWS", 1)
    refused = parse_statement(one_c(payments[:1] * 2), today=date(2026, 12, 5))
    assert [p.line() for p in refused.problems] == [
        "The file is refused: it has more than 1 row, the most kamdesk imports from one file. "
        "Split it into smaller files."
    ]
