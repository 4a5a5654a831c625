"""Rules for a spreadsheet of products and prices: headers, cells, rows.

Cells arrive exactly as a reader gives them (str from CSV; str, int, float, Decimal or None from
openpyxl). Numbers become exact Decimals without passing through float arithmetic: a float cell
is read through its shortest repr (12.5 -> Decimal('12.5')), so what Excel shows is what we get.
Nothing here knows the database: the known categories and price columns are given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from kamdesk.domain.limits import MAX_TEXT_CHARS
from kamdesk.domain.money import (
    AmountError,
    parse_decimal,
    parse_money,
    percent_hundredths,
    round_money,
    to_minor,
)
from kamdesk.domain.spreadsheet import (
    control_characters,
    is_formula_like,
    removed_note,
    without_controls,
)
from kamdesk.messages import N_, _, figure, ngettext

Cell = str | int | float | Decimal | None

# kamdesk fields in the order a sheet usually has them; description is optional
FIELDS: tuple[str, ...] = (
    "sku",
    "name",
    "category",
    "unit",
    "vat_rate",
    "base_price",
    "description",
)
REQUIRED: tuple[str, ...] = ("sku", "name", "vat_rate", "base_price")
PRICE_PREFIX = "price:"
DEFAULT_UNIT = "pcs"
MAX_LENGTH = {"sku": 60, "name": 300, "unit": 20, "category": 200}
# Far above any price list, far below what integer minor units can hold.
MAX_AMOUNT = Decimal(10) ** 12
_HUNDRED = Decimal(100)


# the field as a problem names it: the import dialog's label for it
FIELD_LABELS: dict[str, str] = {
    "sku": N_("SKU"),
    "name": N_("Name"),
    "category": N_("Category"),
    "unit": N_("Unit"),
    "vat_rate": N_("VAT rate, %"),
    "base_price": N_("Base price"),
    "description": N_("Description"),
}


def field_label(name: str) -> str:
    """The field's name as the user knows it ("VAT rate, %"), in the user's language."""
    return _(FIELD_LABELS[name]) if name in FIELD_LABELS else name


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in the sheet. row_number is what the user sees (the header is row 1);
    column is the kamdesk field ("base_price") or price column ("price:VIP"); letter is the
    sheet's column letter when known."""

    row_number: int
    column: str
    message: str
    letter: str = ""

    @property
    def is_file_level(self) -> bool:
        return self.row_number <= 1

    def line(self) -> str:
        return _("row {row}, {column}: {message}").format(
            row=self.row_number, column=self.column, message=self.message
        )


@dataclass(frozen=True)
class ProductRow:
    """One valid product line of the sheet.

    prices: price column name -> explicit price, or None for an empty cell (no explicit price:
    the column's percentage applies). Only the columns the sheet has are present.
    description is None when the sheet has no description column (left as it is).
    """

    row_number: int
    sku: str
    name: str
    category: str | None
    unit: str
    vat_rate: Decimal
    base_price: Decimal
    prices: dict[str, Decimal | None] = field(default_factory=dict)
    description: str | None = None


@dataclass(frozen=True)
class SheetMapping:
    """Which column of the file (0-based index) holds each kamdesk field and price column.

    unknown: headers the default mapping did not recognise; reported as problems (a typo in a
    header must not silently drop a column).
    """

    fields: Mapping[str, int]
    prices: Mapping[str, int] = field(default_factory=dict)
    unknown: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class SheetCheck:
    rows: tuple[ProductRow, ...]
    problems: tuple[RowProblem, ...]
    fields: frozenset[str]
    price_columns: tuple[str, ...]
    new_categories: tuple[str, ...] = ()  # named in the file, not in kamdesk: to create


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how the spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_key(header: Cell) -> str:
    """A header as compared: surrounding spaces ignored, case-insensitive."""
    return "" if header is None else str(header).strip().casefold()


def default_mapping(headers: Sequence[Cell]) -> SheetMapping:
    """The documented headers: sku, name, category, unit, vat_rate, base_price, description
    and one `price:<column name>` per price column (case-insensitive, spaces ignored)."""
    fields: dict[str, int] = {}
    prices: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in FIELDS and key not in fields:
            fields[key] = index
        elif key.startswith(PRICE_PREFIX) and str(header).strip()[len(PRICE_PREFIX) :].strip():
            name = str(header).strip()[len(PRICE_PREFIX) :].strip()
            prices.setdefault(name, index)
            if prices[name] != index:
                unknown.append((index, str(header).strip()))
        else:
            unknown.append((index, str(header).strip()))
    return SheetMapping(fields=fields, prices=prices, unknown=tuple(unknown))


# --- cells ------------------------------------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read as the field wants it."""


