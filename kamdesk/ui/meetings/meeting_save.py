"""Saving the meeting window: every page's edits in one unit of work, each merged onto what is
stored now (domain/edits.py), so Save never reverts a change made meanwhile (a move in the week,
an import, another laptop through sync). A field both the KAM and someone else changed is shown
in the conflict dialog (ui/widgets/conflicts.py) with both values.

MeetingBases holds what each page loaded: a reload after a change elsewhere refreshes the base
of a page only when that page holds no unsaved typing, as it refreshes the page itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from kamdesk.domain.edit_rows import row_key, rows_with_choices
from kamdesk.ui.widgets.conflicts import Pick, value_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.schedule.outcome import Outcome
    from kamdesk.services.schedule.prep_items import ComplaintRows, ObjectionRows, QuestionRows
    from kamdesk.services.schedule.preparation import Preparation
    from kamdesk.services.schedule.records import MeetingData, MeetingRecord, NextStep
    from kamdesk.ui.meetings.meeting_details import DetailsPage
    from kamdesk.ui.meetings.meeting_prep_editors import ObjectionEdit

PAGES = ("details", "questions", "answers", "objections", "complaints", "outcome")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingSave", text)


@dataclass
class MeetingBases:
    """The meeting as each page was filled from the database (None: nothing loaded yet)."""

    details: MeetingData | None = None
    questions: QuestionRows | None = None  # the listening plan's texts
    answers: QuestionRows | None = None  # the answers, as After the meeting shows them
    objections: ObjectionRows | None = None
    complaints: ComplaintRows | None = None
    outcome: Outcome | None = None

    def follow(
        self, record: MeetingRecord, prep: Preparation | None, dirty: Collection[str]
    ) -> None:
        """The pages not in `dirty` were filled again from `record` and `prep`."""
        from kamdesk.services.schedule.meetings import meeting_data
        from kamdesk.services.schedule.outcome import Outcome
        from kamdesk.services.schedule.prep_items import (
            ComplaintRows,
            objection_rows,
            question_rows,
            response_rows,
        )

        fresh: dict[str, Callable[[], object]] = {
            "details": lambda: meeting_data(record),
            "questions": lambda: question_rows(record.questions),
            "answers": lambda: question_rows(record.questions),
            "outcome": lambda: Outcome(record.outcome),
            "objections": lambda: objection_rows(prep.objections if prep else ()),
            "complaints": lambda: (
                response_rows({c.id: c.prepared_response for c in prep.complaints})
                if prep
                else ComplaintRows()
            ),
        }
        for page, read in fresh.items():
            if page not in dirty or getattr(self, page) is None:
                setattr(self, page, read())

    def question_base(self) -> QuestionRows:
        """Each question's text as the plan loaded it, its answer as the After page did (a
        question one of them no longer lists: as the other loaded it)."""
        from kamdesk.services.schedule.prep_items import QuestionRows

        texts: Mapping[str, Mapping[str, Any]] = self.questions or {}
        answers: Mapping[str, Mapping[str, Any]] = self.answers or {}
        rows = QuestionRows()
        for qid in {*texts, *answers}:
            text, answer = texts.get(qid, answers.get(qid)), answers.get(qid, texts.get(qid))
            assert text is not None and answer is not None
            rows[qid] = {"question": text["question"], "answer": answer["answer"]}
        return rows


@dataclass
class MeetingSave:
    """One Save of the window: what each page has to write. Called as run_edit's work."""

    meeting_id: str | None
    data: MeetingData
    details_dirty: bool
    bases: MeetingBases
    plan: list[tuple[str | None, str, str]] | None = None  # None: the plan is not saved
    objections: list[ObjectionEdit] = field(default_factory=list)
    owner: str | None = None
    today: date = field(default_factory=date.today)
    complaints: dict[str, str] = field(default_factory=dict)
    outcome: str | None = None  # None: no outcome to record
    steps: list[NextStep] = field(default_factory=list)
    held: bool | None = None

    def __call__(self, session: Session, pick: Pick) -> str:
        from kamdesk.services.schedule.meetings import save_meeting, set_status

        meeting_id = self.meeting_id
        if meeting_id is None:
            meeting_id = save_meeting(session, self.data)
        elif self.details_dirty:
            base = self.bases.details
            data = pick.mine(self.data)
            rebased = pick.rebase(base) if base is not None else None
            save_meeting(session, data, meeting_id=meeting_id, base=rebased)
        self._prep_items(session, meeting_id, pick)
        self._outcome(session, meeting_id, pick)
        if self.held is False:
            set_status(session, meeting_id, "cancelled")
        return meeting_id

    def _prep_items(self, session: Session, meeting_id: str, pick: Pick) -> None:
        from kamdesk.services.schedule.prep_items import (
            save_objection,
            save_questions,
            set_complaint_response,
        )

        if self.plan is not None:
            mine = {qid: {"question": q, "answer": a} for qid, q, a in self.plan if qid}
            chosen = rows_with_choices(mine, pick.chosen)
            plan = [
                (qid, chosen[qid]["question"], chosen[qid]["answer"]) if qid else (qid, q, a)
                for qid, q, a in self.plan
            ]
            base = pick.rebase(self.bases.question_base())
            save_questions(session, meeting_id, plan, base=base)
        objections = self.bases.objections
        for o in self.objections:
            assert self.owner is not None
            text, response = o.objection, o.response
            status = "open"  # the cards are the open ones; settling is its own action
            if o.id is not None:
                mine = {o.id: {"objection": text, "response": response, "status": status}}
                row = rows_with_choices(mine, pick.chosen)[o.id]
                text, response, status = row["objection"], row["response"], row["status"]
            save_objection(
                session,
                self.owner,
                text,
                response,
                status=status,
                objection_id=o.id,
                raised_on=o.raised_on if o.id is not None else self.today,
                base=pick.rebase(objections) if o.id is not None and objections else None,
            )
        complaints = self.bases.complaints
        for complaint_id, text in self.complaints.items():
            mine = rows_with_choices({complaint_id: {"prepared_response": text}}, pick.chosen)
            set_complaint_response(
                session,
                complaint_id,
                mine[complaint_id]["prepared_response"],
                base=pick.rebase(complaints) if complaints is not None else None,
            )

    def _outcome(self, session: Session, meeting_id: str, pick: Pick) -> None:
        from kamdesk.services.schedule.outcome import Outcome, record_outcome

        if self.outcome is None:
            return
        base = self.bases.outcome
        record_outcome(
            session,
            meeting_id,
            outcome=pick.mine(Outcome(self.outcome)).outcome,
            answers={},
            next_steps=self.steps,
            held=self.held is True,
            base=pick.rebase(base) if base is not None and self.meeting_id else None,
        )


