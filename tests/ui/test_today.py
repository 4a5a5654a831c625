"""The Today section: key-client alerts and the key clients by share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.classification import alerts
from kamdesk.models import Client, Invoice
from kamdesk.services.classification import Period, key_clients
from kamdesk.services.demo import build_demo
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.today import TOP_CLIENTS, TodaySection
from tests.factories import add_named_clients

AS_OF = date(2026, 11, 23)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def make_section(qtbot, db: Database, hub: ChangeHub) -> Iterator[Callable[[], TodaySection]]:  # type: ignore[no-untyped-def]
    def make() -> TodaySection:
        section = TodaySection(today=lambda: AS_OF)
        qtbot.addWidget(section)
        section.resize(1000, 650)
        section.attach(db, hub)
        section.show()
        qtbot.waitExposed(section)
        return section

    yield make


def invoice(session: Session, client: Client, amount: str, number: str, days_ago: int = 30) -> None:
    net = Decimal(amount)
    day = AS_OF - timedelta(days=days_ago)
    session.add(
        Invoice(number=number, client_id=client.id, issue_date=day, due_date=day, currency="EUR",
                total_net=net, total_vat=net / 5, total_gross=net * Decimal("1.2"))
    )  # fmt: skip


def alert_labels(section: TodaySection) -> list[QLabel]:
    return [
        label
        for label in section.alert_block.findChildren(QLabel)
        if label.objectName().startswith("alert_")
    ]


def test_the_critical_client_is_announced_on_demo_data(
    qtbot, make_section: Callable[[], TodaySection], db: Database
) -> None:  # type: ignore[no-untyped-def]
    build_demo(db, seed=1, clients=40, as_of=AS_OF)
    section = make_section()
    with db.reading() as s:
        report = key_clients(s, Period.last_12_months(AS_OF))
    shares = report.classification.clients
    critical = [c for c in shares if "critical" in c.categories]
    assert len(critical) == 1 and critical[0] == shares[0]
    assert len(section.alerts) == len(alerts(shares, report.thresholds)) == 1
    level, text = section.alerts[0]
    assert level == "critical"
    assert critical[0].name in text and "20\u00a0%" in text
    assert f"{(critical[0].share * 100).quantize(Decimal('0.1'))}" in text
    [label] = alert_labels(section)
    qtbot.waitUntil(label.isVisible)
    assert label.objectName() == "alert_critical" and critical[0].name in label.text()
    assert "Critical dependency" in label.text()
    # the key clients by share: the top five, biggest first
    top = [c for c in shares if c.revenue > 0][:TOP_CLIENTS]
    assert [name for name, _ in section.top_client_shares()] == [c.name for c in top]
    names = [w.text() for w in section.share_block.findChildren(QLabel, "topClientName")]
    assert names == [c.name for c in top]
    assert section.heading.text() == "<h2>Today</h2>" and "2026" in section.date_label.text()


def test_small_clients_raise_no_alert(
    make_section: Callable[[], TodaySection], db: Database
) -> None:
    with db.unit_of_work() as s:
        for i, client in enumerate(add_named_clients(s)):
            invoice(s, client, f"{1000 + 10 * i}.00", f"INV-{i}")
    section = make_section()
    assert section.alerts == []
    assert alert_labels(section) == []
    assert "No alerts" in section.alert_block.note.text()
    assert section.alert_block.note.isVisible()
    shares = [share for _, share in section.top_client_shares()]
    assert len(shares) == TOP_CLIENTS and all(s < Decimal("0.20") for s in shares)


def test_a_mono_client_raises_the_alarm_after_a_change(
    qtbot, make_section: Callable[[], TodaySection], db: Database, hub: ChangeHub
) -> None:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as s:
        clients = add_named_clients(s)
        for i, client in enumerate(clients):
            invoice(s, client, "1000.00", f"INV-{i}")
    section = make_section()
    assert section.alerts == []
    with db.unit_of_work() as s:
        invoice(s, s.get(Client, clients[0].id), "90000.00", "INV-BIG", days_ago=2)  # type: ignore[arg-type]
    hub.changed.emit(frozenset({"invoice"}))
    [(level, text)] = section.alerts
    assert level == "mono" and clients[0].name in text and "70\u00a0%" in text
    [label] = alert_labels(section)
    qtbot.waitUntil(label.isVisible)
    assert label.objectName() == "alert_mono" and "Mono-client" in label.text()
    # old invoices fall out of the last 12 months
    with db.unit_of_work() as s:
        for inv in s.scalars(select(Invoice)):
            inv.issue_date = AS_OF - timedelta(days=400)
    hub.changed.emit(frozenset({"invoice"}))
    assert section.alerts == [] and section.top_clients == []
    assert "No invoiced revenue" in " ".join(
        w.text() for w in section.share_block.findChildren(QLabel)
    )
