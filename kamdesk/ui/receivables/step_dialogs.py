"""Small dialogs of the Receivables section: the reason for undoing an entry, and a dunning
step (what was done, when, by whom)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kamdesk.errors import UserError
from kamdesk.ui.operations import read_now, run_op
from kamdesk.ui.receivables.tables import step_label
from kamdesk.ui.widgets.forms import FieldForm, read_day
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub


class ReasonDialog(QDialog):
    """Asks why; `given` carries the reason typed (required)."""

    given = Signal(str)

    def __init__(self, title: str, question: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        text = QLabel(question)
        text.setWordWrap(True)
        self.form = FieldForm()
        self.reason = self.form.text("reason", self.tr("Reason"), "", height=60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirmReason")
        buttons.accepted.connect(self._done)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def _done(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.form.show({"reason": self.tr("Say why: the ledger and the statement show it.")})
            return
        self.accept()
        self.given.emit(reason)


class DunningDialog(QDialog):
    """Record a dunning step for one client."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        *,
        client_id: str,
        client_name: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        from kamdesk.services.receivables.dunning import DUNNING_STEPS
        from kamdesk.services.replica import current_replica

        super().__init__(parent)
        self.setObjectName("dunningDialog")
        self.setWindowTitle(self.tr("Dunning step: {name}").format(name=client_name))
        self.db, self.hub, self.today, self.client_id = db, hub, today, client_id
        replica = read_now(self, db, current_replica)
        self.form = FieldForm()
        self.step = self.form.choice(
            "step", self.tr("Step"), [(s, step_label(s)) for s in DUNNING_STEPS], DUNNING_STEPS[0]
        )
        self.day = self.form.day("date", self.tr("Date"), today)
        self.by = self.form.line(
            "by", self.tr("Who"), replica.name if replica else "", self.tr("Who took the step")
        )
        self.note = self.form.text("note", self.tr("Note"), "", height=60)
        self.message = WrappingLabel()  # wraps, as tall as its lines
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Record step"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("recordStep")
        buttons.accepted.connect(self.post)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _refused(self, exc: UserError) -> bool:
        self.message.setText(str(exc))
        self.message.show()
        return True

    def post(self) -> None:
        from kamdesk.services.receivables.dunning import add_step

        problems: dict[str, str] = {}
        day = read_day(self.day)
        if day is None:
            problems["date"] = self.tr("Give the day the step was taken.")
        elif day > self.today:
            problems["date"] = self.tr("The step is dated after today: record it once it is done.")
        by = self.by.text().strip()
        if not by:
            problems["by"] = self.tr("Say who took the step.")
        self.form.show(problems)
        self.message.hide()
        if problems or day is None:
            return
        step, note = str(self.step.currentData()), self.note.toPlainText()
        cid, today = self.client_id, self.today

        def run(session: Session) -> str:
            return add_step(session, cid, step, day, done_by=by, note=note, today=today)

        if run_op(self, self.db, self.hub, run, handle=self._refused) is not None:
            self.accept()
