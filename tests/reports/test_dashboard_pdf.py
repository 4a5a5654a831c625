"""Totals per currency in a table report, and the dashboard's PDF with its charts as pictures
(PNG bytes in, no Qt)."""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from kamdesk.reports.dashboard_pdf import dashboard_pdf
from kamdesk.reports.sheets import TableReport, csv_text, write_xlsx


def _report() -> TableReport:
    return TableReport(
        title="Receivables by age",
        header=("Client", "Cur.", "Balance"),
        rows=(("Alfa", "EUR", Decimal("500.00")), ("Bravo", "HUF", Decimal("12345.67"))),
        period="as of 2026-11-23",
        made_at=datetime(2026, 11, 23, 9, 0),
        totals=("Total", "EUR", Decimal("500.00")),
        more_totals=(("Total", "HUF", Decimal("12345.67")),),
        right=frozenset({2}),
    )


def _png(width: int, height: int, blue: int = 160) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, blue)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_total_line_per_currency_in_the_csv_and_the_workbook(tmp_path: Path) -> None:
    report = _report()
    lines = csv_text(report).splitlines()
    assert lines[-2:] == ["Total,EUR,500.00", "Total,HUF,12345.67"]
    sheet = load_workbook(write_xlsx(report, tmp_path / "a.xlsx")).active
    assert sheet is not None
    last = sheet.max_row
    assert [sheet.cell(row=r, column=2).value for r in (last - 1, last)] == ["EUR", "HUF"]
    assert Decimal(str(sheet.cell(row=last, column=3).value)) == Decimal("12345.67")
    assert sheet.cell(row=last - 1, column=1).font.bold and sheet.cell(row=last, column=1).font.bold


def test_the_dashboard_pdf_prints_the_figures_and_every_chart() -> None:
    charts = [
        ("", _png(600, 260), False),
        ("", _png(600, 260, 200), False),
        ("Pareto", _png(1200, 380), True),
    ]
    pdf = dashboard_pdf(_report(), charts, invariant=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(p.extract_text() for p in pages)
    assert "as of 2026-11-23" in text and "Pareto" in text and "12" in text
    assert sum(len(p.images) for p in pages) == 3
    assert dashboard_pdf(_report(), charts, invariant=True) == pdf
