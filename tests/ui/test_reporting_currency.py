"""The key clients report and Today say the reporting currency, and name the invoices left out
for want of an exchange rate (issue 13)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.reports.key_clients import ReportsSection
from kamdesk.ui.reports.losses_report import LossesReport
from kamdesk.ui.reports.pareto_chart import format_amount
from kamdesk.ui.today.section import TodaySection
from kamdesk.ui.widgets.price_fields import money
from tests.currency_portfolio import END, add_currency_portfolio, add_net_invoice, expected_huf
from tests.ui.waiting import settle

WARNING = (
    "2 invoices in RUB have no rate on or before their date: enter rates in File > Exchange rates"
)


def portfolio(db: Database, *, unrated: bool) -> None:
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        if unrated:  # before the first RUB rate
            volga = s.get(Client, ids["Волга ООО"])
            assert volga is not None
            for n, day in enumerate((date(2025, 12, 20), date(2025, 12, 22))):
                add_net_invoice(s, volga, f"OLD-{n}", "RUB", day, Decimal("5000.00"))


def reports(qtbot: QtBot, db: Database) -> ReportsSection:
    section = ReportsSection(today=lambda: END)
    qtbot.addWidget(section)
    section.resize(1200, 750)
    section.attach(db, ChangeHub())
    section.show()
    qtbot.waitExposed(section)
    settle(qtbot, section)
    return section


def today(qtbot: QtBot, db: Database) -> TodaySection:
    moment = datetime(END.year, END.month, END.day, 8).astimezone()
    section = TodaySection(today=lambda: END, now=lambda: moment)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.attach(db, ChangeHub())
    section.show()
    qtbot.waitExposed(section)
    settle(qtbot, section)
    return section


def test_the_key_clients_report_is_in_huf(qtbot: QtBot, db: Database) -> None:
    portfolio(db, unrated=False)
    section = reports(qtbot, db)
    model = section.table.model()
    header = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Revenue, HUF"
    want = expected_huf()
    shown = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert shown == {name: format_amount(amount) for name, amount in want.items()}
    summary = section.summary.text()
    assert f"{format_amount(sum(want.values(), Decimal(0)))} HUF" in summary
    assert "Amounts in HUF at the rate of each invoice's date." in summary
    assert section.warning.isHidden()
    # the revenue threshold is in the report's currency too
    label = section.thresholds.labels["key_revenue"]
    assert isinstance(label, QLabel) and label.text().endswith(", HUF")


def test_the_report_names_invoices_without_a_rate(qtbot: QtBot, db: Database) -> None:
    portfolio(db, unrated=True)
    section = reports(qtbot, db)
    qtbot.waitUntil(section.warning.isVisible)
    assert section.warning.text() == WARNING
    # the invoices without a rate count neither at face value nor at all
    model = section.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Волга ООО")
    assert model.index(row, 2).data() == format_amount(expected_huf()["Волга ООО"])


def test_today_shows_the_currency_and_the_warning(qtbot: QtBot, db: Database) -> None:
    portfolio(db, unrated=True)
    section = today(qtbot, db)
    want = expected_huf()
    amounts = [
        w.text()
        for w in section.share_block.findChildren(QLabel)
        if w.text().endswith(" HUF") and w.objectName() != "blockNote"
    ]
    biggest = sorted(want.values(), reverse=True)
    assert amounts == [f"{format_amount(a)} HUF" for a in biggest]
    assert "Amounts in HUF at the rate of each invoice's date." in section.share_block.note.text()
    [warning] = section.share_block.findChildren(QLabel, "currencyWarning")
    qtbot.waitUntil(warning.isVisible)
    assert warning.text() == WARNING and section.currency_warnings == [WARNING]


def test_the_returns_report_is_in_huf_and_names_lines_without_a_rate(
    qtbot: QtBot, db: Database
) -> None:
    from tests.unit.services.test_losses_currency import add_loss_portfolio

    with db.unit_of_work() as s:
        add_loss_portfolio(s)
    page = LossesReport(today=lambda: date(2026, 3, 31))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.attach(db, ChangeHub())
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    qtbot.waitUntil(page.warning.isVisible)
    assert page.warning.text() == (
        "1 order line in RUB has no rate on or before its date: "
        "enter rates in File > Exchange rates"
    )
    summary = page.summary.text()
    assert "Amounts in HUF at the rate of each delivery's and return's date." in summary
    assert f"{money(Decimal('45000.00'))}\u00a0HUF" in summary  # 100 EUR, 500 RUB, 3000 HUF
