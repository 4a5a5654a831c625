"""The meeting window: one meeting or call with a key client, from planning to follow-up.

Three pages: Details (who, when, where, what), Preparation (readiness against the seven
mistakes, the listening plan, objections, people, figures) and After the meeting (outcome,
answers, next steps). One Save writes every page in one unit of work; ticks, settled
objections and done tasks are written at once. What is typed is never dropped: a reload
after a change elsewhere keeps unsaved edits, and closing with unsaved edits asks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.meetings.meeting_actions import MeetingActions
from kamdesk.ui.meetings.meeting_after import AfterPage
from kamdesk.ui.meetings.meeting_common import day_text
from kamdesk.ui.meetings.meeting_details import DetailsPage
from kamdesk.ui.meetings.meeting_prep import PreparationPage
from kamdesk.ui.meetings.meeting_save import MeetingBases, MeetingSave, conflict_labels, value_shown
from kamdesk.ui.operations import run_op
from kamdesk.ui.undo.history import add_main_actions
from kamdesk.ui.widgets.conflicts import run_edit
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import Heading, wrapping
from kamdesk.ui.widgets.record_window import RecordWindowState
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.schedule.preparation import Preparation
    from kamdesk.services.schedule.records import MeetingData, MeetingRecord
    from kamdesk.ui.meetings.meeting_prep_editors import ObjectionEdit
    from kamdesk.ui.operations import ChangeHub

WATCHED = frozenset(
    {
        Change.SCHEDULE,
        Change.CLIENTS,
        Change.CONTACTS,
        Change.ORDERS,
        Change.INVOICES,
        Change.PAYMENTS,
        Change.RETURNS,
        Change.PRODUCTS,
        Change.PRICES,
    }
)
DETAILS, PREPARATION, AFTER = range(3)


class MeetingWindow(RecordWindowState, QMainWindow):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        meeting_id: str | None = None,
        *,
        client_id: str | None = None,
        start: datetime | None = None,
        kind: str = "meeting",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db, self.hub = db, hub
        self.meeting_id = meeting_id
        self.today = today or date.today()
        self.record: MeetingRecord | None = None
        # the meeting as each page was last filled from the database: Save keeps what changed
        # elsewhere since (a drag in the week, another laptop) where not edited here
        self.bases = MeetingBases()
        self.prep_record: Preparation | None = None
        self._busy = False
        self._closing = False
        self.copied_questions: list[str] = []  # a Duplicate's listening plan, saved with it
        self.actions_ = MeetingActions(self)

        self._make_pages(db, hub)
        # readiness follows the form as it is typed, a moment after the last key
        self.typed_timer = QTimer(self)
        self.typed_timer.setSingleShot(True)
        self.typed_timer.setInterval(300)
        self.typed_timer.timeout.connect(self.show_typed_readiness)
        self.details.edited.connect(self.typed_timer.start)
        self.prep.questions.edited.connect(self.typed_timer.start)

        self.heading = Heading("meetingHeading")  # a long client name or subject gives way
        self.message = QLabel()
        self.message.setObjectName("meetingMessage")
        wrapping(self.message)  # a long message wraps, never widens the window
        row = self._button_row()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)
        add_main_actions(self, hub)  # Ctrl+Z takes back a drag in the week, a deletion
        self.resize(1100, 800)
        self.gone = ""  # why an existing meeting could not be opened (deleted meanwhile)
        self._listening = False
        if meeting_id is None:
            self.details.load(None, self._new_data(client_id, start, kind))
            self.show_heading()
            self._enable()
        else:
            try:
                self.reload(force=True)
            except UserError as exc:
                self.gone = str(exc)
                self._closing = True
                return
            over = self.record is not None and self.record.end <= datetime.now().astimezone()
            if self.record is not None and (self.record.status != "planned" or over):
                self.tabs.setCurrentIndex(AFTER)
            else:
                self.tabs.setCurrentIndex(PREPARATION)
        self.hub.changed.connect(self._on_changed)
        self._listening = True

    def _make_pages(self, db: Database, hub: ChangeHub) -> None:
        """Details, Preparation and After the meeting, wired to the window and its actions."""
        self.details: DetailsPage = DetailsPage(db, hub, self.today)
        self.details.create_order.connect(self.actions_.create_order)
        self.details.edited.connect(self._on_details_edited)
        self.prep: PreparationPage = PreparationPage()
        self.prep.link.connect(self.actions_.go_to)
        self.prep.tick.connect(self.actions_.tick)
        self.prep.objections.settle.connect(self.actions_.settle_objection)
        self.prep.objections.delete.connect(self.actions_.delete_objection)
        self.after = AfterPage(self.today)
        self.after.held.connect(self.mark_held)
        self.after.cancelled.connect(self.cancel_meeting)
        self.after.reopened.connect(self.reopen)
        self.after.task_done.connect(self.actions_.task_done)
        self.tabs: QTabWidget = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.prep, self.tr("Preparation"))
        self.tabs.addTab(self.after, self.tr("After the meeting"))

    def _button_row(self) -> QHBoxLayout:
        """Save, print, export, duplicate and delete, the last message, and Close."""
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, slot in (
            ("save", self.tr("Save"), self.save),
            ("brief", self.tr("Print brief…"), self.actions_.print_brief),
            ("ics", self.tr("Export .ics…"), self.actions_.export_ics),
            ("duplicate", self.tr("Duplicate"), self.actions_.duplicate),
            ("delete", self.tr("Delete…"), self.actions_.delete),
        ):
            button = QPushButton(label)
            meaning = {"brief": "print", "ics": "calendar_export", "duplicate": "copy"}.get(
                key, key
            )
            button.setIcon(icon(meaning))
            button.setObjectName(f"meeting_{key}")
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            self.buttons[key] = button
            row.addWidget(button)
        self.buttons["save"].setToolTip(self.tr("Ctrl+S"))
        self.buttons["duplicate"].setToolTip(
            self.tr("A new meeting like this one, a week later: same client, people and plan")
        )
        row.addWidget(self.message, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        return row

    @staticmethod
    def _new_data(client_id: str | None, start: datetime | None, kind: str) -> MeetingData:
        from kamdesk.services.schedule.records import MeetingData

        call = kind == "call"
        return MeetingData(
            client_id=client_id,
            subject="",
            start=start,
            duration_min=15 if call else 60,
            kind=kind,
            place_kind="phone" if call else "site",
        )

    # --- loading ------------------------------------------------------------------------------
    def reload(self, *, force: bool = False) -> None:
        """Read the meeting again. Unless `force` (after this window's own Save), what is typed
        and not saved stays on screen over the fresh data."""
        from kamdesk.services.schedule.details import get_meeting
        from kamdesk.services.schedule.preparation import preparation

        assert self.meeting_id is not None
        with self.db.reading() as session:
            record = get_meeting(session, self.meeting_id, today=self.today)
            prep = (
                preparation(session, self.meeting_id, today=self.today, meeting=record)
                if record.client_id
                else None
            )
        self.record, self.prep_record = record, prep
        self.bases.follow(record, prep, () if force else self._dirty_pages())
        if force or not self.details.is_dirty():
            assert self.bases.details is not None
            self.details.load(record, self.bases.details)
        else:
            self.details.refresh_lists()
        if prep is not None:
            self.prep.load(prep, keep_edits=not force)
        self.after.load(record, keep_edits=not force)
        self.show_heading()
        self._enable()
        if not force and (self.details.is_dirty() or self.prep.questions.is_dirty()):
            self.typed_timer.start()  # what is typed still counts over the fresh data

    def _dirty_pages(self) -> set[str]:
        """The pages holding unsaved typing (their bases stay as they were loaded)."""
        typed = {
            "details": self.details.is_dirty(),
            "questions": self.prep.questions.is_dirty(),
            "answers": self.after.answers_dirty(),
            "objections": self.prep.objections.is_dirty(),
            "complaints": self.prep.complaints.is_dirty(),
            "outcome": self.after.outcome_text() != self.after.saved_outcome,
        }
        return {page for page, dirty in typed.items() if dirty}

    def show_heading(self) -> None:
        record = self.record
        kind = record.kind if record else self.details.kind.currentData()
        what = self.tr("Call") if kind == "call" else self.tr("Meeting")
        client = record.client_name if record else self.details.picker.text().strip()
        start = record.start if record else self.details.start()
        bits = [what, client or self.tr("new"), day_text(start.date())]
        self.setWindowTitle(" — ".join(bits))
        subject = record.subject if record else self.tr("New meeting")
        self.heading.set_text(client or subject, subject if client else "")
        if self.prep_record is not None:
            score = self.prep_record.readiness.score
            self.tabs.setTabText(PREPARATION, self.tr("Preparation · {score}").format(score=score))

    def show_typed_readiness(self) -> None:
        """The score and the cards as they would be once saved (nothing is written)."""
        from kamdesk.services.schedule.typed import typed_readiness

        prep = self.prep_record
        if prep is None or prep.facts is None or self._closing:
            return
        data, _problems = self.details.read()
        asked = sum(1 for _qid, q in self.prep.questions.questions() if q.strip())
        with self.db.reading() as session:
            ready = typed_readiness(
                session, prep.facts, data, asked, saved_offer=prep.meeting.offer_order_id
            )
        m = prep.meeting
        typed = replace(
            m,
            start=data.start or m.start,
            duration_min=data.duration_min or m.duration_min,
            kind=data.kind,
            place_kind=data.place_kind,
            location=data.location,
            travel_min=m.travel_min if data.travel_min is None else data.travel_min,
        )
        self.prep.show_typed(replace(prep, meeting=typed, readiness=ready))
        self.tabs.setTabText(
            PREPARATION, self.tr("Preparation · {score}").format(score=ready.score)
        )

    def _on_details_edited(self) -> None:
        if self.meeting_id is None:  # the title follows the client and day being chosen
            self.show_heading()

    def _enable(self) -> None:
        saved = self.meeting_id is not None
        for index in (PREPARATION, AFTER):
            self.tabs.setTabEnabled(index, saved and self.prep_record is not None)
        for key in ("brief", "ics", "duplicate", "delete"):
            self.buttons[key].setEnabled(saved)
        for index in (PREPARATION, AFTER):  # once saved, the tabs open: no "save first" left
            self.tabs.setTabToolTip(index, "" if saved else self.tr("Save the meeting first."))

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    # --- what the actions and the window registry see -----------------------------------------
    @property
    def record_id(self) -> str | None:
        return self.meeting_id

    def close_without_asking(self) -> None:
        """Close after the meeting was deleted: there is nothing left to save."""
        self._closing = True
        self.close()

    def has_unsaved_edits(self) -> bool:
        if self.meeting_id is None:
            return self.details.is_dirty()
        return (
            self.details.is_dirty()
            or self.prep.questions.is_dirty()
            or self.prep.objections.is_dirty()
            or self.prep.complaints.is_dirty()
            or self.after.is_dirty()
        )

    def save(self, *, held: bool | None = None, reason: str | None = None) -> bool:
        """Save every page (held True: the meeting took place; False: it was cancelled, with
        `reason` as its outcome). False, with the reason shown at the field, if it cannot be;
        a field changed here and elsewhere meanwhile is shown with both values to choose."""
        pages = self._read_pages()
        if pages is None:
            return False
        data, objections = pages
        new = self.meeting_id is None
        work = MeetingSave(self.meeting_id, data, new or self.details.is_dirty(), self.bases)
        if not new:
            questions = self.prep.questions.questions()
            answers = self.after.answer_texts()
            if self.prep.questions.is_dirty() or self.after.answers_dirty():
                # a question no longer on the After page (deleted meanwhile) keeps its answer
                # as loaded: unchanged here, so it is not taken for an edit
                loaded = self.bases.question_base()
                work.plan = [
                    (qid, q, answers.get(qid or "", loaded.get(qid or "", {}).get("answer", "")))
                    for qid, q in questions
                ]
            work.complaints = self.prep.complaints.changes()
            if held is not None or self.after.outcome_dirty():
                work.outcome = reason if reason is not None else self.after.outcome_text()
                work.steps = self.after.next_steps()
        elif self.copied_questions:
            work.plan = [(None, q, "") for q in self.copied_questions]
        work.objections = objections
        work.owner = self.record.client_id if self.record else data.client_id
        work.today, work.held = self.today, held
        labels = conflict_labels(
            self.details,
            self.prep.questions.questions(),
            {o.id: o.objection for o in objections if o.id},
            {rec.id: rec.subject for rec, _edit in self.prep.complaints.rows},
        )
        self._busy = True
        try:
            saved = run_edit(
                self,
                self.db,
                self.hub,
                work,
                labels=labels,
                show=value_shown(self.details),
                handle=self._refused,
            )
        finally:
            self._busy = False
        if saved is None:
            return False
        self._on_saved(saved, held=held, new=new)
        return True

    def _read_pages(self) -> tuple[MeetingData, list[ObjectionEdit]] | None:
        """The details and the objections as typed; None (the reason shown) if they cannot be
        saved so."""
        data, problems = self.details.read()
        if problems:
            self._refuse(problems)
            return None
        objections, bad = self.prep.objections.changes()
        if bad:
            self.tabs.setCurrentIndex(PREPARATION)
            self.prep.scroll_to("objections")
            self.say(self.tr("Not saved: an objection has no text."), error=True)
            return None
        return data, objections

    def _on_saved(self, saved: str, *, held: bool | None, new: bool) -> None:
        self.meeting_id = saved
        self.copied_questions = []
        self.reload(force=True)
        if held is True:
            self.say(self.tr("Held: the outcome is recorded and the next steps are tasks."))
        elif held is False:
            self.say(self.tr("Cancelled."))
        elif new:
            self.say(self.tr("Saved. The Preparation page shows what is still missing."))
        else:
            self.say(self.tr("Saved."))

    def _refuse(self, problems: dict[str, str]) -> None:
        self.details.show_problems(problems)
        self.tabs.setCurrentIndex(DETAILS)
        self.say(
            self.tr("Not saved: correct the %n marked field(s).", "", len(problems)), error=True
        )

    def _refused(self, exc: UserError) -> bool:
        from kamdesk.services.company import InvalidFields

        if not isinstance(exc, InvalidFields):
            return False
        problems = dict(exc.problems)
        after = {k: v for k, v in problems.items() if k in ("outcome", "next_steps")}
        if after:
            self.after.show_problems(after)
            self.tabs.setCurrentIndex(AFTER)
        rest = {k: v for k, v in problems.items() if k not in after}
        if rest:
            self.details.show_problems(rest)
            self.tabs.setCurrentIndex(DETAILS)
        self.say(
            self.tr("Not saved: correct the %n marked field(s).", "", len(problems)), error=True
        )
        return True

    def mark_held(self) -> bool:
        """Held: the outcome is recorded. A meeting that has not started yet asks first."""
        record = self.record
        if record is not None and record.start > datetime.now().astimezone():
            answer = QMessageBox.question(
                self,
                self.tr("Not yet held"),
                self.tr(
                    "This meeting starts {when}: it has not taken place yet. Record it as held "
                    "anyway?"
                ).format(when=f"{day_text(record.start.date())} {record.start:%H:%M}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.save(held=True)

    def reopen(self) -> None:
        """Back to planned (held or cancelled by mistake); the outcome stays as written."""
        from kamdesk.services.schedule.meetings import set_status

        meeting_id = self.meeting_id
        if meeting_id is None:
            return

        def work(session: Session) -> bool:
            set_status(session, meeting_id, "planned")
            return True

        if run_op(self, self.db, self.hub, work) is not None:
            self.reload(force=True)

    def cancel_meeting(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Cancelled"),
            self.tr("Why was it cancelled? (kept as the meeting's outcome)"),
            self.after.outcome_text(),
        )
        if not ok:
            return
        if not reason.strip():
            self.after.show_problems({"outcome": self.tr("Say why it was cancelled.")})
            self.tabs.setCurrentIndex(AFTER)
            return
        self.save(held=False, reason=reason)

    # --- changes elsewhere --------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if self._closing or not changes & WATCHED:
            return
        if changes & {Change.PRODUCTS, Change.PRICES}:
            self.details._load_products()
        if Change.ORDERS in changes:
            QTimer.singleShot(0, self.actions_.link_new_order)
        if self._busy or self.meeting_id is None:
            if self.meeting_id is None and changes & {Change.CONTACTS, Change.ORDERS}:
                self.details.refresh_lists()
            return
        try:
            self.reload()
        except UserError:  # deleted meanwhile (here, or on another laptop and synced)
            self._closing = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.has_unsaved_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This meeting has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            # Yes: a caller closing everything answers "close and lose them" (as for orders)
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    event.ignore()
                    return
            elif answer not in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes):
                event.ignore()
                return
        self._closing = True
        if self._listening:
            self._listening = False
            self.hub.changed.disconnect(self._on_changed)
        super().closeEvent(event)


def open_meeting_window(
    parent: QWidget | None,
    db: Database,
    hub: ChangeHub,
    meeting_id: str | None,
    *,
    client_id: str | None = None,
    start: datetime | None = None,
    kind: str = "meeting",
    today: date | None = None,
) -> MeetingWindow:
    """A meeting or call in its own window: a new one (start and client prefilled when given)
    or an existing one. Shown and returned (closed at once, after saying so, when the meeting
    no longer exists). Open it through `windows.open_meeting`, which raises a meeting already
    open in a window instead: two windows of one meeting would save over each other."""
    window = MeetingWindow(
        db, hub, meeting_id, client_id=client_id, start=start, kind=kind, today=today, parent=parent
    )
    window.setWindowFlag(Qt.WindowType.Window)
    if window.gone:
        QMessageBox.warning(parent, window.tr("Meeting"), window.gone)
        window.close()  # and deleted: nothing to show
        return window
    window.show()
    window.raise_()
    window.activateWindow()
    if meeting_id is None:
        focus = window.details.picker if client_id is None else window.details.subject
        focus.setFocus()
    return window
