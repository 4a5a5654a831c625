"""Export… and Print… on the Reports pages, as the KAM uses them on the demo: the table read
back from the workbook and the CSV with exact figures; the PDF in the preview with its period,
filters and totals."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kamdesk.db import Database
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.sales.losses import losses_report
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.reports.losses_report import LossesReport
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.pdf_preview import PdfPreview
from tests.factories import DEMO_AS_OF
from tests.ui.waiting import settle

AS_OF = DEMO_AS_OF


@pytest.fixture
def section(qtbot, demo_db: Database) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    widget = ReportsSection(today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.attach(demo_db, ChangeHub())
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget
    for preview in widget.findChildren(PdfPreview):
        preview.close()


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path, kind: str = "") -> list[str]:
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(path), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def preview_text(qtbot, parent: QWidget) -> tuple[PdfPreview, str]:  # type: ignore[no-untyped-def]
    [preview] = [p for p in parent.findChildren(PdfPreview) if p.isVisible()]
    qtbot.waitExposed(preview)
    pages = PdfReader(io.BytesIO(preview.pdf)).pages
    assert preview.page_total() == len(pages)
    return preview, " ".join(" ".join(p.extract_text().split()) for p in pages).replace(
        "\u202f", " "
    )


def test_key_clients_export_to_a_workbook_with_exact_revenue(
    qtbot,  # type: ignore[no-untyped-def]
    section: ReportsSection,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    start, end = section.period()
    with demo_db.reading() as s:
        report = key_clients(s, Period(start, end))
    clients = [c for c in report.classification.clients if c.revenue != 0]
    asked = save_to(monkeypatch, tmp_path / "key clients")  # no suffix: a workbook
    assert section.output.export_button.isEnabled()
    qtbot.mouseClick(section.output.export_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == f"Key clients {start} to {end}.xlsx"
    sheet = load_workbook(tmp_path / "key clients.xlsx").active
    assert sheet is not None
    assert sheet["A1"].value == "Key clients"
    assert sheet["B2"].value == f"{start} – {end}"
    assert "ABC: A up to 80.0\u00a0%" in sheet["B3"].value
    header_row = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "#")
    header = [c.value for c in sheet[header_row]]
    assert header[:3] == ["#", "Client", f"Revenue, {report.currency}"]
    body = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
    rows, total = body[:-1], body[-1]
    assert [r[1] for r in rows] == [c.name for c in clients]
    assert [Decimal(str(r[2])).quantize(Decimal("0.01")) for r in rows] == [
        c.revenue for c in clients
    ]
    assert [r[0] for r in rows] == list(range(1, len(clients) + 1))
    assert total[1] == "Total"
    assert Decimal(str(total[2])).quantize(Decimal("0.01")) == sum(
        (c.revenue for c in clients), Decimal(0)
    )
    share = sheet.cell(row=header_row + 1, column=4)
    assert "%" in share.number_format and abs(share.value - float(clients[0].share)) < 1e-9


def test_returns_export_to_csv_as_grouped_on_screen(
    qtbot,  # type: ignore[no-untyped-def]
    section: ReportsSection,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page: LossesReport = section.losses
    section.pages.setCurrentWidget(page)
    settle(qtbot, page)
    qtbot.mouseClick(page.group_buttons["client"], Qt.MouseButton.LeftButton)
    start, end = page.period()
    with demo_db.reading() as s:
        expected = losses_report(s, start, end)
    save_to(monkeypatch, tmp_path / "returns", "CSV, comma separated (*.csv)")
    qtbot.mouseClick(page.output.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "returns.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["#", "Client", f"Shipped, net {expected.currency}"]
    body, total = rows[1:-1], rows[-1]
    by_client = expected.rows("client")
    assert [r[1] for r in body] == [r.label for r in by_client]
    assert [Decimal(r[5]) for r in body] == [r.lost_value for r in by_client]
    assert total[1] == "Total" and Decimal(total[5]) == expected.total.lost_value
    assert int(total[7]) == expected.total.events


def test_print_shows_the_report_with_its_period_filters_and_totals(
    qtbot,  # type: ignore[no-untyped-def]
    section: ReportsSection,
) -> None:
    start, end = section.period()
    qtbot.mouseClick(section.output.print_button, Qt.MouseButton.LeftButton)
    preview, text = preview_text(qtbot, section)
    assert preview.windowTitle() == "Key clients"
    assert preview.file_name == f"Key clients {start} to {end}.pdf"
    assert f"Period {short_date(start)} – {short_date(end)}" in text
    assert "Filters ABC: A up to 80.0 %" in text
    assert "Printed " in text and "Total" in text
    first = section.table.model().index(0, 1).data()
    assert first in text
    assert f"Page 1 of {preview.page_total()}" in text

    page = section.losses
    section.pages.setCurrentWidget(page)
    settle(qtbot, page)
    qtbot.mouseClick(page.output.print_button, Qt.MouseButton.LeftButton)
    [returns] = [p for p in page.findChildren(PdfPreview) if p.isVisible()]
    _preview, text = preview_text(qtbot, page)
    assert "Returns and refusals" in text and "grouped by reason" in text
    returns.close()


def test_an_export_that_cannot_be_written_is_said(
    qtbot,  # type: ignore[no-untyped-def]
    section: ReportsSection,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    save_to(monkeypatch, tmp_path / "no such folder" / "x.xlsx")
    (tmp_path / "no such folder").write_text("a file where the folder should be")
    qtbot.mouseClick(section.output.export_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and "Could not write" in warned[0] and "x.xlsx" in warned[0]


def test_no_report_no_export(qtbot, section: ReportsSection) -> None:  # type: ignore[no-untyped-def]
    section.set_period(AS_OF, AS_OF.replace(year=AS_OF.year - 1))  # ends before it starts
    settle(qtbot, section)
    assert not section.output.export_button.isEnabled()
    assert not section.output.print_button.isEnabled()
