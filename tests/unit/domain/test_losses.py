"""Refusals and returns grouped per client, product and reason (domain.orders)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.orders import (
    LOSS_GROUPINGS,
    RETURN_REASONS,
    LossFact,
    LossRow,
    group_losses,
    loss_total,
    top_causes,
)


def shipped(client: str, product: str, value: str) -> LossFact:
    return LossFact("shipped", client, product, "", Decimal(value), events=0)


def refused(client: str, product: str, reason: str, value: str) -> LossFact:
    return LossFact("refused", client, product, reason, Decimal(value))


def returned(client: str, product: str, reason: str, value: str, events: int = 1) -> LossFact:
    return LossFact("returned", client, product, reason, Decimal(value), events=events)


FACTS = [
    shipped("c1", "p1", "1000.00"),
    shipped("c1", "p2", "500.00"),
    shipped("c2", "p1", "2000.00"),
    shipped("c3", "p2", "300.00"),
    refused("c1", "p1", "damaged", "40.00"),
    refused("c2", "p1", "damaged", "60.00"),
    returned("c1", "p2", "quality", "25.00"),
    returned("c2", "p1", "surplus", "10.00", events=3),  # three return lines summed
]


def test_grouped_by_client_each_against_its_own_shipments() -> None:
    rows = group_losses(FACTS, "client", {"c1": "Alfa", "c2": "Béta"})
    assert [(r.key, r.label) for r in rows] == [("c2", "Béta"), ("c1", "Alfa")]
    c2, c1 = rows
    assert (c2.shipped_value, c2.refused_value, c2.returned_value) == (
        Decimal("2000.00"),
        Decimal("60.00"),
        Decimal("10.00"),
    )
    assert c2.lost_value == Decimal("70.00") and c2.events == 4
    assert c2.share == Decimal("0.0350")
    assert c1.shipped_value == Decimal("1500.00") and c1.lost_value == Decimal("65.00")
    assert c1.share == Decimal("0.0433")
    # c3 shipped and lost nothing: no row
    assert all(r.key != "c3" for r in rows)


def test_grouped_by_product_and_unnamed_keys_show_the_key() -> None:
    rows = group_losses(FACTS, "product")
    assert [r.key for r in rows] == ["p1", "p2"]
    assert rows[0].label == "p1"
    assert rows[0].shipped_value == Decimal("3000.00")
    assert rows[0].lost_value == Decimal("110.00") and rows[0].events == 5
    assert rows[1].shipped_value == Decimal("800.00")


def test_grouped_by_reason_each_share_is_of_all_shipments() -> None:
    rows = group_losses(FACTS, "reason")
    assert [r.label for r in rows] == ["Damaged", "Quality", "Surplus"]
    assert all(r.shipped_value == Decimal("3800.00") for r in rows)
    assert rows[0].lost_value == Decimal("100.00")
    assert rows[0].share == (Decimal(100) / Decimal(3800)).quantize(Decimal("0.0001"))


def test_nothing_shipped_gives_no_share_and_no_division() -> None:
    rows = group_losses([returned("c1", "p1", "other", "12.00")], "client")
    assert rows[0].shipped_value == 0 and rows[0].share is None
    assert group_losses([], "reason") == []
    assert group_losses([shipped("c1", "p1", "10.00")], "client") == []


def test_a_refusal_without_a_reason_counts_as_other() -> None:
    rows = group_losses([refused("c1", "p1", "", "5.00")], "reason")
    assert [(r.key, r.label) for r in rows] == [("other", "Other")]


def test_ties_are_ordered_by_label() -> None:
    facts = [refused("b", "p", "damaged", "5.00"), refused("a", "p", "damaged", "5.00")]
    rows = group_losses(facts, "client", {"a": "Zeta", "b": "Alfa"})
    assert [r.label for r in rows] == ["Alfa", "Zeta"]


def test_unknown_grouping_or_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="group by"):
        group_losses(FACTS, "city")
    with pytest.raises(ValueError, match="kind"):
        group_losses([LossFact("lost", "c", "p", "damaged", Decimal(1))], "client")


def test_totals_and_top_causes() -> None:
    by_reason = group_losses(FACTS, "reason")
    total = loss_total(by_reason, Decimal("3800.00"))
    assert total.refused_value == Decimal("100.00")
    assert total.returned_value == Decimal("35.00")
    assert total.events == 6
    assert total.share == Decimal("0.0355")
    causes = top_causes(by_reason)
    assert [c.reason for c in causes] == ["damaged", "quality", "surplus"]
    assert causes[0].label == "Damaged" and causes[0].events == 2
    assert causes[0].share_of_losses == Decimal("0.7407")  # 100 of 135
    assert causes[2].events == 3
    assert top_causes([]) == []
    assert top_causes([LossRow("other", "Other", Decimal(0), Decimal(0), Decimal(0), 1)]) == []


money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)
facts_strategy = st.lists(
    st.builds(
        LossFact,
        kind=st.sampled_from(["shipped", "refused", "returned"]),
        client_id=st.sampled_from(["c1", "c2", "c3"]),
        product_id=st.sampled_from(["p1", "p2"]),
        reason=st.sampled_from(RETURN_REASONS),
        value=money,
        events=st.integers(min_value=1, max_value=4),
    ),
    max_size=40,
)


@given(facts_strategy)
def test_every_grouping_adds_up_to_the_same_losses(facts: list[LossFact]) -> None:
    losses = [f for f in facts if f.kind != "shipped"]
    all_shipped = sum((f.value for f in facts if f.kind == "shipped"), Decimal(0))
    for by in LOSS_GROUPINGS:
        rows = group_losses(facts, by)
        assert sum((r.refused_value for r in rows), Decimal(0)) == sum(
            (f.value for f in losses if f.kind == "refused"), Decimal(0)
        )
        assert sum((r.lost_value for r in rows), Decimal(0)) == sum(
            (f.value for f in losses), Decimal(0)
        )
        assert sum(r.events for r in rows) == sum(f.events for f in losses)
        assert [r.lost_value for r in rows] == sorted((r.lost_value for r in rows), reverse=True)
        if by != "reason":
            assert sum((r.shipped_value for r in rows), Decimal(0)) <= all_shipped
    causes = top_causes(group_losses(facts, "reason"))
    if causes:
        assert abs(sum(c.share_of_losses for c in causes) - 1) <= Decimal("0.0001") * len(causes)
