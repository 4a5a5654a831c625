"""Issue 15, case 1: a form saved after the record changed underneath it never silently
reverts the other change; a field both changed is shown with both values to choose from."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from kamdesk.db import Database
from kamdesk.domain.catalog import ProductData
from kamdesk.services.prices import catalog, price_list
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.products.product_dialog import ProductDialog
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.factories import add_price_column
from tests.ui.typing import type_text

FILM = ProductData(
    sku="FLM-1", name="Film", unit="roll", vat_rate=Decimal(20), base_price=Decimal("18.00")
)


@pytest.fixture
def film(db: Database) -> tuple[str, str]:
    with db.unit_of_work() as s:
        vip = add_price_column(s, "VIP").id
        pid = catalog.save_product(s, FILM)
        price_list.set_column_price(s, pid, vip, Decimal("15.00"))
    return pid, vip


def imported(db: Database, pid: str, base_price: str, vip: tuple[str, str] | None = None) -> None:
    """What a price import does meanwhile: a new base price (and a column price)."""
    with db.unit_of_work() as s:
        data = catalog.product_data(s, pid)
        catalog.save_product(
            s, ProductData(**{**data.__dict__, "base_price": Decimal(base_price)}), product_id=pid
        )
        if vip is not None:
            price_list.set_column_price(s, pid, vip[0], Decimal(vip[1]))


def retype(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    type_text(edit, text)


def test_a_product_saved_after_an_import_keeps_the_imported_price(
    qtbot, db: Database, film: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pid, vip = film
    dialog = ProductDialog(db, ChangeHub(), product_id=pid)
    qtbot.addWidget(dialog)
    imported(db, pid, "99.99", vip=(vip, "80.00"))  # while the dialog is open
    retype(dialog.name, "Stretch film 17 µm")
    assert dialog.save()
    with db.reading() as s:
        saved = catalog.product_data(s, pid)
        prices = price_list.explicit_prices(s, [pid])
    assert saved.name == "Stretch film 17 µm"
    assert saved.base_price == Decimal("99.99")  # not reverted to the 18.00 the form loaded
    assert prices[(pid, vip)] == Decimal("80.00")


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_field_both_changed_shows_both_values_and_saves_the_choice(
    qtbot, db: Database, film: tuple[str, str], monkeypatch: pytest.MonkeyPatch, keep: str
) -> None:  # type: ignore[no-untyped-def]
    pid, _vip = film
    dialog = ProductDialog(db, ChangeHub(), product_id=pid)
    qtbot.addWidget(dialog)
    imported(db, pid, "99.99")
    retype(dialog.base_price, "20.00")
    retype(dialog.name, "Film 23")
    seen: list[tuple[str, str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        mine, theirs = conflict.groups["base_price"]
        seen.append((conflict.windowTitle(), mine.text(), theirs.text()))
        (theirs if keep == "theirs" else mine).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    assert dialog.save()
    assert seen == [("Changed while you were editing", "20.00", "99.99")]
    with db.reading() as s:
        saved = catalog.product_data(s, pid)
    assert saved.name == "Film 23"  # the change nobody else made is saved either way
    assert saved.base_price == Decimal("20.00" if keep == "mine" else "99.99")


def test_going_back_to_the_form_saves_nothing_and_keeps_what_was_typed(
    qtbot, db: Database, film: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pid, _vip = film
    dialog = ProductDialog(db, ChangeHub(), product_id=pid)
    qtbot.addWidget(dialog)
    imported(db, pid, "99.99")
    retype(dialog.base_price, "20.00")
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert not dialog.save()
    assert dialog.base_price.text() == "20.00"
    with db.reading() as s:
        assert catalog.product_data(s, pid).base_price == Decimal("99.99")


def test_a_record_that_keeps_changing_is_not_fought_over_forever(
    qtbot, db: Database, film: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    pid, _vip = film
    dialog = ProductDialog(db, ChangeHub(), product_id=pid)
    qtbot.addWidget(dialog)
    retype(dialog.base_price, "20.00")
    prices = iter(range(30, 100))

    def answer(_conflict: ConflictDialog) -> int:
        imported(db, pid, f"{next(prices)}.00")  # another writer, again, while the user chose
        return QDialog.DialogCode.Accepted

    said: list[str] = []
    monkeypatch.setattr(ConflictDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    imported(db, pid, "99.99")
    assert not dialog.save()
    assert said == ["These fields keep changing elsewhere. Nothing was saved: try again shortly."]
    assert dialog.base_price.text() == "20.00"  # the typing is kept
