"""The Receivables section as a KAM uses it: a payment typed and allocated by hand, the balance,
the aging buckets and Today's overdue block following; an allocation undone, a payment
reversed, a dunning step recorded; wrong input refused at its field with nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.changes import Change
from kamdesk.services.receivables.dunning import add_step
from kamdesk.services.receivables.posting import PaymentEntry, post_payment
from kamdesk.services.replica import current_replica
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.orders.credit_dialog import CreditDialog
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.receivables.payment_dialog import AllocateDialog, PaymentDialog
from kamdesk.ui.receivables.section import ReceivablesSection
from kamdesk.ui.receivables.step_dialogs import DunningDialog, ReasonDialog
from kamdesk.ui.today.section import TodaySection
from tests.factories import DEMO_AS_OF, add_client, add_invoice, add_order
from tests.ui.typing import type_text
from tests.ui.waiting import settle

AS_OF = date(2026, 11, 23)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """Győr Print owes 3 invoices (two overdue); Alfa Pharm one, not yet due."""
    with db.unit_of_work() as s:
        gyor = add_client(s, "Győr Print Kft.")
        alfa = add_client(s, "Alfa Pharm Kft.")
        add_client(s, "Paid Up Kft.")
        add_invoice(s, gyor, "INV-1", "100.00", issued=date(2026, 8, 1), due=date(2026, 9, 1))
        add_invoice(s, gyor, "INV-2", "250.00", issued=date(2026, 10, 1), due=date(2026, 11, 1))
        add_invoice(s, gyor, "INV-3", "40.00", issued=date(2026, 11, 20), due=date(2026, 12, 20))
        add_invoice(s, alfa, "INV-4", "500.00", issued=date(2026, 11, 10), due=date(2026, 12, 10))
        return {"gyor": gyor.id, "alfa": alfa.id}


def _show(qtbot: QtBot, widget: QWidget, hub: ChangeHub, db: Database) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.attach(db, hub)  # type: ignore[attr-defined]
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)  # type: ignore[arg-type]


def _section(qtbot: QtBot, db: Database, hub: ChangeHub, day: date) -> ReceivablesSection:
    section = ReceivablesSection(today=lambda: day)
    _show(qtbot, section, hub, db)
    return section


@pytest.fixture
def make(qtbot: QtBot, db: Database, hub: ChangeHub) -> Iterator[Callable[..., ReceivablesSection]]:
    yield lambda: _section(qtbot, db, hub, AS_OF)


def aging(section: ReceivablesSection) -> dict[str, dict[str, str]]:
    """What the aging table shows: client name -> column header -> text."""
    model = section.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return {
        model.index(r, 0).data(): {h: model.index(r, c).data() for c, h in enumerate(headers)}
        for r in range(model.rowCount())
    }


def column(table: QTableView, header: str) -> list[str]:
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = headers.index(header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot: QtBot, section: ReceivablesSection, name: str) -> None:
    """Click the client's row in the aging table and wait for its ledger."""
    names = column(section.table, "Client")
    click_row(qtbot, section.table, names.index(name))
    settle(qtbot, section)
    assert section.panel.title.text() == name


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened(qtbot: QtBot, section: ReceivablesSection) -> Any:
    """The dialog the last click opened, once on screen."""
    dialog = section.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, col: int, text: str) -> None:
    """Open the cell's editor, type over what it holds, press Enter."""
    item = table.item(row, col)
    assert item is not None
    table.editItem(item)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text)  # the delegate commits on the next turn


