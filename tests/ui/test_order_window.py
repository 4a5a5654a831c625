"""The order window as a KAM uses it: keyboard-only entry, refused input at its cell, credit
control with an override, shipping in part, refusals at delivery, invoicing and a return."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kamdesk.db import Database
from kamdesk.domain.orders import LineInput, order_totals
from kamdesk.services.sales.orders import count_orders, get_order, list_orders
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.credit_dialog import CreditDialog
from kamdesk.ui.orders.fulfilment_dialogs import DeliverDialog, ReturnDialog, ShipDialog, set_reason
from kamdesk.ui.orders.note_dialogs import ApprovalDialog, ReasonDialog
from kamdesk.ui.orders.order_lines_model import FIELDS, OrderLinesModel, column
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets.price_fields import money
from tests.factories import add_catalogue, add_client, add_invoice, add_quantity_break
from tests.ui.typing import type_text

TODAY = date(2026, 11, 24)
D = Decimal


def shown_text(label: QLabel) -> str:
    """What the user reads in a rich-text label."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """A key client on the 'Key' column (10 % off), 5 % discount allowed, 1 000 EUR credit."""
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        client = add_client(
            s,
            "Szőnyi Élelmiszer Zrt.",
            city="Szeged",
            segment="Retail",
            price_column_id=ids["Key"],
            credit_limit=D("1000.00"),
            payment_terms_days=30,
            max_discount_percent=D("5"),
        )
        ids["client"] = client.id
    return ids


@pytest.fixture(autouse=True)
def close_order_windows(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Order windows left with unsaved lines would ask on close: answer for the KAM."""
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OrderWindow) and widget.isVisible():
            widget.close()


