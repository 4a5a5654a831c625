"""The Reports section: the key-client report as a KAM reads and tunes it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from kamdesk.db import Database
from kamdesk.domain.classification import ClientShare
from kamdesk.models import Client, Invoice
from kamdesk.services.changes import Change
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.settings import get_rules
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.key_clients import KeyClientTableModel, ReportsSection
from kamdesk.ui.reports.pareto_chart import TOP_CLIENTS, format_amount, format_share, pareto_bars
from kamdesk.ui.widgets.numbers import short_date
from tests.factories import DEMO_AS_OF
from tests.ui.typing import type_text
from tests.ui.waiting import settle

AS_OF = DEMO_AS_OF


@pytest.fixture
def section(qtbot, demo_db: Database) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    hub = ChangeHub()
    widget = ReportsSection(today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.attach(demo_db, hub)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget


def shown(section: ReportsSection, column: int) -> list[str]:
    model = section.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def expected(db: Database, start: date, end: date) -> list[ClientShare]:
    with db.reading() as s:
        report = key_clients(s, Period(start, end))
    return [c for c in report.classification.clients if c.revenue != 0]


def test_the_table_lists_clients_biggest_first_with_the_critical_client_on_top(
    section: ReportsSection, demo_db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    start, end = section.period()
    assert (start, end) == (Period.last_12_months(AS_OF).start, AS_OF)
    clients = expected(demo_db, start, end)
    assert shown(section, 1) == [c.name for c in clients]
    revenues = [Decimal(text.replace(",", "")) for text in shown(section, 2)]
    assert revenues == [c.revenue for c in clients]
    assert revenues == sorted(revenues, reverse=True)
    assert shown(section, 2)[0] == format_amount(clients[0].revenue)
    assert "," in shown(section, 2)[0]  # thousands are grouped
    categories = shown(section, 6)
    assert "critical" in categories[0]
    assert [i for i, text in enumerate(categories) if "critical" in text] == [0]
    assert shown(section, 3)[0] == format_share(clients[0].share)
    assert shown(section, 4)[-1] == format_share(Decimal(1))
    assert set(shown(section, 5)) == {"A", "B", "C"}
    proxy = section.table.model()
    assert proxy.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    summary = section.summary.text()
    assert format_amount(sum((c.revenue for c in clients), Decimal(0))) in summary
    assert "critical <b>1</b>" in summary and "HHI" in summary
    qtmodeltester.check(section.model)


def test_the_chart_has_a_bar_per_shown_client_up_to_the_top_and_one_for_the_rest(
    section: ReportsSection,
) -> None:
    rows = section.table.model().rowCount()
    chart = section.chart
    assert rows > TOP_CLIENTS + 1
    assert chart.client_count == rows
    assert chart.bar_count == TOP_CLIENTS + 1
    assert [b.label for b in chart.bars[:TOP_CLIENTS]] == shown(section, 1)[:TOP_CLIENTS]
    assert chart.bar_label(chart.bars[-1]) == f"{rows - TOP_CLIENTS} others"
    assert chart.bars[-1].cumulative == 1
    # pointing at the first bar names the client
    assert section.chart.grab().width() == chart.width()  # paints without error
    first = chart.bar_at(chart._bar_rects[0].center().x(), chart._bar_rects[0].center().y())
    assert first == 0
    assert shown(section, 1)[0] in chart.tooltip_text(0)


def test_a_short_period_shows_every_client_as_its_own_bar(
    qtbot, section: ReportsSection, demo_db: Database
) -> None:
    section.set_period(date(2026, 10, 1), date(2026, 10, 14))
    settle(qtbot, section)
    rows = section.table.model().rowCount()
    assert 0 < rows <= TOP_CLIENTS
    # a client whose credit notes outweigh its invoices in the period is listed, with its
    # negative revenue, but has no bar: it brought nothing
    buying = [c.name for c in expected(demo_db, *section.period()) if c.revenue > 0]
    assert section.chart.bar_count == section.chart.client_count == len(buying)
    assert [b.label for b in section.chart.bars] == shown(section, 1)[: len(buying)] == buying


def test_changing_the_period_changes_the_rows(
    qtbot, section: ReportsSection, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    year = list(zip(shown(section, 1), shown(section, 2), strict=True))
    section.from_edit.setDate(QDate(2026, 9, 1))  # as the user picks a date
    settle(qtbot, section)
    assert section.period() == (date(2026, 9, 1), AS_OF)
    autumn = list(zip(shown(section, 1), shown(section, 2), strict=True))
    assert autumn != year
    assert [name for name, _ in autumn] == [c.name for c in expected(demo_db, *section.period())]
    # before the history began there is nothing to show, and the chart says so
    section.set_period(date(2015, 1, 1), date(2015, 12, 31))
    settle(qtbot, section)
    assert section.table.model().rowCount() == 0
    assert section.chart.bar_count == 0
    assert "No invoiced revenue" in section.summary.text()
    # a period that ends before it starts is refused in words
    section.set_period(date(2026, 6, 1), date(2026, 5, 1))
    settle(qtbot, section)
    assert section.table.model().rowCount() == 0
    assert "starts after it ends" in section.summary.text()
    section.last_12.trigger()  # from the Quick periods menu
    settle(qtbot, section)
    assert list(zip(shown(section, 1), shown(section, 2), strict=True)) == year
    section.last_year.trigger()
    settle(qtbot, section)
    assert section.period() == (date(2025, 1, 1), date(2025, 12, 31))
    assert shown(section, 1) == [c.name for c in expected(demo_db, *section.period())]


def test_clicking_a_header_sorts_and_the_rank_column_restores_the_order(
    qtbot, section: ReportsSection
) -> None:  # type: ignore[no-untyped-def]
    by_revenue = shown(section, 1)
    section.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(section, 1) != by_revenue and sorted(shown(section, 1)) == sorted(by_revenue)
    section.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(section, 1) == by_revenue


def test_a_bad_threshold_is_marked_and_nothing_is_saved(
    qtbot, section: ReportsSection, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reading() as s:
        before = get_rules(s)
    qtbot.mouseClick(section.thresholds_button, Qt.MouseButton.LeftButton)
    panel = section.thresholds
    assert panel.isVisible()
    assert panel.fields["critical_share"].text() == "20"
    panel.fields["key_share"].clear()
    qtbot.keyClicks(panel.fields["key_share"], "ten")
    panel.fields["stale_days"].clear()
    qtbot.keyClicks(panel.fields["stale_days"], "0")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    for name in ("key_share", "stale_days"):
        assert panel.errors[name].isVisible() and panel.errors[name].text(), name
    assert not panel.errors["critical_share"].isVisible()
    assert "Nothing was saved" in panel.status.text()
    with demo_db.reading() as s:
        assert get_rules(s) == before
    # shares that do not rise are marked at the field that breaks the order
    panel.fields["key_share"].setText("30")
    panel.fields["stale_days"].setText("60")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors["critical_share"].isVisible()
    assert not panel.errors["key_share"].isVisible()
    with demo_db.reading() as s:
        assert get_rules(s) == before


def test_saved_thresholds_reclassify_the_clients(
    qtbot, section: ReportsSection, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    critical_before = sum("critical" in text for text in shown(section, 6))
    second_share = expected(demo_db, *section.period())[1].share
    assert second_share < Decimal("0.20")
    qtbot.mouseClick(section.thresholds_button, Qt.MouseButton.LeftButton)
    panel = section.thresholds
    limit = (second_share * 100 - 1).quantize(Decimal(1))
    panel.fields["critical_share"].clear()
    type_text(panel.fields["critical_share"], str(limit))
    panel.fields["key_revenue"].setText("1 000 000")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in panel.status.text()
    with demo_db.reading() as s:
        rules = get_rules(s)
    assert rules.thresholds.critical_share == limit / 100
    assert rules.thresholds.key_revenue == Decimal(1_000_000)
    assert rules.stale_days == 90
    # the hub's change refreshed the report with the new limit
    settle(qtbot, section)
    assert sum("critical" in text for text in shown(section, 6)) == critical_before + 1
    assert "critical" in shown(section, 6)[1]


def _invoice(session, client: Client, amount: str, day: date, number: str) -> None:  # type: ignore[no-untyped-def]
    net = Decimal(amount)
    session.add(
        Invoice(number=number, client_id=client.id, issue_date=day, due_date=day, currency="EUR",
                total_net=net, total_vat=net / 5, total_gross=net * Decimal("1.2"))
    )  # fmt: skip


def test_changes_refresh_the_report_now_or_when_next_shown(
    qtbot, section: ReportsSection, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    hub = section._hub
    assert hub is not None
    with demo_db.unit_of_work() as s:
        client = Client(name="Zöld Kert Kft.", currency="EUR")
        s.add(client)
        s.flush()
        _invoice(s, client, "500.00", AS_OF - timedelta(days=3), "INV-T-1")
    assert "Zöld Kert Kft." not in shown(section, 1)
    hub.changed.emit(frozenset({Change.INVOICES}))
    settle(qtbot, section)
    assert "Zöld Kert Kft." in shown(section, 1)
    section.hide()
    with demo_db.unit_of_work() as s:
        s.get(Client, client.id).name = "Zöld Kert Zrt."  # type: ignore[union-attr]
    hub.changed.emit(frozenset({Change.CLIENTS}))
    settle(qtbot, section)
    assert "Zöld Kert Zrt." not in shown(section, 1)  # hidden: no query spent
    section.show()
    settle(qtbot, section)
    assert "Zöld Kert Zrt." in shown(section, 1)


def test_pareto_bars_group_the_tail() -> None:
    shares = [
        ClientShare(
            f"id{i}", f"Client {i}", Decimal(100 - i), Decimal(0), Decimal(0), "A", (), None
        )
        for i in range(30)
    ]
    bars = pareto_bars(shares, top=25)
    assert len(bars) == 26
    assert bars[-1].clients == 5 and bars[-1].revenue == sum(
        Decimal(100 - i) for i in range(25, 30)
    )
    assert len(pareto_bars(shares[:26], top=25)) == 26  # one left over keeps its own name
    assert pareto_bars(shares[:26], top=25)[-1].label == "Client 25"


def test_the_main_window_shows_the_report_and_today(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section("reports")
    assert window.stack.currentWidget() is window.reports
    settle(qtbot, window.reports)
    assert window.reports.model.rowCount() == 0  # clients without invoices
    assert "No invoiced revenue" in window.reports.summary.text()
    window.show_section("today")
    assert window.stack.currentWidget() is window.today
    settle(qtbot, window.today)
    assert window.today.alert_texts() == []
    assert isinstance(window.reports.model, KeyClientTableModel)


def test_while_another_period_is_read_the_old_figures_are_dimmed_and_say_so(
    qtbot, section: ReportsSection
) -> None:  # type: ignore[no-untyped-def]
    section.set_period(date(2026, 9, 1), AS_OF)  # read off the GUI thread
    assert not section.table.isEnabled() and not section.chart.isEnabled()
    assert section.summary.text() == f"Reading 01/09/2026 to {short_date(AS_OF)}…"
    settle(qtbot, section)
    assert section.table.isEnabled() and section.chart.isEnabled()
    assert "Total revenue" in section.summary.text()
