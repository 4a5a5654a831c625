"""Text bound for a spreadsheet, and text coming from one or typed into a form.

A spreadsheet takes text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return for a
formula (OWASP's CSV-injection rule). Client names and bank purposes come from imported files,
so every writer of a CSV or XLSX file (reports, price list, plans, the CLI's --csv) writes such
text inert: with a leading apostrophe in CSV, as a string cell in XLSX. Numbers stay numbers,
negative amounts included: only text columns are touched.

Control characters (NUL, ESC, the other C0 controls and DEL) crash the XLSX writer and cut PDF
text: an import removes them and says where; a form refuses them. Tab and newline stay (CR
too, as part of a line break) in multi-line text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from kamdesk.messages import ngettext

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would take this text for a formula."""
    return text.startswith(FORMULA_STARTS)


def inert(text: str) -> str:
    """Text a spreadsheet shows as it is (CSV): a would-be formula gets a leading apostrophe."""
    return "'" + text if is_formula_like(text) else text


def inert_row(row: Mapping[str, object], numbers: Collection[str]) -> dict[str, object]:
    """A CSV row with every text cell made inert except in the `numbers` columns (amounts
    written as "-12.50" stay numbers). Cells that are not text (ints, floats) are as given."""
    return {
        key: inert(value) if isinstance(value, str) and key not in numbers else value
        for key, value in row.items()
    }


def as_text(cell: Any) -> None:
    """An XLSX cell (openpyxl's) that holds text stays text: a would-be formula is marked a
    string cell, which Excel shows as typed and never runs."""
    if isinstance(cell.value, str) and is_formula_like(cell.value):
        cell.data_type = "s"


# C0 controls and DEL; tab, line feed and carriage return are line layout, not controls here
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAMES = {0: "NUL", 0x1B: "ESC", 0x7F: "DEL"}


def control_characters(text: str) -> list[str]:
    """The control characters in text, by name ("NUL", "ESC", "U+0007"), each once, in order
    (tab and line breaks are not among them)."""
    found: list[str] = []
    for match in _CONTROLS.finditer(text):
        code = ord(match.group())
        name = _NAMES.get(code, f"U+{code:04X}")
        if name not in found:
            found.append(name)
    return found


def control_problem(label: str, text: str) -> str:
    """What a form says of a field holding control characters; "" when it holds none."""
    found = control_characters(text)
    if not found:
        return ""
    names = ", ".join(found)
    return ngettext(
        "{label}: remove the control character ({names}).",
        "{label}: remove the control characters ({names}).",
        len(found),
    ).format(label=label, names=names)


def without_controls(text: str) -> str:
    """Text with its control characters removed (tab and line breaks kept)."""
    return _CONTROLS.sub("", text)


_NOTED_PLACES = 10  # a note names this many places, then says how many more


def removed_note(places: list[str]) -> tuple[str, ...]:
    """The note an import gives when it removed control characters: where ("row 3, name
    (ESC)"); none when there were none."""
    if not places:
        return ()
    more = len(places) - _NOTED_PLACES
    where = "; ".join(places[:_NOTED_PLACES]) + (f" and {more} more" if more > 0 else "")
    return (f"Control characters removed: {where}",)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A whole text file without its control characters, and the note naming its lines."""
    places = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = control_characters(line)
        if found:
            places.append(f"line {number} ({', '.join(found)})")
    return (without_controls(text) if places else text), removed_note(places)
