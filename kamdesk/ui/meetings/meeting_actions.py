"""What the meeting window's buttons and links do besides saving: ticks, objections settled or
deleted, follow-up tasks done, the printed brief and the calendar file, duplicate, delete, a
draft order made for the offer, and the way from a finding to where it is fixed."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kamdesk.domain.edit_rows import rows_with_choices
from kamdesk.errors import UserError
from kamdesk.ui import windows
from kamdesk.ui.meetings.meeting_common import day_text
from kamdesk.ui.meetings.meeting_save import objection_labels
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.pdf_preview import show_pdf

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.schedule.records import MeetingData, MeetingRecord
    from kamdesk.ui.meetings.meeting_details import DetailsPage
    from kamdesk.ui.meetings.meeting_prep import PreparationPage
    from kamdesk.ui.meetings.meeting_prep_editors import ObjectionEdit
    from kamdesk.ui.meetings.meeting_save import MeetingBases
    from kamdesk.ui.operations import ChangeHub
    from kamdesk.ui.orders.order_window import OrderWindow

DETAIL_WORDS = (  # a finding's words -> the field on the Details page that fixes it
    ("address", "location"),
    ("travel", "travel"),
    ("attend", "contacts"),
    ("agenda", "agenda"),
    ("goals", "goals"),
    ("needs", "needs_asked"),
)


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip() or "meeting"


class MeetingView(Protocol):
    """What the actions need of the meeting window (MeetingWindow is the one), so this module
    does not import the window that imports it."""

    db: Database
    hub: ChangeHub
    meeting_id: str | None
    record: MeetingRecord | None
    today: date
    details: DetailsPage
    prep: PreparationPage
    tabs: QTabWidget
    bases: MeetingBases
    copied_questions: list[str]

    def busy(self) -> AbstractContextManager[None]: ...

    def close_without_asking(self) -> None: ...

    def show_heading(self) -> None: ...

    def say(self, text: str, *, error: bool = False) -> None: ...

    def has_unsaved_edits(self) -> bool: ...

    def save(self, *, held: bool | None = None, reason: str | None = None) -> bool: ...

    def parentWidget(self) -> QWidget | None: ...


class MeetingActions(QObject):
    def __init__(self, window: MeetingView) -> None:
        self.widget = cast(QWidget, window)  # the window itself, as the parent of dialogs
        super().__init__(self.widget)
        self.w = window
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.order_window: OrderWindow | None = None

    def _op(self, fn: Callable[[Session], object]) -> bool:
        """An immediate change (a tick, a settled objection, a task done): the window reloads
        from the hub, keeping whatever is typed and not saved."""

        def work(session: Session) -> bool:
            fn(session)
            return True

        return run_op(self.widget, self.w.db, self.w.hub, work) is not None

    # --- from the preparation panel -----------------------------------------------------------
    def tick(self, item: str, on: bool) -> None:
        from kamdesk.services.schedule.prep_items import set_ticked

        meeting_id = self.w.meeting_id
        if meeting_id is not None:
            self._op(lambda s: set_ticked(s, meeting_id, item, on))

    def settle_objection(self, edit: ObjectionEdit) -> None:
        """Settled, with the card's text and response: merged onto the objection as stored
        (a response changed meanwhile elsewhere is not reverted; both changed: the dialog)."""
        from kamdesk.services.schedule.prep_items import save_objection

        client_id = self.w.record.client_id if self.w.record else None
        if client_id is None or edit.id is None:
            return
        objection_id, base = edit.id, self.w.bases.objections
        typed = {"objection": edit.objection, "response": edit.response, "status": "settled"}

        def work(session: Session, pick: Pick) -> bool:
            row = rows_with_choices({objection_id: typed}, pick.chosen)[objection_id]
            save_objection(
                session,
                client_id,
                row["objection"],
                row["response"],
                status=row["status"],
                raised_on=edit.raised_on,
                objection_id=objection_id,
                base=pick.rebase(base) if base is not None else None,
            )
            return True

        labels = objection_labels(objection_id, edit.objection)
        run_edit(self.widget, self.w.db, self.w.hub, work, labels=labels)

    def delete_objection(self, edit: ObjectionEdit) -> None:
        from kamdesk.services.schedule.prep_items import delete_objection

        objection_id = edit.id
        if objection_id is None:
            return
        answer = QMessageBox.question(
            self.widget,
            self.tr("Delete objection"),
            self.tr(
                "Delete the objection “{text}”? If the client no longer holds it, mark it "
                "Settled instead: it stays in the client's history."
            ).format(text=edit.objection),
        )
        if answer == QMessageBox.StandardButton.Yes and self._op(
            lambda s: delete_objection(s, objection_id)
        ):
            self.w.prep.objections.drop(objection_id)  # also when it was deleted meanwhile

    def task_done(self, task_id: str, done: bool) -> None:
        from kamdesk.services.schedule.meetings import set_status

        self._op(lambda s: set_status(s, task_id, "done" if done else "planned"))

    def go_to(self, where: str, item: str, text: str) -> None:
        """A finding's link: to the field, editor, dossier page or contact that fixes it."""
        w = self.w
        if where in ("details", "offer", "products"):
            field = where if where != "details" else "subject"
            if where == "details":
                lowered = text.lower()
                field = next((f for word, f in DETAIL_WORDS if word in lowered), "")
                field = field or ("start" if item == "late" else "subject")
            w.tabs.setCurrentWidget(w.details)
            w.details.focus_field(field)
        elif where in ("questions", "objections"):
            w.tabs.setCurrentWidget(w.prep)
            w.prep.scroll_to(where)
        elif where.startswith("dossier:"):
            self.open_dossier(where.partition(":")[2])
        elif where.startswith("contact:"):
            self.open_contact(where.partition(":")[2])

    def open_dossier(self, page: str) -> QWidget | None:
        """The client's dossier at `page` (one dossier per client: raised when open)."""
        w = self.w
        client_id = w.record.client_id if w.record else None
        if client_id is None:
            return None
        dossier = windows.open_dossier(
            w.db, w.hub, client_id, parent=w.parentWidget(), page=page or None
        )
        dossier.raise_()
        dossier.activateWindow()
        return dossier

    def open_contact(self, contact_id: str) -> QDialog | None:
        from kamdesk.services.clients.contacts import list_contacts
        from kamdesk.ui.clients.contact_dialog import ContactDialog

        w = self.w
        client_id = w.record.client_id if w.record else None
        if client_id is None:
            return None
        with w.db.reading() as session:
            people = list_contacts(session, client_id)
        found = next((c for c in people if c.id == contact_id), None)
        if found is None:
            w.say(self.tr("That contact no longer exists."), error=True)
            return None
        dialog = ContactDialog(
            w.db,
            w.hub,
            found.data,
            contact_id=found.id,
            colleagues=tuple((c.id, c.name) for c in people if c.id != contact_id),
            parent=self.widget,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- the offer ----------------------------------------------------------------------------
    def create_order(self) -> QWidget | None:
        w = self.w
        if w.details.client_id is None:
            w.say(self.tr("Choose the client first."), error=True)
            return None
        owner = w.parentWidget() or self.widget  # the order outlives this window if closed first
        self.order_window = cast(
            "OrderWindow",
            windows.open_order(
                w.db, w.hub, None, client_id=w.details.client_id, parent=owner, today=w.today
            ),
        )
        # the products on the agenda start the offer, each at the client's price
        added = [
            pid
            for pid in w.details.product_box.ids()
            if self.order_window.lines.add_product(pid) >= 0
        ]
        if added:
            w.say(
                self.tr(
                    "The draft order starts with the %n product(s) on the agenda: set the "
                    "quantities and save it; it becomes this meeting's offer.",
                    "",
                    len(added),
                )
            )
        else:
            w.say(self.tr("Save the draft order: it becomes this meeting's offer."))
        return self.order_window

    def link_new_order(self) -> None:
        """The draft order made with 'Create draft order…' was saved: it is the offer."""
        window = self.order_window
        if window is None:
            return
        try:
            order_id = window.order_id
            visible = window.isVisible()
        except RuntimeError:  # closed and gone
            self.order_window = None
            return
        if order_id is None:
            if not visible:
                self.order_window = None
            return
        self.order_window = None
        if self.w.details.select_offer(order_id):
            self.w.say(self.tr("The new draft order is chosen as the offer: save to keep it."))

    # --- documents ----------------------------------------------------------------------------
    def _saved_first(self) -> bool:
        w = self.w
        if w.meeting_id is None or w.has_unsaved_edits():
            return w.save()
        return True

    def _ask_path(self, title: str, name: str, kinds: str) -> Path | None:
        return file_dialogs.save_file(self.widget, "calendar", title, _file_name(name), kinds)

    def _base_name(self) -> str:
        record = self.w.record
        if record is None:
            return "meeting"
        return f"{record.client_name} {record.start:%Y-%m-%d}"

    def print_brief(self) -> bytes | None:
        """The meeting brief as a PDF in the preview, to print, save or open from there."""
        w = self.w
        if not self._saved_first() or w.meeting_id is None:
            return None
        from kamdesk.reports.brief import render_brief
        from kamdesk.services.schedule.brief import meeting_brief

        buffer = io.BytesIO()
        try:
            with w.db.reading() as session:
                brief = meeting_brief(session, w.meeting_id, today=w.today)
            with w.busy():
                render_brief(brief, buffer)
        except UserError as exc:
            QMessageBox.warning(self.widget, self.tr("Print brief"), str(exc))
            return None
        name = self._base_name()
        show_pdf(
            self.widget,
            buffer.getvalue(),
            title=self.tr("Brief: {name}").format(name=name),
            file_name=_file_name(self.tr("Brief {name}.pdf").format(name=name)),
        )
        w.say(self.tr("The brief is in the preview: print or save it from there."))
        return buffer.getvalue()

    def export_ics(self) -> Path | None:
        """The meeting as a calendar file (.ics) for the phone's or mail program's calendar."""
        w = self.w
        if not self._saved_first() or w.meeting_id is None:
            return None
        from kamdesk.services.schedule.ics import meeting_ics

        path = self._ask_path(
            self.tr("Save the calendar file as"),
            f"{self._base_name()}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            with w.db.reading() as session:
                data = meeting_ics(session, w.meeting_id)
            path.write_bytes(data)
        except UserError as exc:
            QMessageBox.warning(self.widget, self.tr("Export .ics"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self.widget,
                self.tr("Export .ics"),
                self.tr("Could not write {path}: {why}").format(path=path, why=exc.strerror),
            )
            return None
        w.say(self.tr("Calendar file saved: {path}").format(path=path))
        return path

    # --- duplicate, delete --------------------------------------------------------------------
    def duplicate(self) -> QWidget | None:
        """A new meeting like this one (as on screen), a week later, in its own window."""

        w = self.w
        data, _problems = w.details.read()
        copy = shifted(data, 7)
        other = cast(
            MeetingView,
            windows.open_meeting(
                w.db,
                w.hub,
                None,
                parent=w.parentWidget(),
                client_id=copy.client_id,
                start=copy.start,
                kind=copy.kind,
                today=w.today,
            ),
        )
        other.details.load(None, copy)
        # the listening plan goes with it (without the answers): written on the copy's Save
        other.copied_questions = [q for _qid, q in w.prep.questions.questions() if q.strip()]
        other.show_heading()
        other.say(self.tr("A copy, a week later: check the day and time, then save."))
        return cast(QWidget, other)

    def _ask_series(self) -> str | None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a repeating meeting"),
            self.tr("This meeting repeats. Delete only this one, or this and the following?"),
            parent=self.widget,
        )
        one = box.addButton(self.tr("This one"), QMessageBox.ButtonRole.AcceptRole)
        following = box.addButton(
            self.tr("This and the following"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is one:
            return "one"
        if clicked is following:
            return "following"
        return None

    def delete(self) -> bool:
        """Soft delete (it can come back through sync's tombstones); asks first when there is
        anything typed in it or anyone invited, and which ones when it repeats."""
        from kamdesk.services.schedule.series import delete_meeting, series_of
        from kamdesk.ui.undo import commands as undo_commands

        w = self.w
        record, meeting_id = w.record, w.meeting_id
        if record is None or meeting_id is None:
            return False
        following = False
        if record.series_id:
            choice = self._ask_series()
            if choice is None:
                return False
            following = choice == "following"
        elif record.has_notes or record.attendees:
            # a whole sentence for each kind: the noun's gender and case vary by language
            if record.kind == "call":
                title = self.tr("Delete call")
                text = self.tr(
                    "Delete the call “{subject}” on {day}, with its plan, questions and notes?"
                )
            else:
                title = self.tr("Delete meeting")
                text = self.tr(
                    "Delete the meeting “{subject}” on {day}, with its plan, questions and notes?"
                )
            day = day_text(record.start.date())
            answer = QMessageBox.question(
                self.widget, title, text.format(subject=record.subject, day=day)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def work(session: Session) -> list[str]:
            ids = series_of(session, meeting_id) if following else [meeting_id]
            delete_meeting(session, meeting_id, following=following)
            return ids

        with w.busy():
            ids = run_op(self.widget, w.db, w.hub, work)
        if ids is None:
            return False
        undo_commands.deleted(
            w.db,
            w.hub,
            "call" if record.kind == "call" else "meeting",
            record.subject,
            ids,
            lambda s: delete_meeting(s, meeting_id, following=following),
            trash_kind="meeting",
        )
        w.close_without_asking()
        return True


def shifted(data: MeetingData, days: int) -> MeetingData:
    """A copy of a meeting `days` later (for Duplicate): everything on the Details page but the
    day (and the repetition); the outcome and the answers are not in MeetingData at all."""
    start = data.start + timedelta(days=days) if data.start else None
    return replace(data, start=start, recurrence="", repeat_until=None)
