"""Import payments from a bank statement: mapping, preview, import; a bad file writes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.models import Payment
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.receivables import import_dialog
from kamdesk.ui.receivables.import_dialog import BankImportDialog, open_import_dialog
from tests.bank_files import csv_text, one_c, ru_payment, seed

TODAY = date.today()
AGO = TODAY - timedelta(days=2)


@pytest.fixture
def ledger(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        return seed(s, TODAY)


def open_dialog(qtbot, db: Database, hub: ChangeHub | None = None) -> BankImportDialog:  # type: ignore[no-untyped-def]
    dialog = BankImportDialog(db, hub or ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, dialog: BankImportDialog, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def rows(dialog: BankImportDialog) -> list[list[str]]:
    table = dialog.preview_page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def payments(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Payment)) or 0


def test_a_csv_of_another_layout_is_mapped_previewed_and_imported(
    qtbot, db: Database, ledger: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "выписка.csv"
    headers = ["Дата", "Счёт", "Оборот Кт", "Валюта", "ИНН", "Плательщик", "Назначение"]
    day = f"{AGO:%d.%m.%Y}"
    body = csv_text(
        [
            [day, "40702", "1 500,00", "RUB", "7701234567", "Ромашка", "Оплата INV-2026-000102"],
            [day, "40702", "120,50", "EUR", "HU12345678", "Gyor Print", "INV-2026-000202"],
        ],
        headers,
        delimiter=";",
        encoding="cp1251",
    )
    file.write_bytes(body)
    hub = ChangeHub()
    dialog = open_dialog(qtbot, db, hub)
    choose(qtbot, dialog, file, monkeypatch)

    page = dialog.mapping_page
    assert dialog.pages.currentWidget() is page
    assert page.mapping.combos["date"].currentText() == "A: Дата"
    assert page.mapping.combos["amount"].currentText() == "— not imported —"
    assert page.missing.text() == "Choose the column for: Amount."
    assert not page.show_button.isEnabled()
    combo = page.mapping.combos["amount"]
    combo.setCurrentIndex(combo.findText("C: Оборот Кт"))
    assert page.missing.text() == ""
    assert page.unmapped.text() == "Not imported: B: Счёт"
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentWidget() is dialog.preview_page
    shown = rows(dialog)
    assert [r[5] for r in shown] == ["ООО «Ромашка»", "Győr Print Kft."]
    assert shown[0][6] == "INV-2026-000102: 1,500.00"
    assert shown[1][4] == "120.50 EUR" and shown[1][6] == "INV-2026-000202: 120.50"
    assert [r[7] for r in shown] == ["New", "New"]
    assert dialog.import_button.isEnabled() and dialog.back_button.isVisible()

    with qtbot.waitSignal(hub.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert payments(db) == 2
    assert db.backups is not None  # a bulk import: a verified backup first (#15)
    assert len(list(db.backups.glob("kamdesk-*.sqlite"))) == 1
    assert dialog.summary.text().startswith("Payments imported: 2.")
    assert dialog.summary.text() == (
        "Payments imported: 2. 120.50 EUR received, 120.50 EUR of it on invoices; "
        "1,500.00 RUB received, 1,500.00 RUB of it on invoices."
    )
    assert [r[7] for r in rows(dialog)] == ["Imported", "Imported"]
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isVisible()


def test_a_1c_file_goes_straight_to_the_preview_and_is_never_imported_twice(
    qtbot, db: Database, ledger: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "kl_to_1c.txt"
    file.write_bytes(
        one_c(
            [
                ru_payment("31", "1000.00", AGO, "Оплата по счёту INV-2026-000103"),
                ru_payment("32", "50.00", AGO, "Аванс", recipient_account="40702810100000000999"),
            ],
            codec="cp866",
        )
    )
    monkeypatch.setattr(import_dialog, "BUSY_ROWS", 1)  # the progress dialog of a long file
    steps: list[int] = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, v: steps.append(v))
    dialog = open_dialog(qtbot, db)
    choose(qtbot, dialog, file, monkeypatch)
    assert dialog.pages.currentWidget() is dialog.preview_page
    assert not dialog.back_button.isVisible()
    (row,) = rows(dialog)
    assert row[:6] == ["1", f"{AGO:%d/%m/%Y}", 'ООО "Ромашка"', "7701234567 / 770101001",
                       "1,000.00 RUB", "ООО «Ромашка»"]  # fmt: skip
    assert row[6] == "INV-2026-000103: 400.00, INV-2026-000101: 600.00"
    assert (
        "not paid into the company's accounts (or moved between them): 1."
        in dialog.preview_page.counts.text()
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert payments(db) == 1 and steps[-1] == 1

    again = open_dialog(qtbot, db)
    choose(qtbot, again, file, monkeypatch)
    assert [r[7] for r in rows(again)] == ["Imported before"]
    assert not again.import_button.isEnabled()
    assert again.summary.text().startswith("Nothing to import")
    assert payments(db) == 1


def test_a_bad_file_shows_its_rows_problems_and_writes_nothing(
    qtbot, db: Database, ledger: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "bad.txt"
    file.write_bytes(
        one_c(
            [
                ru_payment("1", "10.00", AGO, "ok"),
                ru_payment("2", "10.00", AGO, "?", payer_kpp="999999999"),
                ru_payment("3", "10.00", AGO, "INV-2026-000301"),
            ]
        )
    )
    dialog = open_dialog(qtbot, db)
    choose(qtbot, dialog, file, monkeypatch)
    problems = dialog.preview_page.problems
    assert [problems.item(i).text() for i in range(problems.count())] == [
        "document 2 (№ 2): no client has the payer's tax id 7701234567 / КПП 999999999 "
        '(ООО "Ромашка")',
        "document 3 (№ 3): invoice INV-2026-000301 named in the purpose is another client's",
    ]
    assert [r[7][:8] for r in rows(dialog)] == ["New", "Problem:", "Problem:"]
    assert not dialog.import_button.isEnabled()
    assert "problems listed (2)" in dialog.summary.text()
    problems.setCurrentRow(1)
    assert dialog.preview_page.table.currentRow() == 2
    dialog.import_button.click()  # disabled: nothing happens
    assert payments(db) == 0

    broken = tmp_path / "cut.txt"
    broken.write_bytes(one_c([ru_payment("1", "10.00", AGO, "ok")], end=False))
    choose(qtbot, dialog, broken, monkeypatch)
    assert "no КонецФайла" in problems.item(0).text()  # type: ignore[union-attr]
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    choose(qtbot, dialog, other, monkeypatch)
    assert dialog.file_message.isVisible() and "neither" in dialog.file_message.text()
    assert payments(db) == 0


def test_a_payer_who_is_no_client_is_left_out_and_roubles_show_in_euros(
    qtbot, db: Database, ledger: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.prices.rates import set_rate

    with db.unit_of_work() as s:
        set_rate(s, "EUR", AGO, Decimal("100"), "ЦБ РФ")
    file = tmp_path / "kl_to_1c.txt"
    file.write_bytes(
        one_c(
            [
                ru_payment("1", "10.00", AGO, "ok"),
                ru_payment("2", "3.21", AGO, "Проценты", payer_tax_id="7702070139", payer_kpp=""),
                ru_payment("3", "15000.00", AGO, "INV-2026-000202", payer_tax_id="12345678208"),
            ]
        )
    )
    dialog = open_dialog(qtbot, db)
    choose(qtbot, dialog, file, monkeypatch)
    shown = rows(dialog)
    assert [r[4] for r in shown] == ["10.00 RUB", "3.21 RUB", "15,000.00 RUB = 150.00 EUR"]
    assert shown[1][7] == (
        'Left out, not a client: no client has the payer\'s tax id 7702070139 (ООО "Ромашка")'
    )
    assert shown[2][5:7] == ["Győr Print Kft.", "INV-2026-000202: 120.50, INV-2026-000201: 29.50"]
    assert not dialog.preview_page.problems_box.isVisible()
    assert "Left out, not a client: 1." in dialog.preview_page.counts.text()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert payments(db) == 2
    assert dialog.summary.text() == (
        "Payments imported: 2. 150.00 EUR received, 150.00 EUR of it on invoices; 10.00 RUB "
        "received, 10.00 RUB of it on invoices. Left out, not a client: 1."
    )


def test_the_section_opens_the_dialog_over_its_window(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    open_import_dialog(parent, db, ChangeHub())
    dialog = parent.findChild(BankImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == "Choose a file to see what would be imported."
    dialog.close()
