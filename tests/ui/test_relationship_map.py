"""The relationship map: cards by attitude, formal and informal lines, editing on the map, PNG."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.models import Activity, ActivityContact
from kamdesk.services.changes import Change
from kamdesk.services.clients import contacts as svc
from kamdesk.ui.clients.relationship_card import CardItem
from kamdesk.ui.clients.relationship_links import LinkItem
from kamdesk.ui.clients.relationship_map import LEVEL_STEP, RelationshipMap
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.style import ATTITUDE_COLOURS
from tests.factories import add_client

TODAY = date.today()  # last contact is read against the real clock


class Warnings:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, parent: object, title: str, text: str, *args: Any) -> None:
        self.messages.append(text)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Warnings:
    captured = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", captured)
    return captured


def make_people(db: Database, *people: tuple[str, dict[str, Any]]) -> tuple[str, dict[str, str]]:
    """A client with the given (name, contact fields) people; returns client id and name -> id."""
    with db.unit_of_work() as s:
        client_id = add_client(s, "Győri Élelmiszer Zrt.").id
        ids = {
            name: svc.save_contact(
                s, ContactData(client_id=client_id, full_name=name, **fields), today=TODAY
            )
            for name, fields in people
        }
    return client_id, ids


def met(db: Database, client_id: str, contact_id: str, days_ago: int) -> None:
    with db.unit_of_work() as s:
        meeting = Activity(
            kind="meeting",
            client_id=client_id,
            subject="Visit",
            status="done",
            starts_at=datetime.now(UTC) - timedelta(days=days_ago),
        )
        s.add(meeting)
        s.flush()
        s.add(ActivityContact(activity_id=meeting.id, contact_id=contact_id))


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def open_map(qtbot: QtBot, db: Database, hub: ChangeHub) -> Iterator[Any]:
    def show(client_id: str, **kwargs: Any) -> RelationshipMap:
        widget = RelationshipMap(db, hub)
        qtbot.addWidget(widget)
        widget.resize(1000, 650)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_client(client_id, TODAY, **kwargs)
        return widget

    yield show


def centre_on_screen(widget: RelationshipMap, card: CardItem) -> QPoint:
    return widget.view.mapFromScene(card.scene_rect().center())


def fill_seen(widget: RelationshipMap, card: CardItem) -> QColor:
    """The colour the user sees inside a card, right of its text, above the bottom strip."""
    rect = card.scene_rect()
    point = widget.view.mapFromScene(rect.right() - 12, rect.top() + 24)
    return widget.view.viewport().grab().toImage().pixelColor(point)


def lines_of(widget: RelationshipMap, kind: str) -> list[tuple[str, str]]:
    return [(line.from_id, line.to_id) for line in widget.lines if line.kind == kind]


def test_one_card_per_contact_in_the_colour_of_their_attitude(open_map: Any, db: Database) -> None:
    people = [(f"Person {a}", {"attitude": a}) for a in ATTITUDE_COLOURS]
    client_id, ids = make_people(db, *people)
    widget = open_map(client_id)
    assert set(widget.cards) == set(ids.values())
    for attitude in ATTITUDE_COLOURS:
        card = widget.cards[ids[f"Person {attitude}"]]
        assert card.attitude == attitude
        assert fill_seen(widget, card) == QColor(ATTITUDE_COLOURS[attitude][0]), attitude
    assert widget.empty_text is None
    assert widget.export_button.isEnabled()


def test_a_client_without_contacts_says_where_to_add_them(open_map: Any, db: Database) -> None:
    client_id, _ = make_people(db)
    widget = open_map(client_id)
    assert widget.cards == {} and widget.lines == []
    assert widget.empty_text is not None
    assert widget.empty_text.text() == "No contacts yet: add people on the Contacts page."
    assert widget.empty_text.isVisible()
    assert not widget.export_button.isEnabled()


def test_set_boss_puts_the_report_one_level_below_with_a_formal_line(
    open_map: Any, db: Database
) -> None:
    client_id, ids = make_people(db, ("Anna Kovács", {}), ("Béla Nagy", {}))
    anna, bela = ids["Anna Kovács"], ids["Béla Nagy"]
    widget = open_map(client_id)
    assert widget.cards[anna].y() == widget.cards[bela].y()
    assert lines_of(widget, "reports_to") == []

    assert widget.set_boss(bela, anna)

    assert widget.cards[bela].y() == widget.cards[anna].y() + LEVEL_STEP
    assert widget.cards[bela].x() == widget.cards[anna].x()  # the boss centred above
    assert lines_of(widget, "reports_to") == [(bela, anna)]
    with db.reading() as s:
        by_id = {c.id: c for c in svc.list_contacts(s, client_id)}
    assert by_id[bela].data.reports_to_id == anna

    assert widget.set_boss(bela, None)
    assert lines_of(widget, "reports_to") == []
    assert widget.cards[bela].y() == widget.cards[anna].y()


def test_influence_is_a_dashed_arrow_and_conflict_a_dotted_line_with_a_cross(
    open_map: Any, db: Database
) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}), ("Csaba", {}))
    anna, bela, csaba = ids["Anna"], ids["Béla"], ids["Csaba"]
    widget = open_map(client_id)

    assert widget.make_relation(anna, bela, "influences")
    assert widget.make_relation(csaba, anna, "conflicts")

    (influence,) = [line for line in widget.lines if line.kind == "influences"]
    assert (influence.from_id, influence.to_id) == (anna, bela)
    assert influence.pen().style() == Qt.PenStyle.CustomDashLine
    assert influence.pen().color() == QColor("#1565c0")
    assert len(influence.childItems()) == 1  # the arrow head
    (conflict,) = [line for line in widget.lines if line.kind == "conflicts"]
    assert conflict.pen().style() == Qt.PenStyle.CustomDashLine
    assert conflict.pen().capStyle() == Qt.PenCapStyle.RoundCap  # dots, not dashes
    assert conflict.pen().dashPattern() != influence.pen().dashPattern()
    assert len(conflict.childItems()) == 1  # the ✕ mark
    assert "Anna influences Béla" in influence.toolTip()
    with db.reading() as s:
        kinds = {
            (r.from_contact_id, r.to_contact_id, r.kind) for r in svc.list_relations(s, client_id)
        }
    assert kinds == {(anna, bela, "influences"), (csaba, anna, "conflicts")}


def test_a_refused_relation_shows_the_reason_and_changes_nothing(
    open_map: Any, db: Database, warnings: Warnings
) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}))
    anna, bela = ids["Anna"], ids["Béla"]
    widget = open_map(client_id)

    assert not widget.make_relation(anna, anna, "influences")
    assert warnings.messages == ["A person cannot have a relation with themselves."]
    assert widget.lines == []

    assert widget.make_relation(anna, bela, "influences")
    assert not widget.make_relation(anna, bela, "influences")
    assert "already on the map" in warnings.messages[-1]
    assert len(widget.lines) == 1
    with db.reading() as s:
        assert len(svc.list_relations(s, client_id)) == 1


def test_a_loop_of_bosses_is_refused(open_map: Any, db: Database, warnings: Warnings) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}))
    anna, bela = ids["Anna"], ids["Béla"]
    widget = open_map(client_id)
    assert widget.set_boss(bela, anna)
    before = {cid: card.pos() for cid, card in widget.cards.items()}

    assert not widget.set_boss(anna, bela)

    assert warnings.messages == ["Béla already reports to Anna, directly or not."]
    assert {cid: card.pos() for cid, card in widget.cards.items()} == before
    assert lines_of(widget, "reports_to") == [(bela, anna)]
    with db.reading() as s:
        assert {c.id: c.data.reports_to_id for c in svc.list_contacts(s, client_id)} == {
            anna: None,
            bela: anna,
        }


def test_people_not_met_for_too_long_are_marked(open_map: Any, db: Database) -> None:
    client_id, ids = make_people(db, ("Never", {}), ("Long ago", {}), ("Recently", {}))
    met(db, client_id, ids["Long ago"], 200)
    met(db, client_id, ids["Recently"], 10)
    widget = open_map(client_id, stale_days=90)
    with db.reading() as s:
        last = {c.id: c.last_contact for c in svc.list_contacts(s, client_id)}

    never, long_ago, recently = (widget.cards[ids[n]] for n in ("Never", "Long ago", "Recently"))
    assert never.stale and never.seen_text == "Never met or called"
    days = (TODAY - last[ids["Long ago"]]).days  # type: ignore[operator]
    assert long_ago.stale and long_ago.seen_text == f"No contact for {days} days"
    assert not recently.stale
    assert recently.seen_text.startswith("Last contact")
    # the mark shows: the bottom strip of a stale card is the warning colour, not the fill
    rect = long_ago.scene_rect()
    point = widget.view.mapFromScene(rect.right() - 8, rect.bottom() - 6)
    seen = widget.view.viewport().grab().toImage().pixelColor(point)
    assert seen == QColor("#fff1c2")

    widget.set_client(client_id, TODAY, stale_days=365)
    assert not widget.cards[ids["Long ago"]].stale
    assert widget.cards[ids["Never"]].stale


def test_dragging_one_card_onto_another_asks_and_adds_the_relation(
    qtbot: Any,
    open_map: Any,
    db: Database,
) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}), ("Csaba", {}))
    anna, bela = ids["Anna"], ids["Béla"]
    widget = open_map(client_id)
    asked: list[tuple[str, str]] = []

    def choose(from_id: str, to_id: str, where: QPoint) -> str:
        asked.append((from_id, to_id))
        return "influences"

    widget.choose_link = choose
    viewport = widget.view.viewport()
    start = centre_on_screen(widget, widget.cards[anna])
    end = centre_on_screen(widget, widget.cards[bela])
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    assert widget.cards[bela].highlighted  # the card it would land on lights up
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    assert asked == [(anna, bela)]
    assert lines_of(widget, "influences") == [(anna, bela)]
    with db.reading() as s:
        (rel,) = svc.list_relations(s, client_id)
    assert (rel.from_contact_id, rel.to_contact_id, rel.kind) == (anna, bela, "influences")


def test_a_drag_can_also_set_the_boss_or_be_cancelled(
    qtbot: Any,
    open_map: Any,
    db: Database,
) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}))
    anna, bela = ids["Anna"], ids["Béla"]
    widget = open_map(client_id)
    viewport = widget.view.viewport()

    def drag(answer: str | None) -> None:
        widget.choose_link = lambda a, b, where: answer
        start = centre_on_screen(widget, widget.cards[bela])
        end = centre_on_screen(widget, widget.cards[anna])
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(viewport, end)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    drag(None)  # the menu closed without a choice
    assert widget.lines == []
    drag("reports_to")
    assert lines_of(widget, "reports_to") == [(bela, anna)]


def test_the_drop_menu_offers_the_three_kinds(open_map: Any, db: Database) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}))
    widget = open_map(client_id)
    menu = widget.build_drop_menu(ids["Anna"], ids["Béla"])
    assert [(a.text(), a.data()) for a in menu.actions()] == [
        ("Anna reports to Béla", "reports_to"),
        ("Anna influences Béla", "influences"),
        ("Anna and Béla are in conflict", "conflicts"),
    ]


def test_a_cards_menu_edits_the_map(open_map: Any, db: Database) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}), ("Csaba", {}))
    anna, bela, csaba = ids["Anna"], ids["Béla"], ids["Csaba"]
    widget = open_map(client_id)

    # a right click on a card opens its menu (looked at, not run modally, in a test)
    shown: list[list[str]] = []
    widget.popup = lambda menu, where: shown.append([a.text() for a in menu.actions() if a.menu()])
    pos = centre_on_screen(widget, widget.cards[bela])
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, widget.view.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(widget.view.viewport(), event)
    assert shown == [["Reports to", "Influences", "In conflict with", "Remove relation"]]

    def submenu(menu: QMenu, title: str) -> QMenu:
        (action,) = [a for a in menu.actions() if a.text() == title]
        sub = action.menu()
        assert isinstance(sub, QMenu)
        return sub

    def trigger(contact_id: str, title: str, text: str) -> None:
        sub = submenu(widget.build_card_menu(contact_id), title)
        (action,) = [a for a in sub.actions() if a.text() == text]
        action.trigger()

    trigger(bela, "Reports to", "Anna")
    assert lines_of(widget, "reports_to") == [(bela, anna)]
    bosses = submenu(widget.build_card_menu(bela), "Reports to")
    assert [a.text() for a in bosses.actions() if a.isChecked()] == ["Anna"]

    trigger(csaba, "In conflict with", "Béla")
    assert lines_of(widget, "conflicts") == [(csaba, bela)]
    # the same conflict cannot be offered twice, from either side
    offered = submenu(widget.build_card_menu(bela), "In conflict with")
    (csaba_action,) = [a for a in offered.actions() if a.text() == "Csaba"]
    assert csaba_action.isChecked() and not csaba_action.isEnabled()

    remove = submenu(widget.build_card_menu(bela), "Remove relation")
    assert [a.text() for a in remove.actions()] == ["In conflict with Csaba"]
    trigger(bela, "Remove relation", "In conflict with Csaba")
    assert lines_of(widget, "conflicts") == []
    assert not submenu(widget.build_card_menu(bela), "Remove relation").isEnabled()

    trigger(bela, "Reports to", "(nobody)")
    assert lines_of(widget, "reports_to") == []


def test_people_sharing_a_name_are_told_apart_in_menus(open_map: Any, db: Database) -> None:
    client_id, ids = make_people(
        db,
        ("Anna", {}),
        ("Vüsal Həsənov", {"position": "Baş mühasib"}),
    )
    with db.unit_of_work() as s:
        svc.save_contact(
            s,
            ContactData(
                client_id=client_id, full_name="Vüsal Həsənov", position="Satınalma müdiri"
            ),
            today=TODAY,
        )
    widget = open_map(client_id)
    menu = widget.build_card_menu(ids["Anna"])
    (bosses,) = [a.menu() for a in menu.actions() if a.text() == "Reports to"]
    assert isinstance(bosses, QMenu)
    assert sorted(a.text() for a in bosses.actions() if a.text().startswith("Vüsal")) == [
        "Vüsal Həsənov (Baş mühasib)",
        "Vüsal Həsənov (Satınalma müdiri)",
    ]


def test_a_deleted_contact_leaves_the_map(open_map: Any, db: Database, hub: ChangeHub) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}), ("Csaba", {}))
    anna, bela, csaba = ids["Anna"], ids["Béla"], ids["Csaba"]
    widget = open_map(client_id)
    assert widget.set_boss(bela, anna)
    assert widget.make_relation(csaba, bela, "influences")

    with db.unit_of_work() as s:
        svc.delete_contact(s, bela)
    widget.refresh()
    assert set(widget.cards) == {anna, csaba}
    assert widget.lines == []

    # a change made elsewhere in the app reaches the map through the hub
    with db.unit_of_work() as s:
        svc.delete_contact(s, csaba)
    hub.changed.emit(frozenset({Change.CONTACTS}))
    assert set(widget.cards) == {anna}


def test_export_writes_a_png_with_the_map(open_map: Any, db: Database, tmp_path: Path) -> None:
    client_id, ids = make_people(db, ("Anna", {"attitude": "champion"}), ("Béla", {}))
    widget = open_map(client_id)
    assert widget.set_boss(ids["Béla"], ids["Anna"])
    target = tmp_path / "map.png"

    assert widget.export_png(target)

    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= widget.scene.itemsBoundingRect().width()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert ATTITUDE_COLOURS["champion"][0] in colours


def test_lines_carry_what_they_connect(open_map: Any, db: Database) -> None:
    client_id, ids = make_people(db, ("Anna", {}), ("Béla", {}))
    widget = open_map(client_id)
    assert widget.make_relation(ids["Anna"], ids["Béla"], "conflicts")
    (line,) = widget.lines
    assert isinstance(line, LinkItem)
    with db.reading() as s:
        (rel,) = svc.list_relations(s, client_id)
    assert line.relation_id == rel.id
    assert widget.remove_link(rel.id)
    assert widget.lines == []
