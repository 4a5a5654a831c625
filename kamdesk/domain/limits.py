"""The documented limits: how much kamdesk reads from one file and keeps in one field.

Every number is far beyond what a key account manager meets in honest use and far below what
hurts the laptop, so a limit only ever stops an accident (a wrong file, a paste of a whole
mailbox) or a hostile file, and it stops it before any work, with the limit named:

- MAX_IMPORT_ROWS, 100 000 rows per imported sheet: a price list of a large distributor holds
  a few thousand products, a year's bank statement some thousands of payments, a plan sheet one
  row per client. 100 000 rows is still checked in seconds.
- MAX_CELL_CHARS, 32 767 characters per cell: Excel's own ceiling, so no sheet saved by Excel
  ever meets it; a file with a longer cell (only a CSV can hold one) is refused with the cell
  named. A cell within it but longer than the field it goes to is a problem on its row.
- MAX_UNZIPPED_BYTES, 100 MB: what one file may hold once unzipped (an XLSX is a zip of XML).
  A 100 000-row price list is some 30 MB of sheet XML. The same ceiling holds for a CSV or a
  bank file on disk.
- MAX_COMPRESSION_RATIO, 100:1 for a part of a workbook over 1 MB: real sheets compress 5 to
  20 times; a "zip bomb" (1 MB that unzips to hundreds) is refused from the zip's directory,
  before a byte of it is unpacked.
- MAX_LINE_CHARS, 500 characters in a single-line field (a name, a city, an e-mail, a
  reference): the longest legal names of companies stay under 300.
- MAX_TEXT_CHARS, 20 000 characters in a multi-line field (notes, needs, an agenda, a
  description): some ten printed pages, more than a proposal or a contract clause ever quotes.
  Longer text belongs in a document of its own; a field past it would make every form, PDF and
  sync bundle that carries it slow.

Nothing is ever cut silently: a form shows a counter as the text nears its limit and refuses to
save past it, with the message at the field; the models refuse the same on every write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.formatting import grouped
from kamdesk.errors import UserError
from kamdesk.messages import _, figure, ngettext

MAX_IMPORT_ROWS = 100_000
MAX_CELL_CHARS = 32_767
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024  # smaller parts may compress as well as they like
MAX_LINE_CHARS = 500
MAX_TEXT_CHARS = 20_000
COUNTER_FROM = 0.9  # a form shows its counter from 90 % of the limit on


class LimitExceeded(UserError):
    """A file over one of the limits: the message names the file, the limit and what it held."""


@dataclass(frozen=True)
class ZipPart:
    """One member of a zip as its central directory lists it (nothing unpacked)."""

    name: str
    size: int  # unzipped bytes
    compressed: int


def count(value: int) -> str:
    """20412 -> "20 412": a count as the interface groups digits."""
    return grouped(Decimal(value), places=0)


def megabytes(size: int) -> str:
    """1.6 MB, 299 MB; a small size in bytes (as the current language writes figures)."""
    mb = Decimal(size) / (1024 * 1024)
    if mb >= 10:
        return _("{size} MB").format(size=figure(mb, 0))
    if size >= 100 * 1024:
        return _("{size} MB").format(size=figure(mb, 1))
    return ngettext("{n} byte", "{n} bytes", size).format(n=figure(size, 0))


def check_zip(file_name: str, parts: Iterable[ZipPart]) -> None:
    """LimitExceeded when the workbook unzips to more than MAX_UNZIPPED_BYTES in all, or a part
    over RATIO_FLOOR_BYTES is compressed more than MAX_COMPRESSION_RATIO to one."""
    total = 0
    for part in parts:
        total += part.size
        ratio = Decimal(part.size) / max(part.compressed, 1)
        if part.size > RATIO_FLOOR_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise LimitExceeded(
                _(
                    "{file} is refused: its part {part} unzips to {size} from {compressed} "
                    "({ratio}:1), more than the {most}:1 a real workbook is compressed. "
                    "It is not an Excel workbook kamdesk can read safely."
                ).format(
                    file=file_name,
                    part=part.name,
                    size=megabytes(part.size),
                    compressed=megabytes(part.compressed),
                    ratio=figure(ratio, 0),
                    most=MAX_COMPRESSION_RATIO,
                )
            )
    if total > MAX_UNZIPPED_BYTES:
        raise LimitExceeded(
            _(
                "{file} is refused: it unzips to {size}, more than the {most} kamdesk reads "
                "from one workbook. Split it into smaller files."
            ).format(file=file_name, size=megabytes(total), most=megabytes(MAX_UNZIPPED_BYTES))
        )


def check_file_size(file_name: str, size: int) -> None:
    """LimitExceeded for a CSV or bank file larger than MAX_UNZIPPED_BYTES on disk."""
    if size > MAX_UNZIPPED_BYTES:
        raise LimitExceeded(
            _(
                "{file} is refused: it holds {size}, more than the {most} kamdesk reads from "
                "one file. Split it into smaller files."
            ).format(file=file_name, size=megabytes(size), most=megabytes(MAX_UNZIPPED_BYTES))
        )


def check_rows(file_name: str, rows: int) -> None:
    """LimitExceeded when a sheet has more than MAX_IMPORT_ROWS rows under its header."""
    if rows > MAX_IMPORT_ROWS:
        raise LimitExceeded(
            ngettext(
                "{file} is refused: it has more than {n} row, the most kamdesk imports from "
                "one file. Split it into smaller files.",
                "{file} is refused: it has more than {n} rows, the most kamdesk imports from "
                "one file. Split it into smaller files.",
                MAX_IMPORT_ROWS,
            ).format(file=file_name, n=figure(MAX_IMPORT_ROWS, 0))
        )


def check_cell(file_name: str, row: int, column: int, text: str) -> None:
    """LimitExceeded for a cell longer than MAX_CELL_CHARS (row as the sheet shows it, column
    0-based): no spreadsheet program writes one, so the file is refused with the cell named."""
    if len(text) > MAX_CELL_CHARS:
        raise LimitExceeded(
            ngettext(
                "{file} is refused: the cell in row {row}, column {column} holds {n} "
                "character, more than the {most} a spreadsheet cell can hold.",
                "{file} is refused: the cell in row {row}, column {column} holds {n} "
                "characters, more than the {most} a spreadsheet cell can hold.",
                len(text),
            ).format(
                file=file_name,
                row=row,
                column=column + 1,
                n=figure(len(text), 0),
                most=figure(MAX_CELL_CHARS, 0),
            )
        )


def text_limit(multiline: bool) -> int:
    return MAX_TEXT_CHARS if multiline else MAX_LINE_CHARS


def length_problem(label: str, text: str, limit: int) -> str:
    """What a form (or a refused save) says of a field longer than `limit`; "" when it is not.
    The counts are what the user sees in the field's counter."""
    if len(text) <= limit:
        return ""
    return ngettext(
        "{label}: {n} character, more than the {most} it can hold.",
        "{label}: {n} characters, more than the {most} it can hold.",
        len(text),
    ).format(label=label, n=figure(len(text), 0), most=figure(limit, 0))


def counter(length: int, limit: int, count: Callable[[int], str] = count) -> str:
    """A field's counter, "20 412 / 20 000"; "" while the text is well under its limit.
    `count` writes a number (the interface passes its locale's)."""
    if length < limit * COUNTER_FROM:
        return ""
    return f"{count(length)} / {count(limit)}"
