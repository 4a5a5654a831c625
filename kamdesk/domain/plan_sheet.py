"""Rules for a spreadsheet of sales plans (kamdesk.domain.sheet reads its cells).

Two layouts, told apart by the header row (case and surrounding spaces ignored):
- long: `client, month, amount`, one month per row (month written 2026-03);
- wide: `client, 2026-01, 2026-02, …`, one client per row; columns headed Q1-Q4, Year or Total
  (the grid's derived sums, kept when a KAM edits an exported grid) are not read.

The client is given by its id, its tax id or its name; `New clients` is the plan for new
clients in total. An amount of 0 removes the month's plan; in the wide layout an empty cell
leaves the month as it is, in the long layout an empty amount is a problem (nothing typed is
taken for a removal). Every problem is found; the caller writes nothing while there is one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.plans import (
    NEW_CLIENTS,
    PlanError,
    month_label,
    parse_month,
    plan_amount,
    read_plan_amount,
)
from kamdesk.domain.sheet import (
    Cell,
    CellError,
    RowProblem,
    _text,
    cell_decimal,
    column_letter,
    header_key,
    is_blank_row,
)
from kamdesk.messages import N_, _

LONG_FIELDS = ("client", "month", "amount")
DERIVED = frozenset({"q1", "q2", "q3", "q4", "year", "total"})
# the two layouts a plan sheet may have: marked here, translated with _() where said
LAYOUTS = N_(
    "client, month, amount (one month a row) or client, 2026-01, 2026-02, … (a row a client)"
)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


class ClientDirectory:
    """The live clients a sheet may name: (id, name, tax id) each."""

    def __init__(self, clients: Iterable[tuple[str, str, str]]) -> None:
        self.names: dict[str, str] = {}
        self._ids: set[str] = set()
        self._by_tax: dict[str, list[str]] = {}
        self._by_name: dict[str, list[str]] = {}
        for client_id, name, tax_id in clients:
            self._ids.add(client_id)
            self.names[client_id] = name
            tax = "".join(tax_id.split()).casefold()
            if tax:
                self._by_tax.setdefault(tax, []).append(client_id)
            self._by_name.setdefault(_normal(name), []).append(client_id)

    def find(self, text: str) -> str | None:
        """The client id `text` names (None: new clients in total); PlanError if none or
        several."""
        written = text.strip()
        if not written:
            raise PlanError(_("the client is missing"))
        if _normal(written) == NEW_CLIENTS.casefold():
            return None
        if written in self._ids:
            return written
        by_tax = self._by_tax.get("".join(written.split()).casefold(), [])
        if len(by_tax) == 1:
            return by_tax[0]
        if len(by_tax) > 1:
            raise PlanError(
                _("{n} clients have the tax id {text!r}: write the id").format(
                    n=len(by_tax), text=written
                )
            )
        by_name = self._by_name.get(_normal(written), [])
        if len(by_name) == 1:
            return by_name[0]
        if len(by_name) > 1:
            raise PlanError(
                _("{n} clients are named {text!r}: write the tax id or the id").format(
                    n=len(by_name), text=written
                )
            )
        raise PlanError(_("no client has the name, id or tax id {text!r}").format(text=written))

    def label(self, client_id: str | None) -> str:
        """What a sheet calls the client: its name when the name finds it again, else its id."""
        if client_id is None:
            return NEW_CLIENTS
        name = self.names.get(client_id, "")
        try:
            return name if name and self.find(name) == client_id else client_id
        except PlanError:
            return client_id


@dataclass(frozen=True)
class PlanCell:
    """One month's plan read from the sheet: None as amount removes the plan."""

    row_number: int
    client_id: str | None  # None: new clients in total
    month: date
    amount: Decimal | None


@dataclass(frozen=True)
class PlanSheetCheck:
    layout: str  # "long", "wide" or "" when the header row is neither
    cells: tuple[PlanCell, ...]
    problems: tuple[RowProblem, ...]


def cell_amount(cell: Cell) -> Decimal | None:
    """A plan cell: None for 0 (remove); CellError for anything not a plan."""
    try:
        if isinstance(cell, str):
            return read_plan_amount(cell)
        return plan_amount(cell_decimal(cell))
    except PlanError as exc:
        raise CellError(str(exc)) from None


