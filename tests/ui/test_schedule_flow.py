"""The whole way through, as a KAM plans a visit: a double-click in the week view opens a new
meeting, typed and saved it appears in the week; its preparation warns, the warnings clear as
the plan is filled in and the score rises, in the window and in the week alike; the printed
brief carries it all (read back from the PDF). What comes after the meeting is in
test_meeting_window."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.services.clients.contacts import save_contact
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.prep_items import save_objection
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from kamdesk.ui.widgets.pdf_preview import PdfPreview
from tests.factories import add_client
from tests.ui.typing import type_text

CLIENT = "ООО «Северсталь-Снаб»"


def _meeting_windows() -> list[MeetingWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingWindow) and w.isVisible()
    ]


def test_plan_prepare_print_and_follow_up_a_visit(  # type: ignore[no-untyped-def]
    qtbot, db: Database, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, CLIENT, city="Череповец", address="ул. Мира 30")
        boss = save_contact(
            s,
            ContactData(
                client_id=client.id,
                full_name="Əliyev Şəhriyar",
                position="Директор по закупкам",
                buying_role="decision maker",
                form_of_address="Шахрияр Алиевич",
                language="ru",
            ),
            today=date.today(),
        )
        save_objection(s, client.id, "Ваши цены выше, чем у конкурента.")
        client_id = client.id
    window.show_section("schedule")
    section = window.schedule
    next_monday = date.today() + timedelta(days=7 - date.today().weekday())
    section.go_to(next_monday)
    view = section.view

    # a double-click on Tuesday 10:00 opens a new meeting there
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_at(1, time(10, 5)))
    qtbot.waitUntil(lambda: len(_meeting_windows()) == 1)
    (w,) = _meeting_windows()
    d = w.details
    type_text(d.picker, "Северсталь")
    qtbot.keyClick(d.picker, Qt.Key.Key_Return)
    assert d.client_id == client_id
    d.subject.selectAll()
    type_text(d.subject, "Переговоры о ценах на 2027 год")
    for i in range(d.attendees.count()):
        d.attendees.item(i).setCheckState(Qt.CheckState.Checked)
    d.travel.selectAll()
    type_text(d.travel, "45")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    assert w.meeting_id is not None
    with db.reading() as s:
        saved = get_meeting(s, w.meeting_id)
    tuesday_ten = datetime.combine(next_monday + timedelta(days=1), time(10)).astimezone()
    assert saved.start == tuesday_ten
    assert [a.contact_id for a in saved.attendees] == [boss]

    # the week shows it, with its readiness
    qtbot.waitUntil(lambda: not view.block_rect(w.meeting_id).isEmpty())
    item = next(i for i in section.items if i.id == w.meeting_id)
    assert item.readiness is not None

    # the preparation warns; filling the plan in clears the warnings and the score rises
    w.tabs.setCurrentWidget(w.prep)
    before = w.prep.states()
    first = int(w.prep.score.text())
    assert before["interrupting"] == "missing"
    assert before["preparation"] == "missing"
    assert before["arguing"] == "warning"  # the objection has no response yet
    for question in (
        "Какие объёмы вы планируете на 2027 год?",
        "Кто ещё участвует в решении?",
        "Что для вас важнее: цена или сроки?",
    ):
        type_text(w.prep.questions.new_question, question)
        qtbot.keyClick(w.prep.questions.new_question, Qt.Key.Key_Return)
    (objection,) = w.prep.objections.cards
    type_text(objection.response, "Считаем стоимость на единицу: перчатки служат вдвое дольше.")
    w.tabs.setCurrentWidget(w.details)
    type_text(d.agenda, "1. Итоги года. 2. Цены на 2027 год.")
    type_text(d.goals, "Продлить договор на год")
    qtbot.mouseClick(w.buttons["save"], Qt.MouseButton.LeftButton)
    after = w.prep.states()
    assert after["interrupting"] == "ok"
    assert after["arguing"] == "ok"
    assert after["preparation"] == "warning"  # needs and the offer are still to come
    assert int(w.prep.score.text()) > first
    # the week view agrees with the window
    qtbot.waitUntil(
        lambda: (
            next(i for i in section.items if i.id == w.meeting_id).readiness.score  # type: ignore[union-attr]
            == int(w.prep.score.text())
        )
    )

    # the printed brief carries the plan (read back from the PDF in the preview)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(w.buttons["brief"], Qt.MouseButton.LeftButton)
    [preview] = [p for p in w.findChildren(PdfPreview) if p.isVisible()]
    assert opened == []  # shown in the app, not the system viewer
    reader = PdfReader(io.BytesIO(preview.pdf))
    assert preview.page_total() == len(reader.pages)
    preview.close()
    assert 1 <= len(reader.pages) <= 2
    # words as printed, whatever the line breaks
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in (
        CLIENT,
        "Переговоры о ценах на 2027 год",
        "Əliyev Şəhriyar",
        "Шахрияр Алиевич",
        "Кто ещё участвует в решении?",
        "Ваши цены выше, чем у конкурента.",
        "перчатки служат вдвое дольше",
        "09:15",  # leave by: 10:00 less 45 minutes
    ):
        assert expected in text, expected