def open_window(qtbot, window: MainWindow, order_id=None, client_id=None) -> OrderWindow:  # type: ignore[no-untyped-def]
    window.orders.today = TODAY
    w = window.orders.open_order(order_id, client_id=client_id)
    assert isinstance(w, OrderWindow)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into whatever has the focus, as a person would (the first key opens a cell's
    editor, the rest go to it)."""
    for ch in text:
        type_text(focused(), ch)


def enter(qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), Qt.Key.Key_Return, modifier)


def double_click(qtbot, widget: QWidget, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A press first: QTest's double click alone does not tell a view which item was hit."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def cell(w: OrderWindow, row: int, name: str) -> str:
    return str(w.lines.index(row, column(name)).data() or "")


def inputs_of(order) -> list[LineInput]:  # type: ignore[no-untyped-def]
    return [
        LineInput(ln.product_id, ln.quantity, ln.unit_price, ln.discount_percent, ln.vat_rate)
        for ln in order.lines
    ]


def test_an_order_entered_with_the_keyboard_alone(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window)
    assert focused() is w.header.picker
    keys(qtbot, "Szőnyi")
    enter(qtbot)
    assert w.client_id == shop["client"]
    assert "Key" in w.header.terms.text()
    # the cursor waits on the new line: an exact SKU, Enter takes it
    keys(qtbot, "MILK-1")
    enter(qtbot)
    assert cell(w, 0, "product") == "MILK-1 — Milk 2.8 %, 1 l"
    assert w.view.current_field() == (0, "quantity")
    keys(qtbot, "12")
    enter(qtbot)
    assert w.view.current_field() == (0, "price")
    assert cell(w, 0, "price") == "1.13"  # Key column: 10 % off 1.25, rounded half up
    assert "Key column" in w.current.text()
    enter(qtbot)  # the price as the rules give it
    keys(qtbot, "2")
    enter(qtbot)  # 2 % discount, within the client's 5 %
    assert w.view.current_field() == (1, "product")
    keys(qtbot, "trappista")
    enter(qtbot)
    keys(qtbot, "3,5")
    enter(qtbot)
    keys(qtbot, "11.50")  # typed over: a manual price, the rules' price kept beside it
    enter(qtbot)
    enter(qtbot)
    keys(qtbot, "flour")
    enter(qtbot)
    enter(qtbot)  # quantity 1 as offered
    enter(qtbot)
    enter(qtbot)
    assert len(w.lines.lines) == 3
    w.view.go_to(0, "quantity")  # Esc in a cell takes back what was typed there
    keys(qtbot, "999")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert cell(w, 0, "quantity") == "12"
    cheese = w.lines.lines[1]
    assert (cheese.price_rule, cheese.list_price) == ("manual", D("11.16"))
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves

    assert w.order_id is not None
    with db.reading() as s:
        order = get_order(s, w.order_id)
    expected = order_totals(inputs_of(order))
    assert (order.total_net, order.total_vat, order.total_gross) == (
        expected.net,
        expected.vat,
        expected.gross,
    )
    assert [ln.sku for ln in order.lines] == ["MILK-1", "CHEESE-2", "FLOUR-25"]
    assert [ln.quantity for ln in order.lines] == [D(12), D("3.5"), D(1)]
    assert order.lines[0].discount_percent == D(2)
    assert order.lines[1].price_rule == "manual" and order.lines[1].list_price == D("11.16")
    assert money(expected.gross, "EUR") in w.totals.text()
    assert order.number in w.header.number.text()
    assert not w.has_unsaved_edits()


def test_an_unknown_sku_is_an_error_at_its_line_and_save_writes_nothing(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    keys(qtbot, "butter")
    enter(qtbot)
    enter(qtbot)
    enter(qtbot)
    enter(qtbot)
    keys(qtbot, "NOPE-404")
    enter(qtbot)
    line = w.lines.lines[1]
    assert line.product_id is None and "NOPE-404" in (line.problem or "")
    index = w.lines.index(1, column("product"))
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == "#b00020"
    assert "Unknown product" in cell(w, 1, "rule")
    assert w.view.current_field() == (1, "product")  # the cursor stays on the bad cell
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.message.text() == "Not saved: 1 line to fix, marked in red."
    assert "Line 2" in w.current.text() and "Unknown product" in w.current.text()
    assert w.order_id is None
    with db.reading() as s:
        assert count_orders(s) == 0
    assert "1 line with problems not counted" in w.totals.text()


@pytest.mark.parametrize(
    ("name", "typed", "why"),
    [
        ("quantity", "1e5", "not a number"),
        ("quantity", "1e309", "not a number"),
        ("quantity", "-3", "more than zero"),
        ("quantity", "1.0005", "three decimals"),
        ("price", "2.5555", "two decimals"),
        # "1.500" and "1,255" read as English here (1.5 and 1255); an Italian's "1.500" is
        # refused as ambiguous (tests/ui/test_locale_numbers.py)
        ("price", "0", "more than zero"),
        ("discount", "120", "between 0 and 100"),
    ],
)
def test_a_bad_number_is_refused_at_its_cell_and_kept_as_typed(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str], name: str, typed: str, why: str
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    keys(qtbot, "SUGAR")
    enter(qtbot)
    w.view.go_to(0, name)
    focused().selectAll()  # type: ignore[attr-defined]
    keys(qtbot, typed)
    enter(qtbot)
    assert why in (w.lines.cell_problem(0, name) or "")
    assert cell(w, 0, name) == typed  # nothing silently dropped
    assert w.view.current_field() == (0, name)
    assert cell(w, 0, "gross") == ""  # a line with a refused value is not counted
    w.actions_.save()
    with db.reading() as s:
        assert count_orders(s) == 0
    # fixed, it saves
    w.view.go_to(0, name)
    focused().selectAll()  # type: ignore[attr-defined]
    keys(qtbot, "2")
    enter(qtbot)
    assert w.actions_.save()


def test_quantity_reprices_unless_the_price_was_typed(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        add_quantity_break(s, shop["OIL-5"], "10", "5")
    w = open_window(qtbot, window, client_id=shop["client"])
    model = w.lines
    assert model.set_field(0, "product", "OIL-5")
    assert model.lines[0].unit_price == D("7.83")  # 10 % off 8.70
    model.set_field(0, "quantity", "10")
    assert model.lines[0].unit_price == D("7.44")  # the break: 5 % off the column price
    assert model.lines[0].price_rule == "quantity_break"
    assert "quantity break" in (model.index(0, column("rule")).data() or "")
    model.set_field(0, "price", "7.60")
    model.set_field(0, "quantity", "2")
    line = model.lines[0]
    assert (line.unit_price, line.price_rule, line.list_price) == (D("7.60"), "manual", D("7.83"))
    model.set_field(0, "price", "")  # emptied: back to the rules
    assert (model.lines[0].unit_price, model.lines[0].price_rule) == (D("7.83"), "column")


def test_a_discount_above_the_clients_maximum_needs_an_approval_note(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    keys(qtbot, "EGGS")
    enter(qtbot)
    keys(qtbot, "40")
    enter(qtbot)
    enter(qtbot)
    keys(qtbot, "12")
    enter(qtbot)
    dialog = w.actions_.dialog
    assert isinstance(dialog, ApprovalDialog) and dialog.isVisible()
    assert "12 % off is more than the 5 %" in dialog.findChildren(type(w.current))[0].text()
    dialog.reject()
    assert not w.actions_.save()  # asked again: nobody has approved it yet
    dialog = w.actions_.dialog
    assert isinstance(dialog, ApprovalDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["approved_by"].isVisible()  # who and why are both needed
    type_text(dialog.approved_by, "Kovács Péter, head of sales")
    dialog.note.setPlainText("Opening order of the new Szeged store")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "approved by Kovács Péter" in cell(w, 0, "rule")
    assert w.actions_.save()
    with db.reading() as s:
        line = get_order(s, w.order_id).lines[0]
    assert line.approved_by == "Kovács Péter, head of sales"
    assert line.approval_note == "Opening order of the new Szeged store"


def _draft(qtbot, w: OrderWindow, lines: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    for row, (sku, qty) in enumerate(lines):
        assert w.lines.set_field(row, "product", sku)
        assert w.lines.set_field(row, "quantity", qty)
    assert w.actions_.save()


def test_credit_block_override_then_ship_deliver_invoice_return_in_the_history(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        from kamdesk.models import Client

        client = s.get(Client, shop["client"])
        assert client is not None
        add_invoice(
            s, client, "INV-2026-000077", "300.00", issued=date(2026, 8, 1), due=date(2026, 9, 1)
        )
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("CHEESE-2", "40"), ("FLOUR-25", "20")])
    number = w.record.number  # type: ignore[union-attr]
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)

    dialog = w.actions_.dialog
    assert isinstance(dialog, CreditDialog) and dialog.isVisible()
    order = w.record
    assert order is not None and order.status == "draft"  # blocked: nothing changed
    figures = {k: v.text() for k, v in dialog.figures.items()}
    assert figures["limit"] == money(D("1000.00"), "EUR")
    assert figures["owed"] == money(D("300.00"), "EUR")
    assert figures["this_order"] == money(order.total_gross, "EUR")
    exposure = D("300.00") + order.total_gross
    assert figures["exposure"] == money(exposure, "EUR")
    assert figures["over_by"] == money(exposure - D("1000.00"), "EUR")
    overdue = dialog.overdue
    assert overdue.rowCount() == 1 and overdue.item(0, 0).text() == "INV-2026-000077"
    assert overdue.item(0, 2).text() == str((TODAY - date(2026, 9, 1)).days)
    type_text(dialog.approved_by, "Nagy Ferenc")
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.errors["reason"].isVisible()
    dialog.reason.setPlainText("Pays the September invoice on Friday; CFO confirmed by phone")
    qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    order = w.record
    assert order is not None and order.status == "confirmed"
    assert order.credit_override_by == "Nagy Ferenc"
    assert "credit_override" in [e.kind for e in order.events]
    assert "Nagy Ferenc" in shown_text(w.header.revision)
    assert not w.lines.flags(w.lines.index(0, column("quantity"))) & Qt.ItemFlag.ItemIsEditable
    assert w.note.isVisible() and "new revision" in w.note.text()

    # ship part of it
    qtbot.mouseClick(w.buttons["ship"], Qt.MouseButton.LeftButton)
    ship = w.actions_.dialog
    assert isinstance(ship, ShipDialog)
    assert [q.text() for q in ship.quantities] == ["40", "20"]  # the rest, by default
    ship.quantities[0].setText("25")
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    assert not ship.isVisible()
    assert w.record is not None and w.record.status == "shipped"
    assert not w.view.isColumnHidden(column("shipped"))
    assert cell(w, 0, "shipped") == "25"
    # the rest of the cheese follows
    qtbot.mouseClick(w.buttons["ship"], Qt.MouseButton.LeftButton)
    ship = w.actions_.dialog
    assert isinstance(ship, ShipDialog) and [q.text() for q in ship.quantities] == ["15"]
    ship.quantities[0].setText("16")  # more than is left: refused at the line
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    assert ship.isVisible() and "Only 15" in ship.message.text()
    ship.quantities[0].setText("15")
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    assert not ship.isVisible()

    # delivered, the client refused three kilos of cheese
    qtbot.mouseClick(w.buttons["deliver"], Qt.MouseButton.LeftButton)
    deliver = w.actions_.dialog
    assert isinstance(deliver, DeliverDialog)
    deliver.quantities[0].setText("3")
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert deliver.isVisible() and "reason" in deliver.message.text()  # a refusal needs why
    set_reason(deliver.reasons[0], "damaged")
    deliver.notes[0].setText("Crushed corner of the pallet")
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert not deliver.isVisible()
    assert w.record is not None and w.record.status == "delivered"
    assert cell(w, 0, "refused") == "3"

    # invoice what was kept
    qtbot.mouseClick(w.buttons["invoice"], Qt.MouseButton.LeftButton)
    asked = w.actions_.dialog
    assert isinstance(asked, QMessageBox) and asked.isVisible()  # a numbered invoice: asked
    qtbot.mouseClick(asked.findChild(QWidget, "questionYes"), Qt.MouseButton.LeftButton)
    order = w.record
    assert order is not None and order.status == "invoiced" and order.invoice_number

    # a return: two sacks of flour, quality
    qtbot.mouseClick(w.buttons["return"], Qt.MouseButton.LeftButton)
    back = w.actions_.dialog
    assert isinstance(back, ReturnDialog)
    assert len(back.quantities) == 2
    back.quantities[1].setText("2")
    set_reason(back.reasons[1], "quality")
    qtbot.mouseClick(back.ok_button, Qt.MouseButton.LeftButton)
    assert not back.isVisible()
    order = w.record
    assert order is not None and cell(w, 1, "returned") == "2"
    kinds = [e.kind for e in order.events]
    assert kinds == [
        "created",
        "credit_override",
        "confirmed",
        "shipped",
        "shipped",
        "refused",
        "delivered",
        "invoiced",
        "returned",
    ]
    assert w.events.rowCount() == len(kinds)
    assert "Credit block overridden" in [w.events.item(r, 1).text() for r in range(len(kinds))]

    # the client's dossier tells the same story
    dossier = window.clients.open_dossier(shop["client"])
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    table = dossier.history.table
    titles = {table.item(r, 2).text() for r in range(table.rowCount())}
    details = " ".join(table.item(r, 5).text() for r in range(table.rowCount()))
    assert {
        f"Order {number}",
        f"Order {number} confirmed past the credit block",
        f"Order {number} confirmed",
        f"Order {number} shipped",
        f"Refused at delivery, order {number}",
        f"Order {number} delivered",
        f"Order {number} invoiced",
        f"Invoice {order.invoice_number}",
    } <= titles
    assert any(t.startswith("Return RET-") for t in titles)
    assert "Crushed corner of the pallet" in details and "Nagy Ferenc" in details


def test_a_confirmed_order_changes_through_a_new_revision(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("SUGAR-1", "10")])
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)  # within credit
    assert w.record is not None and w.record.status == "confirmed"
    first = w.record.number
    assert not w.buttons["save"].isVisible() and w.buttons["revise"].isVisible()
    assert not w.suggestions.isVisible()
    qtbot.mouseClick(w.buttons["revise"], Qt.MouseButton.LeftButton)
    dialog = w.actions_.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.reason.setPlainText("Client wants 20 instead of 10")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert w.record is not None and w.record.status == "draft"
    assert w.record.number == f"{first}/2"
    assert f"replaces {first}" in shown_text(w.header.revision)
    assert w.lines.set_field(0, "quantity", "20")
    assert w.actions_.save()
    with db.reading() as s:
        statuses = {r.number: r.status for r in list_orders(s)}
    assert statuses == {first: "cancelled", f"{first}/2": "draft"}


def test_suggestions_add_a_line_on_double_click(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("BUTTER-5", "10"), ("EGGS-30", "2")])
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert w.record is not None and w.record.status == "confirmed"
    with db.unit_of_work() as s:
        other = add_client(s, "Other Retail Kft.", segment="Retail")
    other_window = open_window(qtbot, window, client_id=other.id)
    _draft(qtbot, other_window, [("OIL-5", "3")])
    qtbot.mouseClick(other_window.buttons["confirm"], Qt.MouseButton.LeftButton)

    fresh = open_window(qtbot, window, client_id=shop["client"])
    qtbot.waitUntil(lambda: fresh.suggestions.before.count() == 2)
    panel = fresh.suggestions
    assert set(panel.product_ids(panel.before)) == {shop["BUTTER-5"], shop["EGGS-30"]}
    assert panel.product_ids(panel.segment) == [shop["OIL-5"]]  # Retail buys it, we never did
    item = panel.before.item(0)
    rect = panel.before.visualItemRect(item)
    double_click(qtbot, panel.before.viewport(), rect.center())
    assert fresh.lines.product_ids() == [item.data(Qt.ItemDataRole.UserRole)]
    assert fresh.view.current_field() == (0, "quantity")
    qtbot.waitUntil(lambda: panel.before.count() == 1)  # what is in the order is not offered


def test_closing_with_unsaved_lines_asks_first(
    qtbot, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answer[0])
    w = open_window(qtbot, window, client_id=shop["client"])
    w.close()
    assert asked == [] and not w.isVisible()  # nothing typed: nothing asked
    w = open_window(qtbot, window, client_id=shop["client"])
    w.lines.set_field(0, "product", "MILK-1")
    w.close()
    assert len(asked) == 1 and w.isVisible()
    answer[0] = QMessageBox.StandardButton.Yes
    w.close()
    assert not w.isVisible()


def test_quitting_asks_about_an_order_being_typed(
    qtbot, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answer[0])
    w = open_window(qtbot, window, client_id=shop["client"])
    w.lines.set_field(0, "product", "MILK-1")
    window.close()  # File > Quit
    assert len(asked) == 1 and window.isVisible() and w.isVisible()  # kept: nothing lost
    answer[0] = QMessageBox.StandardButton.Yes
    window.close()
    assert not w.isVisible() and not window.isVisible()


def test_the_dossier_starts_an_order_for_its_client(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    dossier = window.clients.open_dossier(shop["client"])
    assert isinstance(dossier, DossierWindow)
    qtbot.mouseClick(dossier.new_order_button, Qt.MouseButton.LeftButton)
    order_window = next(c for c in window.findChildren(OrderWindow))
    assert order_window.client_id == shop["client"]
    dossier.close()  # the order being typed stays open
    assert order_window.isVisible()
    assert not order_window.header.picker.isVisible()
    assert "Szőnyi Élelmiszer Zrt." in order_window.header.client_name.text()


def test_the_lines_model_is_a_proper_item_model(
    qtmodeltester, qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    model = w.lines
    assert isinstance(model, OrderLinesModel)
    model.set_field(0, "product", "MILK-1")
    model.set_field(1, "product", "CHEESE")
    model.set_field(1, "quantity", "1e5")
    model.set_field(2, "product", "nothing like it")
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and len(FIELDS) == model.columnCount()
    model.remove_row(1)
    assert [ln.sku for ln in model.lines] == ["MILK-1", ""]
    qtmodeltester.check(model)


def test_cancelling_asks_why_and_the_order_says_so(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("EGGS-30", "5")])
    qtbot.mouseClick(w.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = w.actions_.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()  # no reason, no cancelling
    dialog.reason.setPlainText("Ordered twice by phone")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    order = w.record
    assert order is not None and order.status == "cancelled"
    assert w.note.text() == "Cancelled: Ordered twice by phone"
    assert not any(b.isVisible() for b in w.buttons.values())
    assert [e.kind for e in order.events] == ["created", "cancelled"]


def test_delivering_a_partly_shipped_order_warns_and_asks_first(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("MILK-1", "10"), ("BUTTER-5", "12"), ("EGGS-30", "3")])
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert w.record is not None and w.record.status == "confirmed"
    # the milk leaves in full, nine of the twelve butters, no eggs yet
    qtbot.mouseClick(w.buttons["ship"], Qt.MouseButton.LeftButton)
    ship = w.actions_.dialog
    assert isinstance(ship, ShipDialog)
    ship.quantities[1].setText("9")
    ship.quantities[2].setText("")
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    assert not ship.isVisible() and w.record.status == "shipped"

    qtbot.mouseClick(w.buttons["deliver"], Qt.MouseButton.LeftButton)
    deliver = w.actions_.dialog
    assert isinstance(deliver, DeliverDialog)
    assert deliver.warning.isVisible()
    warning = deliver.warning.text()
    assert warning.startswith("2 lines not fully shipped: line 2 (3 pcs), line 3 (3 tray).")
    assert "closes the order at what was shipped" in warning
    deliver.quantities[0].setText("1")
    set_reason(deliver.reasons[0], "damaged")
    deliver.notes[0].setText("Leaking")

    asked: list[tuple[str, object]] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
            asked.append((text, default))
            return button

        return question

    # No: nothing recorded, the dialog stays with what was typed
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    text, default = asked[0]
    assert "without the 3 pcs on line 2, 3 tray on line 3 still to ship" in text
    assert default == QMessageBox.StandardButton.No
    assert deliver.isVisible()
    assert deliver.quantities[0].text() == "1" and deliver.notes[0].text() == "Leaking"
    assert deliver.reasons[0].currentData() == "damaged"
    with db.reading() as s:
        assert get_order(s, w.record.id).status == "shipped"

    # Yes: delivered at what was shipped, with the refusal typed before
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not deliver.isVisible()
    assert w.record is not None and w.record.status == "delivered"
    assert cell(w, 0, "refused") == "1"
    assert [e.kind for e in w.record.events][-2:] == ["refused", "delivered"]


def test_delivering_a_fully_shipped_order_asks_nothing(
    qtbot, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    _draft(qtbot, w, [("MILK-1", "10")])
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.buttons["ship"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.actions_.dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    qtbot.mouseClick(w.buttons["deliver"], Qt.MouseButton.LeftButton)
    deliver = w.actions_.dialog
    assert isinstance(deliver, DeliverDialog) and not deliver.warning.isVisible()

    def question(*_a):  # type: ignore[no-untyped-def]
        raise AssertionError("nothing is left to ship: no question")

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert w.record is not None and w.record.status == "delivered"
