"""Order entry without surprises (issue 18, item 5): an ambiguous Enter opens the list, Delete
asks, the steps have keys and Invoice asks first, the status line follows the lines."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from kamdesk.db import Database
from kamdesk.services.sales.orders import get_order
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.fulfilment_dialogs import DeliverDialog, ShipDialog
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets.price_fields import money
from tests.ui import test_order_window as base
from tests.ui.test_order_window import cell, enter, focused, keys, open_window

shop = base.shop  # a key client and the catalogue
close_order_windows = base.close_order_windows  # autouse: windows left open are closed

D = Decimal
MILK_1 = "MILK-1 — Milk 2.8 %, 1 l"


def question(w: OrderWindow) -> QMessageBox:
    box = w.actions_.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def press(qtbot, box: QMessageBox, yes: bool) -> None:  # type: ignore[no-untyped-def]
    button = (
        box.findChild(QPushButton, "questionYes")
        if yes
        else box.button(QMessageBox.StandardButton.Cancel)
    )
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()


def test_an_ambiguous_enter_opens_the_list_and_takes_nothing(
    qtbot, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    keys(qtbot, "milk")  # MILK-1 and MILK-10
    editor = focused()
    assert isinstance(editor, QLineEdit)
    popup = editor.completer().popup()
    popup.hide()  # the KAM closed the list (Esc) and pressed Enter anyway
    enter(qtbot)
    assert popup.isVisible()  # the list is back, to choose from
    assert w.lines.lines == ()  # nothing taken
    assert focused() is editor and editor.text() == "milk"
    enter(qtbot)  # Enter again still takes nothing
    assert w.lines.lines == () and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the first of the list, then Enter takes it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert cell(w, 0, "product") == MILK_1
    assert w.view.current_field() == (0, "quantity")


def test_an_exact_sku_or_name_takes_its_product_and_no_match_says_so(
    qtbot, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    keys(qtbot, "milk-1")  # also the start of MILK-10: the exact SKU wins, case ignored
    enter(qtbot)
    assert cell(w, 0, "product") == MILK_1
    w.view.go_to(1, "product", edit=False)
    keys(qtbot, "milk 3.5 %, 10 l can")  # a full name
    enter(qtbot)
    assert cell(w, 1, "product").startswith("MILK-10 — ")
    w.view.go_to(2, "product", edit=False)
    keys(qtbot, "yoghurt")
    enter(qtbot)
    line = w.lines.lines[2]
    assert line.product_id is None and line.product_text == "yoghurt"  # the text kept
    assert "no SKU or name matches “yoghurt”" in cell(w, 2, "rule")  # beside the field
    assert w.view.current_field() == (2, "product")


def test_delete_asks_before_removing_a_line_and_cancel_keeps_it(
    qtbot, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    for row, sku in enumerate(("SUGAR-1", "EGGS-30")):
        assert w.lines.set_field(row, "product", sku)
    w.lines.set_field(1, "quantity", "12")
    w.view.go_to(1, "quantity", edit=False)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    box = question(w)
    assert "Remove line 2, EGGS-30" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # safe
    press(qtbot, box, yes=False)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1", "EGGS-30"]
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    press(qtbot, question(w), yes=True)
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1"]
    # a line with only a name nothing matched goes at once: nothing to lose
    w.lines.set_field(1, "product", "nothing like it")
    w.view.go_to(1, "product", edit=False)
    w.view.setFocus()
    shown = w.actions_.dialog
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)
    assert w.actions_.dialog is shown and not shown.isVisible()  # type: ignore[union-attr]
    assert [ln.sku for ln in w.lines.lines] == ["SUGAR-1"]


def step_key(qtbot, w: OrderWindow, letter: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or w, letter, modifiers)


def test_the_steps_have_keys_and_invoice_asks_first(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    for key, shown in (("confirm", "Ctrl+Shift+C"), ("ship", "Ctrl+Shift+S")):
        assert shown in w.buttons[key].toolTip()
    assert "Ctrl+Shift+D" in w.buttons["deliver"].toolTip()
    assert "Ctrl+Shift+I" in w.buttons["invoice"].toolTip()
    assert w.lines.set_field(0, "product", "SUGAR-1")
    w.lines.set_field(0, "quantity", "10")
    step_key(qtbot, w, Qt.Key.Key_C)  # saves the draft, then confirms it
    assert w.record is not None and w.record.status == "confirmed"
    step_key(qtbot, w, Qt.Key.Key_S)
    ship = w.actions_.dialog
    assert isinstance(ship, ShipDialog) and ship.isVisible()
    qtbot.mouseClick(ship.ok_button, Qt.MouseButton.LeftButton)
    assert w.record.status == "shipped"
    step_key(qtbot, w, Qt.Key.Key_D)
    deliver = w.actions_.dialog
    assert isinstance(deliver, DeliverDialog) and deliver.isVisible()
    qtbot.mouseClick(deliver.ok_button, Qt.MouseButton.LeftButton)
    assert w.record.status == "delivered"

    step_key(qtbot, w, Qt.Key.Key_I)
    box = question(w)
    gross = w.record.total_gross
    found = re.fullmatch(r"Issue invoice (INV-2026-\S+) for (.+)\?", box.text())
    assert found is not None and found[2] == money(gross, "EUR")
    number = found[1]  # the number the invoice takes
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    press(qtbot, box, yes=False)  # Cancel issues nothing
    assert w.record.status == "delivered" and not w.record.invoice_number
    step_key(qtbot, w, Qt.Key.Key_I)
    box = question(w)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the safe default: nothing
    assert not box.isVisible() and w.record.status == "delivered"
    step_key(qtbot, w, Qt.Key.Key_I)
    press(qtbot, question(w), yes=True)
    assert w.record.status == "invoiced" and w.record.invoice_number == number
    with db.reading() as s:
        assert get_order(s, w.record.id).status == "invoiced"
    step_key(qtbot, w, Qt.Key.Key_I)  # no longer a step of this order: nothing happens
    assert not w.actions_.dialog.isVisible()  # type: ignore[union-attr]


def test_the_status_line_follows_the_lines_as_they_are_fixed(
    qtbot, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, window, client_id=shop["client"])
    status = w.header.status
    assert "DRAFT" in status.text() and status.isVisible()
    assert w.message.text() == ""
    w.lines.set_field(0, "product", "SUGAR-1")
    assert w.message.text() == "Not saved yet: Ctrl+Enter saves the order."
    w.lines.set_field(0, "quantity", "-1")
    w.lines.set_field(1, "product", "NOPE-1")
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.message.text() == "Not saved: 2 lines to fix, marked in red."
    w.lines.set_field(0, "quantity", "3")
    assert w.message.text() == "Not saved: 1 line to fix, marked in red."
    w.lines.set_field(1, "product", "EGGS-30")
    assert w.message.text() == "Lines fixed, not saved yet: Ctrl+Enter saves the order."
    w.view.setFocus()
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.record is not None
    assert w.message.text() == f"Order {w.record.number} saved."
    assert "DRAFT" in status.text()
    w.lines.set_field(0, "quantity", "4")
    assert w.message.text() == "Not saved yet: Ctrl+Enter saves the order."
    qtbot.mouseClick(w.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert "CONFIRMED" in status.text() and w.message.text() == ""
