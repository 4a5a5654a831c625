"""The handover's rules (kamdesk.domain.handover): who may take a client and the KAMs after."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.client import MAX_KAMS
from kamdesk.domain.handover import HandoverRefused, Move, Seat, hand_over, staying

ANNA, BORIS, CARL, ELENA = "anna", "boris", "carl", "elena"


def _seats(*ids: str) -> list[Seat]:
    return [Seat(k, n) for n, k in enumerate(ids, start=1)]


def test_a_new_lead_takes_position_one_and_the_lead_leaves() -> None:
    move = hand_over(_seats(ANNA, BORIS), ELENA)
    assert move == Move((ELENA, BORIS), (ANNA,))
    assert move.positions() == {ELENA: 1, BORIS: 2}


def test_a_co_kam_made_lead_leaves_their_own_place_and_the_others_keep_order() -> None:
    move = hand_over(_seats(ANNA, BORIS, CARL), CARL)
    assert move == Move((CARL, BORIS), (ANNA,))


def test_a_co_kam_joins_after_the_others_and_nobody_leaves() -> None:
    assert hand_over(_seats(ANNA), ELENA, co=True) == Move((ANNA, ELENA), ())


def test_a_client_without_kams_gets_its_lead() -> None:
    assert hand_over([], ELENA) == Move((ELENA,), ())
    assert hand_over([], ELENA, co=True) == Move((ELENA,), ())


def test_the_same_kam_is_refused_by_name() -> None:
    with pytest.raises(HandoverRefused, match="Elena Morozova is already the client's lead"):
        hand_over(_seats(ELENA, ANNA), ELENA, who="Elena Morozova")
    with pytest.raises(HandoverRefused, match="already one of the client's KAMs"):
        hand_over(_seats(ELENA, ANNA), ANNA, co=True)


def test_a_fourth_kam_is_refused() -> None:
    with pytest.raises(HandoverRefused, match=f"already has {MAX_KAMS} KAMs"):
        hand_over(_seats(ANNA, BORIS, CARL), ELENA, co=True)


def test_leaving_kams_do_not_count_and_may_be_handed_the_client_back() -> None:
    seats = [Seat(ELENA, 1), Seat(ANNA, 1, leaving=True), Seat(BORIS, 2), Seat(CARL, 3)]
    assert [s.kam_id for s in staying(seats)] == [ELENA, BORIS, CARL]
    assert hand_over(seats, ANNA) == Move((ANNA, BORIS, CARL), (ELENA,))
    with pytest.raises(HandoverRefused):  # three stay: no room for Anna as a fourth
        hand_over(seats, ANNA, co=True)


kams = st.lists(st.sampled_from("abcdefg"), min_size=0, max_size=MAX_KAMS, unique=True)


@given(kams, st.sampled_from("abcdefg"), st.booleans())
def test_after_any_allowed_move_one_to_three_stay_the_new_one_among_them(
    current: list[str], to_kam: str, co: bool
) -> None:
    try:
        move = hand_over(_seats(*current), to_kam, co=co)
    except HandoverRefused:
        assert to_kam in current or (co and len(current) == MAX_KAMS)
        return
    assert 1 <= len(move.staying) <= MAX_KAMS
    assert len(set(move.staying)) == len(move.staying)
    assert (move.staying[0] == to_kam) or (co and move.staying[-1] == to_kam)
    assert not set(move.leaving) & set(move.staying)
    assert set(move.staying) | set(move.leaving) == set(current) | {to_kam}
    assert len(move.leaving) == (0 if co or not current else 1)
