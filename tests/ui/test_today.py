"""The Today section: today's meetings, tasks, birthdays, prices and promotions ending,
overdue invoices, key clients out of touch, key-client alerts and the key clients by share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.demo.build import build_demo
from kamdesk.domain.classification import alerts
from kamdesk.models import Activity, Client, ClientPrice, Contact, Invoice, Payment
from kamdesk.services.changes import Change
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.clients.dossier import save_key_reasons
from kamdesk.services.kpi import revenue_cache
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.outcome import add_task, record_outcome
from kamdesk.services.schedule.records import MeetingData, NextStep
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.today.section import TOP_CLIENTS, TodaySection
from kamdesk.ui.today.today_meetings import MeetingRow
from tests.factories import add_client, add_invoice, add_named_clients, add_product
from tests.ui.waiting import settle

AS_OF = date(2026, 11, 23)  # a Monday


def at(hour: int, minute: int = 0, day: date = AS_OF) -> datetime:
    """A wall-clock time of this machine, as the app uses."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def make_section(qtbot, db: Database, hub: ChangeHub) -> Iterator[Callable[..., TodaySection]]:  # type: ignore[no-untyped-def]
    def make(now: datetime | None = None) -> TodaySection:
        moment = now or at(8)
        section = TodaySection(today=lambda: AS_OF, now=lambda: moment)
        qtbot.addWidget(section)
        section.resize(1280, 800)
        section.attach(db, hub)
        section.show()
        qtbot.waitExposed(section)
        settle(qtbot, section)
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
    hub.changed.emit(frozenset({Change.INVOICES}))
    settle(qtbot, section)
    [(level, text)] = section.alerts
    assert level == "mono" and clients[0].name in text and "70\u00a0%" in text
    [label] = alert_labels(section)
    qtbot.waitUntil(label.isVisible)
    assert label.objectName() == "alert_mono" and "Mono-client" in label.text()
    # old invoices fall out of the last 12 months (aged by hand: an invoice is never edited,
    # so this goes around the sync capture, which would undo it)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE invoice SET issue_date = ?", ((AS_OF - timedelta(days=400)).isoformat(),)
        )
        conn.exec_driver_sql("DELETE FROM sync_dirty")
        revenue_cache.rebuild(conn)  # the monthly revenue too, which a unit of work keeps
    hub.changed.emit(frozenset({Change.INVOICES}))
    settle(qtbot, section)
    assert section.alerts == [] and section.top_clients == []
    assert "No invoiced revenue" in " ".join(
        w.text() for w in section.share_block.findChildren(QLabel)
    )


# --- the blocks above the key-client ones -----------------------------------------------------


def texts(widget: Any, name: str, kind: type = QLabel) -> list[str]:
    return [w.text() for w in widget.findChildren(kind, name)]


def test_an_empty_day_says_so_in_every_block(make_section: Callable[..., TodaySection]) -> None:
    section = make_section()
    assert section.meetings_block.note.text() == "No meetings today."
    assert section.meetings_block.rows == []
    assert "No tasks overdue" in section.tasks_block.note.text()
    assert "No birthdays this week" in section.birthdays_block.note.text()
    assert "No special price ends" in section.expiring_block.note.text()
    assert section.debts_block.note.text() == "No overdue invoices."
    assert "No key clients yet" in section.stale_block.note.text()
    for block in (section.meetings_block, section.tasks_block, section.debts_block):
        assert block.note.isVisible()
    # the blocks come in the order the KAM reads them
    items = [section.blocks.itemAt(i) for i in range(1, section.blocks.count() - 1)]
    order = [item.widget() for item in items if item is not None]
    assert section.outcomes_block.isHidden()  # nothing over without an outcome
    assert order == [
        section.outcomes_block,
        section.meetings_block,
        section.tasks_block,
        section.birthdays_block,
        section.expiring_block,
        section.debts_block,
        section.stale_block,
        section.alert_block,
        section.share_block,
    ]


