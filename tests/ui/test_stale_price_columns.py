"""Issue 15 review, finding 4: the price-column editor saves only what the user changed; a
percentage (or name) saved elsewhere while it was open is not reverted, and a field both changed
shows the conflict dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.prices.price_list import (
    add_price_column,
    column_fields,
    rename_price_column,
    set_column_percent,
)
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.products.price_columns import PriceColumnsDialog
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.ui.typing import type_text


@pytest.fixture
def column(db: Database) -> str:
    with db.unit_of_work() as s:
        return add_price_column(s, "Retail", Decimal(10))


def _opened(qtbot: QtBot, db: Database) -> PriceColumnsDialog:
    dialog = PriceColumnsDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    assert (dialog.name.text(), dialog.percent.text()) == ("Retail", "10")
    return dialog


def _retype(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    type_text(edit, text)


def _stored(db: Database, column_id: str) -> tuple[str, Decimal]:
    with db.reading() as s:
        now = column_fields(s, column_id)
    return now.name, now.discount_percent


def test_a_rename_keeps_the_percentage_saved_meanwhile(
    qtbot: QtBot, db: Database, column: str
) -> None:
    dialog = _opened(qtbot, db)
    with db.unit_of_work() as s:  # another window or a sync sets 25 % meanwhile
        set_column_percent(s, column, Decimal(25))
    _retype(dialog.name, "Retail shops")  # the user only renames
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert _stored(db, column) == ("Retail shops", Decimal(25))


def test_a_percentage_keeps_the_name_saved_meanwhile(
    qtbot: QtBot, db: Database, column: str
) -> None:
    dialog = _opened(qtbot, db)
    with db.unit_of_work() as s:
        rename_price_column(s, column, "Retail chains")
    _retype(dialog.percent, "12.5")
    assert dialog.change()
    assert _stored(db, column) == ("Retail chains", Decimal("12.5"))


@pytest.mark.parametrize("keep", ["mine", "theirs", "back"])
def test_a_percentage_both_changed_asks_which_to_keep(
    qtbot: QtBot, db: Database, column: str, monkeypatch: pytest.MonkeyPatch, keep: str
) -> None:
    dialog = _opened(qtbot, db)
    with db.unit_of_work() as s:
        set_column_percent(s, column, Decimal(25))
    _retype(dialog.percent, "15")
    seen: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups["discount_percent"]
        seen.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Rejected if keep == "back" else QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    saved = dialog.change()
    assert seen == [("15", "25")]
    expected = {"mine": Decimal(15), "theirs": Decimal(25), "back": Decimal(25)}[keep]
    assert saved is (keep != "back")
    assert _stored(db, column) == ("Retail", expected)
    if keep == "back":
        assert dialog.percent.text() == "15"  # the typing stays
