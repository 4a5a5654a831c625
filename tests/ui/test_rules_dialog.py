"""The sales rules dialog: credit control's overdue days, what a new client starts with, the
working hours (and where a new meeting starts by them)."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QCheckBox

from kamdesk.db import Database
from kamdesk.domain.working_hours import WorkingHours
from kamdesk.services.schedule.records import MeetingData
from kamdesk.services.settings import get_rules, save_rules
from kamdesk.ui.meetings.meeting_details import DetailsPage
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


def test_the_defaults_for_new_clients_and_the_working_hours(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "EUR" in dialog.form.labels["new_client_credit_limit"]  # the reporting currency
    assert dialog.credit_limit.text() == ""  # no limit until the team sets one
    assert dialog.payment_days.text() == "30"
    type_text(dialog.credit_limit, "25,000")
    dialog.payment_days.clear()
    type_text(dialog.payment_days, "45")
    dialog.work_end.setTime(QTime(8, 0))  # before the day starts
    assert dialog.save() is False
    assert dialog.form.errors["work_end"].isVisible()
    assert dialog.credit_limit.text() == "25,000"  # what was typed stays
    dialog.work_start.setTime(QTime(8, 30))
    dialog.work_end.setTime(QTime(17, 0))
    saturday = dialog.findChild(QCheckBox, "work_day_5")
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    assert dialog.save() is True
    with db.reading() as s:
        rules = get_rules(s)
    assert rules.new_client_credit_limit == Decimal(25000)
    assert rules.new_client_payment_days == 45
    assert rules.working_hours == WorkingHours(time(8, 30), time(17, 0), frozenset(range(6)))


def test_a_new_meeting_starts_on_the_next_working_day_within_the_hours(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        hours = WorkingHours(time(8, 30), time(17, 0))
        save_rules(s, dataclasses.replace(get_rules(s), working_hours=hours))
    friday = date(2026, 12, 4)
    details = DetailsPage(db, ChangeHub(), friday)
    qtbot.addWidget(details)
    details.load(None, MeetingData(client_id=None, subject="", start=None))
    assert details.start_day.date() == QDate(2026, 12, 7)  # Monday, not Saturday
    assert details.start_time.time() == QTime(8, 30)