def add_todays_meetings(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        client = add_client(s, "Győri Élelmiszer Zrt.")
        other = add_client(s, "Bologna Carni S.r.l.")
        return {
            "visit": save_meeting(
                s,
                MeetingData(
                    client.id, "Yearly terms", at(10), 90, location="Győr, Fő tér 1", travel_min=40
                ),
            ),
            "tasting": save_meeting(
                s, MeetingData(other.id, "Tasting", at(11), 60, location="Győr", travel_min=0)
            ),
            "call": save_meeting(
                s, MeetingData(client.id, "Price call", at(15), 15, kind="call", place_kind="phone")
            ),
            "tomorrow": save_meeting(
                s, MeetingData(client.id, "Tomorrow", at(9, day=AS_OF + timedelta(days=1)), 60)
            ),
            "client": client.id,
        }


def test_todays_meetings_show_when_to_leave_readiness_and_clashes(
    qtbot: QtBot, make_section: Callable[..., TodaySection], db: Database
) -> None:
    ids = add_todays_meetings(db)
    section = make_section()
    rows = section.meetings_block.rows
    assert [r.meeting_id for r in rows] == [ids["visit"], ids["tasting"], ids["call"]]
    visit, tasting, call = rows
    qtbot.waitUntil(visit.isVisible)
    assert texts(visit, "meetingTime") == ["10:00–11:30"]
    assert visit.leave.text() == "LEAVE BY 09:20"
    assert "40 min" in texts(visit, "travel")[0]
    assert visit.client.text() == "Győri Élelmiszer Zrt." and visit.subject.text() == "Yearly terms"
    assert "Győr, Fő tér 1" in texts(visit, "meetingPlace")[0]
    assert visit.badge.isVisible() and visit.badge.text() != ""
    overview = section.overview
    assert overview is not None
    score = overview.meetings[0].readiness
    assert score is not None and f">{score}<" in visit.badge.text()
    weakest = texts(visit, "weakest")[0]
    assert all(w.title in weakest for w in overview.meetings[0].weakest)
    # the two meetings overlap: both say so, in words
    [clash] = visit.conflicts
    assert clash.isVisible() and "Overlaps “Tasting”" in clash.text()
    assert "Overlaps “Yearly terms”" in tasting.conflicts[0].text()
    # a call has no leave-by time: it says when to call
    assert call.leave.text() == "CALL AT 15:00" and call.conflicts == []
    assert section.meetings_block.note.isHidden()


def test_the_leave_by_turns_to_leave_now_when_its_time_has_come(
    make_section: Callable[..., TodaySection], db: Database
) -> None:
    add_todays_meetings(db)
    section = make_section(now=at(9, 25))
    visit = section.meetings_block.rows[0]
    assert visit.leave.text() == "LEAVE NOW (09:20)"
    # once over, a meeting is greyed and keeps no readiness badge
    section = make_section(now=at(12))
    visit = section.meetings_block.rows[0]
    assert visit.leave.text() == "LEAVE BY 09:20" and visit.badge.isHidden()


def test_double_click_or_the_subject_opens_the_meeting(
    qtbot: QtBot,
    make_section: Callable[..., TodaySection],
    db: Database,
    hub: ChangeHub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = add_todays_meetings(db)
    opened: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        windows,
        "open_meeting",
        lambda d, h, mid, parent=None, **kw: opened.append((parent, d, h, mid)),
    )
    section = make_section()
    visit, tasting, _call = section.meetings_block.rows
    qtbot.waitUntil(visit.isVisible)
    qtbot.mouseDClick(visit, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.mouseClick(tasting.subject, Qt.MouseButton.LeftButton)
    assert opened == [(section, db, hub, ids["visit"]), (section, db, hub, ids["tasting"])]


def add_tasks(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        client = add_client(s, "Xəzər Qida MMC")
        review = at(9, day=AS_OF - timedelta(days=7))
        meeting = save_meeting(s, MeetingData(client.id, "Quarterly review", review, 60))
        [follow] = record_outcome(
            s,
            meeting,
            outcome="Agreed a trial.",
            next_steps=[NextStep("Send the trial offer", AS_OF + timedelta(days=2))],
        )
        return {
            "late": add_task(s, client.id, "Send the price list", AS_OF - timedelta(days=3)),
            "today": add_task(s, client.id, "Call about the pallet", AS_OF),
            "follow": follow,
            "friday": add_task(s, None, "Quarter plan", AS_OF + timedelta(days=4)),
            "client": client.id,
        }


def test_tasks_overdue_in_red_then_the_week_ahead(
    make_section: Callable[..., TodaySection], db: Database
) -> None:
    ids = add_tasks(db)
    section = make_section()
    block = section.tasks_block
    assert list(block.boxes) == [ids["late"], ids["today"], ids["follow"], ids["friday"]]
    headings = texts(block, "subheading")
    assert headings[0].startswith("Overdue (1)") and headings[1].startswith("Due in the next 7")
    due = texts(block, "taskDue")
    assert due[0].startswith("3 day") and "overdue" in due[0]
    assert due[1:] == ["Today", "Wed 25 Nov", "Fri 27 Nov"]
    late = block.findChildren(QLabel, "taskDue")[0]
    assert late.property("tone") == "late"  # red and bold
    assert texts(block, "taskSubject") == [
        "Send the price list",
        "Call about the pallet",
        "Send the trial offer",
        "Quarter plan",
    ]
    assert texts(block, "taskClient", QPushButton) == ["Xəzər Qida MMC"] * 3
    assert texts(block, "followUp") == ["agreed at “Quarterly review”"]


def test_ticking_a_task_marks_it_done(
    qtbot: QtBot, make_section: Callable[..., TodaySection], db: Database, hub: ChangeHub
) -> None:
    ids = add_tasks(db)
    section = make_section()
    box = section.tasks_block.boxes[ids["late"]]
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(hub.changed) as changed:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert changed.args == [frozenset({"schedule"})]
    with db.reading() as s:
        task = s.get(Activity, ids["late"])
        assert task is not None and task.status == "done"
    qtbot.waitUntil(lambda: ids["late"] not in section.tasks_block.boxes)
    assert "Send the price list" not in texts(section.tasks_block, "taskSubject")
    assert not any(b.isChecked() for b in section.tasks_block.findChildren(QCheckBox))


def test_a_task_deleted_meanwhile_is_refused_and_the_list_redrawn(
    qtbot: QtBot,
    make_section: Callable[..., TodaySection],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = add_tasks(db)
    section = make_section()
    with db.unit_of_work() as s:
        gone = s.get(Activity, ids["today"])
        assert gone is not None
        gone.tombstone()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    box = section.tasks_block.boxes[ids["today"]]
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "no longer exists" in warnings[0]
    qtbot.waitUntil(lambda: ids["today"] not in section.tasks_block.boxes)


def test_birthdays_prices_debts_and_key_clients_out_of_touch(
    make_section: Callable[..., TodaySection], db: Database
) -> None:
    with db.unit_of_work() as s:
        key = add_client(s, "Alfa Pharm Kft.")
        save_key_reasons(s, key.id, {"partner": "Shares its plans."})
        other = add_client(s, "Dunakeszi Csomagoló Kft.")
        s.add(Contact(client_id=key.id, full_name="Kovács Anna", birthday=date(1980, 11, 25)))
        s.add(Contact(client_id=other.id, full_name="Nagy Péter", birthday=date(1970, 11, 29),
                      is_vip=True))  # fmt: skip
        milk = add_product(s, "MILK-1", "Milk 2.8 %, 1 l", "1.25")
        s.add(ClientPrice(client_id=other.id, product_id=milk.id, price=Decimal("1.10"),
                          valid_to=AS_OF + timedelta(days=10)))  # fmt: skip
        bill = add_invoice(s, other, "INV-7", "1500.00", issued=AS_OF - timedelta(days=70),
                           due=AS_OF - timedelta(days=40))  # fmt: skip
        s.add(Payment(client_id=other.id, invoice_id=bill.id, payment_date=AS_OF,
                      amount=Decimal("300.00"), currency="EUR"))  # fmt: skip
    section = make_section()
    assert texts(section.birthdays_block, "birthdayName") == ["Kovács Anna", "Nagy Péter"]
    assert texts(section.birthdays_block, "birthdayDay") == ["Wed 25 Nov", "Sun 29 Nov"]
    assert texts(section.birthdays_block, "turns") == ["turns 46", "turns 56"]
    assert texts(section.birthdays_block, "vip") == ["VIP"]
    assert texts(section.expiring_block, "priceClient", QPushButton) == ["Dunakeszi Csomagoló Kft."]
    assert texts(section.expiring_block, "priceProduct") == ["MILK-1 Milk 2.8 %, 1 l at 1.10 EUR"]
    assert texts(section.expiring_block, "ends") == ["Thu 3 Dec"]
    assert texts(section.debts_block, "debtClient", QPushButton) == ["Dunakeszi Csomagoló Kft."]
    assert texts(section.debts_block, "debtAmount") == ["1,200.00 EUR"]
    assert "40 day" in texts(section.debts_block, "debtOldest")[0]
    # the one client with revenue is key by its share (all of it), the other by its reason
    assert texts(section.stale_block, "staleClient", QPushButton) == [
        "Alfa Pharm Kft.",
        "Dunakeszi Csomagoló Kft.",
    ]
    assert texts(section.stale_block, "staleSince") == ["never met or called"] * 2


def test_a_schedule_change_keeps_the_costly_part_an_invoice_does_not(
    qtbot: QtBot, make_section: Callable[..., TodaySection], db: Database, hub: ChangeHub
) -> None:
    section = make_section()
    first = section._costly
    assert first is not None
    with db.unit_of_work() as s:
        add_task(s, None, "Ring the bank", AS_OF)
    hub.changed.emit(frozenset({Change.SCHEDULE}))
    settle(qtbot, section)
    assert section._costly is first
    assert "Ring the bank" in texts(section.tasks_block, "taskSubject")
    with db.unit_of_work() as s:
        c = add_client(s, "Late Payer Kft.")
        add_invoice(s, c, "INV-1", "100.00", issued=AS_OF - timedelta(days=60),
                    due=AS_OF - timedelta(days=30))  # fmt: skip
    hub.changed.emit(frozenset({Change.INVOICES, Change.ORDERS}))
    settle(qtbot, section)
    assert section._costly is not first
    assert texts(section.debts_block, "debtClient", QPushButton) == ["Late Payer Kft."]


def test_long_lists_show_the_first_rows_and_count_the_rest(
    make_section: Callable[..., TodaySection], db: Database
) -> None:
    with db.unit_of_work() as s:
        for i in range(11):
            add_task(s, None, f"Late task {i:02d}", AS_OF - timedelta(days=20 - i))
    section = make_section()
    assert len(section.tasks_block.boxes) == 8
    assert texts(section.tasks_block, "more") == ["… and 3 more"]


def test_a_client_link_opens_the_dossier_from_the_main_window(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date.today()
    with db.unit_of_work() as s:
        client = s.execute(select(Client).order_by(Client.code)).scalars().first()
        assert client is not None
        add_invoice(s, client, "INV-OLD", "250.00", issued=today - timedelta(days=50),
                    due=today - timedelta(days=20))  # fmt: skip
        name, cid = client.name, client.id
    opened: list[str | None] = []
    monkeypatch.setattr(windows, "open_dossier", lambda _db, _hub, c, **_kw: opened.append(c))
    window.show_section("today")
    window.hub.changed.emit(frozenset({Change.INVOICES}))
    settle(qtbot, window.today)
    [link] = window.today.debts_block.findChildren(QPushButton, "debtClient")
    assert link.text() == name
    qtbot.waitUntil(link.isVisible)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert opened == [cid]


def test_meeting_rows_are_drawn_from_the_records(qtbot: QtBot, db: Database) -> None:
    from kamdesk.services.schedule.today import TodayMeeting

    m = TodayMeeting(
        id="m1", kind="meeting", status="cancelled", client_id=None, client_name="",
        subject="Called off", start=at(10), end=at(11), leave_by=at(9, 30), travel_min=30,
        place_kind="site", location="", attendees=(), readiness=None, weakest=(), conflicts=(),
    )  # fmt: skip
    row = MeetingRow(m, at(8))
    qtbot.addWidget(row)
    assert row.leave.text() == "CANCELLED" and row.badge.isHidden()
    assert not row.client.isEnabled() and row.client.text() == "(no client)"


def test_the_clock_moves_a_meeting_on_without_reading_the_database(
    qtbot: QtBot, db: Database, hub: ChangeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kamdesk.services.schedule.today as service

    calls: list[date] = []
    real = service.today_overview

    def counted(session: Session, today: date, **kw: Any) -> Any:
        calls.append(today)
        return real(session, today, **kw)

    monkeypatch.setattr(service, "today_overview", counted)
    add_todays_meetings(db)
    moment = [at(9)]
    section = TodaySection(today=lambda: AS_OF, now=lambda: moment[0])
    qtbot.addWidget(section)
    section.attach(db, hub)
    section.show()
    qtbot.waitExposed(section)
    settle(qtbot, section)
    assert section.clock.isActive() and section.clock.interval() == 60_000
    first = section.meetings_block.rows[0]
    assert first.leave.text() == "LEAVE BY 09:20"
    section.clock.setInterval(20)  # not a minute of a test run
    qtbot.wait(60)
    assert section.meetings_block.rows[0] is first  # nothing moved on: nothing redrawn
    moment[0] = at(9, 21)
    qtbot.waitUntil(lambda: section.meetings_block.rows[0].leave.text() == "LEAVE NOW (09:20)")
    section.clock.stop()
    assert calls == [AS_OF]  # the one refresh when shown


def test_a_crowded_day_shows_what_is_still_to_come(qtbot: QtBot) -> None:
    from kamdesk.services.schedule.today import TodayMeeting
    from kamdesk.ui.today.today_meetings import MEETINGS_SHOWN, MeetingsBlock

    def meeting(i: int) -> TodayMeeting:
        start = at(6) + timedelta(minutes=40 * i)
        return TodayMeeting(
            id=f"m{i}", kind="call", status="planned", client_id=None, client_name="",
            subject=f"Call {i}", start=start, end=start + timedelta(minutes=30),
            leave_by=start, travel_min=0, place_kind="phone", location="", attendees=(),
            readiness=50, weakest=(), conflicts=(),
        )  # fmt: skip

    block = MeetingsBlock()
    qtbot.addWidget(block)
    day = [meeting(i) for i in range(17)]  # 06:00 to 16:40
    block.fill(day, at(9, 35))  # five are over
    assert [r.meeting_id for r in block.rows] == [f"m{i}" for i in range(5, 17)]
    assert len(block.rows) == MEETINGS_SHOWN
    assert texts(block, "more") == ["… and 5 more today: see the week."]
    block.fill(day, at(14, 0))  # five not over (one begun): they and the latest seven over
    assert [r.meeting_id for r in block.rows] == [f"m{i}" for i in range(5, 17)]
    block.fill(day, at(20, 0))  # the whole day over: its end
    assert block.rows[-1].meeting_id == "m16" and len(block.rows) == MEETINGS_SHOWN
