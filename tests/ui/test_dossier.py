"""The client dossier as a KAM uses it: create a client, add people, watch the score move."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.db import Database
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.clients.contacts import list_contacts
from kamdesk.services.clients.dossier import get_key_reasons, get_profile
from kamdesk.ui import windows
from kamdesk.ui.clients.client_model import COLUMNS
from kamdesk.ui.clients.contact_dialog import ContactDialog
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_client, add_order
from tests.ui.typing import type_text


def fill(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    type_text(edit, text)


def save_contact(qtbot, dossier: DossierWindow, name: str, **choices: str) -> None:  # type: ignore[no-untyped-def]
    dossier.show_page("contacts")
    dialog = dossier.contacts.new()
    assert isinstance(dialog, ContactDialog)
    fill(qtbot, dialog.full_name, name)
    for field, value in choices.items():
        widget = getattr(dialog, field)
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            fill(qtbot, widget, value)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None, dialog.summary.text()


def test_create_a_client_add_people_and_watch_the_score(
    qtbot,
    window: MainWindow,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    qtbot.mouseClick(window.clients.new_button, Qt.MouseButton.LeftButton)
    dossier = windows.open_windows(windows.DOSSIER)[-1]
    assert isinstance(dossier, DossierWindow) and dossier.client_id is None
    assert not dossier.tabs.isTabEnabled(2)
    page = dossier.profile
    fill(qtbot, page.name, "Tisza Pékség Kft.")
    page.country.setCurrentText("HU")
    fill(qtbot, page.tax_id, "1234")  # wrong check digit: refused at the field
    fill(qtbot, page.kam, "Kovács Anna")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.errors["tax_id"].isVisible()
    with db.reading() as s:
        assert list_clients(s, search="tisza") == []
    fill(qtbot, page.tax_id, "18795134-2-41")
    fill(qtbot, page.city, "Szeged")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dossier.client_id is not None
    assert dossier.tabs.isTabEnabled(2)
    assert "Tisza Pékség Kft." in dossier.title.text()
    first = dossier.score.value()
    assert "No decision maker known." in [
        dossier.gaps.item(i).text()[2:] for i in range(dossier.gaps.count())
    ]

    save_contact(
        qtbot,
        dossier,
        "Nagy Ferenc",
        buying_role="decision maker",
        form_of_address="Tisztelt Nagy Úr",
    )
    save_contact(qtbot, dossier, "Kiss Éva", buying_role="champion", attitude="champion")
    assert dossier.score.value() > first
    assert dossier.contacts.table.rowCount() == 2
    # the column says what it weighs: the personal notes the preparation uses
    table = dossier.contacts.table
    assert table.horizontalHeaderItem(8).text() == "Personal notes"
    personal = {table.item(r, 0).text(): table.item(r, 8).text() for r in range(2)}
    assert personal == {"Nagy Ferenc": "noted", "Kiss Éva": "none yet"}
    with db.reading() as s:
        names = {c.name for c in list_contacts(s, dossier.client_id)}
    assert names == {"Nagy Ferenc", "Kiss Éva"}
    # the client list shows it, with its score
    window.clients.search.clear()
    type_text(window.clients.search, "tisza")
    model = window.clients.table.model()
    assert model.index(0, 0).data() == "Tisza Pékség Kft."
    score = next(i for i, (field, _) in enumerate(COLUMNS) if field == "completeness")
    model.index(0, score).data()  # asks for the score; it is computed just after
    qtbot.waitUntil(lambda: model.index(0, score).data() == f"{dossier.score.value()}\u00a0%")


def test_a_dossier_opened_and_closed_at_once_asks_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    dossier = window.clients.open_dossier(window.clients.model.client_id(0))
    assert isinstance(dossier, DossierWindow)
    qtbot.waitExposed(dossier)
    assert not dossier.has_unsaved_edits()
    dossier.close()
    assert asked == [] and not dossier.isVisible()


def test_a_gap_opens_the_page_that_fixes_it(qtbot, db: Database, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        cid = add_client(s, "Thin Dossier Ltd", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    gap = next(
        dossier.gaps.item(i)
        for i in range(dossier.gaps.count())
        if "needs" in dossier.gaps.item(i).text()
    )
    qtbot.waitExposed(dossier)
    dossier.gaps.scrollToItem(gap)
    where = dossier.gaps.visualItemRect(gap).center()
    qtbot.mouseClick(dossier.gaps.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert dossier.tabs.currentWidget() is dossier.strategy


def test_strategy_and_key_reasons_are_saved(qtbot, db: Database, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        cid = add_client(s, "X", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("strategy")
    page = dossier.strategy
    page.needs.setPlainText("Shorter delivery times in winter")
    page.reason_boxes["reference"].setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.reason_errors["reference"].isVisible()  # no justification: nothing saved
    with db.reading() as s:
        assert get_key_reasons(s, cid) == {}
    fill(qtbot, page.reason_texts["reference"], "The best-known bakery chain in the south")
    fill(qtbot, page.budget, "120 000")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert get_key_reasons(s, cid) == {"reference": "The best-known bakery chain in the south"}
    from kamdesk.services.clients.dossier import get_strategy

    with db.reading() as s:
        strategy = get_strategy(s, cid)
    assert strategy.needs == "Shorter delivery times in winter"
    assert strategy.budget == Decimal("120000.00")


def test_delete_is_refused_for_a_client_with_orders_and_archive_works(
    qtbot,
    db: Database,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Busy Client", kam="Anna")
        add_order(s, client, [("1", "5.00", "0")])
        cid = client.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    qtbot.mouseClick(dossier.delete_button, Qt.MouseButton.LeftButton)
    assert warnings and "Archive the client instead" in warnings[0]
    qtbot.mouseClick(dossier.archive_button, Qt.MouseButton.LeftButton)
    assert "ARCHIVED" in dossier.subtitle.text()
    assert window.clients.model is not None
    window.clients.search.clear()
    type_text(window.clients.search, "busy")
    assert window.clients.model.total == 0
    window.clients.archived.setChecked(True)
    assert window.clients.model.total == 1


def test_contact_delete_asks_and_the_trash_restores(
    qtbot,
    db: Database,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "X", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    save_contact(qtbot, dossier, "Rossi Marco")
    page = dossier.contacts
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.delete()
    assert page.table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete()
    assert page.table.rowCount() == 0
    page.trash_button.setChecked(True)
    assert page.table.rowCount() == 1 and page.restore_button.isVisible()
    page.table.selectRow(0)
    page.restore()
    page.trash_button.setChecked(False)
    assert page.table.rowCount() == 1


def test_history_lists_orders_and_filters_by_kind(qtbot, db: Database, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        client = add_client(s, "Buyer", kam="Anna")
        add_order(s, client, [("2", "10.00", "0")], number="SO-9", day=date(2026, 5, 1))
    dossier = window.clients.open_dossier(client.id)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    table = dossier.history.table
    assert table.rowCount() == 1 and table.item(0, 2).text() == "Order SO-9"
    # a double-click on the order opens it in its window (once: a second time raises it)
    cell = table.visualItemRect(table.item(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    [opened] = windows.open_windows(windows.ORDER)
    assert "SO-9" in opened.windowTitle()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert windows.open_windows(windows.ORDER) == [opened]
    opened.close()
    kind = dossier.history.kind
    kind.setCurrentIndex(kind.findData("payment"))
    assert table.rowCount() == 0


def test_profile_edits_reach_the_database(qtbot, db: Database, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        cid = add_client(s, "Old Name", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    fill(qtbot, dossier.profile.name, "New Name Zrt.")
    fill(qtbot, dossier.profile.employees, "2.5")
    qtbot.mouseClick(dossier.profile.save_button, Qt.MouseButton.LeftButton)
    assert dossier.profile.form.errors["employees"].isVisible()
    fill(qtbot, dossier.profile.employees, "250")
    qtbot.mouseClick(dossier.profile.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        profile = get_profile(s, cid)
    assert (profile.name, profile.employees) == ("New Name Zrt.", 250)
    assert "New Name Zrt." in dossier.windowTitle()


def test_relations_drawn_on_the_map_follow_the_contacts(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        cid = add_client(s, "Mapped Ltd", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    save_contact(qtbot, dossier, "Boss Bea", buying_role="decision maker")
    save_contact(qtbot, dossier, "Fan Feri", attitude="champion")
    dossier.show_page("map")
    the_map = dossier.map
    assert len(the_map.cards) == 2
    ids = {the_map.contacts[i].name: the_map.contacts[i].id for i in range(2)}
    before = dossier.score.value()
    assert the_map.make_relation(ids["Fan Feri"], ids["Boss Bea"], "reports_to")
    assert the_map.make_relation(ids["Fan Feri"], ids["Boss Bea"], "influences")
    kinds = sorted(line.kind for line in the_map.lines)
    assert kinds == ["influences", "reports_to"]
    boss_level = the_map.cards[ids["Boss Bea"]].pos().y()
    assert the_map.cards[ids["Fan Feri"]].pos().y() > boss_level
    save_contact(qtbot, dossier, "Third Tom")
    dossier.show_page("map")
    assert len(the_map.cards) == 3
    assert dossier.score.value() >= before


def test_typing_survives_a_change_elsewhere(qtbot, db: Database, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        cid = add_client(s, "Busy Typist Ltd", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("strategy")
    dossier.strategy.needs.setPlainText("Half-written thought about their needs")
    save_contact(qtbot, dossier, "Somebody New")  # a change: the dossier reloads
    dossier.show_page("strategy")
    assert dossier.strategy.needs.toPlainText() == "Half-written thought about their needs"
    assert dossier.has_unsaved_edits()
    qtbot.mouseClick(dossier.strategy.save_button, Qt.MouseButton.LeftButton)
    assert not dossier.has_unsaved_edits()


def test_the_contact_list_shows_each_attitude_in_the_colours_of_the_map(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from kamdesk.ui.clients import relationship_card
    from kamdesk.ui.widgets.style import ATTITUDE_COLOURS

    # one palette: the map's cards and the list agree
    assert relationship_card.ATTITUDE_COLOURS is ATTITUDE_COLOURS
    with db.unit_of_work() as s:
        cid = add_client(s, "Attitudes Ltd", kam="Anna").id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    save_contact(qtbot, dossier, "Fan Feri", attitude="champion")
    save_contact(qtbot, dossier, "Doubt Dora", attitude="sceptic")
    table = dossier.contacts.table
    seen = {}
    for row in range(table.rowCount()):
        attitude = table.item(row, 3)
        seen[table.item(row, 0).text()] = (
            attitude.background().color(),
            attitude.foreground().color(),
        )
    for name, attitude in (("Fan Feri", "champion"), ("Doubt Dora", "sceptic")):
        fill_colour, ink = ATTITUDE_COLOURS[attitude]
        assert seen[name] == (QColor(fill_colour), QColor(ink)), name


def test_the_header_shows_the_clients_share_once_read_and_after_a_change(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kamdesk.services.changes import Change
    from tests.factories import add_invoice
    from tests.ui.waiting import settle

    today = date.today()
    with db.unit_of_work() as s:
        big, small = add_client(s, "Big Buyer Kft."), add_client(s, "Small Buyer Kft.")
        add_invoice(s, big, "INV-B", "9000.00", issued=today - timedelta(days=5), due=today)
        add_invoice(s, small, "INV-S", "1000.00", issued=today - timedelta(days=5), due=today)
        big_id = big.id
    window.hub.changed.emit(frozenset({Change.INVOICES}))
    dossier = window.clients.open_dossier(big_id)
    assert isinstance(dossier, DossierWindow)
    settle(qtbot, dossier)  # the shares are read off the GUI thread
    assert "90.0\u00a0% of revenue (12 months)" in dossier.badges.text()
    assert "class A" in dossier.badges.text()
    with db.unit_of_work() as s:
        add_invoice(
            s, s.get(type(small), small.id), "INV-S2", "8000.00",
            issued=today - timedelta(days=2), due=today,
        )  # fmt: skip
    window.hub.changed.emit(frozenset({Change.INVOICES}))
    settle(qtbot, dossier)
    assert "50.0\u00a0% of revenue (12 months)" in dossier.badges.text()