def _text(cell: Cell) -> str:
    """A cell as text: whole numbers without '.0' (an SKU typed as 10023 comes back a float)."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if cell.is_integer():
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, Decimal):
        if cell.is_finite() and cell == cell.to_integral_value():
            return str(int(cell))
        return format(cell, "f")
    return str(cell).strip()


def cell_decimal(cell: Cell) -> Decimal | None:
    """A number cell as an exact Decimal, None if empty. Floats go through repr, never math."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise CellError(_("not a number: {text!r}").format(text=_text(cell)))
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        try:
            value = Decimal(repr(cell))
        except InvalidOperation:  # pragma: no cover - repr of a float is always readable
            raise CellError(_("not a number: {text!r}").format(text=cell)) from None
        if not value.is_finite():
            raise CellError(_("not a finite number: {text!r}").format(text=str(cell)))
        return value
    if isinstance(cell, Decimal):
        if not cell.is_finite():
            raise CellError(_("not a finite number: {text!r}").format(text=str(cell)))
        return cell
    text = str(cell)
    if not text.strip():
        return None
    try:
        return parse_decimal(text)
    except AmountError as exc:
        raise CellError(str(exc)) from None


def cell_money(cell: Cell) -> Decimal | None:
    """A price: more than 0 (as the catalogue requires), whole cents, below MAX_AMOUNT; None
    if the cell is empty."""
    if isinstance(cell, str) and cell.strip():
        try:
            value: Decimal | None = parse_money(cell)
        except AmountError as exc:
            if str(exc) == "must not be negative":
                raise CellError(
                    _("must be more than 0: {text!r}").format(text=cell.strip())
                ) from None
            if str(exc).startswith("more than"):
                raise CellError(
                    _("more than 2 decimals: {text!r}").format(text=cell.strip())
                ) from None
            raise CellError(str(exc)) from None
    else:
        value = cell_decimal(cell)
        if value is None:
            return None
        if value <= 0:
            raise CellError(_("must be more than 0: {text!r}").format(text=_text(cell)))
        if value >= MAX_AMOUNT:
            raise CellError(_("too large for a price: {text!r}").format(text=_text(cell)))
        try:
            to_minor(value)
        except AmountError:
            raise CellError(_("more than 2 decimals: {text!r}").format(text=_text(cell))) from None
        return round_money(value)  # exact here: only sets the scale to cents
    if value is not None and value >= MAX_AMOUNT:
        raise CellError(_("too large for a price: {text!r}").format(text=_text(cell)))
    if value is not None and value == 0:
        raise CellError(_("must be more than 0: {text!r}").format(text=_text(cell)))
    return value


def cell_percent(cell: Cell) -> Decimal | None:
    """A VAT rate from 0 to 100 with at most two decimals ("20", "27.5", "20 %")."""
    if isinstance(cell, str):
        stripped = cell.strip()
        cell = stripped[:-1].strip() if stripped.endswith("%") else stripped
    value = cell_decimal(cell)
    if value is None:
        return None
    if not Decimal(0) <= value <= _HUNDRED:
        raise CellError(_("must be between 0 and 100: {text!r}").format(text=_text(cell)))
    if percent_hundredths(value) is None:
        raise CellError(_("more than 2 decimals: {text!r}").format(text=_text(cell)))
    return value


# --- the sheet --------------------------------------------------------------------------------


