"""The main window as a user meets it: sections, the client list, search, Ctrl+F, geometry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import Client, OrderLine
from kamdesk.services.changes import Change
from kamdesk.services.clients.client_list import list_clients
from kamdesk.services.sales.order_steps import (
    confirm_order,
    deliver_order,
    invoice_order,
    ship_order,
)
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from kamdesk.ui.clients.client_model import COLUMNS, ClientTableModel
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_catalogue, add_client
from tests.ui.typing import type_text
from tests.ui.waiting import settle


def visible_names(window: MainWindow) -> list[str]:
    model = window.clients.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_window_lists_every_section_and_shows_the_clients(window: MainWindow) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Today",
        "Clients",
        "Schedule",
        "Orders",
        "Products",
        "Receivables",
        "Reports",
        "Sync",
    ]
    assert window.current_section() == "clients"
    assert len(visible_names(window)) == 10
    assert window.clients.count_label.text() == "10 clients"


def test_the_receivables_section_says_what_shows_there_when_nobody_owes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.receivables.section import ReceivablesSection
    from tests.ui.waiting import settle

    window.show_section("receivables")
    section = window.stack.currentWidget()
    assert isinstance(section, ReceivablesSection)
    settle(qtbot, section)
    assert section.no_rows.isVisible() and "No client owes anything" in section.no_rows.text()
    assert section.panel.no_client.isVisible()


def test_typing_in_search_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.clients.search, "kft")
    assert sorted(visible_names(window)) == ["Alfa Pharm Kft.", "Dunakeszi Csomagoló Kft."]
    assert window.clients.count_label.text() == "2 clients found"
    window.clients.search.clear()
    type_text(window.clients.search, "Север")
    assert visible_names(window) == ["ООО «Северный Хлеб»"]
    window.clients.search.clear()
    qtbot.keyClicks(window.clients.search, "zzzz")
    assert visible_names(window) == []
    assert window.clients.count_label.text() == "0 clients found"
    window.clients.search.clear()
    assert len(visible_names(window)) == 10


def test_ctrl_f_focuses_the_search_from_another_section(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "clients"
    assert QApplication.focusWidget() is window.clients.search


def test_clicking_a_header_sorts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.clients.table.horizontalHeader()
    city = next(i for i, (field, _) in enumerate(COLUMNS) if field == "city")
    window.clients.table.scrollTo(window.clients.table.model().index(0, city))
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QRect(
            header.sectionViewportPosition(city), 0, header.sectionSize(city), header.height()
        ).center(),
    )
    model = window.clients.table.model()
    cities = [model.index(r, city).data() for r in range(model.rowCount())]
    assert cities == sorted(cities) or cities == sorted(cities, reverse=True)
    assert cities[0] != cities[-1]


def test_the_list_fetches_pages_as_it_scrolls(qtbot, db: Database, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        for i in range(ClientTableModel.PAGE * 2 + 17):
            add_client(s, f"Client {i:04d}")
    w = MainWindow(db.path, settings)
    qtbot.addWidget(w)
    w.attach(db)
    model = w.clients.model
    assert model is not None
    assert model.rowCount() == ClientTableModel.PAGE
    assert model.total == ClientTableModel.PAGE * 2 + 17
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    assert w.clients.count_label.text() == f"{model.total} clients"


def test_client_model_passes_qt_model_checks(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        for i in range(30):
            add_client(s, f"Client {i}", city="Pécs")
    model = ClientTableModel(db)
    qtmodeltester.check(model)
    model.set_search("client 1")
    qtmodeltester.check(model)


def test_changes_announced_on_the_hub_refresh_the_list(
    qtbot,
    window: MainWindow,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    with db.unit_of_work() as s:
        s.add(Client(name="Brand New Client", currency="EUR"))
    window.hub.changed.emit(frozenset({Change.CLIENTS}))
    assert "Brand New Client" in visible_names(window)


def test_geometry_is_remembered_and_the_day_starts_on_today(
    qtbot, db: Database, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(db.path, settings)
    qtbot.addWidget(first)
    first.attach(db)
    first.show()
    first.setGeometry(30, 40, 700, 500)  # fits the 800×600 offscreen screen
    first.nav.setCurrentRow(6)
    first.close()
    second = MainWindow(db.path, settings)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.current_section() == "today"  # every day starts on Today


def test_a_window_kept_too_small_to_work_in_opens_at_its_usual_size(
    qtbot, db: Database, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(db.path, settings)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(30, 40, 500, 300)  # kept from another screen, or shrunk by mistake
    first.close()
    second = MainWindow(db.path, settings)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (1280, 800)


def test_sorting_by_share_puts_the_biggest_client_first(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        clients = list_clients(s, limit=3)
        products = add_catalogue(s)
    today = date.today()
    for client, qty in zip(clients, (5, 50, 20), strict=True):
        with db.unit_of_work() as s:
            product = next(iter(products.values()))
            lines = (DraftLine(product, Decimal(qty), Decimal("10.00")),)
            oid = save_draft(s, OrderDraft(client.id, today, lines))
            confirm_order(s, oid, today=today)
            line = s.execute(select(OrderLine.id).where(OrderLine.order_id == oid)).scalar_one()
            ship_order(s, oid, {line: Decimal(qty)}, day=today)
            deliver_order(s, oid, {}, day=today)
            invoice_order(s, oid, day=today)
    window.hub.changed.emit(frozenset({Change.INVOICES}))  # as run_op would announce them
    share = next(i for i, (field, _) in enumerate(COLUMNS) if field == "share")
    window.clients.table.sortByColumn(share, Qt.SortOrder.DescendingOrder)
    model = window.clients.table.model()
    assert [model.index(r, 0).data() for r in range(3)] == [
        clients[1].name,
        clients[2].name,
        clients[0].name,
    ]
    settle(qtbot, window.clients.model)  # the shares are read off the GUI thread
    shares = [model.index(r, share).data() for r in range(3)]
    assert all(text.endswith("\u00a0%") for text in shares) and shares[0] != shares[2]
    dossier = next(i for i, (field, _) in enumerate(COLUMNS) if field == "completeness")
    window.clients.table.sortByColumn(dossier, Qt.SortOrder.AscendingOrder)
    header = window.clients.table.horizontalHeader()
    assert header.sortIndicatorSection() == share


def test_an_empty_client_list_says_how_clients_get_into_it(
    qtbot, db: Database, settings: QSettings, paths
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.closing import close_everything

    settings.setValue("main/start", "clients")
    w = MainWindow(db.path, settings, paths=paths)
    w.attach(db)
    w.show()
    qtbot.waitExposed(w)
    try:
        hint = w.clients.empty_hint
        assert hint.isVisible() and "add the first with New client…" in hint.text()
        with db.unit_of_work() as s:
            add_client(s, "Acme")
        w.clients.refresh()
        qtbot.waitUntil(lambda: w.clients.count_label.text() == "1 client")
        assert not hint.isVisible()
    finally:
        close_everything(w)
