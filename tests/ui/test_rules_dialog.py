"""The sales rules dialog: credit control's overdue days."""

from __future__ import annotations

from kamdesk.db import Database
from kamdesk.services.settings import get_rules
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.settings.rules_dialog import RulesDialog
from tests.ui.typing import type_text


def test_overdue_days_are_saved_and_bad_input_stays_at_the_field(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    changes: list[frozenset[str]] = []
    hub.changed.connect(changes.append)
    dialog = RulesDialog(db, hub)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.overdue.text() == "14"
    dialog.overdue.clear()
    type_text(dialog.overdue, "-3")
    assert dialog.save() is False
    assert dialog.form.errors["credit_overdue_days"].isVisible()
    assert dialog.overdue.text() == "-3"
    dialog.overdue.clear()
    type_text(dialog.overdue, "30")
    assert dialog.save() is True
    with db.reading() as s:
        assert get_rules(s).credit_overdue_days == 30
    assert changes == [frozenset({"settings"})]


def test_the_file_menu_opens_the_sales_rules(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_sales_rules()
    assert isinstance(dialog, RulesDialog)
    qtbot.waitExposed(dialog)
    assert window.rules_action.isEnabled()
    dialog.reject()