def _at(cells: Sequence[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


def _unknown(header: Cell, letter: str) -> RowProblem:
    return RowProblem(
        1,
        str(header).strip(),
        _("unknown column; the layouts are {layouts}").format(layouts=_(LAYOUTS)),
        letter,
    )


def _columns(headers: Sequence[Cell]) -> tuple[str, dict[str, int], list[RowProblem]]:
    """The layout, its columns (field or month label -> index) and the header's problems."""
    keys = [header_key(h) for h in headers]
    problems: list[RowProblem] = []
    columns: dict[str, int] = {}
    long = "month" in keys or "amount" in keys
    for index, (key, header) in enumerate(zip(keys, headers, strict=True)):
        letter = column_letter(index)
        if not key or (not long and key in DERIVED):
            continue
        name = key
        if not long and key != "client":
            try:
                name = parse_month(str(header)).isoformat()
            except PlanError:
                problems.append(_unknown(header, letter))
                continue
        elif long and key not in LONG_FIELDS:
            problems.append(_unknown(header, letter))
            continue
        if name in columns:
            message = _("appears twice (also column {letter})").format(
                letter=column_letter(columns[name])
            )
            problems.append(RowProblem(1, str(header).strip(), message, letter))
            continue
        columns[name] = index
    needed = LONG_FIELDS if long else ("client",)
    for name in needed:
        if name not in columns:
            said = _("the file has no {name} column; {layouts}").format(
                name=name, layouts=_(LAYOUTS)
            )
            problems.append(RowProblem(1, name, said))
    if not long and "client" in columns and len(columns) == 1:
        said = _("the file has no month columns; {layouts}").format(layouts=_(LAYOUTS))
        problems.append(RowProblem(1, "", said))
    return ("long" if long else "wide"), columns, problems


def check_plan_sheet(
    headers: Sequence[Cell], rows: Iterable[Sequence[Cell]], clients: ClientDirectory
) -> PlanSheetCheck:
    """Every row read and checked; the rows under the header are rows 2, 3, … as the
    spreadsheet numbers them (blank rows skipped but counted). Cells only when there is no
    problem at all."""
    if not headers or is_blank_row(headers):
        said = _("the first row must hold the column names: {layouts}").format(layouts=_(LAYOUTS))
        problem = RowProblem(1, "", said)
        return PlanSheetCheck("", (), (problem,))
    layout, columns, problems = _columns(headers)
    if problems:
        return PlanSheetCheck(layout, (), tuple(problems))
    read = _long_row if layout == "long" else _wide_row
    cells: list[PlanCell] = []
    seen: dict[tuple[str | None, date], int] = {}
    for offset, row in enumerate(rows):
        number = offset + 2
        if is_blank_row(row):
            continue
        found, row_problems = read(number, row, columns, clients)
        extra = [c for c in row[len(headers) :] if not is_blank_row([c])]
        if extra:
            # "12,50" unquoted in a comma-separated file splits into two cells: never guess
            message = _(
                "{cells} cells but {names} column names: a number with a decimal comma "
                "in a comma-separated file? Quote it or use ';'"
            ).format(cells=len(headers) + len(extra), names=len(headers))
            row_problems.append(RowProblem(number, "", message, column_letter(len(headers))))
        for cell in found if not row_problems else ():
            first = seen.setdefault((cell.client_id, cell.month), number)
            if first != number:
                said = _("{client} for {month} is also in row {row}").format(
                    client=clients.label(cell.client_id), month=month_label(cell.month), row=first
                )
                row_problems.append(RowProblem(number, "client", said))
        problems.extend(row_problems)
        if not row_problems:
            cells.extend(found)
    # all or nothing: a sheet with any problem gives no month to write
    return PlanSheetCheck(layout, () if problems else tuple(cells), tuple(problems))


def _client(
    number: int, row: Sequence[Cell], index: int, clients: ClientDirectory
) -> tuple[str | None, RowProblem | None]:
    try:
        return clients.find(_text(_at(row, index))), None
    except PlanError as exc:
        return None, RowProblem(number, "client", str(exc), column_letter(index))


def _long_row(
    number: int, row: Sequence[Cell], columns: dict[str, int], clients: ClientDirectory
) -> tuple[list[PlanCell], list[RowProblem]]:
    client_id, problem = _client(number, row, columns["client"], clients)
    problems = [problem] if problem else []
    month: date | None = None
    month_cell = _text(_at(row, columns["month"]))
    letter = column_letter(columns["month"])
    try:
        month = parse_month(month_cell) if month_cell else None
    except PlanError as exc:
        problems.append(RowProblem(number, "month", str(exc), letter))
    if not month_cell:
        problems.append(RowProblem(number, "month", _("the month is missing"), letter))
    amount_cell = _at(row, columns["amount"])
    letter = column_letter(columns["amount"])
    amount: Decimal | None = None
    if is_blank_row([amount_cell]):
        message = _("the amount is missing (0 removes the month's plan)")
        problems.append(RowProblem(number, "amount", message, letter))
    else:
        try:
            amount = cell_amount(amount_cell)
        except CellError as exc:
            problems.append(RowProblem(number, "amount", str(exc), letter))
    if problems or month is None:
        return [], problems
    return [PlanCell(number, client_id, month, amount)], []


def _wide_row(
    number: int, row: Sequence[Cell], columns: dict[str, int], clients: ClientDirectory
) -> tuple[list[PlanCell], list[RowProblem]]:
    client_id, problem = _client(number, row, columns["client"], clients)
    problems = [problem] if problem else []
    cells: list[PlanCell] = []
    for label, index in columns.items():
        if label == "client" or is_blank_row([_at(row, index)]):
            continue
        try:
            amount = cell_amount(_at(row, index))
        except CellError as exc:
            problems.append(RowProblem(number, label[:7], str(exc), column_letter(index)))
            continue
        cells.append(PlanCell(number, client_id, date.fromisoformat(label), amount))
    return ([] if problems else cells), problems
