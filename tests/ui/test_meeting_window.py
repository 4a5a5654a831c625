"""The meeting window as a KAM uses it: a visit planned by typing, refused input at its field,
the preparation panel's warnings clearing as the plan is filled in, the outcome recorded after
the meeting, and a careful delete."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.models import Activity, Complaint
from kamdesk.services.changes import Change
from kamdesk.services.clients.contacts import last_contacts, save_contact
from kamdesk.services.sales.orders import get_order
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.meetings import move_meeting, save_meeting
from kamdesk.services.schedule.outcome import open_tasks
from kamdesk.services.schedule.prep_items import client_objections, save_objection, save_questions
from kamdesk.services.schedule.records import MeetingData
from kamdesk.services.schedule.series import delete_meeting
from kamdesk.ui import windows
from kamdesk.ui.clients.contact_dialog import ContactDialog
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets.pdf_preview import PdfPreview
from tests.factories import add_catalogue, add_client
from tests.ui.typing import type_text

TODAY = date.today()
CLIENT = "Szőnyi Élelmiszer Zrt."


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """A key client with an address, two contacts (one with manners noted) and a catalogue."""
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        client = add_client(
            s, CLIENT, city="Szeged", address="Kossuth Lajos utca 12", price_column_id=ids["Key"]
        )
        ids["client"] = client.id
        ids["anna"] = save_contact(
            s,
            ContactData(client_id=client.id, full_name="Kovács Anna", position="Head of buying"),
            today=TODAY,
        )
        ids["bela"] = save_contact(
            s,
            ContactData(
                client_id=client.id,
                full_name="Szabó Béla",
                position="Logistics",
                form_of_address="Tisztelt Szabó úr",
                language="hu",
            ),
            today=TODAY,
        )
    return ids


@pytest.fixture(autouse=True)
def close_meeting_windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Windows left with typing in them would ask on close: answer for the KAM."""
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MeetingWindow | OrderWindow) and widget.isVisible():
            widget.close()


def a_meeting(db: Database, shop: dict[str, str], **fields: object) -> str:
    values: dict[str, object] = {
        "client_id": shop["client"],
        "subject": "Season plan",
        "start": datetime.combine(TODAY + timedelta(days=2), time(10, 0)).astimezone(),
        "location": "Kossuth Lajos utca 12, Szeged",
        "travel_min": 30,
        "contact_ids": (shop["anna"],),
    }
    values.update(fields)
    with db.unit_of_work() as s:
        return save_meeting(s, MeetingData(**values))  # type: ignore[arg-type]


def open_window(
    qtbot, window: MainWindow, db: Database, meeting_id: str | None, **kw
) -> MeetingWindow:  # type: ignore[no-untyped-def]
    w = cast(MeetingWindow, windows.open_meeting(db, window.hub, meeting_id, parent=window, **kw))
    qtbot.waitUntil(w.isActiveWindow)
    return w


def states(w: MeetingWindow) -> dict[str, str]:
    return w.prep.states()


def score(w: MeetingWindow) -> int:
    return int(w.prep.score.text())


def error_at(w: MeetingWindow, name: str) -> str:
    label = w.details.forms[0].errors.get(name) or w.details.forms[1].errors[name]
    return label.text() if label.isVisibleTo(w) else ""


def type_time(edit: QWidget, text: str) -> None:
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # as a Tab into it: the hours are selected
    type_text(edit, text)


def retype(edit: QWidget, text: str) -> None:
    edit.setFocus()
    edit.selectAll()  # type: ignore[attr-defined]
    type_text(edit, text)


def live_meetings(db: Database) -> list[str]:
    """The ids of the meetings not deleted, in time order."""
    with db.reading() as s:
        return list(
            s.execute(
                select(Activity.id)
                .where(Activity.kind == "meeting", Activity.deleted_at.is_(None))
                .order_by(Activity.starts_at)
            ).scalars()
        )


# --- details ------------------------------------------------------------------------------------


