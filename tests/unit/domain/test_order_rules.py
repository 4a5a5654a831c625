"""An order's rules: lines, steps of its life, fulfilment quantities."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.money import line_amounts
from kamdesk.domain.orders import (
    ACTIONS,
    ORDER_STATUSES,
    LineFulfilment,
    LineInput,
    OrderRuleError,
    approval_problem,
    line_problem,
    order_totals,
    refusal_problem,
    require,
    return_problem,
    shipment_problem,
)

D = Decimal


def test_every_action_starts_from_known_statuses() -> None:
    assert all(set(starts) <= set(ORDER_STATUSES) for starts in ACTIONS.values())


def test_steps_out_of_order_are_refused_with_a_reason() -> None:
    require("confirm", "draft")
    with pytest.raises(OrderRuleError, match="Make a new revision, or cancel it"):
        require("edit", "confirmed", "SO-1")
    with pytest.raises(OrderRuleError, match="goods have left"):
        require("cancel", "shipped")
    with pytest.raises(OrderRuleError, match="cannot be invoiced"):
        require("invoice", "shipped")


@pytest.mark.parametrize(
    ("qty", "price", "disc", "ok"),
    [
        ("1", "1", "0", True),
        ("0", "1", "0", False),
        ("1", "0", "0", False),
        ("1", "1", "100.01", False),
    ],
)
def test_line_values(qty: str, price: str, disc: str, ok: bool) -> None:
    line = LineInput("p", D(qty), D(price), D(disc), D(20))
    assert (line_problem(line) is None) == ok


def test_approval_is_needed_only_above_the_allowed_discount() -> None:
    assert approval_problem(D(5), D(5), "", "") is None
    assert approval_problem(D("5.01"), D(5), "", "") is not None
    assert approval_problem(D(9), D(5), "Anna", "") is not None
    assert approval_problem(D(9), D(5), "Anna", "launch") is None


def test_fulfilment_quantities() -> None:
    line = LineFulfilment(
        D(10), shipped=D(8), refused=D(1), returned=D(2), returned_before_invoice=D(2)
    )
    assert (line.to_ship, line.delivered, line.returnable, line.invoiceable) == (2, 7, 5, 5)
    assert shipment_problem(line, D(3)) == "Only 2 are left to ship on this line."
    assert (
        refusal_problem(line, D(1), "nonsense") == "Choose the reason the client refused the goods."
    )
    assert return_problem(line, D(6), "quality") is not None
    assert return_problem(line, D(5), "quality") is None


lines = st.lists(
    st.builds(
        LineInput,
        st.just("p"),
        st.decimals(min_value=D("0.001"), max_value=D(10**6), places=3),
        st.decimals(min_value=D("0.01"), max_value=D(10**6), places=2),
        st.decimals(min_value=D(0), max_value=D(100), places=2),
        st.sampled_from([D(0), D(5), D(18), D(20), D(27), D("5.5")]),
    ),
    max_size=30,
)


@given(lines)
def test_order_total_is_the_sum_of_line_totals_with_vat_rounded_per_line(
    items: list[LineInput],
) -> None:
    totals = order_totals(items)
    each = [line_amounts(i.quantity, i.unit_price, i.discount_percent, i.vat_rate) for i in items]
    assert totals.net == sum((a.net for a in each), D("0.00"))
    assert totals.vat == sum((a.vat for a in each), D("0.00"))
    assert totals.gross == totals.net + totals.vat == sum((a.gross for a in each), D("0.00"))
    for a in each:  # each line's VAT is its own rounded amount, to the cent
        assert a.vat == a.vat.quantize(D("0.01")) and a.net == a.net.quantize(D("0.01"))
