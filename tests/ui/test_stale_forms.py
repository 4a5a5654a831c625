"""Issue 15, case 1, for the client's forms and the plans grid: a change made while the form is
open (an import, sync, a second window) is not reverted by Save; a field both changed shows
the conflict dialog with both values, and the value chosen is saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.services.clients import contacts, dossier
from kamdesk.services.plans.grid import plan_cell, set_plan
from kamdesk.ui.clients.contact_dialog import ContactDialog
from kamdesk.ui.clients.dossier_profile import ProfilePage, StrategyPage
from kamdesk.ui.clients.relationship_map import RelationshipMap
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.plans.grid_model import FIRST_MONTH
from kamdesk.ui.plans.plans_page import PlansPage
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.factories import add_client
from tests.ui.typing import type_text

TODAY = date.today()


def retype(edit: Any, text: str) -> None:
    edit.clear()
    type_text(edit, text)


@pytest.fixture
def client(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        cid = add_client(s, "Tisza Pékség Kft.", kam="Kovács Anna", city="Szeged").id
        anna = contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Kovács Anna", phone="+36 1 111"), today=TODAY
        )
        bela = contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Szabó Béla"), today=TODAY
        )
        eva = contacts.save_contact(
            s, ContactData(client_id=cid, full_name="Kiss Éva"), today=TODAY
        )
    return {"client": cid, "anna": anna, "bela": bela, "eva": eva}


def change_profile(db: Database, cid: str, **fields: object) -> None:
    with db.unit_of_work() as s:
        now = dossier.get_profile(s, cid)
        dossier.save_profile(s, dataclasses.replace(now, **fields), client_id=cid, today=TODAY)


def change_strategy(db: Database, cid: str, **fields: object) -> None:
    with db.unit_of_work() as s:
        now = dossier.get_strategy(s, cid)
        dossier.save_strategy(s, cid, dataclasses.replace(now, **fields))


def change_contact(db: Database, contact_id: str, **fields: object) -> None:
    with db.unit_of_work() as s:
        now = contacts.contact_data(s, contact_id)
        contacts.save_contact(
            s, dataclasses.replace(now, **fields), contact_id=contact_id, today=TODAY
        )


@dataclass
class Case:
    """A form: how to open it, what someone else changes meanwhile (`field` to `theirs`), what
    the user types into the same field (`mine`) or into another one, and what was stored."""

    open: Callable[[Database, dict[str, str]], QWidget]
    meanwhile: Callable[[Database, dict[str, str], str], None]
    type_same: Callable[[Any, str], None]
    type_other: Callable[[Any], None]
    save: Callable[[Any], object]
    stored: Callable[[Database, dict[str, str]], tuple[object, object]]  # (same, other)
    field: str
    mine: str
    theirs: str
    other: object


def _profile(db: Database, ids: dict[str, str]) -> QWidget:
    page = ProfilePage(db, ChangeHub())
    page.load(ids["client"])
    return page


def _strategy(db: Database, ids: dict[str, str]) -> QWidget:
    page = StrategyPage(db, ChangeHub())
    page.load(ids["client"])
    return page


def _contact(db: Database, ids: dict[str, str]) -> QWidget:
    with db.reading() as s:
        data = contacts.contact_data(s, ids["anna"])
    return ContactDialog(db, ChangeHub(), data, contact_id=ids["anna"])


def _profile_stored(db: Database, ids: dict[str, str]) -> tuple[object, object]:
    with db.reading() as s:
        p = dossier.get_profile(s, ids["client"])
    return p.email, p.city


def _strategy_stored(db: Database, ids: dict[str, str]) -> tuple[object, object]:
    with db.reading() as s:
        st = dossier.get_strategy(s, ids["client"])
        reasons = dossier.get_key_reasons(s, ids["client"])
    return st.needs, (st.vision, reasons)


def _contact_stored(db: Database, ids: dict[str, str]) -> tuple[object, object]:
    with db.reading() as s:
        c = contacts.contact_data(s, ids["anna"])
    return c.phone, c.position


def _strategy_other(page: StrategyPage) -> None:
    page.vision.setPlainText("Number one in the south")
    page.reason_boxes["reference"].setChecked(True)
    retype(page.reason_texts["reference"], "Best-known chain")


CASES = {
    "profile": Case(
        open=_profile,
        meanwhile=lambda db, ids, v: change_profile(db, ids["client"], email=v),
        type_same=lambda page, v: retype(page.email, v),
        type_other=lambda page: retype(page.city, "Szolnok"),
        save=lambda page: page.save(),
        stored=_profile_stored,
        field="email",
        mine="mine@tisza.hu",
        theirs="import@tisza.hu",
        other="Szolnok",
    ),
    "strategy": Case(
        open=_strategy,
        meanwhile=lambda db, ids, v: change_strategy(db, ids["client"], needs=v),
        type_same=lambda page, v: page.needs.setPlainText(v),
        type_other=_strategy_other,
        save=lambda page: page.save(),
        stored=_strategy_stored,
        field="needs",
        mine="Shorter delivery windows",
        theirs="Lower prices",
        other=("Number one in the south", {"reference": "Best-known chain"}),
    ),
    "contact": Case(
        open=_contact,
        meanwhile=lambda db, ids, v: change_contact(db, ids["anna"], phone=v),
        type_same=lambda dialog, v: retype(dialog.phone, v),
        type_other=lambda dialog: retype(dialog.position, "Head of buying"),
        save=lambda dialog: dialog.save() or dialog.saved_id,
        stored=_contact_stored,
        field="phone",
        mine="+36 1 222",
        theirs="+36 1 999",
        other="Head of buying",
    ),
}


@pytest.mark.parametrize("form", sorted(CASES))
def test_a_change_made_meanwhile_is_not_reverted(
    qtbot, db: Database, client: dict[str, str], form: str
) -> None:  # type: ignore[no-untyped-def]
    case = CASES[form]
    widget = case.open(db, client)
    qtbot.addWidget(widget)
    case.meanwhile(db, client, case.theirs)  # while the form is open
    case.type_other(widget)
    assert case.save(widget)
    assert case.stored(db, client) == (case.theirs, case.other)


@pytest.mark.parametrize("keep", ["mine", "theirs", "back"])
@pytest.mark.parametrize("form", sorted(CASES))
def test_a_field_both_changed_shows_both_values_and_saves_the_choice(
    qtbot,
    db: Database,
    client: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    form: str,
    keep: str,
) -> None:  # type: ignore[no-untyped-def]
    case = CASES[form]
    widget = case.open(db, client)
    qtbot.addWidget(widget)
    case.meanwhile(db, client, case.theirs)
    case.type_other(widget)
    case.type_same(widget, case.mine)
    seen: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups[case.field]
        seen.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Rejected if keep == "back" else QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    saved = case.save(widget)
    assert seen == [(case.mine, case.theirs)]
    same, other = case.stored(db, client)
    if keep == "back":  # nothing written, the typing stays in the form
        assert not saved and same == case.theirs and other != case.other
        assert case.mine in _texts(widget)
        return
    assert saved
    assert (same, other) == (case.mine if keep == "mine" else case.theirs, case.other)


def _texts(widget: QWidget) -> list[str]:
    """Every text a user reads in the form's edit fields."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    lines = [e.text() for e in widget.findChildren(QLineEdit)]
    return lines + [e.toPlainText() for e in widget.findChildren(QPlainTextEdit)]