def test_a_visit_planned_by_typing(qtbot, db: Database, window: MainWindow, shop) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, db, None)
    d = w.details
    assert not w.tabs.isTabEnabled(1)  # preparation opens once the meeting is saved
    assert w.tabs.tabToolTip(1) == "Save the meeting first."
    assert QApplication.focusWidget() is d.picker
    type_text(d.picker, "Szőnyi")
    qtbot.keyClick(d.picker, Qt.Key.Key_Return)
    assert d.client_id == shop["client"]
    # a site meeting goes to the client's address unless told otherwise
    assert d.location.text() == "Kossuth Lajos utca 12, Szeged"
    retype(d.subject, "Season plan and the new dairy range")
    day = TODAY + timedelta(days=3)
    d.start_day.setDate(QDate(day.year, day.month, day.day))  # picked in the calendar
    type_time(d.start_time, "14:30")
    retype(d.duration, "90")
    assert d.end_time.time() == QTime(16, 0)
    retype(d.travel, "40")
    assert d.leave_hint.text() == "leave by 13:50"
    names = {d.attendees.item(i).text(): d.attendees.item(i) for i in range(d.attendees.count())}
    assert set(names) == {"Kovács Anna — Head of buying", "Szabó Béla — Logistics"}
    names["Kovács Anna — Head of buying"].setCheckState(Qt.CheckState.Checked)
    type_text(d.product_picker, "CHEESE")
    qtbot.keyClick(d.product_picker, Qt.Key.Key_Return)
    assert d.products.item(0, 0).text() == "CHEESE-2 · Trappista cheese, 2 kg block"
    assert d.products.item(0, 2).text() == "11.16 EUR"  # the Key column: 10 % off 12.40
    type_text(d.agenda, "1. Their season. 2. Our dairy range.")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)

    assert w.meeting_id is not None
    with db.reading() as s:
        saved = get_meeting(s, w.meeting_id)
    assert saved.subject == "Season plan and the new dairy range"
    assert saved.start == datetime.combine(day, time(14, 30)).astimezone()
    assert (saved.duration_min, saved.travel_min, saved.place_kind) == (90, 40, "site")
    assert saved.location == "Kossuth Lajos utca 12, Szeged"
    assert [a.name for a in saved.attendees] == ["Kovács Anna"]
    assert [p.sku for p in saved.products] == ["CHEESE-2"]
    assert saved.agenda == "1. Their season. 2. Our dairy range."
    assert w.tabs.isTabEnabled(1)
    assert w.tabs.tabToolTip(1) == ""  # saved: no "save first" left on the tab
    assert w.windowTitle() == f"Meeting — {CLIENT} — {d.start_day.date().toString('ddd d MMM')}"
    assert not w.has_unsaved_edits()


def test_end_before_start_and_negative_travel_are_refused_at_the_field(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, shop
) -> None:
    start = datetime.combine(TODAY + timedelta(days=1), time(10, 0))
    w = open_window(qtbot, window, db, None, client_id=shop["client"], start=start)
    d = w.details
    retype(d.subject, "Prices for next year")
    type_time(d.end_time, "09:30")
    assert error_at(w, "duration") == "It must end after it starts."
    retype(d.travel, "-15")
    assert error_at(w, "travel") == "Travel time cannot be negative."
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert live_meetings(db) == []
    assert w.meeting_id is None
    assert "Not saved" in w.message.text()
    # corrected at the field, the messages go and it saves
    type_time(d.end_time, "11:15")
    assert error_at(w, "duration") == ""
    assert d.duration.value() == 75
    retype(d.travel, "20")
    assert error_at(w, "travel") == ""
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert len(live_meetings(db)) == 1


def test_a_product_typed_and_not_added_is_not_lost(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, shop
) -> None:
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    w.tabs.setCurrentWidget(w.details)
    type_text(w.details.product_picker, "cheese")  # no Enter
    assert w.has_unsaved_edits()
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert [p.sku for p in get_meeting(s, meeting_id).products] == ["CHEESE-2"]
    type_text(w.details.product_picker, "zzz")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert "No single product matches “zzz”" in error_at(w, "products")


