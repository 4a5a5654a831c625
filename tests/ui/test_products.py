"""The Products section as a KAM uses it: find products, edit one with its column prices and
quantity breaks, manage the price columns and promotions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kamdesk.db import Database
from kamdesk.domain.catalog import BreakData, ProductData
from kamdesk.models import ProductCategory
from kamdesk.services.prices import catalog, price_list, promotions
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.products.price_columns import PriceColumnsDialog
from kamdesk.ui.products.product_dialog import ProductDialog
from kamdesk.ui.products.promotions import PromotionsDialog
from kamdesk.ui.products.section import ProductsSection
from tests.factories import add_client, add_price_column
from tests.ui.typing import type_text

TODAY = date.today()
FILM = ProductData(
    sku="FLM-0001",
    name="Stretch film 17 µm",
    unit="roll",
    vat_rate=Decimal(27),
    base_price=Decimal("1200.00"),
    currency="EUR",
)


def fill(edit: Any, text: str) -> None:
    edit.clear()
    type_text(edit, text)


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        films = ProductCategory(name="Films")
        boxes = ProductCategory(name="Boxes")
        s.add_all([films, boxes])
        s.flush()
        ids = {
            "films": films.id,
            "retail": add_price_column(s, "Retail").id,
            "vip": add_price_column(s, "VIP", "22").id,
        }
        ids["film"] = catalog.save_product(s, replace(FILM, category_id=films.id))
        ids["box"] = catalog.save_product(
            s,
            ProductData(
                sku="BOX-0001",
                name="Гофрокороб 600×400",
                category_id=boxes.id,
                unit="pcs",
                vat_rate=Decimal(20),
                base_price=Decimal("2.50"),
            ),
        )
        ids["old"] = catalog.save_product(
            s, replace(FILM, sku="OLD-1", name="Old film", category_id=films.id, active=False)
        )
        price_list.set_column_price(s, ids["film"], ids["vip"], Decimal("900.00"))
        price_list.add_quantity_break(s, ids["film"], BreakData(Decimal(10), Decimal(5)))
    return ids


def section_of(window: MainWindow) -> ProductsSection:
    window.show_section("products")
    section = window.products
    assert isinstance(section, ProductsSection) and section.model is not None
    section.refresh()  # the shop was filled after the window opened
    return section


def shown(section: ProductsSection) -> list[list[str]]:
    model = section.model
    assert model is not None
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_list_shows_each_column_price_and_filters(
    qtbot, window: MainWindow, shop: dict[str, str], qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    model = section.model
    assert model is not None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "SKU", "Product", "Category", "Unit", "VAT %", "Base price", "Retail", "VIP", "Active"
    ]  # fmt: skip
    assert shown(section) == [
        ["BOX-0001", "Гофрокороб 600×400", "Boxes", "pcs", "20 %", "2.50", "2.50", "1.95", "yes"],
        ["FLM-0001", "Stretch film 17 µm", "Films", "roll", "27 %", "1,200.00",
         "1,200.00", "900.00", "yes"],
    ]  # fmt: skip
    assert section.count_label.text() == "2 products"
    price = model.index(1, 7)
    assert price.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert price.data(Qt.ItemDataRole.FontRole).bold()  # its own price in VIP
    assert not model.index(1, 6).data(Qt.ItemDataRole.FontRole)
    type_text(section.search, "гофро")
    assert [row[0] for row in shown(section)] == ["BOX-0001"]
    assert section.count_label.text() == "1 product found"
    section.search.clear()
    section.category.setCurrentIndex(section.category.findText("Films"))
    assert [row[0] for row in shown(section)] == ["FLM-0001"]
    section.inactive.setChecked(True)
    assert [row[0] for row in shown(section)] == ["FLM-0001", "OLD-1"]
    qtmodeltester.check(model)


def test_a_new_product_with_bad_input_is_marked_and_nothing_saved(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    dialog = section.dialogs[-1]
    assert isinstance(dialog, ProductDialog)
    fill(dialog.sku, "flm-0001")  # taken
    fill(dialog.name, "Tape 48 mm")
    fill(dialog.base_price, "1e309")
    fill(dialog.price_edits[shop["vip"]], "0")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors["sku"].text() == "Another product already has the SKU FLM-0001."
    assert dialog.form.errors["base_price"].isVisible()
    assert dialog.prices_form.errors[f"price:{shop['vip']}"].text() == (
        "The price must be more than 0."
    )
    assert "3 marked field" in dialog.summary.text()
    with db.reading() as s:
        assert catalog.search_products(s, search="tape").total == 0
    fill(dialog.sku, "TAPE-48")
    fill(dialog.base_price, "3,20")
    fill(dialog.price_edits[shop["vip"]], "")
    assert dialog.price_edits[shop["vip"]].placeholderText() == "2.50"  # 22 % off 3.20
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None and not dialog.isVisible()
    with db.reading() as s:
        (row,) = catalog.search_products(s, search="tape").rows
    assert (row.base_price, row.vat_rate, row.prices[1].explicit) == (
        Decimal("3.20"),
        Decimal(20),
        False,
    )
    assert "TAPE-48" in [r[0] for r in shown(section)]  # the list followed


def test_column_prices_and_breaks_are_saved_with_the_product(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    table = section.table
    where = table.visualRect(section.model.index(1, 1)).center()  # type: ignore[union-attr]
    # a press first: QTest's double click alone does not tell a view which item was hit
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = section.dialogs[-1]
    assert isinstance(dialog, ProductDialog) and dialog.product_id == shop["film"]
    assert dialog.price_edits[shop["vip"]].text() == "900.00"
    assert dialog.price_edits[shop["retail"]].placeholderText() == "1,200.00"
    assert dialog.breaks_table.rowCount() == 1
    fill(dialog.price_edits[shop["vip"]], "")  # back to the column's 22 %
    fill(dialog.price_edits[shop["retail"]], "1 150")
    # a break with both a percentage and a price: refused where it was typed
    fill(dialog.break_qty, "50")
    fill(dialog.break_percent, "7")
    fill(dialog.break_price, "1000")
    qtbot.mouseClick(dialog.add_break_button, Qt.MouseButton.LeftButton)
    assert dialog.break_error.isVisible() and "not both" in dialog.break_error.text()
    assert dialog.breaks_table.rowCount() == 1
    dialog.break_price.clear()
    dialog.break_column.setCurrentIndex(dialog.break_column.findData(shop["vip"]))
    qtbot.mouseClick(dialog.add_break_button, Qt.MouseButton.LeftButton)
    assert not dialog.break_error.isVisible() and dialog.breaks_table.rowCount() == 2
    dialog.breaks_table.selectRow(0)  # the one from 10, every column
    qtbot.mouseClick(dialog.remove_break_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:  # nothing reached the database before Save
        assert len(price_list.quantity_breaks(s, shop["film"])) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible()  # unsaved edits: asked, and kept
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.reading() as s:
        detail = catalog.get_product(s, shop["film"], today=TODAY)
    assert [(c.column_name, c.explicit_price) for c in detail.column_prices] == [
        ("Retail", Decimal("1150.00")),
        ("VIP", None),
    ]
    assert [(b.column_name, b.min_quantity, b.discount_percent) for b in detail.breaks] == [
        ("VIP", Decimal(50), Decimal(7))
    ]


def test_price_columns_dialog_adds_checks_and_refuses_to_delete_a_used_one(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    dialog = section.open_price_columns()
    assert isinstance(dialog, PriceColumnsDialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "22 %"
    fill(dialog.name, "Key account")
    fill(dialog.percent, "150")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["discount_percent"].text() == "A percentage is between 0 and 100."
    fill(dialog.percent, "15")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert section.model is not None and "Key account" in [
        section.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(section.model.columnCount())
    ]
    with db.unit_of_work() as s:
        add_client(s, "On VIP", price_column_id=shop["vip"])
    dialog.load()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.table.selectRow(1)
    assert dialog.name.text() == "VIP"
    assert dialog.delete() is False
    assert warnings == [
        "The price column VIP is used by 1 client and 1 explicit price. Move those clients to "
        "another column and clear those prices first; nothing was deleted."
    ]
    dialog.table.selectRow(2)
    fill(dialog.name, "retail")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["name"].text() == "There is already a price column called Retail."
    assert dialog.delete() is True
    with db.reading() as s:
        assert [c.name for c in price_list.list_price_columns(s)] == ["Retail", "VIP"]


def test_a_promotion_is_created_with_a_product_picked_by_sku(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    dialog = section.open_promotions()
    assert isinstance(dialog, PromotionsDialog)
    fill(dialog.name, "Film week")
    fill(dialog.discount_percent, "15")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["products"].text() == "Choose the products, a category, or both."
    dialog.ends_on.setDate(dialog.starts_on.date().addDays(-1))
    type_text(dialog.product_picker, "flm-0001")
    qtbot.keyClick(dialog.product_picker, Qt.Key.Key_Return)
    assert dialog.products.count() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["ends_on"].text() == "The promotion cannot end before it starts."
    with db.reading() as s:
        assert promotions.list_promotions(s, when="all", today=TODAY) == []
    dialog.ends_on.setDate(dialog.starts_on.date().addDays(6))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (0, 1, 4, 5, 6)] == [
        "Film week",
        "running",
        "15 % off",
        "1 product",
        "everyone",
    ]
    with db.reading() as s:
        detail = catalog.get_product(s, shop["film"], today=TODAY)
    assert [p.name for p in detail.promotions] == ["Film week"]


def test_import_and_export_open_the_spreadsheet_windows(
    qtbot, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.products import import_dialog

    section = section_of(window)
    asked: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str], *_a: object) -> Any:
        asked.append(items)
        return items[1], True

    exported: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(
        import_dialog, "export_price_list", lambda _p, _db, column_id: exported.append(column_id)
    )
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert asked == [["Retail (0 %)", "VIP (22 %)"]]
    assert exported == [shop["vip"]]
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    assert isinstance(section.dialogs[-1], import_dialog.ImportDialog)
    section.dialogs[-1].reject()


def test_names_per_language_and_rates_abroad_are_saved_with_the_product(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.natural_keys import vat_registration_id
    from kamdesk.models import VatRegistration
    from kamdesk.services.prices.product_texts import product_names, product_tax_rates

    with db.unit_of_work() as s:
        s.add(VatRegistration(id=vat_registration_id("DE"), country="DE", vat_number="DE136695976"))
    section = section_of(window)
    dialog = section.open_product(shop["film"])
    assert isinstance(dialog, ProductDialog)
    box = dialog.texts_box
    assert set(box.names) == {"en", "ru", "hu", "it", "az"} and set(box.rates) == {"DE"}
    fill(box.units["ru"], "рулон")
    fill(box.rates["DE"], "190")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert box.form.errors["name:ru"].isVisible()
    assert "between 0 and 100" in box.form.errors["rate:DE"].text()
    fill(box.names["ru"], "Стретч-плёнка 17 мкм")
    fill(box.names["hu"], "Sztreccsfólia 17 µm")
    fill(box.units["hu"], "tek.")
    fill(box.rates["DE"], "19")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id == shop["film"], dialog.summary.text()
    with db.reading() as s:
        assert product_names(s, [shop["film"]], "ru")[shop["film"]] == (
            "Стретч-плёнка 17 мкм",
            "рулон",
        )
        assert product_names(s, [shop["film"]], "hu")[shop["film"]] == (
            "Sztreccsfólia 17 µm",
            "tek.",
        )
        assert product_names(s, [shop["film"]], "en")[shop["film"]][0] == FILM.name
        assert product_tax_rates(s, [shop["film"]], "DE") == {shop["film"]: Decimal(19)}


def test_a_category_is_made_from_the_new_product_window_on_a_fresh_database(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.operations import ChangeHub

    dialog = ProductDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    box = dialog.category
    assert [box.itemText(i) for i in range(box.count())] == ["— none —", "New category…"]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Крепёж", True))
    box.activated.emit(box.count() - 1)  # what choosing the item with the mouse sends
    assert box.currentText() == "Крепёж"
    assert [box.itemText(i) for i in range(box.count())] == ["— none —", "Крепёж", "New category…"]
    with db.reading() as s:
        assert [c.name for c in price_list.list_categories(s)] == ["Крепёж"]
    # cancelled: the box shows what it showed
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    box.activated.emit(box.count() - 1)
    assert box.currentText() == "Крепёж"


def test_categories_are_added_and_renamed_by_hand(
    qtbot, window: MainWindow, db: Database, shop: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    dialog = section.open_categories()
    assert dialog is not None
    from kamdesk.ui.products.categories import CategoriesDialog

    assert isinstance(dialog, CategoriesDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Boxes", "Films"]
    fill(dialog.name, "Tapes")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(1)
    assert dialog.name.text() == "Films"
    fill(dialog.name, "Stretch films")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Boxes", "Stretch films", "Tapes",
    ]  # fmt: skip
    # the products list offers the new names in its category filter
    names = [section.category.itemText(i) for i in range(section.category.count())]
    assert names == ["All categories", "Boxes", "Stretch films", "Tapes"]
    dialog.close()


def test_a_price_column_added_from_the_import_shows_in_the_products_list_at_once(
    qtbot, window: MainWindow, shop: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.products.import_dialog import ImportDialog

    section = section_of(window)
    model = section.model
    assert model is not None
    dialog = section.open_import()
    assert isinstance(dialog, ImportDialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wholesale", True))
    qtbot.mouseClick(dialog.new_column_button, Qt.MouseButton.LeftButton)
    assert "price:Wholesale" in dialog.combos  # offered in the mapping at once
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    shown = [h for c, h in enumerate(headers) if not section.table.isColumnHidden(c)]
    # the new column is there, and Active stays hidden while inactive products are not shown
    assert shown[-3:] == ["Retail", "VIP", "Wholesale"]
    dialog.close()