def is_blank_row(cells: Sequence[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def clean_cells(
    headers: Sequence[Cell], rows: Sequence[Sequence[Cell]], *, csv: bool = False
) -> tuple[tuple[tuple[Cell, ...], ...], tuple[str, ...]]:
    """The rows with control characters (NUL, ESC...) removed from their text, and a note that
    says where they were (row as the user sees it, the header row being 1, and column). From a
    CSV, text kamdesk (or Excel) wrote inert ("'=SUM...") reads back as it was typed."""
    places: list[str] = []
    cleaned: list[tuple[Cell, ...]] = []
    for number, row in enumerate(rows, start=2):
        out: list[Cell] = []
        for index, cell in enumerate(row):
            if isinstance(cell, str):
                found = control_characters(cell)
                if found:
                    cell = without_controls(cell)
                    places.append(
                        _("row {row}, {column} ({characters})").format(
                            row=number,
                            column=_column_name(headers, index),
                            characters=", ".join(found),
                        )
                    )
                if csv and cell.startswith("'") and is_formula_like(cell[1:]):
                    cell = cell[1:]
            out.append(cell)
        cleaned.append(tuple(out))
    return tuple(cleaned), removed_note(places)


def with_notes(summary: str, notes: Sequence[str]) -> str:
    """An import's one-line summary with what reading the file changed after it."""
    return ". ".join([summary, *notes])


def _column_name(headers: Sequence[Cell], index: int) -> str:
    header = _at(headers, index)
    text = "" if header is None else str(header).strip()
    return text or _("column {letter}").format(letter=column_letter(index))


def _mapping_problems(
    headers: Sequence[Cell], mapping: SheetMapping, price_columns: Mapping[str, str]
) -> list[RowProblem]:
    problems: list[RowProblem] = []
    for name in REQUIRED:
        if name not in mapping.fields:
            said = _("the file has no column for “{name}”").format(name=field_label(name))
            problems.append(RowProblem(1, name, said))
    used: dict[int, str] = {}
    for name, index in [*mapping.fields.items(), *mapping.prices.items()]:
        if index < 0 or index >= len(headers):
            problems.append(RowProblem(1, name, _("the chosen column is not in the file")))
        elif index in used:
            problems.append(
                RowProblem(
                    1,
                    name,
                    _("column {letter} is already used for {name}").format(
                        letter=column_letter(index), name=used[index]
                    ),
                    column_letter(index),
                )
            )
        else:
            used[index] = name
    known = ", ".join(sorted(price_columns.values(), key=str.casefold)) or _("none")
    seen: dict[str, str] = {}
    for name, index in mapping.prices.items():
        canonical = price_columns.get(name.strip().casefold())
        label = f"{PRICE_PREFIX}{name}"
        if canonical is None:
            problems.append(
                RowProblem(
                    1,
                    label,
                    _("no price column named {name!r} (the price columns are: {known})").format(
                        name=name, known=known
                    ),
                    column_letter(index),
                )
            )
        elif canonical in seen:
            problems.append(
                RowProblem(
                    1,
                    label,
                    _("price column {name!r} appears twice in the file").format(name=canonical),
                )
            )
        seen.setdefault(canonical or name, label)
    for index, header in mapping.unknown:
        key = header_key(header)
        if key in FIELDS or key.startswith(PRICE_PREFIX):
            message = _("the column {name!r} appears twice in the file").format(name=header)
        else:
            message = _(
                "unknown column; the columns are sku, name, category, unit, vat_rate, "
                "base_price, description and price:<price column>"
            )
        problems.append(RowProblem(1, header, message, column_letter(index)))
    return problems


def check_sheet(
    headers: Sequence[Cell],
    rows: Iterable[Sequence[Cell]],
    mapping: SheetMapping,
    *,
    categories: Iterable[str],
    price_columns: Iterable[str],
    unit: str = DEFAULT_UNIT,
) -> SheetCheck:
    """Validate every row; a row with any problem yields no ProductRow.

    rows are the data rows under the header (row 2 of the sheet first); blank rows are skipped
    but still counted, so row numbers are those the spreadsheet shows. `unit` is a product's
    when the sheet gives none.
    """
    category_names: dict[str, str] = {}
    for name in sorted(categories):
        category_names.setdefault(name.strip().casefold(), name)
    column_names: dict[str, str] = {}
    for name in sorted(price_columns):
        column_names.setdefault(name.strip().casefold(), name)
    problems = _mapping_problems(headers, mapping, column_names)
    fields = {k: v for k, v in mapping.fields.items() if 0 <= v < len(headers)}
    prices = {
        column_names[name.strip().casefold()]: index
        for name, index in mapping.prices.items()
        if name.strip().casefold() in column_names and 0 <= index < len(headers)
    }
    if not headers or is_blank_row(headers):
        problems = [RowProblem(1, "", _("the first row must hold the column names"))]
    good: list[ProductRow] = []
    sku_rows: dict[str, list[tuple[int, str]]] = {}
    sku_column = column_letter(fields["sku"]) if "sku" in fields else ""
    for offset, cells in enumerate(rows):
        row_number = offset + 2
        if is_blank_row(cells):
            continue
        row, row_problems = _check_row(row_number, cells, fields, prices, category_names, unit)
        extra = [c for c in cells[len(headers) :] if not is_blank_row([c])]
        if headers and extra:
            # "12,50" unquoted in a comma-separated file splits into two cells: never guess
            row_problems.append(
                RowProblem(
                    row_number,
                    "",
                    _(
                        "{cells} cells but {names} column names: a number with a decimal comma "
                        "in a comma-separated file? Quote it or use ';'"
                    ).format(cells=len(headers) + len(extra), names=len(headers)),
                    column_letter(len(headers)),
                )
            )
            row = None
        problems.extend(row_problems)
        if row is not None:
            good.append(row)
        sku = _text(_at(cells, fields["sku"])) if "sku" in fields else ""
        if sku:
            sku_rows.setdefault(sku.casefold(), []).append((row_number, sku))
    duplicates = _duplicate_skus(sku_rows, sku_column, problems)
    problems.sort(key=lambda p: (p.row_number, _column_order(p.column)))
    kept, new_categories = _new_categories(
        [r for r in good if r.row_number not in duplicates], category_names
    )
    return SheetCheck(
        rows=kept,
        problems=tuple(problems),
        fields=frozenset(fields),
        price_columns=tuple(prices),
        new_categories=new_categories,
    )


def _new_categories(
    rows: list[ProductRow], known: Mapping[str, str]
) -> tuple[tuple[ProductRow, ...], tuple[str, ...]]:
    """The categories the rows name that kamdesk does not have, each once as first written
    ("крепёж" on a later row is the "Крепёж" of an earlier one), and the rows naming them so."""
    fresh: dict[str, str] = {}
    out: list[ProductRow] = []
    for row in rows:
        if row.category is not None and row.category.casefold() not in known:
            name = fresh.setdefault(row.category.casefold(), row.category)
            row = replace(row, category=name) if name != row.category else row
        out.append(row)
    return tuple(out), tuple(fresh.values())


def _duplicate_skus(
    sku_rows: Mapping[str, list[tuple[int, str]]], sku_column: str, problems: list[RowProblem]
) -> set[int]:
    """The rows whose SKU another row has too; a problem added for each."""
    duplicates: set[int] = set()
    for same in sku_rows.values():
        if len(same) < 2:
            continue
        for number, sku in same:
            duplicates.add(number)
            problems.append(
                RowProblem(
                    number,
                    "sku",
                    _("duplicate SKU {sku!r}: also in {rows}").format(
                        sku=sku, rows=_other_rows(same, number)
                    ),
                    sku_column,
                )
            )
    return duplicates


_NAMED_ROWS = 5  # a duplicate names this many other rows, then says how many more


def _other_rows(same: Sequence[tuple[int, str]], number: int) -> str:
    """ "row 7" / "rows 3, 4, 5, 6, 8 and 19 994 more": linear in the rows named, so 20 000 rows
    of one SKU make a report of 20 000 short lines, not 20 000 lines of 20 000 numbers."""
    named = [str(n) for n, _sku in same[: _NAMED_ROWS + 1] if n != number][:_NAMED_ROWS]
    more = len(same) - 1 - len(named)
    rows = ", ".join(named)
    if not more:
        return ngettext("row {rows}", "rows {rows}", len(named)).format(rows=rows)
    return ngettext("rows {rows} and {n} more", "rows {rows} and {n} more", more).format(
        rows=rows, n=figure(more, 0)
    )


def _column_order(column: str) -> int:
    return FIELDS.index(column) if column in FIELDS else len(FIELDS)


def _at(cells: Sequence[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None


def _check_row(
    row_number: int,
    cells: Sequence[Cell],
    fields: Mapping[str, int],
    prices: Mapping[str, int],
    categories: Mapping[str, str],
    default_unit: str = DEFAULT_UNIT,
) -> tuple[ProductRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def bad(name: str, message: str) -> None:
        index = fields.get(name, prices.get(name.removeprefix(PRICE_PREFIX), -1))
        letter = column_letter(index) if index >= 0 else ""
        problems.append(RowProblem(row_number, name, message, letter))

    def text(name: str) -> str:
        value = _text(_at(cells, fields[name])) if name in fields else ""
        limit = MAX_LENGTH.get(name, MAX_TEXT_CHARS)  # a description is multi-line text
        if len(value) > limit:
            said = ngettext("longer than {n} character", "longer than {n} characters", limit)
            bad(name, said.format(n=figure(limit, 0)))
        return value

    def number(name: str, read: Callable[[Cell], Decimal | None]) -> Decimal | None:
        if name not in fields:
            return None
        try:
            return read(_at(cells, fields[name]))
        except CellError as exc:
            bad(name, str(exc))
            return None

    sku, name, unit = text("sku"), text("name"), text("unit") or default_unit
    category_text = text("category")
    description = text("description") if "description" in fields else None
    vat_rate = number("vat_rate", cell_percent)
    base_price = number("base_price", cell_money)
    for required, value in (("sku", sku), ("name", name)):
        if required in fields and not value:
            bad(required, _("required"))
    for required, amount in (("vat_rate", vat_rate), ("base_price", base_price)):
        if (
            required in fields
            and amount is None
            and not any(p.column == required for p in problems)
        ):
            bad(required, _("required"))
    # a category kamdesk does not have yet is created by the import (check_sheet names them)
    category = categories.get(category_text.casefold(), category_text) if category_text else None
    explicit: dict[str, Decimal | None] = {}
    for column, index in prices.items():
        try:
            explicit[column] = cell_money(_at(cells, index))
        except CellError as exc:
            bad(f"{PRICE_PREFIX}{column}", str(exc))
    if problems or vat_rate is None or base_price is None:
        return None, problems
    return (
        ProductRow(
            row_number=row_number,
            sku=sku,
            name=name,
            category=category,
            unit=unit,
            vat_rate=vat_rate,
            base_price=base_price,
            prices=explicit,
            description=description,
        ),
        problems,
    )
