"""Sales plans from a spreadsheet (CSV or XLSX), and a year's grid out to one.

services.prices.price_import.read_sheet (encodings, delimiters, Excel cells) -> check_plan_import
(nothing written; every problem found, row by row) -> apply_plan_import (the caller's unit of
work, every month through grid.set_plan). The sheet's rules are kamdesk.domain.plan_sheet's.
An exported grid is in the wide layout and imports back unchanged.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.money import from_minor
from kamdesk.domain.plan_sheet import ClientDirectory, PlanCell, check_plan_sheet
from kamdesk.domain.plans import month_label, year_months
from kamdesk.domain.sheet import RowProblem, with_notes
from kamdesk.domain.spreadsheet import as_text, inert, without_controls
from kamdesk.errors import UserError
from kamdesk.messages import _, ngettext
from kamdesk.services.company import get_company
from kamdesk.services.file_errors import cannot_write, nothing_imported
from kamdesk.services.plans.grid import PlanGrid, set_plan
from kamdesk.services.prices.price_import import Sheet


@dataclass(frozen=True)
class PlanChange:
    """A month's plan to set (new is an amount) or remove (new is None)."""

    row_number: int
    client_id: str | None  # None: new clients in total
    client: str  # as the preview names it
    currency: str
    month: date
    old: Decimal | None
    new: Decimal | None


@dataclass(frozen=True)
class PlanImport:
    """What importing a sheet of plans would change, found without writing anything."""

    layout: str = ""
    changes: tuple[PlanChange, ...] = ()
    unchanged: int = 0
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()  # the sheet's: control characters removed, where

    @property
    def bad_rows(self) -> int:
        return len({p.row_number for p in self.problems if not p.is_file_level})

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def summary(self) -> str:
        """ "5 monthly plans to set, 1 to remove (7 unchanged)"."""
        set_ = sum(1 for c in self.changes if c.new is not None)
        removed = len(self.changes) - set_
        if self.unchanged:
            text = ngettext(
                "{n} monthly plan to set, {removed} to remove ({unchanged} unchanged)",
                "{n} monthly plans to set, {removed} to remove ({unchanged} unchanged)",
                set_,
            ).format(n=set_, removed=removed, unchanged=self.unchanged)
        else:
            text = ngettext(
                "{n} monthly plan to set, {removed} to remove",
                "{n} monthly plans to set, {removed} to remove",
                set_,
            ).format(n=set_, removed=removed)
        return with_notes(text, self.notes)


def client_directory(session: Session) -> ClientDirectory:
    rows = run(
        session.connection(),
        "SELECT id, name, tax_id FROM client WHERE deleted_at IS NULL ORDER BY created_at",
    )
    return ClientDirectory((str(i), str(n), str(t or "")) for i, n, t in rows)


def _current(
    session: Session, months: set[date]
) -> dict[tuple[str | None, date], tuple[str, Decimal]]:
    """(client id, month) -> (currency, amount) of the live plans of those months."""
    if not months:
        return {}
    marks = ", ".join("?" for _ in months)
    rows = run(
        session.connection(),
        "SELECT client_id, period_start, currency, amount FROM sales_plan "
        f"WHERE deleted_at IS NULL AND period_start IN ({marks})",
        tuple(m.isoformat() for m in sorted(months)),
    )
    return {
        (None if c is None else str(c), date.fromisoformat(str(m))): (str(cur), from_minor(a))
        for c, m, cur, a in rows
    }


def check_plan_import(session: Session, sheet: Sheet) -> PlanImport:
    """Every row checked against the live clients; the months that would change. Writes
    nothing."""
    clients = client_directory(session)
    check = check_plan_sheet(sheet.headers, sheet.rows, clients)
    if check.problems:
        return PlanImport(check.layout, problems=check.problems)
    current = _current(session, {c.month for c in check.cells})
    currencies = dict(
        (str(i), str(c))
        for i, c in run(
            session.connection(), "SELECT id, currency FROM client WHERE deleted_at IS NULL"
        )
    )
    reporting = get_company(session).reporting
    changes: list[PlanChange] = []
    unchanged = 0
    for cell in check.cells:
        old = current.get((cell.client_id, cell.month))
        if (old[1] if old else None) == cell.amount:
            unchanged += 1
            continue
        currency = reporting if cell.client_id is None else currencies[cell.client_id]
        changes.append(_change(cell, clients, currency, old[1] if old else None))
    return PlanImport(check.layout, tuple(changes), unchanged, notes=sheet.notes)


def _change(
    cell: PlanCell, clients: ClientDirectory, currency: str, old: Decimal | None
) -> PlanChange:
    return PlanChange(
        cell.row_number,
        cell.client_id,
        clients.label(None) if cell.client_id is None else clients.names[cell.client_id],
        currency,
        cell.month,
        old,
        cell.amount,
    )


def apply_plan_import(session: Session, plan: PlanImport) -> PlanImport:
    """Write the plan in the caller's unit of work; UserError, and nothing written, if it has
    problems (or a client was deleted since it was checked)."""
    if plan.problems:
        raise UserError(nothing_imported(len(plan.problems)))
    for change in plan.changes:
        set_plan(session, change.client_id, change.month, change.new)
    session.flush()
    return plan


def import_plans(session: Session, sheet: Sheet, *, write: bool = True) -> PlanImport:
    """Check the sheet and, when it is clean and `write`, import it (a dry run otherwise)."""
    plan = check_plan_import(session, sheet)
    if write and not plan.problems:
        apply_plan_import(session, plan)
    return plan


# --- the grid out -----------------------------------------------------------------------------


def grid_table(grid: PlanGrid, clients: ClientDirectory) -> list[list[str]]:
    """The grid in the wide layout: a header, a row per client and the new-clients row;
    amounts as plain decimals, an empty cell where there is no plan."""
    header = ["client", *(month_label(m) for m in year_months(grid.year))]
    body = [
        [clients.label(row.client_id), *("" if a is None else format(a, "f") for a in row.months)]
        for row in (*grid.rows, grid.new_clients)
    ]
    return [header, *body]


def export_grid(session: Session, grid: PlanGrid, path: Path) -> Path:
    """Write the grid to `path`: .csv (UTF-8 with BOM, as Excel opens it) or .xlsx."""
    table = grid_table(grid, client_directory(session))
    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out).writerows([inert(row[0]), *row[1:]] for row in table)
        elif path.suffix.lower() == ".xlsx":
            _write_xlsx(table, path, grid.year)
        else:
            raise UserError(
                _("{file}: plans export to .csv or .xlsx files.").format(file=path.name)
            )
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return path


def _write_xlsx(table: list[list[str]], path: Path, year: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _("Plans {year}").format(year=year)

    for index, row in enumerate(table):
        cells: list[object] = [without_controls(row[0]), *row[1:]]  # openpyxl refuses them
        if index:  # amounts as numbers (exact decimals: openpyxl writes their text)
            cells[1:] = [Decimal(a) if a else None for a in row[1:]]
        sheet.append(cells)
        as_text(sheet.cell(row=index + 1, column=1))  # a client named "=..." stays text
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 40
    book.save(path)
