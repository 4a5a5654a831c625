"""The org chart layout: a tidy tree from reports-to, defensive about data that is no tree."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kamdesk.domain.orgchart import Position, layout

People = Sequence[tuple[str, str | None]]


def check_tree_rules(people: People, pos: dict[str, Position]) -> None:
    """The rules every layout keeps: one card per place, reports one level below their boss."""
    assert set(pos) == {p for p, _ in people}
    assert len(set(pos.values())) == len(pos)
    for person, boss in people:
        if boss in pos and boss != person and pos[person][1] != 0:
            assert pos[person][1] == pos[boss][1] + 1
    by_level: dict[int, list[float]] = {}
    for column, level in pos.values():
        by_level.setdefault(level, []).append(column)
    for columns in by_level.values():
        columns.sort()
        assert all(b - a >= 1 for a, b in pairwise(columns))


def test_a_single_person_sits_top_left() -> None:
    assert layout([("anna", None)]) == {"anna": (0, 0)}


def test_nobody_gives_an_empty_chart() -> None:
    assert layout([]) == {}


def test_a_chain_goes_straight_down() -> None:
    people = [("ceo", None), ("cfo", "ceo"), ("controller", "cfo"), ("clerk", "controller")]
    pos = layout(people)
    assert pos == {"ceo": (0, 0), "cfo": (0, 1), "controller": (0, 2), "clerk": (0, 3)}


def test_a_wide_tree_has_no_overlaps_and_centres_each_boss() -> None:
    people: list[tuple[str, str | None]] = [
        ("ceo", None),
        ("sales", "ceo"),
        ("ops", "ceo"),
        ("finance", "ceo"),
        ("buyer1", "ops"),
        ("buyer2", "ops"),
        ("buyer3", "ops"),
        ("warehouse", "ops"),
        ("accountant", "finance"),
        ("rep1", "sales"),
        ("rep2", "sales"),
    ]
    pos = layout(people)
    check_tree_rules(people, pos)
    for boss in ("ceo", "sales", "ops", "finance"):
        columns = [pos[p][0] for p, b in people if b == boss]
        assert pos[boss][0] == (min(columns) + max(columns)) / 2
    # subtrees side by side, in input order: all of sales left of all of ops left of finance
    assert max(pos[p][0] for p in ("sales", "rep1", "rep2")) < min(
        pos[p][0] for p in ("ops", "buyer1", "buyer2", "buyer3", "warehouse")
    )
    assert max(pos[p][0] for p in ("ops", "buyer1", "warehouse")) < pos["accountant"][0]
    # the leaves take consecutive columns
    leaves = sorted(pos[p][0] for p in ("rep1", "rep2", "buyer1", "buyer2", "buyer3"))
    assert leaves == [leaves[0] + i for i in range(5)]


def test_layout_follows_the_input_order() -> None:
    people: list[tuple[str, str | None]] = [("boss", None), ("b", "boss"), ("a", "boss")]
    pos = layout(people)
    assert pos["b"][0] < pos["a"][0]
    assert layout(list(reversed(people)))["a"][0] < layout(list(reversed(people)))["b"][0]
    assert layout(people) == pos  # deterministic


def test_several_roots_stand_side_by_side() -> None:
    people: list[tuple[str, str | None]] = [
        ("ceo", None),
        ("cfo", "ceo"),
        ("coo", "ceo"),
        ("consultant", None),
        ("owner", None),
        ("assistant", "owner"),
    ]
    pos = layout(people)
    check_tree_rules(people, pos)
    assert [pos[p][1] for p in ("ceo", "consultant", "owner")] == [0, 0, 0]
    assert pos["ceo"][0] < pos["consultant"][0] < pos["owner"][0]
    assert pos["assistant"] == (pos["owner"][0], 1)


def test_a_boss_missing_from_the_set_makes_a_root() -> None:
    people: list[tuple[str, str | None]] = [("head", "deleted-boss"), ("deputy", "head")]
    pos = layout(people)
    assert pos["head"][1] == 0
    assert pos["deputy"] == (pos["head"][0], 1)


def test_someone_reporting_to_themselves_is_a_root() -> None:
    assert layout([("anna", "anna")]) == {"anna": (0, 0)}


def test_a_loop_of_bosses_is_cut_and_does_not_hang() -> None:
    people: list[tuple[str, str | None]] = [
        ("c", "a"),  # hangs under the loop
        ("a", "b"),
        ("b", "a"),
        ("x", "z"),  # a loop of three
        ("y", "x"),
        ("z", "y"),
    ]
    pos = layout(people)
    check_tree_rules(people, pos)
    # each loop is cut at its first member in input order, who becomes a root
    assert pos["a"][1] == 0 and pos["b"][1] == 1
    assert pos["c"][1] == 1  # a report of a, below a
    assert pos["x"][1] == 0 and pos["y"][1] == 1 and pos["z"][1] == 2


def test_a_repeated_id_keeps_its_first_line() -> None:
    pos = layout([("boss", None), ("anna", "boss"), ("anna", None)])
    assert pos == {"boss": (0, 0), "anna": (0, 1)}


def test_a_very_long_chain_does_not_exhaust_the_stack() -> None:
    people: list[tuple[str, str | None]] = [("p0", None)]
    people += [(f"p{i}", f"p{i - 1}") for i in range(1, 5000)]
    pos = layout(people)
    assert pos["p4999"] == (0, 4999)
