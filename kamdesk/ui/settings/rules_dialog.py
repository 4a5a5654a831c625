"""The team's sales rules that are not about one client: credit control for now."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.forms import FieldForm, read_int

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database


class RulesDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kamdesk.services.settings import get_rules

        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Sales rules"))
        self.db, self.hub = db, hub
        with db.reading() as session:
            self.rules = get_rules(session)
        intro = QLabel(
            self.tr(
                "Credit control runs when an order is confirmed: it is blocked when the "
                "client's exposure (what it owes, its open orders and this order) goes over its "
                "credit limit, or when one of its invoices is overdue by more than the days "
                "below. A block can be overridden with the name of who approved it and why."
            )
        )
        intro.setWordWrap(True)
        self.form = FieldForm()
        self.overdue: QLineEdit = self.form.line(
            "credit_overdue_days",
            self.tr("Block when an invoice is overdue by more than (days)"),
            str(self.rules.credit_overdue_days),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def save(self) -> bool:
        from kamdesk.services.settings import RULE_FIELDS, save_rules

        problems: dict[str, str] = {}
        days = read_int(self.overdue, "credit_overdue_days", problems)
        if days is None and "credit_overdue_days" not in problems:
            problems["credit_overdue_days"] = self.tr("Type a number of days, 0 or more.")
        elif days is not None and not 0 <= days <= 365:
            problems["credit_overdue_days"] = self.tr("Days overdue before a block are 0 to 365.")
        self.form.show(problems)
        if problems or days is None:
            return False
        base = self.rules
        rules = dataclasses.replace(base, credit_overdue_days=days)

        def work(session: Session, pick: Pick) -> bool:
            save_rules(
                session, RULE_FIELDS.choose(rules, pick.chosen), base=pick.rebase(base, RULE_FIELDS)
            )
            return True

        if not run_edit(self, self.db, self.hub, work, labels=self.form.labels):
            return False  # the message was shown; what was typed stays
        self.accept()
        return True
