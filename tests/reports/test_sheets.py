"""A report's table as a workbook and a CSV, read back as a spreadsheet program would."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.reports.sheets import Percent, TableReport, write_csv, write_table, write_xlsx

D = Decimal
MADE = datetime(2026, 12, 5, 15, 40)


def report(rows: int = 3) -> TableReport:
    return TableReport(
        title="Key clients",
        header=("#", "Client", "Revenue, EUR", "Share", "Last invoice", "Potential"),
        rows=tuple(
            (
                i,
                f"Молочный двор {i}, ООО",
                D("1234.5") * i,
                Percent(D("0.125") * i),
                date(2026, 11, i),
                None if i % 2 else D("99.99"),
            )
            for i in range(1, rows + 1)
        ),
        period="2025-12-01 – 2026-11-30",
        filters=("Grouped by client", "ABC class A"),
        made_at=MADE,
        totals=("", "Total", D("7407.00"), Percent(D("0.75")), None, D("99.99")),
        right=frozenset({0, 2, 3, 5}),
    )


def test_the_workbook_holds_numbers_dates_and_says_what_it_is(tmp_path: Path) -> None:
    path = write_xlsx(report(), tmp_path / "key.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "Key clients" and sheet["A1"].font.bold
    block = {sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=2).value
             for r in range(2, 5)}  # fmt: skip
    assert block == {
        "Period": "2025-12-01 – 2026-11-30",
        "Filters": "Grouped by client; ABC class A",
        "Printed": "2026-12-05 15:40",
    }
    header_row = 6
    header = [c.value for c in sheet[header_row]]
    assert header == ["#", "Client", "Revenue, EUR", "Share", "Last invoice", "Potential"]
    assert all(c.font.bold for c in sheet[header_row])
    assert sheet.freeze_panes == f"A{header_row + 1}"  # the header stays in sight
    first = sheet[header_row + 1]
    assert first[0].value == 1 and first[1].value == "Молочный двор 1, ООО"
    assert D(str(first[2].value)) == D("1234.5") and first[2].number_format == "#,##0.00"
    assert D(str(first[3].value)) == D("0.125") and "%" in first[3].number_format
    assert first[4].value == datetime(2026, 11, 1) and first[4].is_date
    assert first[5].value is None
    total = sheet[header_row + 4]
    assert total[1].value == "Total" and total[1].font.bold
    assert D(str(total[2].value)) == D("7407.00")
    # wide enough to read the name; the figures are not squeezed
    assert sheet.column_dimensions["B"].width >= len("Молочный двор 1, ООО")
    assert sheet.column_dimensions["C"].width >= len("Revenue, EUR")


def test_the_csv_is_utf8_for_excel_with_plain_figures(tmp_path: Path) -> None:
    path = write_csv(report(), tmp_path / "key.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["#", "Client", "Revenue, EUR", "Share", "Last invoice", "Potential"]
    assert rows[1] == ["1", "Молочный двор 1, ООО", "1234.5", "12.50%", "2026-11-01", ""]
    assert rows[2][5] == "99.99"
    assert rows[-1][:3] == ["", "Total", "7407.00"]
    assert len(rows) == 5  # header, three rows, totals: no title block to trip a program up


def test_the_suffix_chooses_the_format_and_xlsx_is_the_default(tmp_path: Path) -> None:
    assert write_table(report(), tmp_path / "a.csv").suffix == ".csv"
    made = write_table(report(), tmp_path / "b")
    assert made.name == "b.xlsx" and load_workbook(made).active is not None


def test_a_file_that_cannot_be_written_leaves_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "key.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "blocked").write_text("a file, not a folder")
    with pytest.raises(OSError):
        write_xlsx(report(), tmp_path / "blocked" / "key.xlsx")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kamdesk-")] == []


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    """Client names and bank purposes come from imported files: never a live formula."""
    evil = '=HYPERLINK("http://x.example","click")'
    report = TableReport("Clients", ("Client", "Balance"), ((evil, Decimal("1.00")),))
    book = load_workbook(write_xlsx(report, tmp_path / "t.xlsx"))
    sheet = book.active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value == evil]
    assert cells and all(c.data_type == "s" for c in cells)
    with write_csv(report, tmp_path / "t.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][0] == "'" + evil
