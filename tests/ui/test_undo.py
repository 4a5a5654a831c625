"""Edit > Undo and Redo (issue 18, item 4): a drag in the week put back and made again, a
deleted client brought back to the list, a contact restored from Edit > Trash, a removed order
line put back in its place."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.models import Activity, Client, Contact
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.trash.trash_dialog import TrashDialog
from tests.factories import add_client
from tests.ui import test_order_window as orders
from tests.ui.test_order_window_entry import press, question
from tests.ui.test_schedule import drag
from tests.ui.typing import type_text
from tests.ui.waiting import settle

shop = orders.shop  # a key client and the catalogue, for the order window
close_order_windows = orders.close_order_windows

MONDAY = date(2026, 11, 23)


def local(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour).astimezone()  # the laptop's zone, as the week shows


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, name, Qt.FindChildOption.FindDirectChildrenOnly)
    assert isinstance(found, QAction), name
    return found


def keys(qtbot: QtBot, window: QWidget, target: QWidget, key: Qt.Key, shift: bool = False) -> None:
    """A shortcut typed in the active `window` while `target` has the focus."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, key, modifiers)


def starts(db: Database, meeting_id: str) -> datetime | None:
    with db.reading() as s:
        row = s.get(Activity, meeting_id)
        assert row is not None
        return row.starts_at


def test_a_drag_in_the_week_is_undone_with_ctrl_z_and_redone(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Tisza Pékség Kft.")
        meeting = save_meeting(
            s, MeetingData(client.id, "Price list 2027", local(24, 10), 90, travel_min=0)
        )
    window.show_section("schedule")
    section = window.schedule
    section.go_to(MONDAY)
    settle(qtbot, section)
    view = section.view
    undo, redo = action(window, "undoAction"), action(window, "redoAction")
    assert not undo.isEnabled()  # nothing done yet

    block = view.block_rect(meeting)
    grab = QPoint(block.center().x(), block.top() + 20)
    two_hours = view.point_at(2, time(12)).y() - view.point_at(2, time(10)).y()
    drag(qtbot, view, grab, QPoint(view.point_at(2, time(12)).x(), grab.y() + two_hours + 3))
    assert starts(db, meeting) == local(25, 12)
    assert undo.isEnabled() and undo.text() == "Undo move of meeting “Price list 2027”"

    keys(qtbot, window, view, Qt.Key.Key_Z)  # Ctrl+Z: back to Tuesday 10:00
    assert starts(db, meeting) == local(24, 10)
    assert window.statusBar().currentMessage() == "Undone: move of meeting “Price list 2027”"
    settle(qtbot, section)
    placed = view.placed_of(meeting)
    assert placed is not None and placed.day == 1  # the week shows it back on Tuesday
    assert redo.text() == "Redo move of meeting “Price list 2027”"

    keys(qtbot, window, view, Qt.Key.Key_Z, shift=True)  # Ctrl+Shift+Z: to Wednesday again
    assert starts(db, meeting) == local(25, 12)
    keys(qtbot, window, view, Qt.Key.Key_Z)
    keys(qtbot, window, view, Qt.Key.Key_Y)  # Ctrl+Y redoes too
    assert starts(db, meeting) == local(25, 12)
    settle(qtbot, section)
    placed = view.placed_of(meeting)
    assert placed is not None and placed.day == 2


def test_a_deleted_client_comes_back_to_the_list_with_edit_undo(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Ömböli Fagylalt Bt.")
        s.add(Contact(client_id=client.id, full_name="Ömböli Ilona"))
        cid = client.id
    clients = window.clients
    model = clients.model
    assert model is not None
    type_text(clients.search, "ömböli")
    qtbot.waitUntil(lambda: model.total == 1)

    dossier = clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dossier.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.total == 0)  # gone from the list
    undo = action(window, "undoAction")
    assert undo.text() == "Undo deletion of client “Ömböli Fagylalt Bt.”"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit = next(m for m in window.menuBar().actions() if m.text() == "&Edit").menu()
    assert undo in edit.actions()  # Edit > Undo
    undo.trigger()
    qtbot.waitUntil(lambda: model.total == 1)  # back in the list, with its contact
    with db.reading() as s:
        assert [c.full_name for c in s.query(Contact).filter(Contact.deleted_at.is_(None))] == [
            "Ömböli Ilona"
        ]
    keys(qtbot, window, clients.table, Qt.Key.Key_Z, shift=True)  # Redo deletes it again
    qtbot.waitUntil(lambda: model.total == 0)
    keys(qtbot, window, clients.table, Qt.Key.Key_Z)  # and Ctrl+Z brings it back again
    qtbot.waitUntil(lambda: model.total == 1)


def test_a_contact_is_restored_from_edit_trash(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Rossi Forniture S.r.l.")
        for name in ("Rossi Marco", "Bianchi Giulia"):
            s.add(Contact(client_id=client.id, full_name=name))
        cid = client.id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("contacts")
    page = dossier.contacts
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for _ in range(2):  # both to the trash
        page.table.selectRow(0)
        page.delete()
    assert page.table.rowCount() == 0

    window.activateWindow()
    window.trash_action.trigger()  # Edit > Trash…
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, TrashDialog)]
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert {table.item(r, 1).text() for r in range(2)} == {"Rossi Marco", "Bianchi Giulia"}
    assert table.item(0, 2).text() == "Rossi Forniture S.r.l."  # whose contact
    assert table.item(0, 5).text()  # kept until
    assert not dialog.restore_button.isEnabled()
    type_text(dialog.search, "giulia")
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Bianchi Giulia"
    table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert dialog.count.text() == "Restored: Bianchi Giulia"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)  # the dossier shows her again
    assert page.table.item(0, 0).text() == "Bianchi Giulia"
    dialog.search.clear()
    assert table.rowCount() == 1  # Rossi Marco is still in the trash
    dialog.accept()

    undo = action(window, "undoAction")  # a restore is undone too: back to the trash
    assert undo.text() == "Undo restore of “Bianchi Giulia”"
    undo.trigger()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    action(window, "redoAction").trigger()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)


