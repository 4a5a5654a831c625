"""A list form's rows merged by id (domain/edit_rows.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.edit_rows import merge_rows, rows_with_choices
from kamdesk.domain.edits import StaleEdit

BASE = {"a": {"text": "one", "note": ""}, "b": {"text": "two", "note": ""}}


def test_each_row_keeps_what_the_user_left_and_writes_only_what_differs() -> None:
    mine = {"a": {"text": "one!", "note": ""}, "b": {"text": "two", "note": ""}}
    theirs = {"a": {"text": "one", "note": "seen"}, "b": {"text": "two", "note": "x"}}
    writes, gone = merge_rows(BASE, mine, theirs)
    assert writes == {"a": {"text": "one!"}}  # b untouched here: its new note stays
    assert gone == []


def test_a_clash_is_named_by_field_and_row() -> None:
    theirs = {"a": {"text": "uno", "note": ""}, "b": BASE["b"]}
    with pytest.raises(StaleEdit) as caught:
        merge_rows(BASE, {"a": {"text": "one!", "note": ""}}, theirs)
    [clash] = caught.value.clashes
    assert (clash.field, clash.mine, clash.theirs) == ("text:a", "one!", "uno")
    assert caught.value.theirs == theirs


def test_a_row_deleted_meanwhile_is_reported_only_when_changed_here() -> None:
    mine = {"a": {"text": "one!", "note": ""}, "b": {"text": "two", "note": ""}}
    writes, gone = merge_rows(BASE, mine, {})
    assert (writes, gone) == ({}, ["a"])


def test_choices_land_on_their_rows() -> None:
    chosen = {"text:a": "uno", "text:zz": "ignored"}
    assert rows_with_choices(BASE, chosen)["a"] == {"text": "uno", "note": ""}
    assert rows_with_choices(BASE, chosen)["b"] == BASE["b"]


_rows = st.dictionaries(
    st.sampled_from("abc"),
    st.fixed_dictionaries({"text": st.sampled_from(["", "x", "y"]), "n": st.integers(0, 2)}),
)


@given(_rows, _rows)
def test_rows_untouched_here_write_nothing_and_untouched_there_write_mine(base, mine) -> None:  # type: ignore[no-untyped-def]
    mine = {k: v for k, v in mine.items() if k in base}
    assert merge_rows(base, base, mine) == ({}, [])  # the user left them: what is stored stays
    writes, gone = merge_rows(base, mine, base)  # nobody else changed them
    assert gone == []
    assert writes == {
        k: {f: v for f, v in row.items() if base[k][f] != v}
        for k, row in mine.items()
        if row != base[k]
    }
