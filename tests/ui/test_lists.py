"""Issue 18, item 3: every list sorts by every column, figures and days biggest first on the
first click, text from A; the order list sorts in SQL across its pages; sort, widths and
column order stay on the laptop after a restart; and every table in the app sorts (or says
why not)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView

from kamdesk.db import Database
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from kamdesk.ui.clients.client_model import COLUMNS as CLIENT_COLUMNS
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.order_list_model import COLUMNS as ORDER_COLUMNS
from kamdesk.ui.orders.order_list_model import OrderTableModel
from kamdesk.ui.widgets.table_state import UNSORTED
from tests.factories import add_catalogue, add_client
from tests.ui.closing import close_everything

D = Decimal
TODAY = date(2026, 11, 24)
DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def col(columns: tuple[tuple[str, str], ...], name: str) -> int:
    return next(i for i, (field, _h) in enumerate(columns) if field == name)


def click_header(qtbot: Any, table: QTableView, column: int) -> None:
    """A click on the header's section, as a person makes it."""
    header = table.horizontalHeader()
    table.scrollTo(table.model().index(0, column))
    where = QRect(
        header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height()
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where.center())


def sorted_by(table: QTableView) -> tuple[int, Qt.SortOrder]:
    header = table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def open_window(qtbot: Any, db: Database, settings_file: str, paths: Any) -> MainWindow:
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    settings.setValue("main/start", "clients")  # the list these tests look at
    w = MainWindow(db.path, settings, paths=paths)
    w.attach(db)
    w.show()
    qtbot.waitExposed(w)
    return w


# --- the first click ----------------------------------------------------------------------------
def test_the_first_click_on_share_puts_the_biggest_client_first(
    qtbot, demo_db: Database, paths
) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, demo_db, str(paths.settings_file), paths)
    try:
        table, model = w.clients.table, w.clients.model
        assert model is not None
        share = col(CLIENT_COLUMNS, "share")
        click_header(qtbot, table, share)
        assert sorted_by(table) == (share, DESC)
        with demo_db.reading() as s:
            report = key_clients(s, Period.last_12_months(date.today()))
        biggest = max(report.classification.clients, key=lambda c: c.share)
        assert model.client_id(0) == biggest.client_id
        city = col(CLIENT_COLUMNS, "city")
        click_header(qtbot, table, city)  # text: from A
        assert sorted_by(table) == (city, ASC)
        cities = [model.index(r, city).data() for r in range(model.rowCount())]
        assert cities[0] <= cities[-1]
    finally:
        close_everything(w)


def test_first_clicks_in_a_report_table(qtbot, demo_db: Database, paths) -> None:  # type: ignore[no-untyped-def]
    """A RowsTableModel behind a proxy (the aging list): amounts biggest first, names from A."""
    w = open_window(qtbot, demo_db, str(paths.settings_file), paths)
    try:
        w.show_section("receivables")
        section = w.sections["receivables"]
        table = section.table  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: table.model().rowCount() > 2)
        click_header(qtbot, table, 2)  # Balance
        assert sorted_by(table) == (2, DESC)
        proxy = table.model()
        balances = [proxy.index(r, 2).data(proxy.sortRole()) for r in range(proxy.rowCount())]
        assert balances == sorted(balances, reverse=True)
        step_date = 11
        assert (
            proxy.headerData(
                step_date, Qt.Orientation.Horizontal, Qt.ItemDataRole.InitialSortOrderRole
            )
            == DESC.value
        )
        click_header(qtbot, table, 0)  # Client
        assert sorted_by(table) == (0, ASC)
    finally:
        close_everything(w)


# --- the order list: in SQL, across pages -------------------------------------------------------
@pytest.fixture
def many_orders(db: Database) -> list[str]:
    """25 orders of three clients, each a different amount, in date order of creation."""
    ids = []
    with db.unit_of_work() as s:
        catalogue = add_catalogue(s)
        clients = [add_client(s, name) for name in ("Béla Bt.", "Alfa Kft.", "Zeta Zrt.")]
        for n in range(25):
            qty = D((n * 7) % 25 + 1)  # amounts out of the order of creation
            line = DraftLine(catalogue["FLOUR-25"], qty, D("2.00"), price_rule="base")
            draft = OrderDraft(clients[n % 3].id, date(2026, 1, 1 + n), (line,))
            ids.append(save_draft(s, draft))
    return ids


