"""The editors under the preparation checks: the listening plan (questions to ask), the
client's objections with a prepared response each, and the open complaints with theirs.

Each editor keeps what the KAM typed when the panel reloads after a change elsewhere (a tick,
a contact saved): `load` lays fresh records under the edits still unsaved. The meeting
window's Save collects `changes()` from each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.meetings.meeting_common import day_text, esc
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.rows import roomy_rows
from kamdesk.ui.widgets.style import BORDER, ERROR_STYLE, MUTED_STYLE
from kamdesk.ui.widgets.text_limits import limit_text

if TYPE_CHECKING:
    from kamdesk.services.schedule.preparation import ComplaintRecord
    from kamdesk.services.schedule.records import ObjectionRecord, QuestionRecord

CARD_STYLE = (
    "QFrame#{name} {{ background: palette(base); border: 1px solid "
    + BORDER
    + "; border-radius: 4px; }}"
)


def _response_edit(text: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setPlaceholderText(placeholder)
    limit_text(edit)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(52)
    return edit


# --- the listening plan -------------------------------------------------------------------------


class QuestionsEditor(QWidget):
    """The questions to ask, in the order to ask them: typed, edited in place (F2 or a double
    click), moved up and down (or dragged), removed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsEditor")
        self.list = QListWidget()
        self.list.setObjectName("questions")
        roomy_rows(self.list)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.new_question = QLineEdit()
        self.new_question.setObjectName("newQuestion")
        limit_text(self.new_question)
        self.new_question.setPlaceholderText(
            self.tr("Type a question to ask, then Enter (open questions: what, how, why…)")
        )
        self.new_question.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.up_button = QPushButton(icon("up"), self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(icon("down"), self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(add_row)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._answers: dict[str, str] = {}
        self._loaded: tuple[object, ...] = ()
        self.list.itemChanged.connect(lambda _i: self.edited.emit())
        self.list.model().rowsMoved.connect(lambda *_a: self.edited.emit())
        self.list.model().rowsInserted.connect(lambda *_a: self._fit())
        self.list.model().rowsRemoved.connect(lambda *_a: self._fit())
        self._fit()
        self.new_question.textEdited.connect(lambda _t: self.edited.emit())

    def load(self, questions: tuple[QuestionRecord, ...], *, keep_edits: bool) -> None:
        self._answers = {q.id: q.answer for q in questions}
        loaded = tuple((q.id, q.question) for q in questions)
        if keep_edits and self.is_dirty():
            self._loaded = loaded  # the saved plan moved on; what is typed stays on screen
            return
        self.list.blockSignals(True)
        self.list.clear()
        for q in questions:
            self._append(q.question, q.id)
        self.list.blockSignals(False)
        self.new_question.clear()
        self._loaded = self.state()

    def _fit(self) -> None:
        """As tall as the plan (room for a few more), so the page does not hold empty space."""
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        rows = min(max(self.list.count() + 1, 4), 12)
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 4)

    def _append(self, text: str, qid: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, qid or "")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add_typed(self) -> None:
        text = " ".join(self.new_question.text().split())
        if not text:
            return
        self.list.setCurrentItem(self._append(text, None))
        self.new_question.clear()
        self.edited.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.edited.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.edited.emit()

    def questions(self) -> list[tuple[str | None, str]]:
        """(id or None, question) in order; a question still in the typing line counts too:
        nothing typed is dropped."""
        out: list[tuple[str | None, str]] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            out.append((item.data(Qt.ItemDataRole.UserRole) or None, item.text()))
        pending = self.new_question.text().strip()
        if pending:
            out.append((None, pending))
        return out

    def answer_of(self, qid: str | None) -> str:
        return self._answers.get(qid, "") if qid else ""

    def count(self) -> int:
        return sum(1 for _, q in self.questions() if q.strip())

    def state(self) -> tuple[object, ...]:
        return tuple(self.questions())

    def is_dirty(self) -> bool:
        return self.state() != self._loaded


# --- objections and complaints ------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectionEdit:
    id: str | None
    objection: str
    response: str
    raised_on: date | None


class ObjectionCard(QFrame):
    settle = Signal(object)  # the card
    delete = Signal(object)
    edited = Signal()

    def __init__(self, record: ObjectionRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionCard")
        self.setStyleSheet(CARD_STYLE.format(name="objectionCard"))
        self.record = record
        self.objection = QLineEdit(record.objection if record else "")
        self.objection.setObjectName("objectionText")
        limit_text(self.objection)
        self.objection.setPlaceholderText(self.tr("What the client objects to (in their words)"))
        self.response = _response_edit(
            record.response if record else "",
            self.tr("Your prepared response: agree with what is right, then answer with facts"),
        )
        self.response.setObjectName("objectionResponse")
        self.error = WrappingLabel()  # wraps, as tall as its lines
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        raised = (
            self.tr("raised {day}").format(day=day_text(record.raised_on, year=True))
            if record and record.raised_on
            else (self.tr("not saved yet") if record is None else "")
        )
        self.when = QLabel(raised)
        self.when.setStyleSheet(MUTED_STYLE)
        self.settle_button = QPushButton(self.tr("Settled"))
        self.settle_button.setToolTip(self.tr("The client no longer holds this objection"))
        self.settle_button.setEnabled(record is not None)
        self.settle_button.clicked.connect(lambda: self.settle.emit(self))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.delete_button.clicked.connect(lambda: self.delete.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.objection, 1)
        top.addWidget(self.when)
        top.addWidget(self.settle_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.response)
        layout.addWidget(self.error)
        self.objection.textEdited.connect(lambda _t: self.edited.emit())
        self.response.textChanged.connect(self.edited.emit)

    @property
    def id(self) -> str | None:
        return self.record.id if self.record else None

    def values(self) -> tuple[str, str]:
        return self.objection.text(), self.response.toPlainText()

    def is_dirty(self) -> bool:
        if self.record is None:
            return any(v.strip() for v in self.values())
        return self.values() != (self.record.objection, self.record.response)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class ObjectionsEditor(QWidget):
    """The client's open objections, each with the response prepared for it."""

    settle = Signal(object)  # ObjectionEdit
    delete = Signal(object)  # ObjectionEdit
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionsEditor")
        self.cards: list[ObjectionCard] = []
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        self.empty = QLabel(
            self.tr("No objections recorded. Which ones can you expect? Add them with a response.")
        )
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(icon("add"), self.tr("Add an objection"))
        self.add_button.setObjectName("addObjection")
        self.add_button.clicked.connect(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.box)
        layout.addLayout(bottom)

    def load(self, records: tuple[ObjectionRecord, ...], *, keep_edits: bool) -> None:
        kept = [c for c in self.cards if keep_edits and c.is_dirty()]
        edits = {c.id: c.values() for c in kept if c.id is not None}
        new_cards = [c.values() for c in kept if c.id is None]
        listed = {r.id for r in records}
        # typing in one settled or deleted meanwhile stays on screen (Save then says why)
        gone = tuple(c.record for c in kept if c.record is not None and c.id not in listed)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for record in records + gone:
            card = self._add_card(record)
            if record.id in edits:
                objection, response = edits[record.id]
                card.objection.setText(objection)
                card.response.setPlainText(response)
        for objection, response in new_cards:
            card = self._add_card(None)
            card.objection.setText(objection)
            card.response.setPlainText(response)
        self._update_empty()

    def _add_card(self, record: ObjectionRecord | None) -> ObjectionCard:
        card = ObjectionCard(record)
        card.settle.connect(lambda c: self.settle.emit(self._edit(c)))
        card.delete.connect(self._on_delete)
        card.edited.connect(self.edited.emit)
        self.cards.append(card)
        self.box.addWidget(card)
        return card

    def add(self) -> ObjectionCard:
        card = self._add_card(None)
        self._update_empty()
        card.objection.setFocus()
        self.edited.emit()
        return card

    def _on_delete(self, card: ObjectionCard) -> None:
        if card.id is None:  # typed here and never saved: nothing to ask about
            self.cards.remove(card)
            card.setParent(None)
            card.deleteLater()
            self._update_empty()
            self.edited.emit()
            return
        self.delete.emit(self._edit(card))

    def drop(self, objection_id: str) -> None:
        """The card of an objection deleted (here, or meanwhile elsewhere) leaves the list."""
        for card in [c for c in self.cards if c.id == objection_id]:
            self.cards.remove(card)
            card.setParent(None)
            card.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.cards)

    @staticmethod
    def _edit(card: ObjectionCard) -> ObjectionEdit:
        objection, response = card.values()
        raised = card.record.raised_on if card.record else None
        return ObjectionEdit(card.id, objection, response, raised)

    def changes(self) -> tuple[list[ObjectionEdit], dict[int, str]]:
        """What to save, and the cards that cannot be saved as typed (index -> message)."""
        out: list[ObjectionEdit] = []
        problems: dict[int, str] = {}
        for i, card in enumerate(self.cards):
            card.show_error("")
            if not card.is_dirty():
                continue
            objection, _response = card.values()
            if not objection.strip():
                problems[i] = self.tr("Write what the client objects to, or delete this one.")
                card.show_error(problems[i])
                continue
            out.append(self._edit(card))
        return out, problems

    def state(self) -> tuple[object, ...]:
        return tuple((c.id, *c.values()) for c in self.cards if c.is_dirty())

    def is_dirty(self) -> bool:
        return any(c.is_dirty() for c in self.cards)


class ComplaintsEditor(QWidget):
    """The client's open complaints, with the response prepared for each."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsEditor")
        self.rows: list[tuple[ComplaintRecord, QPlainTextEdit]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self._widgets: list[QWidget] = []

    gone: set[str] = set()  # complaints closed or deleted meanwhile, typing kept on screen

    def load(self, records: tuple[ComplaintRecord, ...], *, keep_edits: bool) -> None:
        edits = {
            rec.id: edit.toPlainText()
            for rec, edit in self.rows
            if keep_edits and edit.toPlainText() != rec.prepared_response
        }
        listed = {r.id for r in records}
        # a response typed for one closed or deleted meanwhile stays on screen, marked: not
        # saved with the rest, there to copy
        gone = tuple(rec for rec, _edit in self.rows if rec.id in edits and rec.id not in listed)
        self.gone = {rec.id for rec in gone}
        for w in self._widgets:
            w.setParent(None)
            w.deleteLater()
        self._widgets = []
        self.rows = []
        for rec in records + gone:
            frame = QFrame()
            frame.setObjectName("complaintCard")
            frame.setStyleSheet(CARD_STYLE.format(name="complaintCard"))
            head = QLabel(
                f"<b>{esc(rec.subject)}</b> <span style='{MUTED_STYLE}'>· "
                + esc(self.tr("open since {day}").format(day=day_text(rec.opened_on, year=True)))
                + "</span>"
            )
            head.setWordWrap(True)
            body = QLabel(esc(rec.description))
            body.setStyleSheet(MUTED_STYLE)
            body.setWordWrap(True)
            body.setVisible(bool(rec.description.strip()))
            edit = _response_edit(
                edits.get(rec.id, rec.prepared_response),
                self.tr("What you will say about it (what was done, what will be done, when)"),
            )
            edit.setObjectName("complaintResponse")
            edit.textChanged.connect(self.edited.emit)
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(4)
            inner.addWidget(head)
            inner.addWidget(body)
            inner.addWidget(edit)
            if rec.id in self.gone:
                note = QLabel(
                    self.tr(
                        "Closed or deleted elsewhere meanwhile: this response is not saved; "
                        "copy it if you need it."
                    )
                )
                note.setStyleSheet(ERROR_STYLE)
                note.setWordWrap(True)
                inner.addWidget(note)
            self.box.addWidget(frame)
            self._widgets.append(frame)
            self.rows.append((rec, edit))

    def changes(self) -> dict[str, str]:
        return {
            rec.id: edit.toPlainText()
            for rec, edit in self.rows
            if edit.toPlainText() != rec.prepared_response and rec.id not in self.gone
        }

    def state(self) -> tuple[object, ...]:
        return tuple(sorted(self.changes().items()))

    def is_dirty(self) -> bool:
        return bool(self.changes())