def test_a_removed_order_line_comes_back_in_its_place_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, shop: dict[str, str]
) -> None:
    w = orders.open_window(qtbot, window, client_id=shop["client"])
    for row, sku in enumerate(("SUGAR-1", "EGGS-30", "OIL-5")):
        assert w.lines.set_field(row, "product", sku)
    w.lines.set_field(1, "quantity", "12")
    w.view.go_to(1, "quantity", edit=False)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    press(qtbot, question(w), yes=True)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1", "OIL-5"]
    undo = action(w, "undoAction")
    assert undo.text() == "Undo removal of line 2, EGGS-30 — Eggs M, tray of 30"
    assert not action(window, "undoAction").isEnabled()  # the main window's own is untouched

    keys(qtbot, w, w.view, Qt.Key.Key_Z)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1", "EGGS-30", "OIL-5"]
    assert w.lines.lines[1].quantity == 12  # as it was
    assert w.view.current_field()[0] == 1  # the cursor on it
    assert w.has_unsaved_edits()
    keys(qtbot, w, w.view, Qt.Key.Key_Z, shift=True)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1", "OIL-5"]


def test_another_change_of_the_lines_leaves_no_redo_that_could_take_the_wrong_line(
    qtbot: QtBot, window: MainWindow, shop: dict[str, str]
) -> None:
    """Remove line 2, undo, then change the lines another way: the remembered row may be
    another line now, so neither undo nor redo is offered any more."""
    w = orders.open_window(qtbot, window, client_id=shop["client"])
    for row, sku in enumerate(("SUGAR-1", "EGGS-30", "OIL-5")):
        assert w.lines.set_field(row, "product", sku)
    w.view.go_to(1, "quantity", edit=False)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    press(qtbot, question(w), yes=True)
    keys(qtbot, w, w.view, Qt.Key.Key_Z)
    assert action(w, "redoAction").isEnabled()
    w.lines.set_field(0, "quantity", "3")  # an edit the stack knows nothing of
    assert not action(w, "redoAction").isEnabled() and not action(w, "undoAction").isEnabled()
    keys(qtbot, w, w.view, Qt.Key.Key_Z, shift=True)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1", "EGGS-30", "OIL-5"]


def test_a_deleted_meeting_comes_back_with_ctrl_z_in_the_main_window(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.ui import windows

    with db.unit_of_work() as s:
        client = add_client(s, "Hotel Greco S.p.A.")
        meeting = save_meeting(
            s, MeetingData(client.id, "Quarterly review", local(26, 9), 60, travel_min=0)
        )
    opened = windows.open_meeting(db, window.hub, meeting, parent=window)
    qtbot.waitExposed(opened)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert opened.actions_.delete()  # type: ignore[attr-defined]
    with db.reading() as s:
        assert s.get(Activity, meeting).deleted_at is not None  # type: ignore[union-attr]
    assert action(window, "undoAction").text() == "Undo deletion of meeting “Quarterly review”"
    keys(qtbot, window, window.nav, Qt.Key.Key_Z)
    with db.reading() as s:
        assert s.get(Activity, meeting).deleted_at is None  # type: ignore[union-attr]
        assert s.get(Client, client.id) is not None


def test_delete_on_a_product_sends_it_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.factories import add_catalogue

    with db.unit_of_work() as s:
        add_catalogue(s)
    window.show_section("products")
    section = window.products
    model = section.model
    assert model is not None
    type_text(section.search, "milk")
    qtbot.waitUntil(lambda: model.total == 2)
    table = section.table
    table.setCurrentIndex(model.index(0, 1))
    assert model.index(0, 0).data() == "MILK-1"
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    keys_plain(qtbot, window, table, Qt.Key.Key_Delete)
    assert asked and "MILK-1 — Milk 2.8 %, 1 l" in asked[0]
    qtbot.waitUntil(lambda: model.total == 1)  # gone from the list
    assert action(window, "undoAction").text() == "Undo deletion of product “Milk 2.8 %, 1 l”"
    keys(qtbot, window, table, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: model.total == 2)  # back


def keys_plain(qtbot: QtBot, window: QWidget, target: QWidget, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target.setFocus()
    qtbot.keyClick(target, key)


def test_an_undo_that_cannot_be_done_any_more_says_why_and_leaves_the_stack(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.services.schedule.series import delete_meeting

    with db.unit_of_work() as s:
        client = add_client(s, "Tisza Pékség Kft.")
        meeting = save_meeting(
            s, MeetingData(client.id, "Price list 2027", local(24, 10), 90, travel_min=0)
        )
    window.show_section("schedule")
    section = window.schedule
    section.go_to(MONDAY)
    settle(qtbot, section)
    view = section.view
    block = view.block_rect(meeting)
    grab = QPoint(block.center().x(), block.top() + 20)
    drag(qtbot, view, grab, QPoint(view.point_at(2, time(10)).x(), grab.y()))
    assert starts(db, meeting) == local(25, 10)
    with db.unit_of_work() as s:  # deleted meanwhile (on another laptop, synced)
        delete_meeting(s, meeting)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    undo = action(window, "undoAction")
    undo.trigger()
    assert said and "no longer exists" in said[0]
    assert not undo.isEnabled() and undo.text() == "Undo"  # the command is gone
    assert window.statusBar().currentMessage() != "Undone: move of meeting “Price list 2027”"
