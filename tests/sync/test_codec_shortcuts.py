"""The codec's shortcuts for speed say what the long way says."""

from __future__ import annotations

from kamdesk.domain import merge
from kamdesk.domain.clock import Dot, Hlc
from kamdesk.sync import codec

BASE = "base-1"
VALUES = {"name": "Acme", "credit": 1250, "note": None, "active": True}


def _long_is_baseline(state: merge.RecordState) -> bool:
    return state == codec.baseline(
        state.entity, state.record_id, state.values(), BASE, deleted=bool(state.tombstones)
    )


def test_encode_baseline_is_encode_of_the_baseline_state() -> None:
    for deleted in (False, True):
        state = codec.baseline("client", "c1", VALUES, BASE, deleted=deleted)
        fast = codec.encode_baseline("c1", VALUES, BASE, deleted=deleted)
        assert fast == codec.encode(state)
        assert list(fast) == list(codec.encode(state))  # the same keys in the same order
    assert codec.encode_baseline("c1", {}, BASE, deleted=False) == codec.encode(
        codec.baseline("client", "c1", {}, BASE, deleted=False)
    )


def test_is_baseline_agrees_with_comparing_to_a_baseline_state() -> None:
    plain = codec.baseline("client", "c1", VALUES, BASE, deleted=False)
    gone = codec.baseline("client", "c1", VALUES, BASE, deleted=True)
    edited = merge.edit(plain, {"name": "Acme 2"}, replica="r", stamp=Hlc(5, 0, "r"))
    kept = merge.keep(gone, replica="r")
    created = merge.create("client", "c1", VALUES, replica="r", stamp=Hlc(5, 0, "r"))
    other_base = codec.baseline("client", "c1", VALUES, "base-2", deleted=False)
    twice = merge.merge_record(
        edited, merge.edit(plain, {"name": "Acme 3"}, replica="s", stamp=Hlc(6, 0, "s"))
    ).record
    decoded = codec.decode("client", codec.encode(plain))
    for state in (plain, gone, edited, kept, created, other_base, twice, decoded):
        assert codec.is_baseline(state, BASE) == _long_is_baseline(state)
    assert codec.is_baseline(decoded, BASE)


def test_winner_of_one_version_and_of_many() -> None:
    one = merge.FieldVersion("a", Hlc(1, 0, "r"), Dot("r", 1))
    two = merge.FieldVersion("b", Hlc(2, 0, "s"), Dot("s", 1))
    assert merge.winner(frozenset({one})) is one
    assert merge.winner(frozenset({one, two})) == two
    assert merge.winner([one, two]) == two


def test_decode_round_trips_and_still_refuses_bad_values() -> None:
    state = codec.baseline("client", "c1", VALUES, BASE, deleted=False)
    assert codec.decode("client", codec.encode(state)) == state
    data = codec.encode(state)
    data["v"] = {**data["v"], "name": 1.5}
    try:
        codec.decode("client", data)
    except codec.StateError:
        pass
    else:
        raise AssertionError("a float value was accepted")
    data["v"] = {**data["v"], "name": "x" * (codec.MAX_TEXT + 1)}
    try:
        codec.decode("client", data)
    except codec.StateError:
        pass
    else:
        raise AssertionError("an overlong value was accepted")
