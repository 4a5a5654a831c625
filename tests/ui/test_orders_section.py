"""The Orders section: the list, search by number or client, the status filter, opening."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kamdesk.db import Database
from kamdesk.services.sales.order_steps import confirm_order
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.order_list_model import COLUMNS, OrderTableModel
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets.price_fields import money
from tests.factories import add_catalogue, add_client
from tests.ui.test_order_window import double_click
from tests.ui.typing import type_text

TODAY = date(2026, 11, 24)
D = Decimal


@pytest.fixture
def orders(db: Database) -> dict[str, str]:
    """Three orders of two clients: two drafts, one confirmed."""
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        bakery = add_client(s, "Tisza Pékség Kft.", city="Szeged")
        hotel = add_client(s, "Hotel Greco S.p.A.", city="Milano")
        for name, client, sku, qty in (
            ("first", bakery, "FLOUR-25", "40"),
            ("second", hotel, "OIL-5", "6"),
            ("third", bakery, "SUGAR-1", "100"),
        ):
            line = DraftLine(ids[sku], D(qty), D("2.00"), price_rule="base")
            ids[name] = save_draft(s, OrderDraft(client.id, TODAY, (line,)))
        confirm_order(s, ids["second"], today=TODAY)
        ids["bakery"], ids["hotel"] = bakery.id, hotel.id
    return ids


def column(name: str) -> int:
    return next(i for i, (field, _h) in enumerate(COLUMNS) if field == name)


def shown(window: MainWindow, name: str) -> list[str]:
    model = window.orders.table.model()
    return [model.index(r, column(name)).data() for r in range(model.rowCount())]


def test_the_list_shows_every_order_newest_first(
    qtbot, orders: dict[str, str], window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.show_section("orders")
    assert shown(window, "number") == ["SO-2026-000003", "SO-2026-000002", "SO-2026-000001"]
    assert shown(window, "client_name") == [
        "Tisza Pékség Kft.",
        "Hotel Greco S.p.A.",
        "Tisza Pékség Kft.",
    ]
    assert shown(window, "status") == ["Draft", "Confirmed", "Draft"]
    assert shown(window, "lines") == ["1", "1", "1"]
    # 100 x 2.00 at 5 % VAT
    assert shown(window, "total_gross")[0] == money(D("210.00"), "EUR")
    model = window.orders.table.model()
    total = model.index(0, column("total_gross"))
    assert total.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert window.orders.count_label.text() == "3 orders"


def test_search_by_number_or_client_and_filter_by_status(
    qtbot, orders: dict[str, str], window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    section = window.orders
    type_text(section.search, "tisza")
    assert shown(window, "number") == ["SO-2026-000003", "SO-2026-000001"]
    assert section.count_label.text() == "2 orders found"
    section.search.clear()
    type_text(section.search, "000002")
    assert shown(window, "client_name") == ["Hotel Greco S.p.A."]
    section.search.clear()
    section.status.setCurrentIndex(section.status.findData("draft"))
    assert shown(window, "number") == ["SO-2026-000003", "SO-2026-000001"]
    type_text(section.search, "greco")
    assert shown(window, "number") == []
    assert section.count_label.text() == "0 orders found"


def test_double_click_opens_the_order_and_a_second_time_raises_it(
    qtbot, orders: dict[str, str], window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.show_section("orders")
    table = window.orders.table
    rect = table.visualRect(table.model().index(1, column("client_name")))
    double_click(qtbot, table.viewport(), rect.center())
    assert len(windows.open_windows(windows.ORDER)) == 1
    opened = windows.open_windows(windows.ORDER)[0]
    assert isinstance(opened, OrderWindow) and opened.order_id == orders["second"]
    assert "SO-2026-000002" in opened.windowTitle()
    assert opened.record is not None and opened.record.status == "confirmed"
    assert window.orders.open_order(orders["second"]) is opened


def test_new_order_opens_an_empty_order_that_asks_for_the_client(
    qtbot, db: Database, orders: dict[str, str], window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.show_section("orders")
    qtbot.mouseClick(window.orders.new_button, Qt.MouseButton.LeftButton)
    opened = windows.open_windows(windows.ORDER)[-1]
    assert isinstance(opened, OrderWindow) and opened.order_id is None
    assert opened.header.picker.isVisible() and not opened.lines.editable
    opened.set_client(orders["hotel"])
    assert opened.lines.editable
    assert opened.lines.set_field(0, "product", "EGGS-30")
    assert opened.actions_.save()
    # the list heard of it through the hub
    assert shown(window, "client_name")[0] == "Hotel Greco S.p.A."
    assert window.orders.count_label.text() == "4 orders"


def test_the_order_list_model_is_a_proper_item_model(
    qtmodeltester, db: Database, orders: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    model = OrderTableModel(db)
    model.PAGE = 2  # a page at a time, as the view scrolls
    model.refresh()
    assert model.total == 3 and model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    model.refresh()
    qtmodeltester.check(model)
    model.set_filter(search="", status="confirmed")
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.order_id(0) == orders["second"]
