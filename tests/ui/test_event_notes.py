"""Issue 16: the notes an order's steps write themselves read in the interface's language; a
note a user typed stays as typed, and English reads as it was stored."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kamdesk.ui.orders.event_notes import event_note
from tests.ui.walker import in_language

STORED = [
    ("invoiced", "Invoice INV-2026-000273"),
    ("refused", "Line 5: 43 refused (damaged)"),
    ("refused", "Line 1: 2 refused (surplus). Pallet crushed"),
    ("shipped", "line 1: 5, 3 to follow; line 2: 10"),
    ("delivered", "Not shipped, so not delivered: line 1 (3), line 4 (1.5)"),
    ("created", "Revision 2 of SO-2026-0007: the client wants more"),
]


@pytest.mark.parametrize(("kind", "note"), STORED)
def test_english_reads_as_stored(kind: str, note: str) -> None:
    assert event_note(kind, note) == note


def test_russian_words_each_kind_of_note(qapp: QApplication) -> None:
    with in_language(qapp, "ru"):
        worded = [event_note(kind, note) for kind, note in STORED]
    assert worded == [
        "Счёт INV-2026-000273",
        "Строка 5: отказ от 43 (повреждение)",
        "Строка 1: отказ от 2 (излишек). Pallet crushed",
        "строка 1: 5, ещё 3 позже; строка 2: 10",
        "Не отгружено, поэтому не доставлено: строка 1 (3), строка 4 (1.5)",
        "Редакция 2 заказа SO-2026-0007: the client wants more",
    ]


@pytest.mark.parametrize(
    ("kind", "note"),
    [("invoiced", "Paid in advance, invoice to follow"), ("cancelled", "Invoice X"), ("", "")],
)
def test_a_note_of_another_shape_stays_as_typed(qapp: QApplication, kind: str, note: str) -> None:
    with in_language(qapp, "hu"):
        assert event_note(kind, note) == note
