"""Exports safe to open (issue 15, item 3): a would-be formula is text in every spreadsheet
kamdesk writes (a string cell in XLSX, a leading apostrophe in CSV); figures stay figures."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.services.plans.grid import read_grid, set_plan
from kamdesk.services.plans.plan_import import export_grid, import_plans
from kamdesk.services.prices.price_export import export_price_list_xlsx, price_list_rows
from kamdesk.services.prices.price_import import read_sheet
from tests.factories import DEMO_AS_OF, add_client, add_price_column, add_product

EVIL = '=HYPERLINK("http://x","y")'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def evil_demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo with every client renamed to a formula (and a plus, a minus, an at sign)."""
    path = tmp_path_factory.mktemp("evil") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    conn = sqlite3.connect(path)
    with conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM client ORDER BY id")]
        for n, client_id in enumerate(ids):
            name = [EVIL, "+7 900 1", "-minus", "@SUM(A1)"][n % 4] + f" #{n}"
            conn.execute("UPDATE client SET name = ? WHERE id = ?", (name, client_id))
    conn.close()
    return path


def test_a_formula_in_the_price_list_is_a_string_cell(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s:
        column = add_price_column(s, "VIP")
        add_product(s, "=1+2", EVIL, "-12.50")  # a credit line priced below zero
        add_product(s, "@A1", "Plain name", "3.00", unit="+pcs")
        rows = price_list_rows(s, column.id)
    out = export_price_list_xlsx(rows, "VIP", tmp_path / "VIP.xlsx")
    sheet = load_workbook(out).active
    assert sheet is not None
    body = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    evil = body[EVIL]
    assert evil[1].data_type == "s" and evil[1].value == EVIL  # shown as typed, never run
    assert evil[0].data_type == "s" and evil[0].value == "=1+2"
    assert evil[5].data_type == "n" and Decimal(repr(evil[5].value)) == Decimal("-12.50")
    plain = body["Plain name"]
    assert (plain[0].value, plain[3].value) == ("@A1", "+pcs")
    assert plain[0].data_type == plain[3].data_type == "s"
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def csv_rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def test_key_clients_csv_writes_names_inert(
    capsys: pytest.CaptureFixture[str], evil_demo: Path
) -> None:
    args = ("report", "key-clients", "--db", str(evil_demo), "--to", DEMO_AS_OF.isoformat())
    code, out, err = run(capsys, *args, "--csv")
    assert code == 0, err
    rows = csv_rows(out)
    names = [row["name"] for row in rows]
    assert any(name.startswith(f"'{EVIL} #") for name in names)
    assert all(name.startswith(("'=", "'+", "'-", "'@")) for name in names)
    assert all(Decimal(row["revenue"]) >= 0 for row in rows)  # figures untouched
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    assert f'"name": "{EVIL}' not in out  # JSON is escaped its own way: the name is as it is
    assert any(n.startswith(EVIL) for n in _json_names(out))


def _json_names(out: str) -> list[str]:
    import json

    return [row["name"] for row in json.loads(out)]


def test_aging_csv_writes_names_inert_and_negative_amounts_as_numbers(
    capsys: pytest.CaptureFixture[str], evil_demo: Path
) -> None:
    args = ("report", "aging", "--db", str(evil_demo), "--at", DEMO_AS_OF.isoformat())
    code, out, err = run(capsys, *args, "--csv")
    assert code == 0, err
    rows = csv_rows(out)
    assert any(row["name"].startswith(f"'{EVIL} #") for row in rows)
    assert all(row["name"][0] == "'" for row in rows)
    credit = [row for row in rows if row["balance"].startswith("-")]
    assert len(credit) == 1  # the demo's client in credit: a number, no apostrophe
    balance = credit[0]["balance"]
    assert Decimal(balance) < 0 and balance == format(Decimal(balance), "f")


def test_a_negative_amount_stays_a_number_in_csv(capsys: pytest.CaptureFixture[str]) -> None:
    from kamdesk.cli.aging import AGING_FIELDS, write_csv

    row = {"client_id": "c1", "name": "-Minus Ltd", "currency": "EUR", "balance": "-12.50",
           "buckets": {b: "-12.50" if b == "current" else "0.00" for b in AGING_FIELDS[4:-1]},
           "oldest_overdue_days": None}  # fmt: skip
    buffer = io.StringIO()
    write_csv([row], buffer)
    line = buffer.getvalue().splitlines()[1]
    assert line == "c1,'-Minus Ltd,EUR,-12.50,-12.50,0.00,0.00,0.00,0.00,"


def test_plans_export_writes_names_inert_and_imports_back(db: Database, tmp_path: Path) -> None:
    from datetime import date

    with db.unit_of_work() as s:
        client = add_client(s, EVIL)
        set_plan(s, client.id, date(2026, 3, 1), Decimal("1200.00"))
    for suffix in (".csv", ".xlsx"):
        with db.reading() as s:
            path = export_grid(s, read_grid(s, 2026, date(2026, 11, 15)), tmp_path / f"p{suffix}")
        if suffix == ".csv":
            lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
            assert lines[1][0] == "'" + EVIL and lines[1][3] == "1200.00"
        else:
            sheet = load_workbook(path).active
            assert sheet is not None
            cell = sheet.cell(row=2, column=1)
            assert cell.value == EVIL and cell.data_type == "s"
            assert sheet.cell(row=2, column=4).data_type == "n"
        with db.unit_of_work() as s:
            result = import_plans(s, read_sheet(path))
        assert result.problems == () and result.changes == (), suffix


def test_old_text_with_a_control_character_still_exports(db: Database, tmp_path: Path) -> None:
    from kamdesk.reports.sheets import TableReport, write_xlsx

    with db.unit_of_work() as s:
        column = add_price_column(s, "VIP")
        add_product(s, "ESC-1", "Film", "1.00")
        # written before kamdesk refused them (the models check every save now)
        s.connection().exec_driver_sql("UPDATE product SET name = 'Fi' || char(27) || 'lm'")
    with db.reading() as s:
        rows = price_list_rows(s, column.id)
    sheet = load_workbook(export_price_list_xlsx(rows, "VIP", tmp_path / "p.xlsx")).active
    assert sheet is not None and sheet.cell(row=2, column=2).value == "Film"
    report = TableReport("Clients", ("Name", "Balance"), (("A\x00cme", Decimal("-1.00")),))
    table = load_workbook(write_xlsx(report, tmp_path / "r.xlsx")).active
    assert table is not None
    assert [c.value for c in table[4]] == ["Acme", -1]


@pytest.mark.parametrize("by", ["client", "product", "reason"])
def test_returns_csv_writes_labels_inert(
    capsys: pytest.CaptureFixture[str], evil_demo: Path, by: str
) -> None:
    args = ("report", "returns", "--db", str(evil_demo), "--to", DEMO_AS_OF.isoformat())
    code, out, err = run(capsys, *args, "--by", by, "--csv")
    assert code == 0, err
    rows = csv_rows(out)
    assert rows
    assert not [row for row in rows if row["label"].startswith(("=", "+", "-", "@"))]
    if by == "client":
        assert any(row["label"].startswith(f"'{EVIL} #") for row in rows)
    assert all(Decimal(row["lost"]) >= 0 for row in rows)  # figures untouched


def test_plan_csv_writes_names_inert(capsys: pytest.CaptureFixture[str], evil_demo: Path) -> None:
    args = ("report", "plan", "--db", str(evil_demo), "--period", "2026")
    code, out, err = run(capsys, *args, "--at", DEMO_AS_OF.isoformat(), "--csv")
    assert code == 0, err
    rows = [row for row in csv_rows(out) if row["client_id"]]  # the new-clients row has none
    assert rows and all(row["name"].startswith(("'=", "'+", "'-", "'@")) for row in rows)
    assert all(Decimal(row["plan"]) >= 0 for row in rows)


def test_a_tables_title_filters_and_header_are_text_in_xlsx(tmp_path: Path) -> None:
    """What the GUI's table export writes above the rows can name a client too."""
    from kamdesk.reports.sheets import TableReport, write_xlsx

    report = TableReport(
        EVIL,  # a drill-down's title: the client's name
        (EVIL, "Balance"),
        ((EVIL, Decimal("-1.00")),),
        period="-1 month",
        filters=(EVIL, "+7 900"),
    )
    sheet = load_workbook(write_xlsx(report, tmp_path / "t.xlsx")).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert sheet.cell(row=1, column=1).value == EVIL
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert [c.value for c in cells if c.data_type == "n"] == [-1]  # the amount, still a number


def test_a_price_column_named_like_a_formula_heads_the_list_as_text(
    db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as s:
        column = add_price_column(s, "=VIP")
        add_product(s, "P-1", "Widget", "-3.00")
        rows = price_list_rows(s, column.id)
    sheet = load_workbook(export_price_list_xlsx(rows, "=VIP", tmp_path / "p.xlsx")).active
    assert sheet is not None
    header = [cell for cell in sheet[1] if cell.value is not None]
    assert "=VIP price" in [cell.value for cell in header]
    assert all(cell.data_type == "s" for cell in header)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