def test_a_meeting_deleted_meanwhile_does_not_open(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, shop, monkeypatch
) -> None:
    meeting_id = a_meeting(db, shop)
    with db.unit_of_work() as s:
        delete_meeting(s, meeting_id)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    w = windows.open_meeting(db, window.hub, meeting_id, parent=window)
    assert not w.isVisible()
    assert said == ["That meeting no longer exists (it may have been deleted)."]
    window.hub.changed.emit(frozenset({Change.SCHEDULE}))  # nothing left listening


def test_a_call_has_no_address_and_a_client_must_be_picked(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, shop
) -> None:
    w = open_window(qtbot, window, db, None, kind="call")
    d = w.details
    assert d.place.currentData() == "phone"
    assert not d.location.isEnabled() and not d.travel.isEnabled()
    type_text(d.picker, "Nobody like this")
    retype(d.subject, "Payment reminder")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert "Pick the client" in error_at(w, "client")
    assert live_meetings(db) == []


# --- preparation --------------------------------------------------------------------------------


def test_warnings_clear_as_the_plan_is_filled_in(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    assert w.tabs.currentWidget() is w.prep  # an upcoming meeting opens on its preparation
    before = states(w)
    assert before["interrupting"] == "missing"
    assert before["preparation"] == "missing"  # no agenda, no goals
    assert before["product"] == "warning"
    first = score(w)

    # the listening plan: three questions typed, saved: Interrupting is ok
    for question in ("What are your plans for the season?", "Where do deliveries fall short?"):
        type_text(w.prep.questions.new_question, question)
        qtbot.keyClick(w.prep.questions.new_question, Qt.Key.Key_Return)
    type_text(w.prep.questions.new_question, "Who else decides?")  # not even Enter: still kept
    assert w.has_unsaved_edits()
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert states(w)["interrupting"] == "ok"
    assert w.prep.questions.list.count() == 3
    second = score(w)
    assert second > first

    # agenda and goals on the Details page: Poor preparation improves to a warning
    w.tabs.setCurrentWidget(w.details)
    type_text(w.details.agenda, "Season volumes; delivery windows")
    type_text(w.details.goals, "A trial order of the new range")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert states(w)["preparation"] == "warning"
    assert "needs" in w.prep.cards["preparation"].heading.text()
    third = score(w)
    assert third > second

    # Product knowledge is for the KAM to confirm: a tick makes it ok
    card = w.prep.cards["product"]
    assert "a tick makes it ok" in card.ticked.toolTip()
    qtbot.mouseClick(card.ticked, Qt.MouseButton.LeftButton)
    assert states(w)["product"] == "ok"
    assert score(w) > third
    assert w.tabs.tabText(1) == f"Preparation · {score(w)}"

    # a tick cannot hide what is missing
    w2 = a_meeting(
        db,
        shop,
        subject="Bare",
        start=datetime.combine(TODAY + timedelta(days=5), time(9)).astimezone(),
    )
    other = open_window(qtbot, window, db, w2)
    bare = other.prep.cards["interrupting"]
    assert "does not change it" in bare.ticked.toolTip()
    qtbot.mouseClick(bare.ticked, Qt.MouseButton.LeftButton)
    assert states(other)["interrupting"] == "missing"
    assert "still missing" in bare.heading.text()


def test_a_prepared_response_clears_the_arguing_warning(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        save_objection(s, shop["client"], "Your prices are higher than Tej-Coop's")
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    arguing = w.prep.cards["arguing"]
    assert arguing.state == "warning"
    assert "Your prices are higher" in arguing.findings.text()
    # the finding's link leads to the response to write
    arguing.findings.linkActivated.emit("0")
    [card] = w.prep.objections.cards
    assert QApplication.focusWidget() is card.response
    type_text(card.response, "Compare per delivered kilo: our returns are half theirs.")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert w.prep.cards["arguing"].state == "ok"
    with db.reading() as s:
        [saved] = client_objections(s, shop["client"])
    assert saved.response == "Compare per delivered kilo: our returns are half theirs."

    # a new objection expected, and an open complaint with a response prepared
    with db.unit_of_work() as s:
        s.add(
            Complaint(
                client_id=shop["client"], subject="Short delivery", opened_on=TODAY, status="open"
            )
        )
    assert w.prep.cards["arguing"].state == "ok"  # not told yet: nothing changed via the hub
    w.hub.changed.emit(frozenset({Change.CLIENTS}))
    assert w.prep.cards["arguing"].state == "missing"  # an open complaint met unprepared
    qtbot.mouseClick(w.prep.objections.add_button, Qt.MouseButton.LeftButton)
    new_card = w.prep.objections.cards[-1]
    type_text(new_card.objection, "Delivery windows are too narrow")
    type_text(new_card.response, "We can offer a 6-10 slot on Tuesdays.")
    [(_complaint, response)] = w.prep.complaints.rows
    type_text(response, "Credited on the next invoice; packing checked twice now.")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert w.prep.cards["arguing"].state == "ok"
    assert len(w.prep.objections.cards) == 2

    # settled: it leaves the list of open ones, typing elsewhere is kept
    type_text(w.details.goals, "unsaved goal")
    qtbot.mouseClick(w.prep.objections.cards[0].settle_button, Qt.MouseButton.LeftButton)
    assert [c.objection.text() for c in w.prep.objections.cards] == [
        "Delivery windows are too narrow"
    ]
    assert w.details.goals.toPlainText() == "unsaved goal"


def test_typing_survives_changes_made_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, shop
) -> None:
    meeting_id = a_meeting(db, shop)
    with db.unit_of_work() as s:
        save_questions(s, meeting_id, [(None, "Which volumes next year?", "")])
    w = open_window(qtbot, window, db, meeting_id)
    type_text(w.prep.questions.new_question, "Who else decides?")
    type_text(w.details.needs, "Shorter delivery windows")
    type_text(w.after.outcome, "Went well")
    [answer] = w.after.answers.values()
    type_text(answer, "10 % more")
    # a tick is written at once; the reload after it keeps all of the above
    qtbot.mouseClick(w.prep.cards["product"].ticked, Qt.MouseButton.LeftButton)
    assert w.prep.cards["product"].state == "ok"
    assert w.prep.questions.new_question.text() == "Who else decides?"
    assert w.details.needs.toPlainText() == "Shorter delivery windows"
    assert w.after.outcome_text() == "Went well"
    assert list(w.after.answer_texts().values()) == ["10 % more"]
    assert w.has_unsaved_edits()
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    with db.reading() as s:
        saved = get_meeting(s, meeting_id)
    assert [(q.question, q.answer) for q in saved.questions] == [
        ("Which volumes next year?", "10 % more"),
        ("Who else decides?", ""),
    ]
    assert (saved.needs_asked, saved.outcome, saved.status) == (
        "Shorter delivery windows",
        "Went well",
        "planned",  # the outcome is kept; only Held makes it done
    )
    assert not w.has_unsaved_edits()


def test_findings_lead_to_where_they_are_fixed(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop, location="", travel_min=0)
    w = open_window(qtbot, window, db, meeting_id)
    late = w.prep.cards["late"]
    texts = late.finding_texts()
    late.findings.linkActivated.emit(str(texts.index("No address: where is the meeting?")))
    assert w.tabs.currentWidget() is w.details
    assert QApplication.focusWidget() is w.details.location

    # a person without manners notes: the link opens the contact to fill them in
    manners = w.prep.cards["manners"]
    manners.findings.linkActivated.emit("0")
    dialog = w.actions_.dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    assert dialog.full_name.text() == "Kovács Anna"
    dialog.form_of_address.setText("Kedves Anna")
    dialog.language.setCurrentIndex(dialog.language.findData("hu"))
    dialog.save()
    assert w.prep.cards["manners"].state == "ok"

    # a gap in the dossier opens the client's dossier at the page that fills it
    info = w.prep.cards["information"]
    index, where = next(
        (i, f.where)
        for i, f in enumerate(info.check.findings)
        if f.where.startswith("dossier:")  # type: ignore[union-attr]
    )
    info.findings.linkActivated.emit(str(index))
    dossiers = [
        x for x in QApplication.topLevelWidgets() if isinstance(x, DossierWindow) and x.isVisible()
    ]
    assert len(dossiers) == 1
    page = where.partition(":")[2]
    assert dossiers[0].tabs.currentIndex() == [
        "profile",
        "strategy",
        "contacts",
        "map",
        "competitors",
        "terms",
        "history",
    ].index(page)
    dossiers[0].close()


# --- after the meeting --------------------------------------------------------------------------


def test_after_the_meeting_outcome_answers_and_next_steps(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    start = (datetime.now() - timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    meeting_id = a_meeting(
        db, shop, start=start.astimezone(), contact_ids=(shop["anna"], shop["bela"])
    )
    with db.unit_of_work() as s:
        save_questions(s, meeting_id, [(None, "Which volumes next year?", "")])
    dossier = window.clients.open_dossier(shop["client"])
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    w = open_window(qtbot, window, db, meeting_id)
    assert w.tabs.currentWidget() is w.after  # it is over: the page to fill in now
    a = w.after
    assert "PLANNED" in a.status.text()
    type_text(a.outcome, "They will trial the new range in two shops.")
    [answer] = a.answers.values()
    type_text(answer, "About 10 % more.")
    qtbot.mouseClick(a.add_step_button, Qt.MouseButton.LeftButton)
    step = a.steps[0]
    type_text(step.what, "Send the trial offer")
    due = TODAY + timedelta(days=4)
    step.due.setDate(QDate(due.year, due.month, due.day))
    qtbot.mouseClick(a.held_button, Qt.MouseButton.LeftButton)

    with db.reading() as s:
        record = get_meeting(s, meeting_id)
        tasks = open_tasks(s, client_id=shop["client"])
        seen = last_contacts(s, [shop["anna"], shop["bela"]])
    assert record.status == "done"
    assert record.outcome == "They will trial the new range in two shops."
    assert [q.answer for q in record.questions] == ["About 10 % more."]
    assert [(t.subject, t.due_date, t.follow_up_of_id) for t in tasks] == [
        ("Send the trial offer", due, meeting_id)
    ]
    assert seen == {shop["anna"]: start.date(), shop["bela"]: start.date()}
    # what the KAM sees: held, the step now a follow-up task, nothing left to type
    assert "HELD" in a.status.text()
    assert not a.held_button.isVisible()
    assert a.steps == []
    [task_box] = a._task_boxes
    shown_due = QLocale().toString(QDate(due.year, due.month, due.day), "ddd, d MMM yyyy")
    assert task_box.text() == f"Send the trial offer — due {shown_due}"
    assert not w.has_unsaved_edits()
    # the dossier's history, open all along, lists the meeting as held
    rows = {
        dossier.history.table.item(r, 2).text(): dossier.history.table.item(r, 4).text()
        for r in range(dossier.history.table.rowCount())
    }
    assert rows["Season plan"] == "done"
    # the task, done, is ticked off here
    qtbot.mouseClick(task_box, Qt.MouseButton.LeftButton, pos=QPoint(8, task_box.height() // 2))
    with db.reading() as s:
        assert open_tasks(s, client_id=shop["client"]) == []
    assert w.after._task_boxes[0].isChecked()
    dossier.close()


def test_held_needs_an_outcome_and_cancelled_asks_why(
    qtbot, db: Database, window: MainWindow, shop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)  # in two days
    w = open_window(qtbot, window, db, meeting_id)
    w.tabs.setCurrentWidget(w.after)
    asked: list[str] = []

    def answer(*args, **kw):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(w.after.held_button, Qt.MouseButton.LeftButton)
    assert "has not taken place yet" in asked[0]  # refused: nothing written
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(w.after.held_button, Qt.MouseButton.LeftButton)
    assert w.after.outcome_error.text() == "Write what came of the meeting."
    with db.reading() as s:
        assert get_meeting(s, meeting_id).status == "planned"
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("They postponed: stock count.", True)
    )
    qtbot.mouseClick(w.after.cancel_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        record = get_meeting(s, meeting_id)
    assert (record.status, record.outcome) == ("cancelled", "They postponed: stock count.")
    assert "CANCELLED" in w.after.status.text()
    # cancelled by mistake: reopened, the reason kept
    assert w.after.reopen_button.isVisible()
    qtbot.mouseClick(w.after.reopen_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        record = get_meeting(s, meeting_id)
    assert (record.status, record.outcome) == ("planned", "They postponed: stock count.")
    assert w.after.held_button.isVisible()


# --- closing, deleting, documents ---------------------------------------------------------------


def test_closing_with_unsaved_edits_asks(
    qtbot, db: Database, window: MainWindow, shop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    type_text(w.prep.questions.new_question, "What worries you most?")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def answer(_parent, title, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    w.close()
    assert w.isVisible()  # Cancel: it stays, with the typing
    w.close()
    assert not w.isVisible()
    assert asked == ["Unsaved changes", "Unsaved changes"]
    with db.reading() as s:
        assert [q.question for q in get_meeting(s, meeting_id).questions] == [
            "What worries you most?"
        ]


def test_delete_with_notes_asks_first_and_is_soft(
    qtbot, db: Database, window: MainWindow, shop, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop, agenda="Prices for 2027")
    w = open_window(qtbot, window, db, meeting_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent, title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(w.buttons["delete"], Qt.MouseButton.LeftButton)
    assert len(live_meetings(db)) == 1 and w.isVisible()
    qtbot.mouseClick(w.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "Season plan" in asked[0] and len(asked) == 2
    assert live_meetings(db) == []
    with db.reading() as s:
        row = s.get(Activity, meeting_id)
        assert row is not None and row.deleted_at is not None  # a tombstone, not gone
    assert not w.isVisible()


def test_delete_one_of_a_series_asks_which(qtbot, db: Database, window: MainWindow, shop) -> None:  # type: ignore[no-untyped-def]
    start = datetime.combine(TODAY + timedelta(days=1), time(9)).astimezone()
    until = TODAY + timedelta(days=22)
    a_meeting(db, shop, start=start, recurrence="weekly", repeat_until=until, contact_ids=())
    series = live_meetings(db)
    assert len(series) == 4
    second = series[1]
    w = open_window(qtbot, window, db, second)
    assert "repeating every week" in w.details.series_note.text()

    def choose() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == "This and the following"]
        button.click()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(w.buttons["delete"], Qt.MouseButton.LeftButton)
    assert live_meetings(db) == series[:1]  # the first one stays


def test_print_brief_and_calendar_file(
    qtbot, db: Database, window: MainWindow, shop, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    type_text(w.details.goals, "A trial order")  # unsaved: the brief is printed from it saved
    qtbot.mouseClick(w.buttons["brief"], Qt.MouseButton.LeftButton)
    [preview] = [p for p in w.findChildren(PdfPreview) if p.isVisible()]  # shown in the app
    qtbot.waitExposed(preview)
    assert preview.page_total() == len(PdfReader(io.BytesIO(preview.pdf)).pages) >= 1
    target = tmp_path / "brief"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)  # saved from the preview
    pdf = tmp_path / "brief.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "A trial order" in text  # printed from the meeting as saved
    preview.close()
    with db.reading() as s:
        m = get_meeting(s, meeting_id)
    assert m.client_name in text and m.subject in text
    for person in m.attendees:
        assert person.name in text
    with db.reading() as s:
        assert get_meeting(s, meeting_id).goals == "A trial order"
    target = tmp_path / "visit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(w.buttons["ics"], Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "visit.ics").read_bytes())
    [event] = [c for c in calendar.walk("VEVENT")]
    assert str(event["UID"]).startswith(meeting_id)


def test_duplicate_opens_a_copy_a_week_later(qtbot, db: Database, window: MainWindow, shop) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop, agenda="Prices")
    w = open_window(qtbot, window, db, meeting_id)
    qtbot.mouseClick(w.buttons["duplicate"], Qt.MouseButton.LeftButton)
    copies = [
        x
        for x in QApplication.topLevelWidgets()
        if isinstance(x, MeetingWindow) and x is not w and x.isVisible()
    ]
    [copy] = copies
    assert copy.meeting_id is None
    assert copy.details.agenda.toPlainText() == "Prices"
    assert copy.details.contact_ids() == (shop["anna"],)
    assert copy.details.start() == w.details.start() + timedelta(days=7)
    qtbot.mouseClick(copy.buttons["save"], Qt.MouseButton.LeftButton)
    assert len(live_meetings(db)) == 2


def test_a_draft_order_made_for_the_offer_is_linked(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(
        db, shop, agenda="a", goals="b", needs_asked="c", product_ids=(shop["CHEESE-2"],)
    )
    w = open_window(qtbot, window, db, meeting_id)
    assert w.prep.cards["preparation"].state == "warning"  # no offer yet
    w.tabs.setCurrentWidget(w.details)
    qtbot.mouseClick(w.details.new_order_button, Qt.MouseButton.LeftButton)
    order = w.actions_.order_window
    assert isinstance(order, OrderWindow) and order.client_id == shop["client"]
    # the products on the agenda start the offer, at the client's price
    assert order.lines.rowCount() >= 1
    assert "CHEESE-2" in order.lines.index(0, 0).data()
    qtbot.mouseClick(order.buttons["save"], Qt.MouseButton.LeftButton)
    assert order.order_id is not None
    qtbot.waitUntil(lambda: w.details.offer.currentData() == order.order_id)
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert get_meeting(s, meeting_id).offer_order_id == order.order_id
        assert [line.sku for line in get_order(s, order.order_id).lines] == ["CHEESE-2"]
    assert w.prep.cards["preparation"].state == "ok"


def test_new_meeting_from_the_dossier(qtbot, db: Database, window: MainWindow, shop) -> None:  # type: ignore[no-untyped-def]
    dossier = window.clients.open_dossier(shop["client"])
    assert isinstance(dossier, DossierWindow)
    qtbot.mouseClick(dossier.new_meeting_button, Qt.MouseButton.LeftButton)
    [w] = [
        x for x in QApplication.topLevelWidgets() if isinstance(x, MeetingWindow) and x.isVisible()
    ]
    assert w.details.client_id == shop["client"]
    assert w.details.picker.text() == CLIENT
    qtbot.waitUntil(w.isActiveWindow)
    assert QApplication.focusWidget() is w.details.subject
    dossier.close()


def test_one_window_a_meeting_and_a_move_elsewhere_survives_a_save(
    qtbot, db: Database, window: MainWindow, shop
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = a_meeting(db, shop)
    w = open_window(qtbot, window, db, meeting_id)
    again = windows.open_meeting(db, window.hub, meeting_id, parent=window)
    assert again is w  # raised, not a second copy that would save over the first
    w.tabs.setCurrentWidget(w.details)
    type_text(w.details.agenda, "Volumes for the season")  # typed, not saved yet
    # meanwhile the meeting is dragged to another time in the week view
    moved = datetime.combine(TODAY + timedelta(days=3), time(15, 0)).astimezone()
    with db.unit_of_work() as s:
        move_meeting(s, meeting_id, moved, 90)
    window.hub.changed.emit(frozenset({Change.SCHEDULE}))
    assert w.details.agenda.toPlainText() == "Volumes for the season"  # the typing stays
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    with db.reading() as s:
        saved = get_meeting(s, meeting_id)
    assert saved.agenda == "Volumes for the season"
    assert (saved.start, saved.duration_min) == (moved, 90)  # the move is not undone