def pick(qtbot: QtBot, radio: QWidget) -> None:
    """Click a radio button on its circle (a wide one ends long before its right edge)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()  # type: ignore[attr-defined]


def test_a_payment_typed_and_allocated_by_hand_moves_the_balance_and_today(
    qtbot: QtBot, db: Database, hub: ChangeHub, shop: dict[str, str], make: Any
) -> None:
    section = make()
    today = TodaySection(today=lambda: AS_OF)
    _show(qtbot, today, hub, db)
    before = aging(section)["Győr Print Kft."]
    assert (before["Balance"], before["1–30"], before["61–90"]) == ("390.00", "250.00", "100.00")
    debts = [w.text() for w in today.debts_block.findChildren(QLabel, "debtAmount")]
    assert debts == ["350.00 EUR"]

    choose(qtbot, section, "Győr Print Kft.")
    click(qtbot, section.buttons["record"])
    dialog = opened(qtbot, section)
    assert isinstance(dialog, PaymentDialog)
    assert dialog.currency.text() == "EUR" and dialog.day.date().toString("yyyy-MM-dd") == (
        "2026-11-23"
    )
    qtbot.keyClicks(dialog.amount, "150")
    qtbot.keyClicks(dialog.reference, "BANK-0042")
    assert dialog.plan.text() == "Settles INV-1 100.00, INV-2 50.00; 0.00 EUR stays as credit."
    pick(qtbot, dialog.mode_buttons["credit"])
    assert dialog.plan.text() == "All 150.00 EUR stays as the client's credit, to allocate later."
    pick(qtbot, dialog.mode_buttons["choose"])
    assert dialog.plan.isHidden()
    table = dialog.table
    assert table.isVisible()
    assert [table.table.item(r, 4).text() for r in range(3)] == ["100.00", "50.00", ""]
    assert table.summary.text() == "Allocated 150.00 EUR · stays as credit 0.00 EUR"
    # partial by hand: 100 on the oldest, 30 on the next, 20 stays as credit
    type_in_cell(qtbot, table.table, 1, 4, "30")
    assert table.table.item(1, 4).text() == "30"
    assert table.summary.text() == "Allocated 130.00 EUR · stays as credit 20.00 EUR"
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, section)
    settle(qtbot, today)

    after = aging(section)["Győr Print Kft."]
    assert (after["Balance"], after["1–30"], after["61–90"]) == ("240.00", "220.00", "–")
    assert after["Current"] == "20.00"  # INV-3's 40 less the 20 of credit
    assert after["Overpaid"] == "20.00" and after["Days late"] == "22"
    debts = [w.text() for w in today.debts_block.findChildren(QLabel, "debtAmount")]
    assert debts == ["220.00 EUR"]
    assert column(section.panel.invoice_table, "Open") == ["40.00", "220.00", "–"]
    payments = section.panel.payment_table
    assert column(payments, "Amount") == ["150.00"]
    assert column(payments, "Reference / doc. no.") == ["BANK-0042"]
    assert (column(payments, "Allocated"), column(payments, "Free")) == (["130.00"], ["20.00"])


def test_bad_input_is_refused_at_its_field_and_nothing_typed_is_lost(
    qtbot: QtBot, db: Database, shop: dict[str, str], make: Any
) -> None:
    section = make()
    click(qtbot, section.buttons["record"])  # no client chosen: the dialog asks for one
    dialog = opened(qtbot, section)
    assert isinstance(dialog, PaymentDialog)
    qtbot.keyClicks(dialog.note, "Paid at the counter")
    click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert dialog.form.errors["client"].text() == "Choose the client the payment is from."
    assert dialog.form.errors["amount"].text() == "Type the amount received."
    type_text(dialog.client.lineEdit(), "Kft")
    click(qtbot, dialog.ok)
    assert (
        dialog.form.errors["client"].text() == "Several clients match “Kft”: type more of the name."
    )
    dialog.client.lineEdit().clear()
    type_text(dialog.client.lineEdit(), "Győr")
    qtbot.keyClicks(dialog.amount, "-5")
    click(qtbot, dialog.ok)
    assert dialog.form.errors["client"].isHidden()
    assert dialog.form.errors["amount"].text() == "A payment must be above zero."
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "12.345")  # not whole cents
    click(qtbot, dialog.ok)
    assert "amount" in dialog.form.errors["amount"].text().lower()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "300")
    dialog.day.setDate(dialog.day.date().addDays(2))
    click(qtbot, dialog.ok)
    assert "after tomorrow" in dialog.form.errors["date"].text()
    dialog.day.setDate(dialog.day.date().addDays(-2))

    pick(qtbot, dialog.mode_buttons["choose"])
    assert [i.number for i in dialog.table.invoices] == ["INV-1", "INV-2", "INV-3"]
    table = dialog.table
    table.set_amount(0, "150")  # INV-1 has 100 open
    assert "INV-1: 150.00 is more than the 100.00 open." in table.problems.text()
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and table.problems.isVisible()
    table.set_amount(0, "100")
    table.set_amount(1, "250")  # each within what is open, together above the payment
    assert "50.00 EUR more than the payment" in table.summary.text()
    click(qtbot, dialog.ok)
    assert dialog.isVisible()
    assert "more than the payment of 300.00" in dialog.message.text()
    # everything typed is still there
    assert dialog.amount.text() == "300" and dialog.note.toPlainText() == "Paid at the counter"
    assert dialog.client.currentText() == "Győr"
    with db.reading() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM payment").scalar() == 0
    table.set_amount(1, "200")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, section)
    assert aging(section)["Győr Print Kft."]["Balance"] == "90.00"


def _posted(db: Database, client_id: str, amount: str) -> str:
    with db.unit_of_work() as s:
        entry = PaymentEntry(client_id, date(2026, 11, 20), Decimal(amount), reference="B-1")
        return post_payment(s, entry, today=AS_OF).payment_id


def _answer(qtbot: QtBot, dialog: Any, reason: str) -> None:
    assert isinstance(dialog, ReasonDialog)
    click(qtbot, dialog.ok)  # no reason: asked for one
    assert dialog.isVisible() and "Say why" in dialog.form.errors["reason"].text()
    qtbot.keyClicks(dialog.reason, reason)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_undo_an_allocation_then_allocate_again_then_reverse_the_payment(
    qtbot: QtBot, db: Database, shop: dict[str, str], make: Any
) -> None:
    _posted(db, shop["gyor"], "120.00")  # INV-1 100, INV-2 20
    section = make()
    choose(qtbot, section, "Győr Print Kft.")
    panel = section.panel
    panel.tabs.setCurrentIndex(1)
    click_row(qtbot, panel.payment_table, 0)
    settle(qtbot, section)
    assert column(panel.allocation_table, "Invoice") == ["INV-1", "INV-2"]
    assert not section.buttons["allocate"].isEnabled()  # nothing free
    click_row(qtbot, panel.allocation_table, 1)
    click(qtbot, section.buttons["undo"])
    _answer(qtbot, opened(qtbot, section), "Meant for INV-3")
    settle(qtbot, section)
    assert column(panel.allocation_table, "State")[1] == "undone 23/11/2026: Meant for INV-3"
    assert column(panel.payment_table, "Free") == ["20.00"]
    assert aging(section)["Győr Print Kft."]["Overpaid"] == "20.00"

    click(qtbot, section.buttons["allocate"])
    dialog = opened(qtbot, section)
    assert isinstance(dialog, AllocateDialog)
    dialog.table.set_amount(0, "")
    dialog.table.set_amount(1, "20")  # INV-3 (INV-2 is row 0 now, the oldest open)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, section)
    assert column(panel.allocation_table, "Invoice") == ["INV-1", "INV-2", "INV-3"]
    assert column(panel.invoice_table, "Open") == ["20.00", "250.00", "–"]

    click(qtbot, section.buttons["reverse"])
    _answer(qtbot, opened(qtbot, section), "The bank returned it")
    settle(qtbot, section)
    assert column(panel.payment_table, "State") == [
        "reversing entry: The bank returned it",
        "reversed 23/11/2026",
    ]
    assert column(panel.payment_table, "Amount") == ["-120.00", "120.00"]
    assert aging(section)["Győr Print Kft."]["Balance"] == "390.00"
    assert not section.buttons["reverse"].isEnabled()


def test_a_dunning_step_needs_who_and_shows_as_the_client_s_last(
    qtbot: QtBot, db: Database, shop: dict[str, str], make: Any
) -> None:
    section = make()
    choose(qtbot, section, "Győr Print Kft.")
    section.panel.tabs.setCurrentIndex(2)
    assert section.panel.findChild(QLabel, "noSteps").isVisible()
    click(qtbot, section.buttons["dunning"])
    dialog = opened(qtbot, section)
    assert isinstance(dialog, DunningDialog)
    dialog.step.setCurrentIndex(dialog.step.findData("blocked"))
    qtbot.keyClicks(dialog.note, "INV-1 is 83 days late")
    with db.reading() as s:
        laptop = current_replica(s)
    assert laptop is not None and dialog.by.text() == laptop.name  # this laptop's name
    dialog.by.clear()
    click(qtbot, dialog.ok)
    assert dialog.form.errors["by"].text() == "Say who took the step."
    dialog.day.setDate(dialog.day.date().addDays(1))
    type_text(dialog.by, "Kovács Anna")
    click(qtbot, dialog.ok)
    assert "after today" in dialog.form.errors["date"].text()
    dialog.day.setDate(dialog.day.date().addDays(-1))
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, section)
    row = aging(section)["Győr Print Kft."]
    assert (row["Last dunning step"], row["Step date"]) == ("Supplies blocked", "23/11/2026")
    steps = section.panel.step_table
    assert column(steps, "Step") == ["Supplies blocked"] and column(steps, "By") == ["Kovács Anna"]
    # blocked twice: the ledger refuses, and says so in the dialog
    click(qtbot, section.buttons["dunning"])
    again = opened(qtbot, section)
    assert isinstance(again, DunningDialog)
    again.step.setCurrentIndex(again.step.findData("blocked"))
    type_text(again.by, "Kovács Anna")
    click(qtbot, again.ok)
    assert "already blocked since 23 Nov 2026" in again.message.text()
    again.close()


def test_search_only_overdue_and_the_totals(qtbot: QtBot, shop: dict[str, str], make: Any) -> None:
    section = make()
    assert sorted(aging(section)) == ["Alfa Pharm Kft.", "Győr Print Kft."]
    assert section.totals.text() == "Total: 890.00 EUR owed, 350.00 EUR overdue"
    qtbot.mouseClick(section.only_overdue, Qt.MouseButton.LeftButton)
    assert list(aging(section)) == ["Győr Print Kft."]
    assert section.count_label.text() == "1 client found"
    qtbot.mouseClick(section.only_overdue, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.search, "zzz")
    assert aging(section) == {} and section.no_rows.isVisible()
    assert section.no_rows.text() == "No client matches the search or the filter."


def test_the_demo_portfolio_shows_its_balances(
    qtbot: QtBot, demo_db: Database, hub: ChangeHub
) -> None:
    section = _section(qtbot, demo_db, hub, DEMO_AS_OF)
    rows = aging(section)
    assert len(rows) > 10
    first = section.lines[0][0]
    assert section.table.model().index(0, 0).data() == first.name
    choose(qtbot, section, first.name)
    assert section.panel.invoices.rowCount() > 0


def test_the_statement_and_the_bank_import_open_from_the_section(
    qtbot: QtBot, shop: dict[str, str], make: Any
) -> None:
    """The statement opens for the client whose ledger is shown; the import over the section."""
    from kamdesk.ui.receivables.import_dialog import BankImportDialog
    from kamdesk.ui.receivables.statement_dialog import StatementDialog

    section = make()
    choose(qtbot, section, "Győr Print Kft.")
    click(qtbot, section.buttons["statement"])
    statement = section.findChild(StatementDialog)
    assert statement is not None and statement.isVisible()
    assert statement.client is not None and statement.client.id == shop["gyor"]
    statement.close()
    click(qtbot, section.buttons["import"])
    bank = section.findChild(BankImportDialog)
    assert bank is not None and bank.isVisible()
    bank.close()


def test_a_blocked_client_s_order_names_the_block_and_can_be_overridden(
    qtbot: QtBot, db: Database, window: MainWindow
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Caffè Barbieri S.p.A.")
        order_id = add_order(s, client, [("2", "10.00", "0")], day=AS_OF).id
        add_step(s, client.id, "blocked", date(2026, 11, 20), done_by="Kovács Anna",
                 note="INV-7 is 90 days late", today=AS_OF)  # fmt: skip
    window.orders.today = AS_OF
    w = window.orders.open_order(order_id)
    assert isinstance(w, OrderWindow)
    qtbot.waitExposed(w)
    click(qtbot, w.buttons["confirm"])
    dialog = w.actions_.dialog
    assert isinstance(dialog, CreditDialog) and dialog.isVisible()
    reasons = dialog.findChild(QLabel, "creditReasons")
    assert reasons is not None and reasons.text() == (
        "• Supplies to Caffè Barbieri S.p.A. are blocked since 20 Nov 2026 (by Kovács Anna): "
        "INV-7 is 90 days late."
    )
    assert w.record is not None and w.record.status == "draft"
    type_text(dialog.approved_by, "Nagy Ferenc")
    dialog.reason.setPlainText("Paid in cash at the warehouse today")
    click(qtbot, dialog.override_button)
    assert not dialog.isVisible()
    assert w.record is not None and w.record.status == "confirmed"
    assert w.record.credit_override_by == "Nagy Ferenc"


def test_the_main_window_s_section_opens_a_client_s_dossier_on_double_click(
    qtbot: QtBot, db: Database, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Late Payer Kft.")
        today = date.today()
        add_invoice(s, client, "INV-9", "80.00", issued=today, due=today)
        cid = client.id
    opened: list[str] = []
    monkeypatch.setattr(windows, "open_dossier", lambda _db, _hub, c, **_kw: opened.append(c))
    window.hub.changed.emit(frozenset({Change.INVOICES}))
    window.show_section("receivables")
    section = window.receivables
    settle(qtbot, section)
    assert list(aging(section)) == ["Late Payer Kft."]
    rect = section.table.visualRect(section.table.model().index(0, 0))
    click_row(qtbot, section.table, 0)  # a press first: a double click alone hits no item
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [cid]
