"""The KPI dashboard, first page of Reports, as a KAM reads it: figures against last year,
the clients behind each, charts saved as pictures, and fresh figures after a payment."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from kamdesk.db import Database
from kamdesk.services.changes import Change
from kamdesk.services.kpi.dashboard import Dashboard, dashboard
from kamdesk.services.receivables.aging import aging_report
from kamdesk.services.receivables.posting import PaymentEntry, post_payment
from kamdesk.ui import windows
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.dashboard import DashboardPage
from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.reports.pareto_chart import format_share
from kamdesk.ui.widgets import numbers
from tests.factories import DEMO_AS_OF
from tests.ui.waiting import settle

AS_OF = DEMO_AS_OF


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def section(qtbot, demo_db: Database, hub: ChangeHub) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    widget = ReportsSection(today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.attach(demo_db, hub)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    yield widget


@pytest.fixture
def page(qtbot, section: ReportsSection) -> DashboardPage:  # type: ignore[no-untyped-def]
    tabs = section.pages
    found = tabs.widget(0)
    assert isinstance(found, DashboardPage) and not found.isVisible()  # read when first shown
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert tabs.currentWidget() is found and found.isVisible()
    qtbot.waitUntil(lambda: found.dashboard is not None and not found.loading, timeout=20_000)
    return found


def expected(db: Database) -> Dashboard:
    with db.reading() as s:
        return dashboard(s, AS_OF)


def whole(value: Decimal | None, currency: str) -> str:
    assert value is not None
    return f"{numbers.whole_money(value)} {currency}"


def test_the_dashboard_is_the_first_page_of_reports_this_year_to_date(
    section: ReportsSection, page: DashboardPage
) -> None:
    tabs = section.pages
    assert tabs.tabText(0) == "Dashboard" and tabs.currentIndex() == 0  # once clicked
    assert [tabs.tabText(i) for i in range(1, tabs.count())] == [
        "Key clients",
        "Returns and refusals",
        "Sales plans",
    ]
    assert page.period() == (AS_OF.replace(month=1, day=1), AS_OF)
    assert "01/01/2026 to 23/11/2026" in page.summary.text()
    assert "01/01/2025 to 23/11/2025" in page.summary.text()


def test_tiles_show_the_figures_against_last_year(page: DashboardPage, demo_db: Database) -> None:
    board = expected(demo_db)
    cur = board.currency
    turnover = board.figure("turnover")
    tile = page.tiles["turnover"]
    assert tile.value.text() == whole(turnover.value, cur)
    growth = turnover.part("growth")
    assert growth is not None and growth > 0
    assert tile.comparison.text().startswith(f"▲ +{format_share(growth)}")
    assert whole(turnover.previous, cur) in tile.comparison.text()
    assert "last year" in tile.comparison.text()

    plan = board.figure("plan")
    assert plan.value is not None and plan.previous is not None
    assert page.tiles["plan"].value.text() == format_share(plan.value)
    assert whole(plan.part("actual"), cur) in page.tiles["plan"].detail.text()
    assert whole(plan.part("plan"), cur) in page.tiles["plan"].detail.text()
    assert format_share(plan.previous) in page.tiles["plan"].comparison.text()

    overdue = board.figure("overdue")
    assert overdue.value is not None
    assert page.tiles["overdue"].value.text() == format_share(overdue.value)
    assert "at 30/11/2025" in page.tiles["overdue"].comparison.text()
    assert whole(overdue.part("overdue"), cur) in page.tiles["overdue"].detail.text()

    refused = board.figure("refusals")
    assert page.tiles["refusals"].detail.text() == (
        f"{whole(refused.part('refused'), cur)} refused of "
        f"{whole(refused.part('delivered'), cur)} delivered"
    )
    complaints = board.figure("complaints")
    assert page.tiles["complaints"].value.text() == str(int(complaints.value or 0))
    for key in ("returns", "refusals", "concentration"):
        figure = board.figure(key)
        assert figure.value is not None
        text = page.tiles[key].value.text()
        assert text in (format_share(figure.value), format_share(figure.value, digits=2)), key
    # a rise of a figure where up is bad is said in red, as good news in green
    assert (
        page.tiles["overdue"].comparison.styleSheet()
        != page.tiles["turnover"].comparison.styleSheet()
    )


def test_a_tile_lists_its_clients_and_a_double_click_opens_one(
    qtbot, page: DashboardPage, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    board = expected(demo_db)
    qtbot.mouseClick(page.tiles["concentration"], Qt.MouseButton.LeftButton)
    dialog = page.clients_dialog
    assert dialog is not None and dialog.isVisible()
    a_class = board.figure("concentration").clients
    assert dialog.client_names() == [c.name for c in a_class]
    model = dialog.table.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == f"Revenue, {board.currency}"
    assert model.index(0, 1).data() == numbers.money(a_class[0].amount)
    assert model.index(0, 2).data() == format_share(a_class[0].share or Decimal(0))

    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    dialog = page.clients_dialog
    overdue = board.figure("overdue").clients
    assert dialog.client_names() == [c.name for c in overdue] and overdue
    qtbot.waitExposed(dialog)
    view = dialog.table
    cell = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dossier = windows.find(windows.DOSSIER, overdue[0].client_id)
    assert dossier is not None and dossier.isVisible()
    dossier.close()
    dialog.close()


def test_each_chart_saves_a_png(
    qtbot, page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    assert set(page.charts) == {"plan", "aging", "overdue", "key_clients", "pareto"}
    (tmp_path / "charts").mkdir()
    for key, box in page.charts.items():
        target = tmp_path / "charts" / key  # the extension is added
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), "PNG images")
        )
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
        saved = target.with_suffix(".png")
        assert saved.exists() and saved.stat().st_size > 5_000, key
        image = QImage(str(saved))
        assert image.width() >= 300 and image.height() >= 200, key
    # nothing chosen: nothing written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(page.charts["aging"].save_button, Qt.MouseButton.LeftButton)
    assert len(list((tmp_path / "charts").iterdir())) == 5


def test_the_figures_follow_a_payment(
    qtbot, page: DashboardPage, demo_db: Database, hub: ChangeHub
) -> None:  # type: ignore[no-untyped-def]
    before = expected(demo_db)
    late = before.figure("overdue").clients[0]
    with demo_db.reading() as s:
        row = next(r for r in aging_report(s, AS_OF, today=AS_OF) if r.client_id == late.client_id)
    with demo_db.unit_of_work() as s:
        post_payment(s, PaymentEntry(late.client_id, AS_OF, row.overdue), today=AS_OF)
    hub.changed.emit(frozenset({Change.PAYMENTS}))
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard != before, timeout=20_000)
    settle(qtbot, page)
    after = expected(demo_db)
    overdue = after.figure("overdue")
    assert overdue.value is not None and overdue.value < (before.figure("overdue").value or 0)
    assert late.client_id not in {c.client_id for c in overdue.clients}
    assert page.tiles["overdue"].value.text() == format_share(overdue.value)
    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert late.name not in page.clients_dialog.client_names()
