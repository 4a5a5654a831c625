"""Optimistic concurrency: a form's edit merged onto what is stored now (domain/edits.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.edits import StaleEdit, merge_edit, merge_values, with_choices


@dataclass(frozen=True)
class Card:
    name: str = ""
    price: int = 0
    tags: tuple[str, ...] = ()


def test_only_what_the_user_changed_is_written() -> None:
    base = Card("Film", 18)
    mine = Card("Film 17 µm", 18)  # the user renamed it
    theirs = Card("Film", 99)  # an import changed the price meanwhile
    assert merge_edit(base, mine, theirs) == Card("Film 17 µm", 99)


def test_both_changed_one_field_differently_is_a_clash_with_both_values() -> None:
    with pytest.raises(StaleEdit) as caught:
        merge_edit(Card("Film", 18), Card("Film", 20), Card("Film", 99))
    (clash,) = caught.value.clashes
    assert (clash.field, clash.base, clash.mine, clash.theirs) == ("price", 18, 20, 99)
    assert caught.value.theirs == Card("Film", 99)
    assert "price" in str(caught.value)


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    assert merge_edit(Card(price=1), Card(price=5), Card(price=5)) == Card(price=5)


def test_sets_compare_without_order() -> None:
    base, mine, theirs = Card(tags=("a", "b")), Card(tags=("b", "a")), Card(tags=("c",))
    assert merge_edit(base, mine, theirs, as_sets={"tags"}) == Card(tags=("c",))


def test_mappings_merge_like_records() -> None:
    assert merge_edit({"a": 1, "b": 2}, {"a": 1, "b": 3}, {"a": 7, "b": 2}) == {"a": 7, "b": 3}
    assert with_choices({"a": 1}, {"a": 2}) == {"a": 2}
    assert with_choices(Card(), {"price": 3}) == Card(price=3)


values = st.integers(min_value=0, max_value=3)
rows = st.fixed_dictionaries({"x": values, "y": values, "z": values})


@given(rows, rows, rows)
def test_merge_properties(
    base: dict[str, int], mine: dict[str, int], theirs: dict[str, int]
) -> None:
    merged, clashes = merge_values(base, mine, theirs)
    clashing = {c.field for c in clashes}
    for key in base:
        if mine[key] == base[key]:
            assert merged[key] == theirs[key]  # untouched by the user: never reverted
        else:
            assert merged[key] == mine[key]
        both = mine[key] != base[key] and theirs[key] not in (base[key], mine[key])
        assert (key in clashing) == both
    # nobody else wrote: the user's record as typed, and no clash
    assert merge_values(base, mine, base) == (mine, ())
