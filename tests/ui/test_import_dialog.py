"""Import products: the dialog shows the preview and every problem before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.sheet import FIELDS
from kamdesk.models import PriceColumn, Product, ProductCategory, ProductPrice
from kamdesk.services.changes import Change
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.products import import_dialog
from kamdesk.ui.products.import_dialog import ImportDialog, export_price_list
from tests.factories import add_price_column

HEADERS = ["SKU", "Name", "Category", "Unit", "VAT rate", "Base price", "VIP price", "Notes"]
GOOD = [
    ["FLM-0001", "Stretch film 17 µm, 450 mm × 150 m", "Films", "roll", 27, 496, 389.9, ""],
    ["BOX-0001", "Carton 600 × 400 × 400", "Boxes", "pcs", 27, 1.25, None, "fragile"],
]


@pytest.fixture
def catalogue(db: Database) -> Database:
    with db.unit_of_work() as s:
        s.add_all([ProductCategory(name="Films"), ProductCategory(name="Boxes")])
        add_price_column(s, "Retail", "0")
        add_price_column(s, "VIP", "22")
    return db


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in [HEADERS, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def open_dialog(qtbot, db: Database, path: Path | None = None) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if path is not None:
        dialog.set_file(path)
    return dialog


def problems(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    table = dialog.problems_table
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc, union-attr]
        for r in range(table.rowCount())
    ]


def skus(db: Database) -> set[str]:
    with db.reading() as s:
        return set(s.scalars(select(Product.sku)))


def test_two_bad_rows_are_shown_and_nothing_can_be_imported(
    qtbot,
    catalogue: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    rows = [*GOOD, ["BOX-0002", "Carton 2", "Pallets", "pcs", 27, "abc", None, ""],
            ["BOX-0003", "", "Boxes", "pcs", 27, 2.5, 7.123, ""]]  # fmt: skip
    dialog = open_dialog(qtbot, catalogue, xlsx(tmp_path / "two-bad.xlsx", rows))
    # the headers people write are mapped without help; the notes column is left out
    assert dialog.combos["vat_rate"].currentText() == "E: VAT rate"
    assert dialog.combos["base_price"].currentText() == "F: Base price"
    assert dialog.combos["price:VIP"].currentText() == "G: VIP price"
    assert dialog.combos["price:Retail"].currentText() == "— not imported —"
    assert dialog.unmapped.text() == "Not imported: H: Notes"
    # the preview shows the file as it is, with the sheet's row numbers
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(2, 5).text() == "abc"  # type: ignore[union-attr]
    assert dialog.preview.verticalHeaderItem(0).text() == "2"  # type: ignore[union-attr]
    assert problems(dialog) == [
        ("4", "F · Base price", "Not a number: 'abc'"),
        ("5", "B · Name", "Required"),
        ("5", "G · Price: VIP", "More than 2 decimals: '7.123'"),
    ]
    bad = dialog.preview.item(2, 5)
    assert bad is not None and bad.background().color().name() == "#fde3e1"
    assert bad.toolTip() == "not a number: 'abc'"
    assert "Rows to correct: 4, 5." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.problems_table.selectRow(2)
    assert dialog.preview.selectedItems()[0].row() == 3
    assert skus(catalogue) == set()


def test_a_clean_file_imports_in_one_click(
    qtbot,
    catalogue: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(qtbot, catalogue, xlsx(tmp_path / "good.xlsx", GOOD))
    assert problems(dialog) == []
    assert dialog.summary.text() == (
        "The file is correct: 2 products to create, 0 to update, 1 explicit price set, "
        "0 cleared. Press Import to save."
    )
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog._hub.changed) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changed.args == [frozenset({Change.PRODUCTS, Change.PRICES})]  # an explicit price too
    assert dialog.summary.text() == (
        "Imported: 2 created, 0 updated, 1 explicit prices set, 0 cleared."
    )
    assert not dialog.import_button.isEnabled() and dialog.isVisible()
    assert skus(catalogue) == {"FLM-0001", "BOX-0001"}
    assert catalogue.backups is not None  # a bulk import: a verified backup first (#15)
    assert len(list(catalogue.backups.glob("kamdesk-*.sqlite"))) == 1
    with catalogue.reading() as s:
        (price,) = s.scalars(select(ProductPrice.price))
        assert str(price) == "389.90"


def test_the_mapping_can_be_changed_and_survives_checking_again(
    qtbot,
    catalogue: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = xlsx(tmp_path / "p.xlsx", [[*GOOD[0][:6], 100, "Kept aside"], GOOD[1]])
    dialog = open_dialog(qtbot, catalogue, path)
    # the notes go into the description; the VIP column is not imported this time
    dialog.combos["description"].setCurrentIndex(dialog.combos["description"].findText("H: Notes"))
    dialog.combos["price:VIP"].setCurrentIndex(0)
    assert problems(dialog) == []
    dialog.combos["base_price"].setCurrentIndex(0)
    assert problems(dialog) == [("header", "Base price", "The file has no column for “Base price”")]
    assert not dialog.import_button.isEnabled()
    dialog.combos["base_price"].setCurrentIndex(
        dialog.combos["base_price"].findText("F: Base price")
    )
    # the file is corrected in the spreadsheet (a column added in front) and read again
    book = load_workbook(path)
    book.active.insert_cols(1)
    book.active["A1"] = "Supplier"
    book.save(path)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.combos["description"].currentText() == "I: Notes"
    assert dialog.combos["price:VIP"].currentText() == "— not imported —"
    assert dialog.combos["base_price"].currentText() == "G: Base price"
    assert problems(dialog) == []
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with catalogue.reading() as s:
        film = s.scalars(select(Product).where(Product.sku == "FLM-0001")).one()
        assert film.description == "Kept aside"
        assert s.scalars(select(ProductPrice)).all() == []


def test_an_unreadable_file_is_explained_and_nothing_breaks(
    qtbot,
    catalogue: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK not a workbook")
    dialog = open_dialog(qtbot, catalogue, tmp_path / "broken.xlsx")
    assert dialog.file_message.isVisible()
    assert "not a readable Excel workbook" in dialog.file_message.text()
    assert dialog.preview.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing can be imported from this file."
    dialog.set_file(xlsx(tmp_path / "good.xlsx", GOOD))
    assert not dialog.file_message.isVisible() and dialog.import_button.isEnabled()


def test_a_long_file_shows_a_busy_indicator_while_it_imports(
    qtbot,
    catalogue: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []

    class Recorded(import_dialog.QProgressDialog):
        def show(self) -> None:
            shown.append(self.labelText())
            super().show()

    monkeypatch.setattr(import_dialog, "QProgressDialog", Recorded)
    rows = [[f"BOX-{i:04d}", f"Carton {i}", "Boxes", "pcs", 27, i + 0.5, None, ""]
            for i in range(600)]  # fmt: skip
    dialog = open_dialog(qtbot, catalogue, xlsx(tmp_path / "long.xlsx", rows))
    assert dialog.preview.rowCount() == 50
    assert dialog.preview_label.text() == "Rows in the file: 600; the first 50 are shown."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown == ["Importing 600 rows…"]
    assert len(skus(catalogue)) == 600


def test_export_price_list_writes_the_column_prices(
    qtbot,
    catalogue: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(qtbot, catalogue, xlsx(tmp_path / "good.xlsx", GOOD))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with catalogue.reading() as s:
        vip = s.scalars(select(PriceColumn.id).where(PriceColumn.name == "VIP")).one()
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "for the client"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    written = export_price_list(dialog, catalogue, vip)
    assert written == tmp_path / "for the client.xlsx"
    assert Path(asked[0]).name.startswith("Price list VIP ")
    book = load_workbook(written, read_only=True)
    try:
        values = [row for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()
    assert values[0][6] == "VIP price"
    assert [(r[0], r[6], r[8]) for r in values[1:]] == [
        ("BOX-0001", 0.98, "base price less 22 %"),
        ("FLM-0001", 389.9, "own price"),
    ]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert export_price_list(dialog, catalogue, vip) is None


RUSSIAN = ["Артикул", "Наименование", "Категория", "Ед. изм.", "НДС, %", "Цена, руб.",
           "Цена опт, руб."]  # fmt: skip
KONTINENT = [
    ["KS-1001", "Болт М8×40 DIN 933", "Крепёж", "шт.", 22, 12.4, 10.9],
    ["KS-1002", "Гайка М8 DIN 934", "крепёж", "шт.", 22, 2.1, 1.85],
    ["KS-2001", "Дрель-шуруповёрт", "Инструмент", "шт.", 22, 8990, 8150],
]


def russian_xlsx(path: Path) -> Path:
    book = Workbook()
    for row in [RUSSIAN, *KONTINENT]:
        book.active.append(row)
    book.save(path)
    return path


def test_a_russian_price_list_on_a_fresh_database_maps_itself_and_creates_its_categories(
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(qtbot, db, russian_xlsx(tmp_path / "прайс.xlsx"))
    shown = {key: dialog.combos[key].currentText() for key in FIELDS}
    assert shown == {
        "sku": "A: Артикул", "name": "B: Наименование", "category": "C: Категория",
        "unit": "D: Ед. изм.", "vat_rate": "E: НДС, %", "base_price": "F: Цена, руб.",
        "description": "— not imported —",
    }  # fmt: skip
    assert problems(dialog) == []
    assert "2 new categories will be created: Крепёж, Инструмент" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert sorted(s.scalars(select(ProductCategory.name))) == ["Инструмент", "Крепёж"]
        nut = s.scalars(select(Product).where(Product.sku == "KS-1002")).one()
        assert s.get(ProductCategory, nut.category_id).name == "Крепёж"  # type: ignore[union-attr]


def test_a_wholesale_column_is_added_from_the_import_and_the_layout_is_remembered(
    qtbot,
    db: Database,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = russian_xlsx(tmp_path / "прайс.xlsx")
    dialog = ImportDialog(db, ChangeHub(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    assert dialog.unmapped.text() == "Not imported: G: Цена опт, руб."
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Опт", True))
    qtbot.mouseClick(dialog.new_column_button, Qt.MouseButton.LeftButton)
    # the new column is offered at once, and the file's wholesale prices go into it
    assert dialog.combos["price:Опт"].currentText() == "G: Цена опт, руб."
    assert dialog.unmapped.text() == ""
    # the user keeps the unit out this time
    dialog.combos["unit"].setCurrentIndex(0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert sorted(str(p) for p in s.scalars(select(ProductPrice.price))) == [
            "1.85", "10.90", "8150.00",
        ]  # fmt: skip
    # the next file of the same layout comes mapped as the user mapped this one
    again = ImportDialog(db, ChangeHub(), settings=settings)
    qtbot.addWidget(again)
    again.set_file(path)
    assert again.combos["unit"].currentText() == "— not imported —"
    assert again.combos["price:Опт"].currentText() == "G: Цена опт, руб."
    assert again.combos["sku"].currentText() == "A: Артикул"


def test_in_russian_the_summary_and_the_problems_speak_russian(
    qtbot,
    qapp,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.walker import in_language

    with in_language(qapp, "ru"):
        dialog = open_dialog(qtbot, db, russian_xlsx(tmp_path / "прайс.xlsx"))
        assert dialog.new_column_button.text() == "Новый вид цен…"
        assert "Будут созданы 2 новые категории: Крепёж, Инструмент" in dialog.summary.text()
        dialog.combos["base_price"].setCurrentIndex(0)
        assert problems(dialog) == [
            ("заголовок", "Базовая цена", "В файле нет столбца «Базовая цена»")
        ]
        dialog.close()


def test_a_csv_saved_by_a_russian_excel_is_read_in_its_windows_code_page(
    qtbot,
    qapp,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.walker import in_language

    path = tmp_path / "прайс.csv"
    lines = [";".join(RUSSIAN[:6]), "KS-1001;Болт М8×40;Крепёж;шт.;22;12,40"]
    path.write_bytes("\r\n".join(lines).encode("cp1251", errors="replace"))
    with in_language(qapp, "ru"):
        dialog = open_dialog(qtbot, db, path)
        assert not dialog.file_message.isVisible()  # no more "not UTF-8: save it again"
        assert dialog.combos["sku"].currentText() == "A: Артикул"
        assert dialog.preview.item(0, 2).text() == "Крепёж"  # type: ignore[union-attr]
        assert dialog.preview_label.text() == (
            "Строк в файле: 1. Не UTF-8: прочитан в кодировке CP1251."
        )
        assert problems(dialog) == []
        dialog.close()
