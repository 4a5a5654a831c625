"""Reports > Sales plans, as a KAM types a month's plan, mistypes one and imports a sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit

from kamdesk.db import Database
from kamdesk.domain.plans import parse_period
from kamdesk.services.plans.grid import read_grid
from kamdesk.services.plans.progress import plan_report
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.plans.grid_model import FIRST_MONTH, FIRST_QUARTER, YEAR_COLUMN
from kamdesk.ui.plans.plans_page import PlansPage
from kamdesk.ui.reports.pareto_chart import format_amount, format_share
from tests.factories import DEMO_AS_OF
from tests.ui.waiting import settle

NOVEMBER = FIRST_MONTH + 10
Q4 = FIRST_QUARTER + 3


@pytest.fixture
def window(qtbot, demo_db: Database, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db.path, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.attach(demo_db)
    w.show()
    qtbot.waitExposed(w)
    yield w


@pytest.fixture
def page(qtbot, window: MainWindow) -> PlansPage:  # type: ignore[no-untyped-def]
    """The KAM opens Reports and clicks the Sales plans tab."""
    window.show_section("reports")
    tabs = window.reports.pages
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Sales plans")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    found = tabs.currentWidget()
    assert isinstance(found, PlansPage) and found.isVisible()
    found._today = lambda: DEMO_AS_OF  # the demo's day, for the forecast
    qtbot.waitUntil(lambda: found.grid_model.rowCount() > 0)
    settle(qtbot, found)
    found.refresh()
    settle(qtbot, found)
    return found


def cell(page: PlansPage, row: int, column: int) -> str:
    return str(page.grid_model.index(row, column).data())


def progress_row(page: PlansPage, name: str) -> dict[str, str]:
    model = page.progress.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        values = [str(model.index(r, c).data()) for c in range(model.columnCount())]
        if values[0] == name:
            return dict(zip(headers, values, strict=True))
    raise AssertionError(f"no row {name!r}")


def type_into(qtbot, page: PlansPage, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    index = page.grid_model.index(row, column)
    page.grid.scrollTo(index)
    page.grid.setCurrentIndex(index)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)  # edit, as a person would
    editor = page.grid.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on its next turn of the event loop
    qtbot.waitUntil(lambda: page.grid.state() != QAbstractItemView.State.EditingState)


def choose_period(page: PlansPage, label: str) -> None:
    page.period.setCurrentIndex(page.period.findData(label))


def test_a_typed_month_updates_its_quarter_year_and_fulfilment(
    qtbot, page: PlansPage, demo_db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.grid_model)
    qtmodeltester.check(page.progress_model)
    choose_period(page, "2026-Q4")
    settle(qtbot, page)
    row = 0
    client = page.grid_model.rows[row]
    assert client.client_id is not None
    before = client.months[10] or Decimal(0)
    type_into(qtbot, page, row, NOVEMBER, "12 500")
    # shown at once, with its sums
    assert cell(page, row, NOVEMBER) == format_amount(Decimal("12500"))
    assert cell(page, row, Q4) == format_amount(client.quarters[3] - before + 12500)
    assert cell(page, row, YEAR_COLUMN) == format_amount(client.year - before + 12500)
    assert page.status.text() == "Saved."
    # saved, and read back into the figures against actual
    qtbot.waitUntil(lambda: page.loading)
    settle(qtbot, page)
    with demo_db.reading() as s:
        grid = read_grid(s, 2026, DEMO_AS_OF)
        report = plan_report(s, parse_period("2026-Q4"), DEMO_AS_OF)
    saved = grid.row_of(client.client_id)
    assert saved is not None and saved.months[10] == Decimal("12500.00")
    mine = next(c for c in report.clients if c.client_id == client.client_id).progress
    assert mine.plan == saved.quarters[3]
    shown = progress_row(page, client.name)
    assert shown["Plan"] == format_amount(mine.plan)
    assert shown["Fulfilment"] == format_share(mine.actual / mine.plan)
    assert shown["Forecast"] == format_amount(mine.forecast)


def test_a_bad_value_is_refused_at_the_cell_and_kept_to_correct(
    qtbot, page: PlansPage, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    row = 1
    client = page.grid_model.rows[row]
    shown = cell(page, row, NOVEMBER)
    with demo_db.reading() as s:
        before = read_grid(s, 2026, DEMO_AS_OF)
    type_into(qtbot, page, row, NOVEMBER, "-500")
    assert cell(page, row, NOVEMBER) == "-500"  # what was typed stays, tinted
    assert "cannot be negative" in page.status.text() and page.status.isVisible()
    tip = page.grid_model.index(row, NOVEMBER).data(Qt.ItemDataRole.ToolTipRole)
    assert "cannot be negative" in tip
    type_into(qtbot, page, row, NOVEMBER, "12,3456")
    assert cell(page, row, NOVEMBER) == "12,3456" and "whole cents" in page.status.text()
    with demo_db.reading() as s:
        assert read_grid(s, 2026, DEMO_AS_OF) == before  # nothing written
    # a refresh keeps it; Esc on the cell drops it and the plan shows again
    page.refresh()
    settle(qtbot, page)
    assert cell(page, row, NOVEMBER) == "12,3456"
    qtbot.keyClick(page.grid, Qt.Key.Key_Escape)
    assert cell(page, row, NOVEMBER) == shown and not page.status.isVisible()
    assert page.grid_model.rows[row] == client


def test_a_small_csv_is_previewed_then_imported(
    qtbot, page: PlansPage, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    first, second = page.grid_model.rows[0], page.grid_model.rows[1]
    bad = tmp_path / "bad.csv"
    bad.write_text("client,month,amount\nNobody Kft.,2026-12,100\n", encoding="utf-8")
    good = tmp_path / "plans.csv"
    good.write_text(
        "client;month;amount\n"
        f"{first.name};2026-12;4 321,50\n"
        f"{second.client_id};2026-12;0\n"
        "New clients;2026-12;50000\n",
        encoding="utf-8",
    )
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    dialog = page.import_dialog
    assert not dialog.import_button.isEnabled()
    assert dialog.message.text() == (
        "Problems in 1 row of the file (1 in all): nothing will be imported. Correct the file "
        "and choose it again."
    )
    assert dialog.problems.item(0, 2).text() == "no client has the name, id or tax id 'Nobody Kft.'"
    dialog.reject()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not dialog and page.import_dialog.isVisible())
    dialog = page.import_dialog
    assert dialog.message.text() == "2 monthly plans to set, 1 to remove"
    rows = [
        [dialog.changes.item(r, c).text() for c in range(5)]
        for r in range(dialog.changes.rowCount())
    ]
    assert [r[:3] for r in rows] == [
        ["2", first.name, "2026-12"],
        ["3", second.name, "2026-12"],
        ["4", "New clients", "2026-12"],
    ]
    assert rows[0][4] == f"{format_amount(Decimal('4321.50'))} {first.currency}"
    assert rows[1][4] == "no plan"
    assert demo_db.backups is not None and not list(demo_db.backups.glob("kamdesk-*.sqlite"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(list(demo_db.backups.glob("kamdesk-*.sqlite"))) == 1  # a bulk import: backed up
    assert page.status.text() == "Imported: 2 monthly plans to set, 1 to remove."
    qtbot.waitUntil(lambda: cell(page, 0, FIRST_MONTH + 11) == format_amount(Decimal("4321.5")))
    settle(qtbot, page)
    last = page.grid_model.rowCount() - 1
    assert cell(page, last, FIRST_MONTH + 11) == format_amount(Decimal(50000))
    with demo_db.reading() as s:
        grid = read_grid(s, 2026, DEMO_AS_OF)
    assert grid.new_clients.months[11] == Decimal("50000.00")
    assert grid.row_of(second.client_id).months[11] is None  # type: ignore[union-attr]
    assert date(2026, 12, 1).month == 12


def test_the_grid_exports_to_a_workbook_that_imports_back_unchanged(
    qtbot, page: PlansPage, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.plans.plan_import import check_plan_import
    from kamdesk.services.prices.price_import import read_sheet

    target = tmp_path / "plans-2026.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == f"Exported to {target}."
    sheet = read_sheet(target)
    assert sheet.headers[:3] == ("client", "2026-01", "2026-02")
    assert len(sheet.rows) == page.grid_model.rowCount()
    assert sheet.rows[-1][0] == "New clients"
    with demo_db.reading() as s:
        again = check_plan_import(s, sheet)
    assert again.problems == () and again.changes == () and again.unchanged > 300


def test_delete_on_a_month_removes_its_plan(qtbot, page: PlansPage, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    row = 2
    client = page.grid_model.rows[row]
    assert client.months[0] is not None
    index = page.grid_model.index(row, FIRST_MONTH)
    page.grid.setCurrentIndex(index)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert cell(page, row, FIRST_MONTH) == "" and page.status.text() == "Saved."
    assert cell(page, row, FIRST_QUARTER) == format_amount(client.quarters[0] - client.months[0])
    with demo_db.reading() as s:
        saved = read_grid(s, 2026, DEMO_AS_OF).row_of(client.client_id)
    assert saved is not None and saved.months[0] is None and saved.months[1] == client.months[1]
