import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.clock import Dot, Hlc, VersionVector

HOUR = 3_600_000
walls = st.integers(min_value=0, max_value=2_000_000_000_000)
vectors = st.dictionaries(st.sampled_from("abc"), st.integers(0, 5)).map(VersionVector.of)


def test_a_tick_follows_the_wall_clock_when_it_moves_on() -> None:
    clock = Hlc(1000, 4, "a")
    assert clock.tick(2000) == Hlc(2000, 0, "a")


def test_a_tick_never_runs_back_when_the_wall_clock_does() -> None:
    clock = Hlc(5 * HOUR, 2, "a")
    later = clock.tick(1 * HOUR)  # the laptop's clock was set back four hours
    assert later > clock
    assert later == Hlc(5 * HOUR, 3, "a")


def test_a_slow_laptop_stamps_after_what_it_received() -> None:
    fast = Hlc(10 * HOUR, 0, "fast").tick(10 * HOUR)
    slow = Hlc(7 * HOUR, 0, "slow").receive(fast, 7 * HOUR)
    assert slow > fast
    assert slow.tick(7 * HOUR + 1) > fast


@given(walls, st.integers(0, 9), walls, st.integers(0, 9), walls)
def test_receive_is_after_both_stamps(w1: int, c1: int, w2: int, c2: int, now: int) -> None:
    mine, theirs = Hlc(w1, c1, "a"), Hlc(w2, c2, "b")
    after = mine.receive(theirs, now)
    assert after > mine
    assert (after.wall_ms, after.counter) > (theirs.wall_ms, theirs.counter)
    assert after.replica == "a"


def test_the_replica_id_breaks_a_tie_of_wall_time_and_counter() -> None:
    assert Hlc(1, 0, "a") < Hlc(1, 0, "b")
    assert sorted([Hlc(1, 0, "b"), Hlc(1, 0, "a"), Hlc(0, 9, "c")])[0] == Hlc(0, 9, "c")


def test_a_stamp_round_trips_through_its_text() -> None:
    stamp = Hlc(1733390000000, 3, "laptop.a")
    assert Hlc.from_text(stamp.to_text()) == stamp


def test_vectors_merge_by_the_highest_counter_of_each_laptop() -> None:
    a = VersionVector.of({"a": 3, "b": 1})
    b = VersionVector.of({"b": 2, "c": 1})
    assert a.merge(b) == VersionVector.of({"a": 3, "b": 2, "c": 1})
    assert a.concurrent(b)
    assert a.merge(b).dominates(a)
    assert not a.dominates(a.merge(b))


def test_a_vector_covers_the_events_it_has_seen() -> None:
    v = VersionVector.of({"a": 3})
    assert v.covers(Dot("a", 3))
    assert not v.covers(Dot("a", 4))
    assert not v.covers(Dot("b", 1))
    assert v.next_dot("a") == Dot("a", 4)


@given(vectors, vectors, vectors)
def test_vector_merge_is_a_join(a: VersionVector, b: VersionVector, c: VersionVector) -> None:
    assert a.merge(b) == b.merge(a)
    assert a.merge(b).merge(c) == a.merge(b.merge(c))
    assert a.merge(a) == a
    assert a.merge(b).dominates(a) and a.merge(b).dominates(b)
    assert a.concurrent(b) == (not a.dominates(b) and not b.dominates(a))


@given(vectors)
def test_a_vector_round_trips_through_compact_json(v: VersionVector) -> None:
    text = v.to_json()
    assert " " not in text
    assert VersionVector.from_json(text) == v


@pytest.mark.parametrize("text", ["[1, 2]", '{"a": -1}', '{"a": "3"}', '{"a": true}'])
def test_a_broken_vector_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a version vector"):
        VersionVector.from_json(text)
