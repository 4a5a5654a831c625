"""Exchange rates from a spreadsheet: `kamdesk import-sheet --kind rates FILE`.

The headers are date, currency, rate, source (source may be left out); a rate is reporting
-currency units per one unit of the currency (kamdesk.domain.fx). The file is read as price
lists are (price_import.read_sheet); every bad row is reported with its row number and column,
and then nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.fx import Quote, rate_problems
from kamdesk.domain.sheet import (
    Cell,
    CellError,
    RowProblem,
    cell_decimal,
    header_key,
    is_blank_row,
    with_notes,
)
from kamdesk.messages import _, day, ngettext
from kamdesk.services.company import get_company
from kamdesk.services.prices.price_import import Sheet
from kamdesk.services.prices.rates import set_rate

RATE_FIELDS = ("date", "currency", "rate", "source")
REQUIRED = ("date", "currency", "rate")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?")


@dataclass(frozen=True)
class RatePlan:
    """What importing a sheet of rates would record, found without writing anything."""

    quotes: tuple[Quote, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()  # the sheet's: control characters removed, where

    @property
    def bad_rows(self) -> int:
        return len({p.row_number for p in self.problems if not p.is_file_level})

    def summary(self) -> str:
        currencies, n = sorted({q.currency for q in self.quotes}), len(self.quotes)
        text = (
            ngettext(
                "{n} exchange rate to record ({currencies})",
                "{n} exchange rates to record ({currencies})",
                n,
            )
            if currencies
            else ngettext("{n} exchange rate to record", "{n} exchange rates to record", n)
        )
        return with_notes(text.format(n=n, currencies=", ".join(currencies)), self.notes)


def cell_date(cell: Cell) -> date | None:
    """A date cell: 2026-11-30 or 30.11.2026 (an Excel date reads as '2026-11-30 00:00:00')."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    text = str(cell).strip()
    try:
        if _DOTTED.fullmatch(text):
            dd, month, year = _DOTTED.fullmatch(text).groups()  # type: ignore[union-attr]
            return date(int(year), int(month), int(dd))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00:00)?", text):
            return datetime.strptime(text[:10], "%Y-%m-%d").date()
    except ValueError:
        raise CellError(_("no such day: {text!r}").format(text=text)) from None
    raise CellError(_("not a date: {text!r} (write 2026-11-30 or 30.11.2026)").format(text=text))


def _columns(headers: Sequence[Cell]) -> tuple[dict[str, int], list[RowProblem]]:
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in RATE_FIELDS and key not in found:
            found[key] = index
        elif key:
            problems.append(
                RowProblem(
                    1,
                    str(header),
                    _("unknown column: the headers are {headers}").format(
                        headers=",".join(RATE_FIELDS)
                    ),
                )
            )
    for name in REQUIRED:
        if name not in found:
            problems.append(
                RowProblem(1, name, _("the column {name!r} is missing").format(name=name))
            )

    return found, problems


def plan_rate_import(sheet: Sheet, reporting: str) -> RatePlan:
    """Every row checked: a day, a known currency other than `reporting`, a rate above 0, one
    row per currency and day."""
    columns, problems = _columns(sheet.headers)
    if problems:
        return RatePlan(problems=tuple(problems))
    quotes: list[Quote] = []
    seen: dict[tuple[str, date], int] = {}
    for offset, cells in enumerate(sheet.rows):
        number = offset + 2  # the header is row 1
        if is_blank_row(cells):
            continue

        def at(name: str, cells: Sequence[Cell] = cells) -> Cell:
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        found: dict[str, object] = {}
        row_problems: list[RowProblem] = []
        for name, read in (("date", cell_date), ("rate", cell_decimal)):
            try:
                found[name] = read(at(name))
            except CellError as exc:
                row_problems.append(RowProblem(number, name, str(exc)))
        if found.get("date") is None and not any(p.column == "date" for p in row_problems):
            row_problems.append(RowProblem(number, "date", _("the date is missing")))
        currency = str(at("currency") or "").strip().upper()
        rate = found.get("rate")
        if "rate" in found:
            checked = rate_problems(currency, rate, reporting)  # type: ignore[arg-type]
            row_problems += [RowProblem(number, k, v) for k, v in checked.items()]
        dated = found.get("date")
        if isinstance(dated, date) and currency and not row_problems:
            first = seen.setdefault((currency, dated), number)
            if first != number:
                again = _("{currency} on {day} is also row {row}").format(
                    currency=currency, day=day(dated), row=first
                )
                row_problems.append(RowProblem(number, "date", again))
        source = str(at("source") or "").strip()
        if len(source) > 120:
            row_problems.append(
                RowProblem(number, "source", _("longer than {n} characters").format(n=120))
            )

        if row_problems:
            problems += row_problems
            continue
        assert isinstance(dated, date) and isinstance(rate, Decimal)
        quotes.append(Quote(currency, dated, rate, source))
    if not quotes and not problems:
        problems.append(RowProblem(1, "date", _("the sheet has no rows under its headers")))

    return RatePlan(tuple(quotes), tuple(problems), sheet.notes)


def import_rates(session: Session, sheet: Sheet, *, write: bool = True) -> RatePlan:
    """Plan the sheet against the company's reporting currency and, when it is clean and
    `write`, record every rate (in the caller's unit of work)."""
    plan = plan_rate_import(sheet, get_company(session).reporting)
    if write and not plan.problems:
        for quote in plan.quotes:
            set_rate(session, quote.currency, quote.day, quote.rate, quote.source)
        session.flush()
    return plan
