"""A bank statement file as the import dialog opens it: a 1CClientBankExchange file (recognised
by its first line), a CSV with the standard headers (read as the command line reads it), or a
sheet of another layout (CSV or XLSX) whose columns the user maps first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kamdesk.domain.bank_matching import is_standard
from kamdesk.domain.bank_statement import (
    Statement,
    is_1c,
    parse_statement,
    payments_from_rows,
)
from kamdesk.domain.limits import check_file_size
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.services.file_errors import cannot_read
from kamdesk.services.prices.price_import import Sheet, read_sheet

BANK_CSV_ENCODING = "cp1251"  # what Russian banks write a CSV in when it is not UTF-8


@dataclass(frozen=True)
class BankFile:
    """statement: the payments (or the file's problems) when no mapping is needed; sheet: the
    rows of a layout to map (then statement is None)."""

    name: str
    layout: str  # "1c" | "csv" | "sheet"
    statement: Statement | None
    sheet: Sheet | None = None


def read_bank_file(path: Path, *, today: date) -> BankFile:
    """UserError when the file cannot be read at all."""
    path = Path(path)
    try:
        check_file_size(path.name, path.stat().st_size)  # before a byte is read
        data = path.read_bytes()
    except OSError as exc:
        raise cannot_read(path, exc) from None

    if is_1c(data):
        return BankFile(path.name, "1c", parse_statement(data, today=today))
    if path.suffix.lower() not in (".csv", ".xlsx", ".xlsm"):
        raise UserError(
            _(
                "{file} is neither a 1CClientBankExchange file (its first line says so) nor a "
                ".csv or .xlsx sheet."
            ).format(file=path.name)
        )

    sheet = read_sheet(path, fallback_encoding=BANK_CSV_ENCODING)
    if path.suffix.lower() == ".csv" and is_standard(sheet.headers):
        return BankFile(path.name, "csv", parse_statement(data, today=today), sheet)
    return BankFile(path.name, "sheet", None, sheet)


def statement_from_sheet(sheet: Sheet, columns: Mapping[str, int], *, today: date) -> Statement:
    """The payments of a sheet whose columns were mapped (field -> 0-based column)."""
    found = payments_from_rows(len(sheet.headers), sheet.rows, columns, today=today)
    return replace(found, notes=sheet.notes)  # control characters removed when it was read
