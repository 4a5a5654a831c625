"""A spreadsheet file (CSV or XLSX) read into its header and rows, for every import of sheets
(price lists, exchange rates, plans, bank statements); the rules for cells are
kamdesk.domain.sheet's.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain.limits import ZipPart, check_cell, check_file_size, check_rows, check_zip
from kamdesk.domain.sheet import Cell, clean_cells, is_blank_row
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.services.file_errors import cannot_read, not_a_workbook

DELIMITERS = (",", ";", "\t")


_SNIFF_LINES = 50


@dataclass(frozen=True)
class Sheet:
    """A file's first sheet: the header row and the rows under it, cells as read."""

    name: str
    headers: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()  # what reading changed: control characters removed, where
    encoding: str = ""  # a CSV that is not UTF-8: the code page it was read in

    @property
    def data_rows(self) -> int:
        return sum(1 for row in self.rows if not is_blank_row(row))


def read_sheet(path: Path, *, fallback_encoding: str = "") -> Sheet:
    """Read a .csv (UTF-8, with or without BOM; delimiter , ; or tab) or an .xlsx (first
    sheet, values not formulas). UserError if the file cannot be read. fallback_encoding: how
    a CSV that is not UTF-8 is read (a bank's cp1251), instead of refusing it."""
    path = Path(path)
    if not path.is_file():
        raise UserError(_("{path} does not exist or is not a file.").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx", ".xlsm"):
        check_size(path)  # the limits, before a byte of the file is parsed
    encoding = ""
    if suffix == ".csv":
        headers, rows, encoding = _read_csv(path, fallback_encoding)
    elif suffix in (".xlsx", ".xlsm"):
        headers, rows = _read_xlsx(path)
    elif suffix == ".xls":
        raise UserError(
            _(
                "{file} is an old Excel 97-2003 file. Save it as .xlsx (Excel workbook) or "
                "CSV UTF-8 and import that."
            ).format(file=path.name)
        )
    else:
        raise UserError(
            _("{file}: kamdesk imports .csv and .xlsx files only.").format(file=path.name)
        )
    if not headers:
        raise UserError(
            _("{file} is empty: the first row must hold the column names.").format(file=path.name)
        )
    rows, notes = clean_cells(headers, rows, csv=suffix == ".csv")
    return Sheet(path.name, headers, rows, notes, encoding)


def _read_csv(
    path: Path, fallback_encoding: str = ""
) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...], str]:
    encoding = ""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if fallback_encoding:
            text = data.decode(fallback_encoding, errors="replace")
            encoding = fallback_encoding
        else:
            raise UserError(
                _(
                    "{file} is not UTF-8 text. In Excel choose Save As > 'CSV UTF-8', "
                    "or import the .xlsx itself."
                ).format(file=path.name)
            ) from None
    except OSError as exc:
        raise cannot_read(path, exc) from None
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        lines = bounded_rows(path.name, (tuple(line) for line in reader))
    except csv.Error as exc:
        raise UserError(
            _("{file} is not a readable CSV file: {reason}.").format(file=path.name, reason=exc)
        ) from None
    if not lines:
        return (), (), encoding
    return lines[0], tuple(lines[1:]), encoding


# the code page Excel writes "CSV" in on a Windows of each interface language (not UTF-8)
WINDOWS_CODE_PAGES = {"ru": "cp1251", "hu": "cp1250", "it": "cp1252", "az": "cp1254"}


def windows_code_page(language: str) -> str:
    """How a CSV that is not UTF-8 is read for a user of `language`: as their Excel wrote it."""
    return WINDOWS_CODE_PAGES.get(language, "cp1252")


def check_size(path: Path) -> None:
    """LimitExceeded, before reading, for a file over the documented limits: a CSV by its size
    on disk; an XLSX by what its zip directory says it unzips to (a zip bomb never unpacks)."""
    try:
        if path.suffix.lower() == ".csv":
            check_file_size(path.name, path.stat().st_size)
            return
        with zipfile.ZipFile(path) as archive:
            parts = [ZipPart(i.filename, i.file_size, i.compress_size) for i in archive.infolist()]
    except zipfile.BadZipFile as exc:
        raise not_a_workbook(path, exc) from None
    except OSError as exc:
        raise cannot_read(path, exc) from None
    check_zip(path.name, parts)


def bounded_rows(name: str, rows: Iterable[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """The header and the rows under it, trailing blank rows left out; LimitExceeded as soon as
    more than MAX_IMPORT_ROWS rows are read (the rest is never read; blank rows count) or a
    cell is longer than MAX_CELL_CHARS. Blank rows inside the sheet are kept as () so the row
    numbers stay those the spreadsheet shows."""
    kept: list[tuple[Cell, ...]] = []
    blanks: list[tuple[Cell, ...]] = []  # the first as read (a blank header), the rest as ()
    for row in rows:
        if is_blank_row(row):
            blanks.append(row if not kept and not blanks else ())
            check_rows(name, len(kept) + len(blanks) - 1)
            continue
        kept.extend(blanks)
        blanks.clear()
        kept.append(row)
        check_rows(name, len(kept) - 1)
        for column, cell in enumerate(row):
            if isinstance(cell, str):
                check_cell(name, len(kept), column, cell)
    return kept


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header into most columns and the rows into as many.

    csv.Sniffer guesses wrong on a semicolon file with decimal commas; counting is steadier.
    """
    sample = text.splitlines()[:_SNIFF_LINES]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            parsed = list(csv.reader(sample, delimiter=delimiter))
        except csv.Error:
            continue
        if not parsed or len(parsed[0]) < 2:
            continue
        width = len(parsed[0])
        agreeing = sum(1 for row in parsed if len(row) == width)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(path: Path) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise not_a_workbook(path, exc) from None
    except OSError as exc:
        raise cannot_read(path, exc) from None
    try:
        if not book.worksheets:
            return (), ()
        sheet = book.worksheets[0]
        cells = (tuple(_xlsx_value(cell) for cell in row) for row in sheet.iter_rows())
        rows = bounded_rows(path.name, cells)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            _("{file} is damaged and cannot be read: {reason}.").format(file=path.name, reason=exc)
        ) from None
    finally:
        book.close()
    if not rows:
        return (), ()
    return rows[0], tuple(rows[1:])


def _xlsx_value(cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, str | Decimal | bool):
        return value
    if isinstance(value, int | float):
        fmt = getattr(cell, "number_format", "") or ""
        if "%" in fmt:
            # a cell formatted as a percentage holds 0.2 for what it shows as 20 %
            return _decimal_of(value) * 100
        return value
    # dates, times and anything else: as the text they show, which no number rule accepts
    return str(value)


def _decimal_of(value: int | float) -> Decimal:
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))