# --- the org chart and the plans grid: one value per edit ------------------------------------


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_line_of_the_chart_changed_meanwhile_asks_which_boss(
    qtbot, db: Database, client: dict[str, str], monkeypatch: pytest.MonkeyPatch, keep: str
) -> None:  # type: ignore[no-untyped-def]
    chart = RelationshipMap(db, ChangeHub())
    qtbot.addWidget(chart)
    chart.set_client(client["client"], TODAY)
    with db.unit_of_work() as s:  # meanwhile Anna was put under Béla elsewhere
        contacts.set_reports_to(s, client["anna"], client["bela"])
    shown: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups["reports_to_id"]
        shown.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    assert chart.set_boss(client["anna"], client["eva"])  # dragged under Éva on this map
    assert shown == [("Kiss Éva", "Szabó Béla")]
    with db.reading() as s:
        boss = contacts.contact_data(s, client["anna"]).reports_to_id
    assert boss == client["eva" if keep == "mine" else "bela"]


@pytest.mark.parametrize("keep", ["mine", "theirs", "back"])
def test_a_plan_cell_changed_meanwhile_asks_which_amount(
    qtbot, db: Database, client: dict[str, str], monkeypatch: pytest.MonkeyPatch, keep: str
) -> None:  # type: ignore[no-untyped-def]
    year = TODAY.year
    march, april = date(year, 3, 1), date(year, 4, 1)
    with db.unit_of_work() as s:
        set_plan(s, client["client"], march, Decimal("1000"))
    page = PlansPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.attach(db, ChangeHub())
    qtbot.waitUntil(lambda: not page.loading)
    with db.unit_of_work() as s:  # an import meanwhile: March and April
        set_plan(s, client["client"], march, Decimal("1500"))
        set_plan(s, client["client"], april, Decimal("700"))
    seen: list[tuple[str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups["amount"]
        seen.append((mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Rejected if keep == "back" else QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    model = page.grid_model
    row = model.row_of(client["client"])
    assert model.setData(model.index(row, FIRST_MONTH + 2), "1200")  # March, typed
    assert seen == [("1,200.00", "1,500.00")]  # as the locale (en_GB) writes them
    with db.reading() as s:
        stored = plan_cell(s, client["client"], march).amount
        assert plan_cell(s, client["client"], april).amount == Decimal("700")
    expected = {"mine": "1200", "theirs": "1500", "back": "1500"}[keep]
    assert stored == Decimal(expected)
    if keep == "back":  # the typed value stays in its cell, marked as not saved
        assert model.refused_text(client["client"], 2) == "1200.00"
        assert "changed meanwhile" in page.status.text()
        qtbot.waitUntil(lambda: not page.loading)
        assert model.amount(row, 2) == Decimal("1500")  # the sums: what is stored
    else:
        assert model.amount(row, 2) == Decimal(expected)
