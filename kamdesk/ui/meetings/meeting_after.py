"""The After-the-meeting page: what came of it, the answers to the planned questions, the next
steps agreed (each becomes a task due on its date), held or cancelled, and the follow-up tasks
already made, ticked off here as they are done."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.meetings.meeting_common import (
    SECTION_STYLE,
    day_text,
    esc,
    pydate,
    qdate,
    time_text,
)
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel, guard_field, guard_wheel
from kamdesk.ui.widgets.numbers import date_edit
from kamdesk.ui.widgets.style import (
    DANGER,
    ERROR_STYLE,
    MEETING_STATUS_COLOURS,
    MUTED_STYLE,
    ON_DARK,
    TEXT_MUTED,
)
from kamdesk.ui.widgets.text_limits import limit_text

if TYPE_CHECKING:
    from kamdesk.services.schedule.records import MeetingRecord, NextStep


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(SECTION_STYLE)
    return label


def _error() -> QLabel:
    label = WrappingLabel()  # wraps, as tall as its lines
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class StepRow(QWidget):
    """One agreed next step: what, and by when."""

    removed = Signal(object)
    edited = Signal()

    def __init__(self, due: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QLineEdit()
        self.what.setObjectName("stepText")
        limit_text(self.what)
        self.what.setPlaceholderText(self.tr("What is to be done (send the offer, call back…)"))
        self.due = date_edit(QDateEdit(), weekday=True)
        self.due.setObjectName("stepDue")
        self.due.setDate(qdate(due))
        guard_field(self.due)  # a step's date changes by the wheel only when focused
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this step"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.what, 1)
        layout.addWidget(QLabel(self.tr("due")))
        layout.addWidget(self.due)
        layout.addWidget(remove)
        self.what.textEdited.connect(lambda _t: self.edited.emit())
        self.due.dateChanged.connect(lambda _d: self.edited.emit())

    def values(self) -> tuple[str, date]:
        return self.what.text(), pydate(self.due.date())


class AfterPage(QScrollArea):
    edited = Signal()
    held = Signal()
    cancelled = Signal()
    reopened = Signal()
    task_done = Signal(str, bool)  # task id, done

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingAfter")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.today = today
        self.record: MeetingRecord | None = None
        self._saved_outcome = ""
        self._saved_answers: dict[str, str] = {}

        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        limit_text(self.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(
            self.tr("What came of it: decisions, what the client said, the mood in the room")
        )
        self.outcome.setMinimumHeight(110)
        self.outcome_error = _error()
        self.answers_box = QGridLayout()
        self.answers_box.setColumnStretch(1, 1)
        self.answers_box.setVerticalSpacing(6)
        self.no_questions = QLabel(
            self.tr("No questions were planned (Preparation page, Listening plan).")
        )
        self.no_questions.setStyleSheet(MUTED_STYLE)
        self.answers: dict[str, QPlainTextEdit] = {}
        self._answer_widgets: list[QWidget] = []

        self.steps: list[StepRow] = []
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(4)
        self.add_step_button = QPushButton(icon("add"), self.tr("Add a next step"))
        self.add_step_button.setObjectName("addStep")
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.steps_error = _error()
        self.follow_ups = QVBoxLayout()
        self.follow_ups.setSpacing(2)
        self.no_follow_ups = QLabel(self.tr("No follow-up tasks yet."))
        self.no_follow_ups.setStyleSheet(MUTED_STYLE)
        self._task_boxes: list[QCheckBox] = []

        self._make_status_buttons()

        columns = self._columns()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.held_button)
        buttons.addWidget(self.reopen_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 8, 12, 12)
        layout.addLayout(buttons)
        layout.addLayout(columns, 1)
        self.setWidget(content)
        guard_wheel(content)  # the wheel scrolls the page, not a field under the mouse
        self.outcome.textChanged.connect(self._changed)

    def _make_status_buttons(self) -> None:
        self.held_button = QPushButton(self.tr("Held: record the outcome"))
        self.held_button.setObjectName("markHeld")
        self.held_button.setDefault(False)
        self.held_button.clicked.connect(self.held.emit)
        self.cancel_button = QPushButton(self.tr("Cancelled…"))
        self.cancel_button.setObjectName("markCancelled")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.reopen_button = QPushButton(self.tr("Reopen as planned"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.setToolTip(
            self.tr("Marked held or cancelled by mistake: plan it again (the outcome is kept).")
        )
        self.reopen_button.clicked.connect(self.reopened.emit)

    def _columns(self) -> QHBoxLayout:
        """The outcome and answers on the left, next steps and follow-ups on the right."""
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(_title(self.tr("Outcome")))
        left.addWidget(self.outcome)
        left.addWidget(self.outcome_error)
        left.addWidget(_title(self.tr("Answers to the planned questions")))
        left.addWidget(self.no_questions)
        left.addLayout(self.answers_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(_title(self.tr("Agreed next steps")))
        hint = QLabel(self.tr("Each becomes a task for you, due on its date."))
        hint.setStyleSheet(MUTED_STYLE)
        right.addWidget(hint)
        right.addLayout(self.steps_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_step_button)
        add_row.addStretch(1)
        right.addLayout(add_row)
        right.addWidget(self.steps_error)
        right.addWidget(_title(self.tr("Follow-up tasks")))
        right.addWidget(self.no_follow_ups)
        right.addLayout(self.follow_ups)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        return columns

    def _changed(self) -> None:
        self.edited.emit()

    # --- loading ------------------------------------------------------------------------------
    def load(self, record: MeetingRecord, *, keep_edits: bool) -> None:
        """Show the meeting; with `keep_edits`, what is typed and not saved stays over it."""
        old_outcome, old_answers = self._saved_outcome, self._saved_answers
        typed_outcome, typed_answers = self.outcome_text(), self.answer_texts()
        steps = self.step_values() if keep_edits else []
        self.record = record
        self._show_status(record)
        self.show_problems({})
        answers = {q.id: q.answer for q in record.questions}
        outcome = record.outcome
        if keep_edits:
            if typed_outcome != old_outcome:
                outcome = typed_outcome
            for qid, text in typed_answers.items():
                if qid in answers and text != old_answers.get(qid, ""):
                    answers[qid] = text
        self.outcome.blockSignals(True)
        self.outcome.setPlainText(outcome)
        self.outcome.blockSignals(False)
        self._fill_answers(record, answers)
        for row in list(self.steps):
            self._drop_step(row)
        for text, due in steps:
            self.add_step(text, due, quiet=True)
        self._fill_follow_ups(record)
        # what is saved now: typing kept above still differs from it, so it stays unsaved
        self._saved_outcome = record.outcome
        self._saved_answers = {q.id: q.answer for q in record.questions}

    def _show_status(self, record: MeetingRecord) -> None:
        colour = MEETING_STATUS_COLOURS.get(record.status, TEXT_MUTED)
        label = {
            "planned": self.tr("Planned"),
            "done": self.tr("Held"),
            "cancelled": self.tr("Cancelled"),
        }.get(record.status, record.status)
        when = f"{day_text(record.start.date(), year=True)}, {time_text(record.start)}"
        self.status.setText(
            f"<span style='background:{colour}; color:{ON_DARK}; font-weight:bold'>&nbsp;"
            f"{esc(label.upper())}&nbsp;</span> &nbsp; {esc(when)}"
        )
        planned = record.status == "planned"
        self.held_button.setVisible(planned)
        self.cancel_button.setVisible(planned)
        self.reopen_button.setVisible(not planned)

    def _fill_answers(self, record: MeetingRecord, answers: dict[str, str]) -> None:
        for w in self._answer_widgets:
            w.setParent(None)
            w.deleteLater()
        self._answer_widgets = []
        self.answers = {}
        for row, q in enumerate(record.questions):
            label = QLabel(f"{row + 1}. {esc(q.question)}")
            label.setWordWrap(True)
            label.setMaximumWidth(260)
            edit = QPlainTextEdit(answers.get(q.id, ""))
            edit.setObjectName(f"answer_{row + 1}")
            limit_text(edit)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setPlaceholderText(self.tr("What they answered"))
            edit.textChanged.connect(self._changed)
            self.answers_box.addWidget(label, row, 0)
            self.answers_box.addWidget(edit, row, 1)
            self._answer_widgets += [label, edit]
            self.answers[q.id] = edit
        self.no_questions.setVisible(not record.questions)

    def _fill_follow_ups(self, record: MeetingRecord) -> None:
        for box in self._task_boxes:
            box.setParent(None)
            box.deleteLater()
        self._task_boxes = []
        for task in record.follow_ups:
            due = day_text(task.due_date, year=True) if task.due_date else self.tr("no due date")
            text = self.tr("{subject} — due {day}").format(subject=task.subject, day=due)
            late = task.status == "planned" and task.due_date and task.due_date < self.today
            if late:
                text += " · " + self.tr("overdue")
            box = QCheckBox(text)
            box.setObjectName("followUp")
            box.setChecked(task.status == "done")
            if late:
                box.setStyleSheet(f"color: {DANGER};")
            box.clicked.connect(lambda on, tid=task.id: self.task_done.emit(tid, bool(on)))
            self.follow_ups.addWidget(box)
            self._task_boxes.append(box)
        self.no_follow_ups.setVisible(not record.follow_ups)

    # --- next steps ---------------------------------------------------------------------------
    def add_step(self, text: str = "", due: date | None = None, *, quiet: bool = False) -> StepRow:
        row = StepRow(due or self.today + timedelta(days=7))
        row.what.setText(text)
        row.removed.connect(self._remove_step)
        row.edited.connect(self._changed)
        self.steps.append(row)
        self.steps_box.addWidget(row)
        if not quiet:
            row.what.setFocus()
            self._changed()
        return row

    def _remove_step(self, row: StepRow) -> None:
        self._drop_step(row)
        self._changed()

    def _drop_step(self, row: StepRow) -> None:
        self.steps.remove(row)
        row.setParent(None)
        row.deleteLater()

    # --- reading ------------------------------------------------------------------------------
    def outcome_text(self) -> str:
        return self.outcome.toPlainText()

    def answer_texts(self) -> dict[str, str]:
        return {qid: edit.toPlainText() for qid, edit in self.answers.items()}

    def step_values(self) -> list[tuple[str, date]]:
        return [row.values() for row in self.steps]

    def next_steps(self) -> list[NextStep]:
        """The steps typed (rows left empty are not steps)."""
        from kamdesk.services.schedule.records import NextStep

        return [NextStep(text.strip(), due) for text, due in self.step_values() if text.strip()]

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in (("outcome", self.outcome_error), ("next_steps", self.steps_error)):
            message = problems.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        if "outcome" in problems:
            self.outcome.setFocus()

    # --- state --------------------------------------------------------------------------------
    def state(self) -> tuple[object, ...]:
        steps = tuple(v for v in self.step_values() if v[0].strip())
        return (self.outcome_text(), tuple(sorted(self.answer_texts().items())), steps)

    def outcome_dirty(self) -> bool:
        """The outcome changed, or next steps are typed (they become tasks when saved)."""
        typed_steps = any(text.strip() for text, _due in self.step_values())
        return self.outcome_text() != self._saved_outcome or typed_steps

    @property
    def saved_outcome(self) -> str:
        """The outcome as last read from the database."""
        return self._saved_outcome

    def answers_dirty(self) -> bool:
        return self.answer_texts() != self._saved_answers

    def is_dirty(self) -> bool:
        return self.record is not None and (self.outcome_dirty() or self.answers_dirty())
