"""The order window with VAT by client and prices in other currencies (issue 13): a RUB product
on a EUR order shows its converted price and where it came from; a product with no rate is
refused at its line, nothing typed lost; an Italian business pays no Hungarian VAT. And the
exchange rates dialog of Settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.natural_keys import product_tax_rate_id, vat_registration_id
from kamdesk.models import Client, ExchangeRate, ProductTaxRate, VatRegistration
from kamdesk.services.company import save_company
from kamdesk.services.prices.rates import list_rates, set_rate
from kamdesk.services.queries import revive_or_add
from kamdesk.services.sales.orders import count_orders, get_order
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import run_op
from kamdesk.ui.orders.order_lines_model import column
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.settings.rates_dialog import RatesDialog
from tests.factories import add_client, add_product
from tests.ui.typing import type_text

D = Decimal
TODAY = date(2026, 12, 1)
RATE_DAY = date(2026, 11, 30)
IT_VAT = "IT00743110157"


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        save_company(
            s,
            CompanyProfile(
                legal_name="Kontinent Kft.",
                tax_id="12345676",
                country="HU",
                default_currency="EUR",
                reporting_currency="HUF",
            ),
        )
        set_rate(s, "EUR", RATE_DAY, D("386.12"), "MNB")
        set_rate(s, "RUB", RATE_DAY, D("4.0213"), "MNB")
        tea = add_product(s, "TEA-RU", "Tea, Krasnodar, 100 g", "100.00", vat="27")
        tea.currency = "RUB"
        pen = add_product(s, "PEN-US", "Pen, blue", "3.00", vat="27")
        pen.currency = "USD"
        ids = {
            "home": add_client(s, "Szőnyi Élelmiszer Zrt.", country="HU").id,
            "italian": add_client(s, "Rossi Alimentari S.p.A.", country="IT", vat_number=IT_VAT).id,
            "soap": add_product(s, "SOAP-1", "Soap, 100 g", "2.50", vat="27").id,
            "tea": tea.id,
            "pen": pen.id,
        }
    return ids


@pytest.fixture(autouse=True)
def close_windows(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OrderWindow | RatesDialog) and widget.isVisible():
            widget.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(text: str) -> None:
    for ch in text:  # the first key opens a cell's editor, the rest go to it
        type_text(focused(), ch)


def enter(qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), Qt.Key.Key_Return, modifier)


def open_order(qtbot, window: MainWindow, client_id: str) -> OrderWindow:  # type: ignore[no-untyped-def]
    window.orders.today = TODAY
    w = window.orders.open_order(None, client_id=client_id)
    assert isinstance(w, OrderWindow)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def cell(w: OrderWindow, row: int, name: str, role=Qt.ItemDataRole.DisplayRole) -> str:  # type: ignore[no-untyped-def]
    return str(w.lines.index(row, column(name)).data(role) or "")


def add_line(qtbot, sku: str, quantity: str = "") -> None:  # type: ignore[no-untyped-def]
    keys(sku)
    enter(qtbot)
    if quantity:
        keys(quantity)
    enter(qtbot)


def test_a_rub_product_on_a_eur_order_shows_its_converted_price_and_source(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_order(qtbot, window, shop["home"])
    add_line(qtbot, "TEA-RU", "3")
    assert cell(w, 0, "price") == "1.04"  # 100.00 RUB x 4.0213 / 386.12, never 100.00 EUR
    note = "from 100.00 RUB at 0.0104146 (MNB, 30.11.2026)"  # the factor shortened
    assert cell(w, 0, "rule") == f"{note} · base price"
    why = "Base price 100.00 RUB = 1.04 EUR at 0.0104146379364 (MNB, 30.11.2026)"
    assert cell(w, 0, "price", Qt.ItemDataRole.ToolTipRole) == why  # the factor stored
    assert why in w.current.text()
    assert cell(w, 0, "vat_rate") == "27 %"
    assert w.vat.text().startswith("VAT: domestic supply (27 %) - a client in HU")
    enter(qtbot)
    enter(qtbot)
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.order_id is not None, w.message.text()
    with db.reading() as s:
        line = get_order(s, w.order_id).lines[0]
    assert (line.unit_price, line.net, line.source_price) == (D("1.04"), D("3.12"), D("100.00"))
    assert (line.source_currency, line.fx_date, line.fx_source) == ("RUB", RATE_DAY, "MNB")
    w.reload()  # as saved, the line still says where its price came from
    assert note in cell(w, 0, "rule")
    w.view.go_to(0, "price", edit=False)
    assert why in w.current.text()
    w.grab().save("/tmp/orders-fx-order.png")


def test_a_product_with_no_rate_is_refused_at_its_line_and_a_new_rate_prices_it(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_order(qtbot, window, shop["home"])
    add_line(qtbot, "SOAP-1", "2")
    enter(qtbot)
    enter(qtbot)
    add_line(qtbot, "PEN-US", "40")
    line = w.lines.lines[1]
    assert (line.product_id, line.quantity) == (shop["pen"], D(40))  # what was typed stays
    assert "No exchange rate for USD on or before 1 Dec 2026" in cell(w, 1, "rule")
    assert cell(w, 1, "price") == ""
    bad = w.lines.index(1, column("price")).data(Qt.ItemDataRole.BackgroundRole)
    assert bad is not None
    assert "No exchange rate for USD" in w.current.text()
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.order_id is None and "1 line to fix" in w.message.text()
    with db.reading() as s:
        assert count_orders(s) == 0
    # the rate entered in Settings: the refused line is priced, its quantity as typed
    dialog = window.open_exchange_rates()
    assert isinstance(dialog, RatesDialog)
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    dialog.day.setDate(QDate(2026, 11, 30))
    dialog.rate.setText("355.40")
    dialog.source.setText("MNB")
    assert dialog.save()
    dialog.accept()
    assert not w.lines.lines[1].errors
    assert cell(w, 1, "price") == "2.76"  # 3.00 x 355.40 / 386.12 = 2.7613…
    assert w.lines.lines[1].quantity == D(40)
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.order_id is not None, w.message.text()


def test_an_italian_business_with_a_valid_vat_number_pays_no_hungarian_vat(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_order(qtbot, window, shop["italian"])
    add_line(qtbot, "SOAP-1", "10")
    assert cell(w, 0, "vat_rate") == "0 %"
    assert cell(w, 0, "vat") == "0.00"
    assert w.vat.text() == (
        "VAT: intra-Community supply (0 %) - goods to a business in IT with a valid VAT number"
    )
    enter(qtbot)
    enter(qtbot)
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert w.order_id is not None
    with db.reading() as s:
        order = get_order(s, w.order_id)
    assert (order.tax_regime, order.total_vat, order.total_gross) == ("intra_eu", 0, D("25.00"))


def test_the_rates_dialog(qtbot, db: Database, window: MainWindow, shop: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_exchange_rates()
    assert isinstance(dialog, RatesDialog)
    qtbot.waitExposed(dialog)
    assert "HUF per 1 unit" in dialog.table.horizontalHeaderItem(2).text()
    assert dialog.per.text().startswith("HUF per 1 EUR")
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "EUR",
        "RUB",
    ]
    assert dialog.currency.findData("HUF") == -1  # the reporting currency has no rate
    dialog.rate.setText("0")
    assert not dialog.save()
    assert dialog.form.errors["rate"].text() == "A rate is more than 0."
    dialog.rate.setText("3,9x")
    assert not dialog.save()
    assert "Type a number" in dialog.form.errors["rate"].text()
    assert dialog.rate.text() == "3,9x"  # kept as typed
    dialog.currency.setCurrentIndex(dialog.currency.findData("AZN"))
    assert dialog.per.text().startswith("HUF per 1 AZN")
    dialog.rate.setText("227,15")
    dialog.source.setText("MNB")
    assert dialog.save()
    with db.reading() as s:
        assert [(r.currency, r.rate) for r in list_rates(s, "AZN")] == [("AZN", D("227.15"))]
    # a second rate for the same currency and day asks before it replaces the first
    asked: list[str] = []
    original = QMessageBox.question
    for answer, kept in (
        (QMessageBox.StandardButton.No, "227.15"),
        (QMessageBox.StandardButton.Yes, "228"),
    ):
        QMessageBox.question = lambda *a, answer=answer: asked.append(a[2]) or answer  # type: ignore[assignment,method-assign,misc]
        try:
            dialog.currency.setCurrentIndex(dialog.currency.findData("AZN"))
            dialog.rate.setText("228")
            assert dialog.save() is (kept == "228")
        finally:
            QMessageBox.question = original  # type: ignore[method-assign]
        with db.reading() as s:
            assert [r.rate for r in list_rates(s, "AZN")] == [D(kept)]
    assert (
        "AZN already has a rate on" in asked[0] and "227.15 (MNB). Replace it with 228?" in asked[0]
    )
    dialog.filter.setCurrentIndex(dialog.filter.findData("RUB"))
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.save_button.text() == "Save changes"
    assert dialog.rate.text() == "4.0213"
    dialog.filter.setCurrentIndex(0)
    dialog.grab().save("/tmp/orders-fx-rates.png")
    dialog.table.selectRow(
        dialog.shown_rows().index(next(r for r in dialog.rows if r.currency == "RUB"))
    )
    dialog.rate.setText("4.05")
    assert dialog.save()
    with db.reading() as s:
        assert [r.rate for r in list_rates(s, "RUB")] == [D("4.05")]
    row = next(i for i, r in enumerate(dialog.shown_rows()) if r.currency == "AZN")
    dialog.table.selectRow(row)
    qtbot_answer = QMessageBox.StandardButton.Yes
    original = QMessageBox.question
    QMessageBox.question = lambda *a: qtbot_answer  # type: ignore[assignment,method-assign]
    try:
        dialog.delete()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    with db.reading() as s:
        assert list_rates(s, "AZN") == []
        assert s.query(ExchangeRate).filter(ExchangeRate.currency == "AZN").one().deleted_at
    assert "AZN" not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_a_registration_abroad_without_the_products_rate_is_refused_at_the_line(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        revive_or_add(s, VatRegistration, vat_registration_id("IT"), country="IT")
        s.get(Client, shop["italian"]).vat_number = ""  # no valid VAT number: IT's rates
    w = open_order(qtbot, window, shop["italian"])
    assert w.vat.text().startswith("VAT: domestic supply - a client in IT, where the company")
    add_line(qtbot, "SOAP-1", "10")
    assert w.lines.lines[0].quantity == D(10)
    why = "SOAP-1 Soap, 100 g has no VAT rate for IT"
    assert why in cell(w, 0, "rule") and why in w.current.text()
    assert cell(w, 0, "vat_rate") == ""

    def rate_in_italy(session):  # type: ignore[no-untyped-def]
        revive_or_add(
            session,
            ProductTaxRate,
            product_tax_rate_id(shop["soap"], "IT"),
            product_id=shop["soap"],
            country="IT",
            rate=D("22"),
        )

    run_op(w, db, window.hub, rate_in_italy)  # as the product dialog would
    assert not w.lines.lines[0].errors
    assert (cell(w, 0, "vat_rate"), cell(w, 0, "vat")) == ("22 %", "5.50")
    assert w.vat.text().startswith("VAT: domestic supply (22 %)")


def test_a_saved_draft_shows_the_vat_its_client_is_charged_now(
    qtbot, db: Database, window: MainWindow, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    w = open_order(qtbot, window, shop["home"])
    add_line(qtbot, "SOAP-1", "4")
    enter(qtbot)
    enter(qtbot)
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    order_id = w.order_id
    assert order_id is not None and cell(w, 0, "vat_rate") == "27 %"
    w.close()
    with db.unit_of_work() as s:
        s.get(Client, shop["home"]).tax_regime = "exempt"  # type: ignore[union-attr]
    w = window.orders.open_order(order_id)
    assert isinstance(w, OrderWindow)
    assert cell(w, 0, "vat_rate") == "0 %"
    assert w.vat.text() == "VAT: without VAT (0 %) - set on the client: without VAT"
    assert not w.has_unsaved_edits()  # nothing typed: the draft is saved so when next saved
