"""The team's rules that are not about one client: credit control, what a new client starts
with, the working hours. They live in the database and sync with the team (services.settings);
what is this laptop's own (language, layout) is under File > This laptop…."""

from __future__ import annotations

import dataclasses
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.working_hours import WorkingHours
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.forms import FieldForm, money_text, read_int, read_money

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.settings import Rules


class RulesDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kamdesk.services.company import get_company
        from kamdesk.services.settings import get_rules

        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Sales rules"))
        self.db, self.hub = db, hub
        with db.reading() as session:
            self.rules = get_rules(session)
            self.reporting = get_company(session).reporting
        self.form = FieldForm()  # every field of the three groups, for show(problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self._credit_group())
        layout.addWidget(self._new_client_group())
        layout.addWidget(self._hours_group())
        note = QLabel(
            self.tr("These rules are the team's: they travel with the data to every laptop.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = 620
        # tall enough for the wrapped explanations at this width (a plain resize would give
        # them one line each and clip them)
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _group(self, title: str, intro: str) -> tuple[QGroupBox, FieldForm]:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        said = QLabel(intro)
        said.setWordWrap(True)
        column.addWidget(said)
        form = FieldForm()
        column.addLayout(form)
        return box, form

    def _keep(self, form: FieldForm) -> None:
        """The group's fields, also in the dialog's form (one show() marks them all)."""
        self.form.widgets.update(form.widgets)
        self.form.errors.update(form.errors)
        self.form.labels.update(form.labels)

    def _credit_group(self) -> QGroupBox:
        box, form = self._group(
            self.tr("Credit control"),
            self.tr(
                "Credit control runs when an order is confirmed: it is blocked when the "
                "client's exposure (what it owes, its open orders and this order) goes over its "
                "credit limit, or when one of its invoices is overdue by more than the days "
                "below. A block can be overridden with the name of who approved it and why."
            ),
        )
        self.overdue: QLineEdit = form.line(
            "credit_overdue_days",
            self.tr("Block when an invoice is overdue by more than (days)"),
            str(self.rules.credit_overdue_days),
        )
        self._keep(form)
        return box

    def _new_client_group(self) -> QGroupBox:
        box, form = self._group(
            self.tr("New clients"),
            self.tr(
                "What a new client starts with; its dossier's terms can change it. A client in "
                "another currency gets the limit converted at the day's rate, rounded down "
                "(no limit when there is no rate). Empty: no limit."
            ),
        )
        self.credit_limit: QLineEdit = form.line(
            "new_client_credit_limit",
            self.tr("Credit limit ({currency})").format(currency=self.reporting),
            money_text(self.rules.new_client_credit_limit),
        )
        self.payment_days: QLineEdit = form.line(
            "new_client_payment_days",
            self.tr("Payment terms (days)"),
            str(self.rules.new_client_payment_days),
        )
        self._keep(form)
        return box

    def _hours_group(self) -> QGroupBox:
        box, form = self._group(
            self.tr("Working hours"),
            self.tr("A new meeting starts on the next working day, at the start of the day."),
        )
        hours = self.rules.working_hours
        self.work_start = form.add("work_start", self.tr("Day starts"), _time_edit(hours.start))
        self.work_end = form.add("work_end", self.tr("Day ends"), _time_edit(hours.end))
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.day_boxes: list[QCheckBox] = []
        for weekday in range(7):  # Monday first, as the week view
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            check = QCheckBox(name)
            check.setObjectName(f"work_day_{weekday}")
            check.setChecked(weekday in hours.days)
            row.addWidget(check)
            self.day_boxes.append(check)
        row.addStretch(1)
        form.add("work_days", self.tr("Working days"), days)
        self._keep(form)
        return box

    def _read(self) -> Rules | None:
        from kamdesk.services.settings import defaults_problems

        problems: dict[str, str] = {}
        days = read_int(self.overdue, "credit_overdue_days", problems)
        if days is None and "credit_overdue_days" not in problems:
            problems["credit_overdue_days"] = self.tr("Type a number of days, 0 or more.")
        elif days is not None and not 0 <= days <= 365:
            problems["credit_overdue_days"] = self.tr("Days overdue before a block are 0 to 365.")
        limit = read_money(self.credit_limit, "new_client_credit_limit", problems)
        payment = read_int(self.payment_days, "new_client_payment_days", problems)
        if payment is None and "new_client_payment_days" not in problems:
            problems["new_client_payment_days"] = self.tr("Type a number of days, 0 or more.")
        hours = WorkingHours(
            _read_time(self.work_start),
            _read_time(self.work_end),
            frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
        )
        rules = dataclasses.replace(
            self.rules,
            credit_overdue_days=days if days is not None else self.rules.credit_overdue_days,
            new_client_credit_limit=limit,
            new_client_payment_days=payment if payment is not None else 0,
            working_hours=hours,
        )
        for name, message in defaults_problems(rules).items():  # the service's own rules
            problems.setdefault(name, message)
        self.form.show(problems)
        if problems or days is None or payment is None:
            return None
        return rules

    def save(self) -> bool:
        from kamdesk.services.settings import RULE_FIELDS, save_rules

        rules = self._read()
        if rules is None:
            return False
        base = self.rules

        def work(session: Session, pick: Pick) -> bool:
            save_rules(
                session, RULE_FIELDS.choose(rules, pick.chosen), base=pick.rebase(base, RULE_FIELDS)
            )
            return True

        if not run_edit(self, self.db, self.hub, work, labels=self.form.labels):
            return False  # the message was shown; what was typed stays
        self.accept()
        return True


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setMaximumWidth(edit.sizeHint().width() + 12)  # a time, not a line of text
    return edit


def _read_time(edit: QWidget) -> time:
    assert isinstance(edit, QTimeEdit)
    value = edit.time()
    return time(value.hour(), value.minute())
