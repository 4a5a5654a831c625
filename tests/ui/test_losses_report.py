"""Returns and refusals in the Reports section, as a KAM opens, regroups and reads them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import OrderLine, ReturnLine, SalesOrder, SalesReturn
from kamdesk.services.changes import Change
from kamdesk.services.sales.losses import LossReport, losses_report
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.losses_report import LossesReport, LossTableModel
from kamdesk.ui.reports.pareto_chart import format_share
from kamdesk.ui.widgets.price_fields import money
from tests.factories import DEMO_AS_OF
from tests.ui.waiting import settle

AS_OF = DEMO_AS_OF
YEAR = (AS_OF - timedelta(days=364), AS_OF)


@pytest.fixture
def window(qtbot, demo_db: Database, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db.path, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.attach(demo_db)
    w.show()
    qtbot.waitExposed(w)
    yield w


@pytest.fixture
def page(qtbot, demo_db: Database) -> Iterator[LossesReport]:  # type: ignore[no-untyped-def]
    widget = LossesReport(today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.attach(demo_db, ChangeHub())
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget


def column(page: LossesReport, name: str) -> list[str]:
    model = page.table.model()
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == name:
            return [model.index(r, c).data() for r in range(model.rowCount())]
    raise AssertionError(f"no column {name!r}")


def expected(db: Database, start: date, end: date) -> LossReport:
    with db.reading() as s:
        return losses_report(s, start, end)


def amount(text: str) -> Decimal:
    assert "\u202f" not in text  # thousands apart as the locale writes them (en_GB: ",")
    return Decimal(text.replace(",", ""))


def test_the_kam_opens_the_page_and_regroups_it(
    qtbot, window: MainWindow, demo_db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window.show_section("reports")
    tabs = window.reports.pages
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Dashboard",
        "Key clients",
        "Returns and refusals",
        "Sales plans",
    ]
    page = window.reports.losses
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page and page.isVisible()
    # the demo's year, picked in the date fields as a person would
    page.to_edit.setDate(QDate(2026, 11, 23))
    settle(qtbot, page)
    page.from_edit.setDate(QDate(2025, 11, 24))
    settle(qtbot, page)
    assert page.period() == YEAR
    report = expected(demo_db, *YEAR)

    # by reason first: the reasons by lost value, shares as percentages, money to the right
    assert page.grouping() == "reason"
    assert column(page, "Reason") == [r.label for r in report.by_reason]
    assert len(column(page, "Reason")) >= 5
    lost = [amount(t) for t in column(page, "Lost, net")]
    assert lost == [r.lost_value for r in report.by_reason] and lost == sorted(lost, reverse=True)
    assert all(t.endswith("\u00a0%") for t in column(page, "% of shipped"))
    assert page.table.isColumnHidden(2)  # one shipped total: in the summary, not on every row
    proxy = page.table.model()
    assert proxy.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    total = report.total
    summary = page.summary.text()
    for value in (total.shipped_value, total.refused_value, total.returned_value, total.lost_value):
        assert money(value) in summary
    assert "(net of VAT)" in summary
    assert f"{total.events:,} events" in summary
    # what to act on first, in words
    first = report.top_causes[0]
    headline = page.causes.headline.text()
    assert f"<b>{first.label}</b>" in headline and format_share(first.share_of_losses) in headline
    lines = page.causes.lines()
    assert len(lines) == len(report.top_causes)
    assert lines[0].startswith(f"{first.label}: {format_share(first.share_of_losses)} of losses")
    assert f"{first.events:,} events, {money(first.lost_value)}" in lines[0]
    bars = page.causes.bars
    assert bars.height() > 0 and bars.grab().width() == bars.width()  # paints without error
    qtmodeltester.check(page.model)

    # by client: names, each against its own shipments
    qtbot.mouseClick(page.group_buttons["client"], Qt.MouseButton.LeftButton)
    assert page.grouping() == "client"
    names = column(page, "Client")
    assert names == [r.label for r in report.by_client]
    assert any(not ch.isascii() for name in names for ch in name)
    assert not page.table.isColumnHidden(2)
    shipped = [amount(t) for t in column(page, f"Shipped, net {report.currency}")]
    assert shipped == [r.shipped_value for r in report.by_client]
    shares = column(page, "% of shipped")
    assert shares[0] == format_share(report.by_client[0].share or Decimal(0), digits=2)
    assert sum(int(t.replace(",", "")) for t in column(page, "Events")) == total.events
    # the causes stay: they are what to act on whatever the grouping
    assert page.causes.lines() == lines

    # by product: SKU and name
    qtbot.mouseClick(page.group_buttons["product"], Qt.MouseButton.LeftButton)
    products = column(page, "Product")
    assert products == [r.label for r in report.by_product]
    assert all(" — " in p for p in products)
    qtmodeltester.check(page.model)


def test_the_period_changes_the_rows_and_bad_periods_say_so(
    qtbot, page: LossesReport, demo_db: Database
) -> None:
    assert page.period() == YEAR
    year = column(page, "Lost, net")
    page.set_period(date(2026, 6, 1), AS_OF)
    settle(qtbot, page)
    report = expected(demo_db, date(2026, 6, 1), AS_OF)
    assert column(page, "Lost, net") == [money(r.lost_value) for r in report.by_reason]
    assert column(page, "Lost, net") != year
    page.set_period(date(2015, 1, 1), date(2015, 12, 31))
    settle(qtbot, page)
    assert page.table.model().rowCount() == 0
    assert "Nothing shipped, refused or returned" in page.summary.text()
    assert "Nothing was refused or returned" in page.causes.headline.text()
    assert page.causes.lines() == []
    page.set_period(date(2026, 6, 1), date(2026, 5, 1))
    settle(qtbot, page)
    assert page.table.model().rowCount() == 0
    assert "starts after it ends" in page.summary.text()
    page.last_12.trigger()
    settle(qtbot, page)
    assert page.period() == YEAR and column(page, "Lost, net") == year


def test_a_period_read_still_running_never_replaces_the_one_chosen_after_it(
    qtbot, page: LossesReport
) -> None:
    year = column(page, "Lost, net")  # the last 12 months: read once, kept by the hub
    page.set_period(date(2026, 6, 1), AS_OF)  # read on a worker...
    page.last_12.trigger()  # ...while the KAM goes back to a period already read
    settle(qtbot, page)
    assert page.period() == YEAR and column(page, "Lost, net") == year
    page.set_period(date(2026, 6, 1), AS_OF)
    page.set_period(date(2026, 6, 1), date(2026, 5, 1))  # a wrong period, said at once
    settle(qtbot, page)
    assert page.table.model().rowCount() == 0
    assert "starts after it ends" in page.summary.text()


def test_sorting_by_a_header_and_back_by_rank(page: LossesReport) -> None:
    page.set_grouping("client")
    by_loss = column(page, "Client")
    page.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # events
    events = [int(t.replace(",", "")) for t in column(page, "Events")]
    assert events == sorted(events, reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(page, "Client") == by_loss
    assert page.table.model().index(0, 0).data(LossTableModel.KEY_ROLE)


def test_a_recorded_return_shows_now_or_when_the_page_is_next_shown(
    qtbot, page: LossesReport, demo_db: Database
) -> None:
    hub = page._hub
    assert hub is not None
    before = dict(zip(column(page, "Reason"), column(page, "Events"), strict=True))
    with demo_db.unit_of_work() as s:
        line = s.scalars(
            select(OrderLine)
            .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
            .where(SalesOrder.status == "invoiced", OrderLine.refused_qty == Decimal(0))
            .limit(1)
        ).one()
        client_id = s.get(SalesOrder, line.order_id).client_id  # type: ignore[union-attr]

        def give_back(reason: str, day: date) -> None:
            back = SalesReturn(number=f"RT-T-{reason}", client_id=client_id,
                               order_id=line.order_id, return_date=day, currency="EUR",
                               total_net=line.unit_price, total_vat=Decimal(0),
                               total_gross=line.unit_price)  # fmt: skip
            s.add(back)
            s.flush()
            s.add(ReturnLine(return_id=back.id, order_line_id=line.id, product_id=line.product_id,
                             quantity=Decimal(1), unit_price=line.unit_price,
                             vat_rate=Decimal(0), net=line.unit_price, vat=Decimal(0),
                             gross=line.unit_price, reason=reason))  # fmt: skip

        give_back("price_dispute", AS_OF - timedelta(days=1))
    hub.changed.emit(frozenset({Change.SETTINGS}))  # not about orders or returns: nothing to redo
    settle(qtbot, page)
    assert dict(zip(column(page, "Reason"), column(page, "Events"), strict=True)) == before
    hub.changed.emit(frozenset({Change.RETURNS}))
    settle(qtbot, page)
    after = dict(zip(column(page, "Reason"), column(page, "Events"), strict=True))
    assert int(after["Price dispute"]) == int(before.get("Price dispute", "0")) + 1
    page.hide()
    with demo_db.unit_of_work() as s:
        give_back("misgrading", AS_OF)
    hub.changed.emit(frozenset({Change.ORDERS, Change.RETURNS}))
    settle(qtbot, page)
    assert dict(zip(column(page, "Reason"), column(page, "Events"), strict=True)) == after
    page.show()  # hidden, it waited; shown, it catches up
    settle(qtbot, page)
    shown = dict(zip(column(page, "Reason"), column(page, "Events"), strict=True))
    assert int(shown["Mis-grading"]) == int(after["Mis-grading"]) + 1
