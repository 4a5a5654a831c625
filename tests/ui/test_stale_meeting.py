"""Issue 15, case 1, in the meeting window: a change made while the window is open is not
reverted by Save, and a field both changed (details, the outcome, an answer, an objection's or a
complaint's response) is shown in the conflict dialog, the value chosen saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from kamdesk.db import Database
from kamdesk.models import Complaint
from kamdesk.services.changes import Change
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.meetings import meeting_data, save_meeting
from kamdesk.services.schedule.outcome import record_outcome
from kamdesk.services.schedule.prep_items import (
    client_objections,
    delete_objection,
    save_objection,
    save_questions,
    set_complaint_response,
)
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.ui.test_meeting_window import (  # noqa: F401 (fixtures)
    TODAY,
    a_meeting,
    close_meeting_windows,
    open_window,
    shop,
)


@pytest.fixture
def meeting(db: Database, shop: dict[str, str]) -> dict[str, str]:  # noqa: F811
    """A meeting with a planned question, an objection and an open complaint of its client."""
    ids = dict(shop)
    ids["meeting"] = a_meeting(db, shop, agenda="Volumes")
    with db.unit_of_work() as s:
        save_questions(s, ids["meeting"], [(None, "Which volumes next year?", "")])
        ids["question"] = get_meeting(s, ids["meeting"]).questions[0].id
        ids["objection"] = save_objection(s, shop["client"], "Prices are high", "Per kilo")
        complaint = Complaint(
            client_id=shop["client"], subject="Short delivery", opened_on=TODAY, status="open"
        )
        s.add(complaint)
        s.flush()
        ids["complaint"] = complaint.id
    return ids


def details_now(db: Database, ids: dict[str, str], **fields: object) -> None:
    with db.unit_of_work() as s:
        now = meeting_data(get_meeting(s, ids["meeting"]))
        save_meeting(s, replace(now, **fields), meeting_id=ids["meeting"])  # type: ignore[arg-type]


def _meanwhile(db: Database, ids: dict[str, str], page: str, value: str) -> None:
    """What another window, an import or sync writes while this window is open."""
    if page == "details":
        details_now(db, ids, agenda=value)
        return
    with db.unit_of_work() as s:
        if page == "outcome":
            record_outcome(s, ids["meeting"], outcome=value, held=False)
        elif page == "answer":
            save_questions(
                s, ids["meeting"], [(ids["question"], "Which volumes next year?", value)]
            )
        elif page == "objection":
            save_objection(
                s, ids["client"], "Prices are high", value, objection_id=ids["objection"]
            )
        else:
            set_complaint_response(s, ids["complaint"], value)


def _type(w: MeetingWindow, page: str, value: str) -> None:
    if page == "details":
        w.details.agenda.setPlainText(value)
    elif page == "outcome":
        w.after.outcome.setPlainText(value)
    elif page == "answer":
        [answer] = w.after.answers.values()
        answer.setPlainText(value)
    elif page == "objection":
        [card] = w.prep.objections.cards
        card.response.setPlainText(value)
    else:
        [(_complaint, edit)] = w.prep.complaints.rows
        edit.setPlainText(value)


def _stored(db: Database, ids: dict[str, str], page: str) -> str:
    with db.reading() as s:
        record = get_meeting(s, ids["meeting"])
        if page == "details":
            return record.agenda
        if page == "outcome":
            return record.outcome
        if page == "answer":
            return record.questions[0].answer
        if page == "objection":
            [o] = client_objections(s, ids["client"])
            return o.response
        return s.get(Complaint, ids["complaint"]).prepared_response  # type: ignore[union-attr]


@dataclass
class Page:
    clash: Callable[[dict[str, str]], str]  # the field the conflict dialog names
    label: str


PAGES = {
    "details": Page(lambda ids: "agenda", "Agenda"),
    "outcome": Page(lambda ids: "outcome", "Outcome"),
    "answer": Page(lambda ids: f"answer:{ids['question']}", "Answer to question 1"),
    "objection": Page(lambda ids: f"response:{ids['objection']}", "Response to “Prices are high”"),
    "complaint": Page(
        lambda ids: f"prepared_response:{ids['complaint']}",
        "Response to the complaint “Short delivery”",
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_change_made_meanwhile_is_not_reverted_by_save(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str], page: str
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, meeting["meeting"])
    w.details.goals.setPlainText("A date for the trial")  # the KAM's own change elsewhere
    _meanwhile(db, meeting, page, "Changed elsewhere")  # no reload: as from another laptop
    assert w.save()
    assert _stored(db, meeting, page) == "Changed elsewhere"
    with db.reading() as s:
        assert get_meeting(s, meeting["meeting"]).goals == "A date for the trial"


@pytest.mark.parametrize("keep", ["mine", "theirs"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_field_both_changed_shows_both_values_and_saves_the_choice(
    qtbot,
    db: Database,
    window: MainWindow,
    meeting: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    page: str,
    keep: str,
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, meeting["meeting"])
    _type(w, page, "Typed here")
    w.details.goals.setPlainText("A date for the trial")
    _meanwhile(db, meeting, page, "Changed elsewhere")
    w.hub.changed.emit(frozenset({Change.SCHEDULE, Change.CLIENTS}))  # the window reloads
    seen: list[tuple[str, str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        field = PAGES[page].clash(meeting)
        mine, theirs = conflict.groups[field]
        assert PAGES[page].label in [label.text() for label in conflict.findChildren(QLabel)]
        seen.append((field, mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    assert w.save()
    assert seen == [(PAGES[page].clash(meeting), "Typed here", "Changed elsewhere")]
    assert _stored(db, meeting, page) == ("Typed here" if keep == "mine" else "Changed elsewhere")
    with db.reading() as s:
        assert get_meeting(s, meeting["meeting"]).goals == "A date for the trial"
    assert not w.has_unsaved_edits()


def test_going_back_to_the_window_saves_nothing_and_keeps_the_typing(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str], monkeypatch: Any
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, meeting["meeting"])
    _type(w, "outcome", "Typed here")
    w.details.goals.setPlainText("A date for the trial")
    _meanwhile(db, meeting, "outcome", "Changed elsewhere")
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert not w.save()
    assert w.after.outcome_text() == "Typed here"
    assert w.has_unsaved_edits()
    with db.reading() as s:
        saved = get_meeting(s, meeting["meeting"])
    assert (saved.outcome, saved.goals) == ("Changed elsewhere", "")


def test_settling_an_objection_keeps_a_response_written_meanwhile(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, meeting["meeting"])
    _meanwhile(db, meeting, "objection", "Changed elsewhere")
    [card] = w.prep.objections.cards
    card.settle_button.click()
    with db.reading() as s:
        [saved] = client_objections(s, meeting["client"])
    assert (saved.status, saved.response) == ("settled", "Changed elsewhere")


def test_a_question_deleted_meanwhile_stays_deleted_while_the_plan_is_being_edited(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str], monkeypatch: Any
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    with db.unit_of_work() as s:
        save_questions(s, meeting["meeting"], [(meeting["question"], "Which volumes?", "More")])
    w = open_window(qtbot, window, db, meeting["meeting"])
    w.prep.questions.new_question.setText("Who else decides?")  # the plan is being edited
    with db.unit_of_work() as s:  # meanwhile the first question is deleted elsewhere
        save_questions(s, meeting["meeting"], [])
    w.hub.changed.emit(frozenset({Change.SCHEDULE}))
    assert w.save(), told
    with db.reading() as s:
        assert [q.question for q in get_meeting(s, meeting["meeting"]).questions] == [
            "Who else decides?"
        ]


def test_an_objection_deleted_meanwhile_is_said_and_can_be_let_go(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str], monkeypatch: Any
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, window, db, meeting["meeting"])
    _type(w, "objection", "Typed here")
    with db.unit_of_work() as s:
        delete_objection(s, meeting["objection"])
    w.hub.changed.emit(frozenset({Change.CLIENTS}))
    [card] = w.prep.objections.cards  # the typing is still on screen
    assert card.response.toPlainText() == "Typed here"
    assert not w.save()
    assert told and "was deleted elsewhere" in told[0]
    card.delete_button.click()
    assert w.prep.objections.cards == []
    assert w.save()


def test_a_response_to_a_complaint_deleted_meanwhile_stays_on_screen_marked(
    qtbot, db: Database, window: MainWindow, meeting: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, meeting["meeting"])
    _type(w, "complaint", "Typed here")
    w.details.goals.setPlainText("A date for the trial")
    with db.unit_of_work() as s:
        s.get(Complaint, meeting["complaint"]).deleted_at = datetime.now(UTC)  # type: ignore[union-attr]
    w.hub.changed.emit(frozenset({Change.CLIENTS}))
    [(_complaint, edit)] = w.prep.complaints.rows
    assert edit.toPlainText() == "Typed here"
    w.tabs.setCurrentWidget(w.prep)

    def noted() -> bool:
        labels = w.prep.complaints.findChildren(QLabel)
        return any("not saved" in x.text() for x in labels if x.isVisibleTo(w))

    qtbot.waitUntil(noted)
    assert w.save()  # the rest is saved
    with db.reading() as s:
        assert get_meeting(s, meeting["meeting"]).goals == "A date for the trial"
