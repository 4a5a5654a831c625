"""The rules behind order entry, without a window: which product a typed text names, and what
the status line says for a state of the order window."""

from __future__ import annotations

import pytest

from kamdesk.services.prices.price_list import ProductChoice
from kamdesk.ui.orders.order_line_edit import ProductIndex
from kamdesk.ui.orders.order_status import StatusState, Tone, status_text

INDEX = ProductIndex(
    [
        ProductChoice("m1", "MILK-1", "Milk 2.8 %, 1 l", "l", True, "EUR"),
        ProductChoice("m10", "MILK-10", "Milk 3.5 %, 10 l can", "can", True, "EUR"),
        ProductChoice("c2", "CHEESE-2", "Trappista cheese, 2 kg block", "kg", True, "EUR"),
        ProductChoice("s1", "SAJT-1", "Trappista sajt", "kg", True, "HUF"),
        ProductChoice("s2", "SAJT-2", "Trappista sajt", "kg", True, "HUF"),
    ]
)


@pytest.mark.parametrize(
    ("typed", "product", "count"),
    [
        ("MILK-1", "m1", 1),  # an exact SKU, though MILK-10 starts with it
        ("milk-1", "m1", 1),  # case ignored
        ("milk 3.5 %, 10 l can", "m10", 1),  # an exact name
        ("MILK-1 — Milk 2.8 %, 1 l", "m1", 1),  # the label the list shows
        ("chee", "c2", 1),  # the only match
        ("milk", None, 2),  # ambiguous: the list opens
        ("trappista", None, 3),
        ("trappista sajt", None, 2),  # two products of the same name: still a choice
        ("yoghurt", None, 0),  # nothing
        ("", None, 0),
    ],
)
def test_what_a_typed_text_names(typed: str, product: str | None, count: int) -> None:
    found = INDEX.lookup(typed)
    assert (found.choice.id if found.choice else None, found.matched) == (product, count)
    assert found.ambiguous == (count > 1)
    assert INDEX.resolve(typed) == found.choice


@pytest.mark.parametrize(
    ("state", "text", "tone"),
    [
        (StatusState(editable=True), "", Tone.WEAK),  # a new, empty order
        (
            StatusState(editable=True, dirty=True, problems=1),
            "Not saved yet: Ctrl+Enter saves the order.",
            Tone.WEAK,
        ),
        (
            StatusState(editable=True, dirty=True, problems=2, refused=True),
            "Not saved: 2 lines to fix, marked in red.",
            Tone.ERROR,
        ),
        (
            StatusState(editable=True, dirty=True, problems=0, refused=True),
            "Lines fixed, not saved yet: Ctrl+Enter saves the order.",
            Tone.WEAK,
        ),
        (StatusState(editable=True, number="SO-1"), "Order SO-1 saved.", Tone.OK),
        (StatusState(editable=False, number="SO-1"), "", Tone.WEAK),  # read-only: its note
        (
            StatusState(editable=True, dirty=True, note="Choose the client first."),
            "Choose the client first.",
            Tone.ERROR,
        ),
    ],
)
def test_the_status_line_rule(state: StatusState, text: str, tone: Tone) -> None:
    assert status_text(state) == (text, tone)