def conflict_labels(
    details: DetailsPage,
    questions: list[tuple[str | None, str]],
    objections: dict[str, str],
    complaints: dict[str, str],
) -> dict[str, str]:
    """How each field the conflict dialog may list reads: the details by their labels, the
    questions by their number, objections and complaints by their text."""
    form = {**details.forms[0].labels, **details.forms[1].labels}
    labels = {
        **form,
        "client_id": form.get("client", _tr("Client")),
        "duration_min": _tr("Duration"),
        "travel_min": form.get("travel", _tr("Travel")),
        "contact_ids": form.get("contacts", _tr("Attending")),
        "product_ids": form.get("products", _tr("Products on the agenda")),
        "offer_order_id": form.get("offer", _tr("The offer")),
        "agenda": _tr("Agenda"),
        "goals": _tr("Goals"),
        "needs_asked": _tr("Needs asked in advance"),
        "outcome": _tr("Outcome"),
    }
    for n, (qid, _text) in enumerate(questions, start=1):
        if qid:
            labels[row_key("question", qid)] = _tr("Question {n}").format(n=n)
            labels[row_key("answer", qid)] = _tr("Answer to question {n}").format(n=n)
    for oid, text in objections.items():
        labels.update(objection_labels(oid, text))
    for cid, subject in complaints.items():
        labels[row_key("prepared_response", cid)] = _tr("Response to the complaint “{s}”").format(
            s=subject
        )
    return labels


def objection_labels(objection_id: str, text: str) -> dict[str, str]:
    """An objection's fields in the conflict dialog, named by its text."""
    return {
        row_key("objection", objection_id): _tr("Objection “{text}”").format(text=text),
        row_key("response", objection_id): _tr("Response to “{text}”").format(text=text),
        row_key("status", objection_id): _tr("Status of “{text}”").format(text=text),
    }


def value_shown(details: DetailsPage) -> Callable[[str, object], str]:
    """People and products in the conflict dialog by their names, as the details list them."""
    names: dict[str, str] = {}
    for row in range(details.attendees.count()):
        item = details.attendees.item(row)
        names[str(item.data(Qt.ItemDataRole.UserRole))] = item.text()
    table = details.product_box.table
    for row in range(table.rowCount()):
        cell = table.item(row, 0)
        if cell is not None:
            names[str(cell.data(Qt.ItemDataRole.UserRole))] = cell.text()
    for index in range(details.offer.count()):
        if details.offer.itemData(index):
            names[str(details.offer.itemData(index))] = details.offer.itemText(index)

    def show(name: str, value: object) -> str:
        if name in ("contact_ids", "product_ids") and isinstance(value, tuple | list):
            return value_text([names.get(str(v), str(v)) for v in value])
        if name in ("offer_order_id", "client_id") and isinstance(value, str):
            if name == "client_id" and value == details.client_id:
                return details.picker.text()
            return names.get(value, value)
        return value_text(value)

    return show
