"""Control characters in imported files: removed, and the import says where (issue 15)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.domain.sheet import default_mapping
from kamdesk.models import Company, Product
from kamdesk.services.plans.plan_import import import_plans
from kamdesk.services.prices.price_import import apply_import, plan_import, read_sheet
from kamdesk.services.prices.rate_import import import_rates
from tests.factories import add_client


def test_an_esc_in_a_product_name_is_removed_and_the_import_says_so(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "prices.csv"
    path.write_text(
        "sku,name,vat_rate,base_price,description\n"
        "FLM-1,Stretch\x1b[31m film,27,496.00,ok\n"
        'BOX-1,Carton,27,1.25,"two\nlines\x00"\n',
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    assert sheet.notes == (
        "Control characters removed: row 2, name (ESC); row 3, description (NUL)",
    )
    with db.unit_of_work() as s:
        s.add(Company(legal_name="Kontinent Kft.", default_currency="EUR"))
        plan = apply_import(s, plan_import(s, sheet, default_mapping(sheet.headers)))
    assert plan.problems == ()
    assert plan.summary() == (
        "2 products to create, 0 to update, 0 explicit prices set, 0 cleared. "
        "Control characters removed: row 2, name (ESC); row 3, description (NUL)"
    )
    with db.reading() as s:
        names = {p.sku: (p.name, p.description) for p in s.scalars(select(Product))}
    assert names["FLM-1"][0] == "Stretch[31m film"
    assert names["BOX-1"][1] == "two\nlines"  # the line break stays


def test_the_cli_import_prints_the_note(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("sku,name,vat_rate,base_price\nA-1,Glo\x07ves,5,8.99\n", encoding="utf-8")
    args = ["import-sheet", "--db", str(db.path), "--kind", "products", str(path), "--dry-run"]
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Control characters removed: row 2, name (U+0007)" in out


def test_rates_and_plans_imports_say_so_too(db: Database, tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,rate,source\n2026-11-30,USD,1.08,E\x1bCB\n")
    with db.unit_of_work() as s:
        s.add(Company(legal_name="Kontinent Kft.", default_currency="EUR"))
        s.flush()
        plan = import_rates(s, read_sheet(rates))
    assert plan.problems == () and plan.quotes[0].source == "ECB"
    assert plan.summary().endswith("Control characters removed: row 2, source (ESC)")
    with db.unit_of_work() as s:
        add_client(s, "Acme")
    grid = tmp_path / "plans.csv"
    grid.write_text("client,2026-03\nAc\x1bme,1200.00\n")
    with db.unit_of_work() as s:
        result = import_plans(s, read_sheet(grid))
    assert result.problems == () and len(result.changes) == 1
    assert result.changes[0].new == Decimal("1200.00")
    assert result.changes[0].month == date(2026, 3, 1)
    assert result.summary().endswith("Control characters removed: row 2, client (ESC)")


def test_a_bank_statement_loses_its_control_characters_and_the_dialog_says_where(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from kamdesk.domain.bank_statement import parse_statement
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.receivables.import_dialog import BankImportDialog
    from tests.bank_files import one_c, ru_payment, seed

    today = date.today()
    with db.unit_of_work() as s:
        seed(s, today)
    purpose = "Оплата по счёту INV-2026-000103\x1b[2J"
    data = one_c([ru_payment("31", "1000.00", today, purpose)], codec="cp1251")
    statement = parse_statement(data, today=today)
    assert statement.ok and statement.payments[0].purpose == "Оплата по счёту INV-2026-000103[2J"
    (note,) = statement.notes
    line = next(n for n, text in enumerate(data.split(b"\n"), start=1) if b"\x1b" in text)
    assert note == f"Control characters removed: line {line} (ESC)"
    file = tmp_path / "kl_to_1c.txt"
    file.write_bytes(data)
    dialog = BankImportDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().endswith(note)
