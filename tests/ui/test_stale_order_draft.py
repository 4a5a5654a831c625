"""Issue 15, case 1, in the order window: a draft saved after another window (or a sync)
changed the order keeps that change; a line both changed, or changed here and deleted there,
is shown with both versions and the choice is saved."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from kamdesk.db import Database
from kamdesk.services.sales.orders import DraftLine, OrderDraft, draft_of, get_order, save_draft
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.factories import add_catalogue, add_client
from tests.ui.typing import type_text

TODAY = date(2026, 11, 24)
D = Decimal


@pytest.fixture
def order(db: Database) -> str:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        client = add_client(s, "Szőnyi Élelmiszer Zrt.", max_discount_percent=D(5))
        lines = (
            DraftLine(ids["MILK-1"], D(5), D("1.25")),
            DraftLine(ids["SUGAR-1"], D(10), D("1.05")),
        )
        return save_draft(s, OrderDraft(client.id, TODAY, lines))


@pytest.fixture(autouse=True)
def no_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box here is a failure (nobody would answer it)."""

    def fail(_parent, title: str, text: str, *a) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(QMessageBox, "critical", fail)
    # closing a window with lines not saved asks first: the test's answer is yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


@pytest.fixture
def window(qtbot, db: Database, order: str) -> OrderWindow:  # type: ignore[no-untyped-def]
    w = OrderWindow(db, ChangeHub(), order, today=TODAY)
    qtbot.addWidget(w)
    return w


def elsewhere(db: Database, order: str, **quantities: str) -> None:
    """Another window saves the order with these line quantities (line1, line2; 'gone':
    the line deleted)."""
    with db.unit_of_work() as s:
        was = draft_of(get_order(s, order))
        lines = [
            dataclasses.replace(line, quantity=D(quantities.get(f"line{n}", line.quantity)))
            for n, line in enumerate(was.lines, 1)
            if quantities.get(f"line{n}") != "gone"
        ]
        save_draft(s, dataclasses.replace(was, lines=tuple(lines)), order_id=order)


def quantities(db: Database, order: str) -> list[Decimal]:
    with db.reading() as s:
        return [line.quantity for line in get_order(s, order).lines]


def answer_with(monkeypatch: pytest.MonkeyPatch, keep: str) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        for clash in conflict.stale.clashes:
            mine, theirs = conflict.groups[clash.field]
            seen.append((clash.field.partition(":")[0], mine.text(), theirs.text()))
            (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return seen


def test_a_line_changed_elsewhere_is_kept_when_the_window_saves_its_own_changes(
    qtbot, db: Database, order: str, window: OrderWindow
) -> None:  # type: ignore[no-untyped-def]
    elsewhere(db, order, line1="7")
    assert window.lines.set_field(1, "quantity", "12")
    type_text(window.header.notes, "Deliver before noon")
    assert window.actions_.save()
    assert quantities(db, order) == [D(7), D(12)]  # theirs on line 1, mine on line 2
    with db.reading() as s:
        assert get_order(s, order).notes == "Deliver before noon"


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_line_both_changed_shows_both_versions_and_saves_the_choice(
    qtbot, db: Database, order: str, window: OrderWindow, monkeypatch, keep: str
) -> None:  # type: ignore[no-untyped-def]
    elsewhere(db, order, line1="7", line2="11")
    assert window.lines.set_field(0, "quantity", "6")
    seen = answer_with(monkeypatch, keep)
    assert window.actions_.save()
    assert seen == [("line", "6 × MILK-1 at 1.25", "7 × MILK-1 at 1.25")]
    # line 2, changed only elsewhere, stays as saved there whichever version of line 1 is kept
    assert quantities(db, order) == [D(6) if keep == "mine" else D(7), D(11)]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_line_deleted_elsewhere_while_changed_here_is_a_choice_not_a_crash(
    qtbot, db: Database, order: str, window: OrderWindow, monkeypatch, keep: str
) -> None:  # type: ignore[no-untyped-def]
    elsewhere(db, order, line2="gone")
    assert window.lines.set_field(1, "quantity", "12")
    seen = answer_with(monkeypatch, keep)
    assert window.actions_.save()
    assert seen == [("line", "12 × SUGAR-1 at 1.05", "(deleted)")]
    assert quantities(db, order) == ([D(5), D(12)] if keep == "mine" else [D(5)])


def test_going_back_to_the_order_saves_nothing_and_keeps_the_lines(
    qtbot, db: Database, order: str, window: OrderWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    elsewhere(db, order, line1="7")
    assert window.lines.set_field(0, "quantity", "6")
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert not window.actions_.save()
    assert quantities(db, order) == [D(7), D(10)]
    assert window.lines.lines[0].quantity == D(6)