def test_the_order_list_sorts_in_sql_across_pages(
    qtbot, many_orders: list[str], db: Database, paths, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(OrderTableModel, "PAGE", 10)
    w = open_window(qtbot, db, str(paths.settings_file), paths)
    try:
        w.show_section("orders")
        table, model = w.orders.table, w.orders.model
        assert model is not None and model.total == 25
        dates = [model.record(r).order_date for r in range(model.rowCount())]
        assert dates == sorted(dates, reverse=True)  # newest first until a header is clicked

        total = col(ORDER_COLUMNS, "total_gross")
        click_header(qtbot, table, total)
        assert sorted_by(table) == (total, DESC)
        assert model.rowCount() == 10  # one page: the biggest order on it all the same
        while model.canFetchMore():
            model.fetchMore()
        totals = [model.record(r).total_gross for r in range(model.rowCount())]
        assert len(totals) == 25 and len({model.record(r).id for r in range(25)}) == 25
        assert totals == sorted(totals, reverse=True)

        click_header(qtbot, table, total)  # again: the other way
        assert sorted_by(table) == (total, ASC)
        assert model.record(0).total_gross == min(totals)

        client = col(ORDER_COLUMNS, "client_name")
        click_header(qtbot, table, client)
        assert sorted_by(table) == (client, ASC)
        while model.canFetchMore():
            model.fetchMore()
        names = [model.record(r).client_name for r in range(model.rowCount())]
        assert names[:9] == ["Alfa Kft."] * 8 + ["Béla Bt."]  # 8 of Alfa (n % 3 == 1)
        # ties keep a stable order: by number, the same way round
        alfa = [model.record(r).number for r in range(8)]
        assert alfa == sorted(alfa)
    finally:
        close_everything(w)


# --- remembered ---------------------------------------------------------------------------------
def test_sort_widths_and_order_survive_a_restart(
    qtbot, window: MainWindow, db: Database, paths
) -> None:  # type: ignore[no-untyped-def]
    table = window.clients.table
    header = table.horizontalHeader()
    city, code = col(CLIENT_COLUMNS, "city"), col(CLIENT_COLUMNS, "code")
    click_header(qtbot, table, city)
    click_header(qtbot, table, city)
    assert sorted_by(table) == (city, DESC)
    header.resizeSection(city, 177)
    header.moveSection(header.visualIndex(code), 0)  # the code first
    window.show_section("orders")
    orders = window.orders.table
    total = col(ORDER_COLUMNS, "total_gross")
    click_header(qtbot, orders, total)
    orders.horizontalHeader().resizeSection(total, 201)
    close_everything(window)
    QApplication.processEvents()

    again = open_window(qtbot, db, str(paths.settings_file), paths)
    try:
        again.show_section("orders")
        orders = again.orders.table
        assert sorted_by(orders) == (total, DESC)
        assert orders.horizontalHeader().sectionSize(total) == 201
        again.show_section("clients")
        table = again.clients.table
        header = table.horizontalHeader()
        assert sorted_by(table) == (city, DESC)
        assert header.sectionSize(city) == 177
        assert header.visualIndex(code) == 0
        model = again.clients.model
        assert model is not None
        cities = [model.index(r, city).data() for r in range(model.rowCount())]
        assert cities[0] > cities[-1]  # sorted as left: Z to A
    finally:
        close_everything(again)


# --- every table ------------------------------------------------------------------------------
def test_every_table_sorts_or_says_why_not(qtbot, window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        catalogue = add_catalogue(s)
        client = add_client(s, "Walker Kft.")
        line = DraftLine(catalogue["FLOUR-25"], D("3"), D("2.00"), price_rule="base")
        order_id = save_draft(s, OrderDraft(client.id, TODAY, (line,)))
    for key in window.sections:
        window.show_section(key)
    dossier = window.clients.open_dossier(client.id)
    order = window.orders.open_order(order_id)
    assert dossier is not None and order is not None
    tables = [
        t
        for top in (window, dossier, order)
        for t in top.findChildren(QTableView)
        if t.objectName() != "qt_calendar_calendarview"  # a date field's month, not a list
    ]
    names = {t.objectName() for t in tables}
    # the lists a KAM reads every day are among them
    for name in ("clientTable", "orderTable", "productTable", "agingTable", "contactsTable",
                 "historyTable", "orderEvents", "orderLines"):  # fmt: skip
        assert name in names, name
    unsorted = [
        t.objectName() or type(t).__name__
        for t in tables
        if not t.isSortingEnabled() and not t.property(UNSORTED)
    ]
    assert unsorted == [], unsorted


def test_every_file_that_makes_a_table_says_how_it_sorts() -> None:
    """The dialogs the walk above does not open: a file that makes a table also makes it
    sortable and remembered (remember_table, a list section's show_model) or says why its
    order is its meaning (keep_order)."""
    import re
    from pathlib import Path

    import kamdesk.ui

    made = re.compile(
        r"\b(QTableWidget|QTableView|list_table|make_table)\(|\(QTableWidget\)|\(QTableView\)"
    )
    said = re.compile(r"\b(remember_table|keep_order|show_model)\(")
    root = Path(kamdesk.ui.__file__).parent
    silent = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if path.name not in ("table_state.py", "list_section.py", "columns.py")
        and made.search(text := path.read_text(encoding="utf-8"))
        and not said.search(text)
    ]
    assert silent == []
