"""The spreadsheet text rules: formulas written inert, control characters found and removed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.sheet import clean_cells, with_notes
from kamdesk.domain.spreadsheet import (
    control_characters,
    inert,
    inert_row,
    is_formula_like,
    without_controls,
)


def test_a_would_be_formula_gets_an_apostrophe_and_the_rest_is_as_it_is() -> None:
    for text in ("=1+2", "+7 900", "-minus", "@SUM(A1)", "\tx", "\rx"):
        assert inert(text) == "'" + text
    for text in ("Acme", "", "'=quoted already", "1=1", " =x"):
        assert inert(text) == text


@given(st.text())
def test_inert_text_is_never_a_formula_and_keeps_every_character(text: str) -> None:
    shown = inert(text)
    assert not is_formula_like(shown)
    assert shown.removeprefix("'") == text or shown == text


def test_a_csv_row_keeps_its_figures_negative_ones_included() -> None:
    row = {"name": "-Minus", "balance": "-12.50", "days": 3, "share": -0.5, "id": "=x"}
    assert inert_row(row, {"balance", "days", "share"}) == {
        "name": "'-Minus", "balance": "-12.50", "days": 3, "share": -0.5, "id": "'=x",
    }  # fmt: skip


def test_control_characters_are_named_once_and_layout_is_not_one() -> None:
    assert control_characters("a\x1bb\x00c\x1bd\x07\x7f") == ["ESC", "NUL", "U+0007", "DEL"]
    assert control_characters("two\nlines\r\nand\ttabs") == []
    assert without_controls("a\x1b[31mred\x00\n\tok") == "a[31mred\n\tok"


@given(st.text())
def test_without_controls_leaves_none_and_only_removes(text: str) -> None:
    cleaned = without_controls(text)
    assert control_characters(cleaned) == []
    assert len(cleaned) == len(text) - sum(1 for ch in text if control_characters(ch))


def test_clean_cells_says_where_control_characters_were() -> None:
    headers = ("sku", "name", None)
    rows = [("A-1", "Film\x1b 17", 12.5), ("B-2", "Box", "x\x00"), ("C", "'=SUM(A1)", None)]
    cleaned, notes = clean_cells(headers, rows)
    assert cleaned[0] == ("A-1", "Film 17", 12.5) and cleaned[1][2] == "x"
    assert cleaned[2][1] == "'=SUM(A1)"  # only a CSV's apostrophe is kamdesk's own
    assert notes == ("Control characters removed: row 2, name (ESC); row 3, column C (NUL)",)
    again, _ = clean_cells(headers, rows, csv=True)
    assert again[2][1] == "=SUM(A1)" and again[2][0] == "C"
    assert clean_cells(headers, [("a", "b")]) == ((("a", "b"),), ())
    assert with_notes("1 rate to record", notes).startswith("1 rate to record. Control")


def test_the_note_names_ten_places_then_counts_the_rest() -> None:
    _, notes = clean_cells(("name",), [(f"n{i}\x1b",) for i in range(25)])
    assert notes[0].count("row ") == 10 and notes[0].endswith("and 15 more")
