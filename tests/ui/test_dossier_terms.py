"""The dossier's Terms & prices page: terms, special prices and the price check, as typed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from kamdesk.db import Database
from kamdesk.domain.catalog import BreakData, ClientTerms, ProductData
from kamdesk.services.clients import client_terms
from kamdesk.services.prices import catalog, price_list
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.clients.dossier_terms import TermsPage
from kamdesk.ui.clients.special_price_dialog import SpecialPriceDialog
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_client, add_price_column
from tests.ui.typing import type_text


def fill(edit: Any, text: str) -> None:
    edit.clear()
    type_text(edit, text)


@pytest.fixture
def client(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        key = add_price_column(s, "Key account", "15").id
        film = catalog.save_product(
            s,
            ProductData(
                sku="FLM-0001",
                name="Stretch film 17 µm",
                unit="roll",
                vat_rate=Decimal(27),
                base_price=Decimal("100.00"),
            ),
        )
        price_list.add_quantity_break(s, film, BreakData(Decimal(10), Decimal(5), None, key))
        cid = add_client(s, "Győri Élelmiszer Zrt.", kam="Anna", price_column_id=key).id
    return {"client": cid, "key": key, "film": film}


def terms_page(window: MainWindow, client_id: str) -> tuple[DossierWindow, TermsPage]:
    dossier = window.clients.open_dossier(client_id)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("terms")
    assert dossier.tabs.tabText(dossier.tabs.currentIndex()) == "Terms && prices"
    return dossier, dossier.terms


def test_terms_are_saved_and_a_bad_field_is_marked(
    qtbot, window: MainWindow, db: Database, client: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    _dossier, page = terms_page(window, client["client"])
    assert page.price_column.currentText() == "Key account (15 % off)"
    assert page.payment_terms_days.text() == "30" and page.credit_limit.text() == ""
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "Credit limit, EUR" in labels
    fill(page.credit_limit, "-5")
    fill(page.payment_terms_days, "400")
    fill(page.max_discount_percent, "7,5")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.errors["payment_terms_days"].text() == "Payment terms are 0 to 365 days."
    assert page.form.errors["credit_limit"].isVisible()
    assert "2 marked fields" in page.summary.text()
    with db.reading() as s:
        assert client_terms.get_client_terms(s, client["client"]).payment_terms_days == 30
    assert page.credit_limit.text() == "-5"  # nothing typed is lost
    fill(page.credit_limit, "0")
    fill(page.payment_terms_days, "45")
    page.price_column.setCurrentIndex(0)  # no column: base prices
    assert page.document_language.count() == 5  # en, ru, hu, it, az
    page.document_language.setCurrentIndex(page.document_language.findData("az"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.form.errors["payment_terms_days"].isVisible()
    assert page.summary.text() == "Terms saved."  # a sign it was saved
    with db.reading() as s:
        saved = client_terms.get_client_terms(s, client["client"])
    assert saved == ClientTerms(None, Decimal("0.00"), 45, Decimal("7.5"), "az")
    assert not page.is_dirty()
    fill(page.credit_limit, "")  # empty: no limit at all
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert client_terms.get_client_terms(s, client["client"]).credit_limit is None


def test_unsaved_terms_survive_a_change_and_closing_asks(
    qtbot,
    window: MainWindow,
    db: Database,
    client: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    dossier, page = terms_page(window, client["client"])
    assert not dossier.has_unsaved_edits()
    fill(page.payment_terms_days, "60")
    dialog = page.add_special()  # a change elsewhere on the page
    assert isinstance(dialog, SpecialPriceDialog)
    fill(dialog.product, "FLM-0001")
    fill(dialog.price, "80")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert page.table.rowCount() == 1
    assert page.payment_terms_days.text() == "60"
    assert dossier.has_unsaved_edits()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dossier.close()
    assert dossier.isVisible()


def test_special_prices_added_checked_edited_and_removed(
    qtbot,
    window: MainWindow,
    db: Database,
    client: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    _dossier, page = terms_page(window, client["client"])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SpecialPriceDialog)
    assert isinstance(dialog, SpecialPriceDialog)
    type_text(dialog.product, "stretch")  # part of the name: the only match
    fill(dialog.price, "0")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.form.errors["price"].text() == "The special price must be more than 0."
    fill(dialog.price, "12abc")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.form.errors["price"].isVisible() and dialog.isVisible()
    dialog.valid_from.setDate(QDate(2026, 1, 10))
    dialog.valid_to.setDate(QDate(2026, 1, 1))
    fill(dialog.price, "79,90")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.form.errors["valid_to"].text() == "The price cannot end before it starts."
    with db.reading() as s:
        assert client_terms.list_special_prices(s, client["client"]) == []
    dialog.valid_from.setDate(dialog.valid_from.minimumDate())  # not set: always
    dialog.valid_to.setDate(dialog.valid_to.minimumDate())
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    table = page.table
    assert [table.item(0, c).text() for c in range(4)] == [
        "FLM-0001",
        "Stretch film 17 µm",
        "79.90 EUR",
        "",
    ]
    assert table.item(0, 2).textAlignment() & Qt.AlignmentFlag.AlignRight
    # the price check names the rule that gave the price
    type_text(page.check_product, "flm-0001")
    fill(page.check_quantity, "12")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "<b>79.90 EUR</b> per roll for 12" in page.check_result.text()
    assert "Special price for this client; below the Key account column" in (
        page.check_result.text()
    )
    fill(page.check_quantity, "0")
    qtbot.keyClick(page.check_quantity, Qt.Key.Key_Return)
    assert page.check_result.text() == "The quantity must be more than 0."
    # edit, then remove: asked first
    table.selectRow(0)
    edit = page.edit_special()
    assert isinstance(edit, SpecialPriceDialog) and edit.price.text() == "79.90"
    fill(edit.price, "75")
    qtbot.mouseClick(edit.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert page.table.item(0, 2).text() == "75.00 EUR"
    table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert page.remove_special() is False
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert page.remove_special() is True
    assert page.table.rowCount() == 0
    with db.reading() as s:
        assert client_terms.list_special_prices(s, client["client"]) == []


def test_the_price_check_shows_a_quantity_break(
    qtbot, window: MainWindow, client: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    _dossier, page = terms_page(window, client["client"])
    type_text(page.check_product, "FLM")
    fill(page.check_quantity, "10")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.check_result.text() == (
        "<b>80.75 EUR</b> per roll for 10<br>Quantity break from 10: 5 % off 85.00 = 80.75; "
        "below the Key account column: 15 % off base 100.00 = 85.00<br>"
        "<span style='color:#616161'>Compared: quantity break 80.75 · price column 85.00</span>"
    )
    fill(page.check_quantity, "1")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "Key account column: 15 % off base 100.00 = 85.00" in page.check_result.text()
    page.check_product.clear()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.check_result.text() == "Type an SKU or a name and pick the product."


def test_the_special_prices_title_counts_them_and_says_how_many_are_valid_today(
    window: MainWindow, db: Database, client: dict[str, str]
) -> None:
    from datetime import date, timedelta

    from kamdesk.domain.catalog import SpecialPriceData

    today = date.today()
    with db.unit_of_work() as s:
        client_terms.save_special_price(
            s, client["client"], SpecialPriceData(client["film"], Decimal("80.00"))
        )
    _dossier, page = terms_page(window, client["client"])
    assert page.specials_title.text() == "1 special price valid today"
    with db.unit_of_work() as s:
        ended = today - timedelta(days=30), today - timedelta(days=1)
        client_terms.save_special_price(
            s, client["client"], SpecialPriceData(client["film"], Decimal("79.00"), *ended)
        )
    page.load_specials()
    assert page.specials_title.text() == "2 special prices: 1 valid today, 1 outside their dates"
