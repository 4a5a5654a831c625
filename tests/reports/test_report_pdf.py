"""A report's table printed: what it is of on the first page, the rows, the totals at the foot,
page numbers, landscape when wide."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader

from kamdesk.reports import report_pdf
from kamdesk.reports.report_pdf import table_report_pdf
from kamdesk.reports.sheets import Percent, TableReport

D = Decimal


WIDE = (
    "key, critical",
    "revenue, potential, reference",
    date(2026, 11, 2),
    "Kovács Anna, purchasing director",
    "Székesfehérvár",
)


def report(rows: int, *, wide: bool = False) -> TableReport:
    header = ("#", "Client", "Revenue, EUR", "Share")
    extra = ("Categories", "Key reasons", "Last invoice", "Contact", "City") if wide else ()
    return TableReport(
        title="Key clients",
        header=header + extra,
        rows=tuple(
            (i, f"Client {i:03d}", D("1000.25") * i, Percent(D("0.01") * i))
            + (WIDE if wide else ())
            for i in range(1, rows + 1)
        ),
        period="2025-12-01 – 2026-11-30",
        filters=("Grouped by client",),
        made_at=datetime(2026, 12, 5, 15, 40),
        totals=("", "Total", D("999999.99"), Percent(D(1))) + (("",) * len(extra) if wide else ()),
        right=frozenset({0, 2, 3}),
        labels={"Page {page} of {pages}": "Page {page} of {pages}"},
    )


def flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").split())


def test_the_first_page_says_period_filters_and_date() -> None:
    reader = PdfReader(io.BytesIO(table_report_pdf(report(5))))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    for words in ("Key clients", "Period 2025-12-01 – 2026-11-30",
                  "Filters Grouped by client", "Printed 2026-12-05 15:40",
                  "Client 005", "5 001.25", "5.0 %", "Total 999 999.99 100.0 %",
                  "Page 1 of 1"):  # fmt: skip
        assert words in text, words
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width < height  # four columns fit a portrait page


def test_a_long_report_numbers_its_pages_and_keeps_the_totals_with_rows() -> None:
    reader = PdfReader(io.BytesIO(table_report_pdf(report(120))))
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    assert "Key clients · 2025-12-01 – 2026-11-30" in pages[1]  # the running head
    assert "Total" in pages[-1] and "Client 120" in pages[-1]
    shown = sum(len(re.findall(r"Client \d{3}", t)) for t in pages)
    assert shown == 120


def test_a_wide_table_prints_landscape() -> None:
    reader = PdfReader(io.BytesIO(table_report_pdf(report(3, wide=True))))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "revenue, potential, reference" in flat(page.extract_text())


def test_an_empty_report_says_so() -> None:
    empty = TableReport(title="Returns", header=("Reason", "Lost"), rows=(), period="2026-11")
    text = flat(PdfReader(io.BytesIO(table_report_pdf(empty))).pages[0].extract_text())
    assert "Returns" in text and "Nothing to show for this period." in text


def test_a_very_long_table_is_laid_out_in_chunks_and_loses_no_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_pdf, "CHUNK", 50)  # as 300 does for ten thousand rows
    reader = PdfReader(io.BytesIO(table_report_pdf(report(120))))
    pages = [flat(p.extract_text()) for p in reader.pages]
    numbers = [int(n) for t in pages for n in re.findall(r"Client (\d{3})", t)]
    assert numbers == list(range(1, 121))  # every row once, in order
    assert "Total" in pages[-1] and "Client 120" in pages[-1]
    assert all("Revenue, EUR" in t for t in pages)  # the header on every page
