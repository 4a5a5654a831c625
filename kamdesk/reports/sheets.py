"""A report's table written for a spreadsheet: XLSX (numbers as numbers, dates as dates, a
bold frozen header under a block that says what the table is) and CSV (UTF-8 with a byte-order
mark so Excel reads Cyrillic right, comma separated, a decimal point, ISO dates).

The same record, `TableReport`, prints as a PDF (reports/report_pdf.py): one table, three
ways out. No Qt here: the ui turns a table view into a TableReport (ui/widgets/table_export).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TypeAlias

from kamdesk.domain.spreadsheet import as_text, inert, without_controls

MONEY_FORMAT = "#,##0.00"
INTEGER_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_WIDEST = 60  # characters: a long name wraps in the cell rather than pushing the rest away


@dataclass(frozen=True)
class Percent:
    """A share 0..1: a percentage cell in the workbook ("34.5%"), "34.5%" in the CSV (which
    Excel reads as the number 0.345), "34.5 %" in the PDF."""

    share: Decimal
    digits: int = 1  # decimals of the percentage as shown (losses are often 0.05 %)

    def text(self, digits: int | None = None) -> str:
        places = self.digits if digits is None else digits
        return f"{(self.share * 100).quantize(Decimal(1).scaleb(-places))}%"

    @property
    def number_format(self) -> str:
        return "0." + "0" * self.digits + "%" if self.digits > 0 else "0%"


# what one cell holds: text, an exact amount, a count, a day (or a moment), a share, nothing
Value: TypeAlias = str | Decimal | int | date | Percent | None


@dataclass(frozen=True)
class TableReport:
    """A table with what it is of: the title, the period, the filters in words ("Grouped by
    client"), when it was made; the header, the rows and, when the report has them, totals.
    `right` names the columns of figures (aligned right in the PDF)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    period: str = ""
    filters: tuple[str, ...] = ()
    made_at: datetime | None = None
    totals: tuple[Value, ...] | None = None
    right: frozenset[int] = field(default_factory=frozenset)
    labels: dict[str, str] = field(default_factory=dict)  # "Period", "Filters", "Printed"...
    more_totals: tuple[tuple[Value, ...], ...] = ()  # one more line per currency, say

    @property
    def foot(self) -> tuple[tuple[Value, ...], ...]:
        """The lines of totals under the rows (none, one, or one per currency)."""
        return ((self.totals,) if self.totals is not None else ()) + self.more_totals

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def about(self) -> list[tuple[str, str]]:
        """The lines said above the table: (label, text)."""
        lines = []
        if self.period:
            lines.append((self.label("Period"), self.period))
        if self.filters:
            lines.append((self.label("Filters"), "; ".join(self.filters)))
        if self.made_at is not None:
            lines.append((self.label("Printed"), f"{self.made_at:%Y-%m-%d %H:%M}"))
        return lines


def plain_text(value: Value) -> str:
    """A cell as CSV text: no thousands separators, a decimal point, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, Percent):
        return value.text(max(value.digits, 2))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return inert(str(value))


def _shown_width(value: Value) -> int:
    """Roughly how many characters the workbook shows for a cell."""
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}")
    if isinstance(value, int) and not isinstance(value, bool):
        return len(f"{value:,}")
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    return len(plain_text(value))


def _write_atomically(path: Path, write: Callable[[str], object]) -> Path:
    """Written to a temporary file beside it first: a failed export never leaves half a file
    (and never spoils the one already there). OSError goes to the caller."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".kamdesk-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


# --- CSV --------------------------------------------------------------------------------------
def csv_text(report: TableReport) -> str:
    """The header and the rows (then the totals), nothing else: a CSV is read by programs, and
    a block of titles above the header would break them."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(report.header)
    for row in (*report.rows, *report.foot):
        writer.writerow([plain_text(v) for v in row])
    return buffer.getvalue()


def write_csv(report: TableReport, path: Path) -> Path:
    data = csv_text(report).encode("utf-8-sig")
    return _write_atomically(Path(path), lambda tmp: Path(tmp).write_bytes(data))


# --- XLSX -------------------------------------------------------------------------------------
def _number_format(value: Value) -> str | None:
    if isinstance(value, Percent):
        return value.number_format
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return MONEY_FORMAT
    if isinstance(value, int):
        return INTEGER_FORMAT
    if isinstance(value, datetime):
        return DATETIME_FORMAT
    if isinstance(value, date):
        return DATE_FORMAT
    return None


def _cell_value(value: Value) -> object:
    if isinstance(value, Percent):
        return value.share
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: the local time as shown
    if isinstance(value, str):
        return without_controls(value)  # openpyxl refuses them (old data may hold them)
    return value


def sheet_title(text: str) -> str:
    """What Excel accepts as a sheet name: 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip("' ")
    return (cleaned or "Report")[:31]


def _fill(sheet: object, report: TableReport) -> int:
    """The title block, the header and the rows; returns the header's row number."""
    from openpyxl.styles import Alignment, Font

    from_row = 1
    put = sheet.cell  # type: ignore[attr-defined]
    # the title, the filters and the header can hold a client's name too: text, never run
    title = put(row=1, column=1, value=report.title)
    title.font = Font(bold=True, size=14)
    as_text(title)
    for row, (label, text) in enumerate(report.about(), start=2):
        put(row=row, column=1, value=label).font = Font(bold=True)
        as_text(put(row=row, column=2, value=text))
        from_row = row
    header_row = from_row + 2
    bold = Font(bold=True)
    for column, text in enumerate(report.header, start=1):
        cell = put(row=header_row, column=column, value=text)
        as_text(cell)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    lines = [*report.rows, *report.foot]
    for offset, values in enumerate(lines, start=1):
        total = offset > len(report.rows)
        for column, value in enumerate(values, start=1):
            cell = put(row=header_row + offset, column=column, value=_cell_value(value))
            if isinstance(value, str):
                as_text(cell)
            number_format = _number_format(value)
            if number_format:
                cell.number_format = number_format
            if total:
                cell.font = bold
    return header_row


def _widths(report: TableReport) -> list[int]:
    widths = [max(len(h), 4) for h in report.header]
    for values in (*report.rows, *report.foot):
        for i, value in enumerate(values[: len(widths)]):
            widths[i] = max(widths[i], _shown_width(value))
    return [min(w + 2, _WIDEST) for w in widths]


def write_xlsx(report: TableReport, path: Path) -> Path:
    """One sheet: the title block, then the bold header, frozen so it stays in sight while the
    rows scroll, filterable; amounts with two decimals, counts whole, dates as dates. Printed
    it fits the page's width, landscape when the table is wide, the header on every page."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(report.title)
    header_row = _fill(sheet, report)
    widths = _widths(report)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # the title block's labels sit in column A: it is at least as wide as they are
    label_width = max((len(label) + 2 for label, _ in report.about()), default=0)
    first = sheet.column_dimensions["A"]
    first.width = max(first.width or 0, label_width)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1).coordinate
    last_row = header_row + len(report.rows)
    if report.header and report.rows:
        last = get_column_letter(len(report.header))
        sheet.auto_filter.ref = f"A{header_row}:{last}{last_row}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    if sum(widths) > 110:
        sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.right.text = "&P / &N"
    return _write_atomically(Path(path), book.save)


def write_table(report: TableReport, path: Path) -> Path:
    """By the file's suffix: .csv, else .xlsx (added when missing)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return write_csv(report, path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    return write_xlsx(report, path)
