"""Export… and Print… beyond the Reports pages, as a KAM uses them: the aging of receivables
and a client's invoices, the plans' progress for a period, the clients behind a dashboard tile
and the whole dashboard printed with its figures and charts."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.domain.plans import parse_period
from kamdesk.services.kpi.dashboard import dashboard
from kamdesk.services.plans.progress import plan_report
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.plans.plans_page import PlansPage
from kamdesk.ui.receivables.section import ReceivablesSection
from kamdesk.ui.reports.dashboard import DashboardPage
from kamdesk.ui.reports.dashboard_tiles import titles
from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.pdf_preview import PdfPreview
from tests.factories import DEMO_AS_OF, add_client, add_invoice
from tests.ui.test_report_output import preview_text, save_to
from tests.ui.waiting import settle

AS_OF = date(2026, 11, 23)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def close_previews(parent: QWidget) -> None:
    for preview in parent.findChildren(PdfPreview):
        preview.close()


def header_row(sheet, first: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(1, 12) if sheet.cell(row=r, column=1).value == first)


# --- receivables ------------------------------------------------------------------------------
@pytest.fixture
def receivables(qtbot: QtBot, db: Database) -> Iterator[ReceivablesSection]:
    """Győr Print owes 390.00 EUR on three invoices (two overdue); Alfa Pharm 500.00, not due."""
    with db.unit_of_work() as s:
        gyor = add_client(s, "Győr Print Kft.")
        alfa = add_client(s, "Alfa Pharm Kft.")
        add_invoice(s, gyor, "INV-1", "100.00", issued=date(2026, 8, 1), due=date(2026, 9, 1))
        add_invoice(s, gyor, "INV-2", "250.00", issued=date(2026, 10, 1), due=date(2026, 11, 1))
        add_invoice(s, gyor, "INV-3", "40.01", issued=date(2026, 11, 20), due=date(2026, 12, 20))
        add_invoice(s, alfa, "INV-4", "500.00", issued=date(2026, 11, 10), due=date(2026, 12, 10))
    section = ReceivablesSection(today=lambda: AS_OF)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.attach(db, ChangeHub())
    section.show()
    qtbot.waitExposed(section)
    settle(qtbot, section)
    yield section
    close_previews(section)


def test_the_aging_exports_to_a_workbook_with_exact_balances_and_its_filters(
    qtbot: QtBot,
    receivables: ReceivablesSection,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    output = receivables.aging_output
    qtbot.keyClicks(receivables.search, "Kft")
    qtbot.mouseClick(receivables.only_overdue, Qt.MouseButton.LeftButton)
    asked = save_to(monkeypatch, tmp_path / "aging.xlsx")
    click(qtbot, output.export_button)
    assert Path(asked[0]).name == f"Receivables by age as of {AS_OF}.xlsx"
    sheet = load_workbook(tmp_path / "aging.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value == "Receivables by age"
    assert sheet["B2"].value == f"as of {AS_OF}"
    assert sheet["B3"].value.startswith("only overdue; name contains “Kft”")
    top = header_row(sheet, "Client")
    header = [c.value for c in sheet[top]]
    body = list(sheet.iter_rows(min_row=top + 1, values_only=True))
    assert [r[0] for r in body] == ["Győr Print Kft.", "Total"]  # Alfa is not overdue
    gyor = dict(zip(header, body[0], strict=True))
    assert Decimal(str(gyor["Balance"])) == Decimal("390.01")
    assert Decimal(str(gyor["61–90"])) == Decimal("100.00")
    assert gyor["Days late"] == 83
    total = dict(zip(header, body[1], strict=True))
    assert total["Cur."] == "EUR" and Decimal(str(total["Balance"])) == Decimal("390.01")
    cell = sheet.cell(row=top + 1, column=header.index("Balance") + 1)
    assert cell.number_format == "#,##0.00"


def test_the_aging_prints_as_of_today_with_a_total_per_currency(
    qtbot: QtBot, receivables: ReceivablesSection
) -> None:
    click(qtbot, receivables.aging_output.print_button)
    _preview, text = preview_text(qtbot, receivables)
    assert "Receivables by age" in text and f"as of {short_date(AS_OF)}" in text
    assert "Győr Print Kft." in text and "Alfa Pharm Kft." in text
    assert "Total EUR 890.01" in text and "Printed" in text


def test_a_client_s_invoices_print_and_payments_export_under_its_name(
    qtbot: QtBot,
    receivables: ReceivablesSection,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    panel = receivables.panel
    assert not receivables.invoice_output.export_button.isEnabled()  # no client chosen
    table = receivables.table
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    rect = table.visualRect(table.model().index(names.index("Győr Print Kft."), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, receivables)
    click(qtbot, receivables.invoice_output.print_button)
    _preview, text = preview_text(qtbot, receivables)
    assert "Invoices of Győr Print Kft." in text and f"as of {short_date(AS_OF)}" in text
    assert "INV-1" in text and "INV-3" in text and "390.01" in text
    panel.tabs.setCurrentIndex(1)
    assert not receivables.payment_output.export_button.isEnabled()  # no payments yet
    save_to(monkeypatch, tmp_path / "invoices.csv")
    panel.tabs.setCurrentIndex(0)
    click(qtbot, receivables.invoice_output.export_button)
    rows = list(csv.reader(io.StringIO((tmp_path / "invoices.csv").read_text("utf-8-sig"))))
    assert rows[0] == ["Invoice", "Issued", "Due", "Amount", "Open", "Days overdue"]
    assert ["INV-1", "2026-08-01", "2026-09-01", "100.00", "100.00", "83"] in rows
    assert rows[-1][:1] == ["Total"] and rows[-1][4] == "390.01"


# --- plans ------------------------------------------------------------------------------------
@pytest.fixture
def plans(qtbot, demo_db: Database, settings: QSettings) -> Iterator[PlansPage]:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db.path, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.attach(demo_db)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("reports")
    tabs = window.reports.pages
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Sales plans")
    tabs.setCurrentIndex(index)
    page = tabs.currentWidget()
    assert isinstance(page, PlansPage)
    page._today = lambda: DEMO_AS_OF
    qtbot.waitUntil(lambda: page.grid_model.rowCount() > 0)
    settle(qtbot, page)
    yield page
    close_previews(window)


def test_the_plans_progress_prints_with_its_period_and_exports_exact(
    qtbot, plans: PlansPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    label = f"{DEMO_AS_OF.year}-Q{(DEMO_AS_OF.month - 1) // 3 + 1}"
    plans.period.setCurrentIndex(plans.period.findData(label))
    settle(qtbot, plans)
    with demo_db.reading() as s:
        report = plan_report(s, parse_period(label), DEMO_AS_OF)
    client = report.clients[0]
    click(qtbot, plans.progress_output.print_button)
    _preview, text = preview_text(qtbot, plans)
    quarter = plans.period.currentText()
    assert "Sales plans against actual" in text
    start, end = (short_date(d) for d in (report.period.start, report.period.end))
    assert f"{quarter} ({start} – {end}), as of {short_date(DEMO_AS_OF)}" in text
    assert client.name in text and "Printed" in text and "Fulfilment" in text

    save_to(monkeypatch, tmp_path / "plans.xlsx")
    click(qtbot, plans.progress_output.export_button)
    sheet = load_workbook(tmp_path / "plans.xlsx").active
    assert sheet is not None
    top = header_row(sheet, "Client")
    header = [c.value for c in sheet[top]]
    rows = {r[0]: dict(zip(header, r, strict=True))
            for r in sheet.iter_rows(min_row=top + 1, values_only=True)}  # fmt: skip
    row = rows[client.name]
    assert Decimal(str(row["Plan"])).quantize(Decimal("0.01")) == client.progress.plan
    assert Decimal(str(row["Actual"])).quantize(Decimal("0.01")) == client.progress.actual


# --- dashboard --------------------------------------------------------------------------------
@pytest.fixture
def board_page(qtbot, demo_db: Database) -> Iterator[DashboardPage]:  # type: ignore[no-untyped-def]
    section = ReportsSection(today=lambda: DEMO_AS_OF)
    qtbot.addWidget(section)
    section.resize(1300, 900)
    section.attach(demo_db, ChangeHub())
    section.show()
    qtbot.waitExposed(section)
    page = section.pages.widget(0)
    assert isinstance(page, DashboardPage)
    section.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.dashboard is not None and not page.loading, timeout=20_000)
    yield page
    close_previews(section)


def test_the_dashboard_prints_its_figures_and_charts(
    qtbot, board_page: DashboardPage, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reading() as s:
        board = dashboard(s, DEMO_AS_OF)
    click(qtbot, board_page.print_button)
    preview, text = preview_text(qtbot, board_page)
    text = text.replace("\xa0", " ")
    assert f"{short_date(board.start)} – {short_date(board.end)}" in text
    previous = f"{short_date(board.previous_start)} – {short_date(board.previous_end)}"
    assert f"compared with {previous}" in text
    assert "Printed" in text
    for key, tile in board_page.tiles.items():
        assert titles()[key] in text
        assert tile.value.text().replace("\u202f", " ").replace("\xa0", " ") in text
    pages = PdfReader(io.BytesIO(preview.pdf)).pages
    images = [image for page in pages for image in page.images]
    assert len(images) >= 4


def test_the_clients_behind_a_tile_export(
    qtbot, board_page: DashboardPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(board_page.tiles["concentration"], Qt.MouseButton.LeftButton)
    dialog = board_page.clients_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    save_to(monkeypatch, tmp_path / "a-class.xlsx")
    click(qtbot, dialog.output.export_button)
    sheet = load_workbook(tmp_path / "a-class.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value == "Key-client concentration: the clients behind it"
    top = header_row(sheet, "Client")
    first = [c.value for c in sheet[top + 1]]
    client = dialog.figure.clients[0]
    assert first[0] == client.name
    assert Decimal(str(first[1])).quantize(Decimal("0.01")) == client.amount
    assert sheet.cell(row=top + 1, column=3).number_format.endswith("%")
    dialog.close()
