"""The Today overview on a real file: meetings, tasks, birthdays, expiring prices and
promotions, overdue invoices, key clients out of touch."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.models import (
    Client,
    ClientPrice,
    Contact,
    Payment,
    Product,
    Promotion,
    PromotionClient,
    SalesReturn,
)
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.clients.dossier import save_key_reasons
from kamdesk.services.sales.credit import open_invoices
from kamdesk.services.schedule import today as svc
from kamdesk.services.schedule.day_rows import WEAKEST_SHOWN
from kamdesk.services.schedule.meetings import save_meeting, set_status
from kamdesk.services.schedule.outcome import add_task, record_outcome
from kamdesk.services.schedule.prep_items import save_questions
from kamdesk.services.schedule.records import MeetingData, NextStep
from kamdesk.services.settings import Rules, get_rules, save_rules
from tests.factories import add_client, add_invoice, add_order, add_product

TZ = ZoneInfo("Europe/Budapest")
TODAY = date(2026, 11, 24)  # a Tuesday: the week is Mon 23 to Sun 29 November
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=TZ)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def overview(db: Database, today: date = TODAY, now: datetime = NOW) -> svc.TodayOverview:
    with db.reading() as s:
        return svc.today_overview(s, today, now=now, tz=TZ)


def make_key(s: Session, client: Client) -> None:
    save_key_reasons(s, client.id, {"reference": "A name that opens doors."})


def add_contact(
    s: Session, client: Client, name: str, birthday: date | None, *, vip: bool = False
) -> Contact:
    person = Contact(client_id=client.id, full_name=name, birthday=birthday, is_vip=vip)
    s.add(person)
    s.flush()
    return person


def held(s: Session, client: Client, when: datetime, subject: str = "Visit") -> str:
    mid = save_meeting(
        s, MeetingData(client.id, subject, when, 60, location="Fő utca 1", travel_min=20)
    )
    record_outcome(s, mid, outcome="Talked it through.")
    return mid


# --- meetings ---------------------------------------------------------------------------------


def test_todays_meetings_with_leave_by_readiness_and_conflicts(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Győri Élelmiszer Zrt.")
        visit = save_meeting(
            s,
            MeetingData(
                client.id, "Yearly terms", at(TODAY, 10), 90, location="Győr", travel_min=40
            ),
        )
        save_questions(s, visit, [(None, "What volumes next year?", "")])
        clash = save_meeting(
            s, MeetingData(client.id, "Tasting", at(TODAY, 11), 30, location="Győr", travel_min=0)
        )
        call = save_meeting(
            s, MeetingData(client.id, "Price call", at(TODAY, 14), 15, kind="call", travel_min=30)
        )
        save_meeting(s, MeetingData(client.id, "Tomorrow", at(TODAY + timedelta(days=1), 9), 60))
        gone = save_meeting(s, MeetingData(client.id, "Called off", at(TODAY, 16), 60))
        set_status(s, gone, "cancelled")
    o = overview(db)
    assert [m.subject for m in o.meetings] == [
        "Yearly terms",
        "Tasting",
        "Price call",
        "Called off",
    ]
    first, second, phone, off = o.meetings
    assert first.id == visit and first.client_name == "Győri Élelmiszer Zrt."
    assert first.start == at(TODAY, 10) and first.start.utcoffset() == timedelta(hours=1)
    assert first.leave_by == at(TODAY, 9, 20) and first.travel_min == 40
    assert first.end == at(TODAY, 11, 30)
    # a call has no travel: be ready at its start
    assert phone.id == call and phone.leave_by == at(TODAY, 14) and phone.travel_min == 0
    # the two meetings overlap by half an hour, both ways
    assert [(c.kind, c.other_id, c.minutes) for c in first.conflicts] == [("overlap", clash, 30)]
    assert [c.other_id for c in second.conflicts] == [visit]
    # readiness: a score and the weakest checks, missing ones first, the heaviest first
    assert first.readiness is not None and 0 < first.readiness < 100
    states = [w.state for w in first.weakest]
    assert states == sorted(states, key=lambda st: st != "missing")
    assert len(first.weakest) == WEAKEST_SHOWN
    assert first.weakest[0].item == "information"  # nobody chosen to attend, no dossier
    assert {w.item for w in first.weakest} >= {"late"}  # cannot leave in time: it clashes
    assert off.status == "cancelled" and off.readiness is None and off.weakest == ()


# --- tasks ------------------------------------------------------------------------------------


def test_overdue_and_upcoming_tasks(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Bologna Carni S.r.l.")
        late = add_task(s, client.id, "Send the price list", TODAY - timedelta(days=3))
        add_task(s, None, "Renew the car insurance", TODAY - timedelta(days=1))
        due = add_task(s, client.id, "Call about the pallet", TODAY)
        add_task(s, client.id, "Quarter plan", TODAY + timedelta(days=7))
        add_task(s, client.id, "Too far ahead", TODAY + timedelta(days=8))
        add_task(s, client.id, "Some day", None)
        finished = add_task(s, client.id, "Already done", TODAY - timedelta(days=5))
        set_status(s, finished, "done")
        meeting = held(s, client, at(TODAY - timedelta(days=2), 10), "Quarterly review")
        [follow] = record_outcome(
            s,
            meeting,
            outcome="Agreed a trial order.",
            next_steps=[NextStep("Send the trial offer", TODAY + timedelta(days=2))],
        )
    o = overview(db)
    assert [(t.subject, t.days_overdue) for t in o.overdue_tasks] == [
        ("Send the price list", 3),
        ("Renew the car insurance", 1),
    ]
    assert (
        o.overdue_tasks[0].id == late and o.overdue_tasks[0].client_name == "Bologna Carni S.r.l."
    )
    assert o.overdue_tasks[1].client_id is None and o.overdue_tasks[1].client_name == ""
    assert [(t.subject, t.days_overdue) for t in o.upcoming_tasks] == [
        ("Call about the pallet", 0),
        ("Send the trial offer", -2),
        ("Quarter plan", -7),
    ]
    assert o.upcoming_tasks[0].id == due
    trial = o.upcoming_tasks[1]
    assert trial.id == follow and trial.follow_up_of_id == meeting
    assert trial.follow_up_of == "Quarterly review"
    assert (o.overdue_task_count, o.upcoming_task_count) == (2, 3)


def test_long_task_lists_are_cut_but_counted(db: Database) -> None:
    with db.unit_of_work() as s:
        for i in range(7):
            add_task(s, None, f"Late {i}", TODAY - timedelta(days=i + 1))
    with db.reading() as s:
        late, late_count, soon, soon_count = svc.due_tasks(s, TODAY, limit=5)
    assert late_count == 7 and len(late) == 5 and (soon, soon_count) == ((), 0)
    assert [t.days_overdue for t in late] == [7, 6, 5, 4, 3]


# --- birthdays --------------------------------------------------------------------------------


def test_birthdays_this_week_of_key_clients_and_vips(db: Database) -> None:
    with db.unit_of_work() as s:
        key = add_client(s, "Xəzər Qida MMC")
        make_key(s, key)
        other = add_client(s, "Alfa Pharm Kft.")
        add_contact(s, key, "Əli Həsənov", date(1980, 11, 29))  # Sunday
        add_contact(s, key, "Leyla Məmmədova", date(1900, 11, 23))  # Monday, year not known
        add_contact(s, key, "Next Week", date(1975, 11, 30))
        add_contact(s, key, "Last Week", date(1975, 11, 22))
        add_contact(s, other, "Kovács Anna", date(1990, 11, 25), vip=True)
        add_contact(s, other, "Nagy Péter", date(1985, 11, 26))  # neither key nor VIP
        gone = add_contact(s, key, "Deleted Person", date(1970, 11, 24))
        gone.tombstone()
    o = overview(db)
    assert o.week == (date(2026, 11, 23), date(2026, 11, 29))
    assert [(b.name, b.on, b.turns, b.is_vip, b.key_client) for b in o.birthdays] == [
        ("Leyla Məmmədova", date(2026, 11, 23), None, False, True),
        ("Kovács Anna", date(2026, 11, 25), 36, True, False),
        ("Əli Həsənov", date(2026, 11, 29), 46, False, True),
    ]
    assert o.birthdays[0].client_name == "Xəzər Qida MMC"


def test_a_client_key_by_its_revenue_share_counts_too(db: Database) -> None:
    with db.unit_of_work() as s:
        big = add_client(s, "Logistica Padana S.p.A.")
        small = add_client(s, "Gəncə Tikinti ASC")
        add_invoice(s, big, "INV-1", "9000.00", issued=TODAY - timedelta(days=40), due=TODAY)
        add_invoice(s, small, "INV-2", "1000.00", issued=TODAY - timedelta(days=40), due=TODAY)
        add_contact(s, big, "Marco Bianchi", date(1970, 11, 27))
        add_contact(s, small, "Rauf Əliyev", date(1970, 11, 27))
    o = overview(db)
    assert big.id in svc.key_client_ids(o.key_report)
    assert [b.name for b in o.birthdays] == ["Marco Bianchi"]


def test_birthdays_across_new_year_and_on_29_february() -> None:
    new_year_week = [date(2026, 12, 28) + timedelta(days=i) for i in range(7)]
    assert svc.celebrated_on(date(1990, 1, 2), new_year_week) == date(2027, 1, 2)
    assert svc.celebrated_on(date(1990, 12, 28), new_year_week) == date(2026, 12, 28)
    plain = [date(2027, 2, 22) + timedelta(days=i) for i in range(7)]  # 2027: no 29 February
    assert svc.celebrated_on(date(1988, 2, 29), plain) == date(2027, 2, 28)
    leap = [date(2028, 2, 28) + timedelta(days=i) for i in range(7)]
    assert svc.celebrated_on(date(1988, 2, 29), leap) == date(2028, 2, 29)
    assert svc.celebrated_on(date(1988, 2, 28), leap) == date(2028, 2, 28)
    assert svc.celebrated_on(date(1988, 3, 8), plain) is None


def test_a_leap_day_birthday_is_found_on_28_february(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "ООО «Северный Хлеб»")
        add_contact(s, client, "Анна Смирнова", date(1988, 2, 29), vip=True)
        add_contact(s, client, "Иван Петров", date(1991, 1, 2), vip=True)
    o = overview(db, date(2027, 2, 24), datetime(2027, 2, 24, 8, tzinfo=TZ))
    assert [(b.name, b.on, b.turns) for b in o.birthdays] == [
        ("Анна Смирнова", date(2027, 2, 28), 39)
    ]
    o = overview(db, date(2026, 12, 31), datetime(2026, 12, 31, 8, tzinfo=TZ))
    assert [(b.name, b.on, b.turns) for b in o.birthdays] == [("Иван Петров", date(2027, 1, 2), 36)]


# --- expiring prices and promotions -----------------------------------------------------------


def test_special_prices_and_promotions_about_to_end(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Dunakeszi Csomagoló Kft.")
        other = add_client(s, "Ristorazione Milanese S.r.l.")
        milk = add_product(s, "MILK-1", "Milk 2.8 %, 1 l", "1.25")
        flour = add_product(s, "FLOUR-25", "Flour BL55, 25 kg sack", "14.80")
        oil = add_product(s, "OIL-5", "Sunflower oil, 5 l", "8.70")

        def price(c: Client, p: Product, amount: str, start: date | None, end: date | None) -> None:
            s.add(
                ClientPrice(client_id=c.id, product_id=p.id, price=Decimal(amount),
                            valid_from=start, valid_to=end)
            )  # fmt: skip

        price(client, milk, "1.10", TODAY - timedelta(days=60), TODAY + timedelta(days=10))
        price(client, flour, "13.50", None, TODAY + timedelta(days=40))  # not yet
        price(client, oil, "8.00", None, TODAY - timedelta(days=1))  # already over
        # renewed: the next price starts the day after
        price(other, oil, "7.90", None, TODAY + timedelta(days=5))
        price(other, oil, "8.10", TODAY + timedelta(days=6), None)
        price(other, milk, "1.05", None, TODAY)  # its last day
        s.flush()

        def promo(name: str, ends: date, *clients: Client) -> None:
            p = Promotion(name=name, discount_percent=Decimal(5),
                          starts_on=TODAY - timedelta(days=20), ends_on=ends)  # fmt: skip
            s.add(p)
            s.flush()
            for c in clients:
                s.add(PromotionClient(promotion_id=p.id, client_id=c.id))

        promo("Autumn oil", TODAY + timedelta(days=5), client, other)
        promo("Flour week", TODAY + timedelta(days=14))
        promo("Christmas", TODAY + timedelta(days=30))
        promo("Over", TODAY - timedelta(days=1))
    o = overview(db)
    assert [(p.client_name, p.sku, p.price, p.days_left) for p in o.expiring_prices] == [
        ("Ristorazione Milanese S.r.l.", "MILK-1", Decimal("1.05"), 0),
        ("Dunakeszi Csomagoló Kft.", "MILK-1", Decimal("1.10"), 10),
    ]
    assert o.expiring_prices[1].currency == "EUR" and o.expiring_price_count == 2
    assert [(p.name, p.days_left, [c.name for c in p.clients]) for p in o.expiring_promotions] == [
        ("Autumn oil", 5, ["Dunakeszi Csomagoló Kft.", "Ristorazione Milanese S.r.l."]),
        ("Flour week", 14, []),
    ]
    assert o.expiring_promotions[1].for_every_client


# --- overdue invoices -------------------------------------------------------------------------


def test_overdue_invoices_by_client_follow_the_open_invoice_rule(db: Database) -> None:
    with db.unit_of_work() as s:
        late = add_client(s, "АО «Волга-Логистик»")
        paid = add_client(s, "Győri Élelmiszer Zrt.")
        credited = add_client(s, "Bologna Carni S.r.l.")
        old = add_invoice(s, late, "A-1", "1200.00", issued=TODAY - timedelta(days=70),
                          due=TODAY - timedelta(days=40))  # fmt: skip
        s.add(Payment(client_id=late.id, invoice_id=old.id, payment_date=TODAY - timedelta(days=20),
                      amount=Decimal("200.00"), currency="EUR"))  # fmt: skip
        add_invoice(s, late, "A-2", "600.00", issued=TODAY - timedelta(days=40),
                    due=TODAY - timedelta(days=10))  # fmt: skip
        add_invoice(s, late, "A-3", "999.00", issued=TODAY - timedelta(days=30), due=TODAY)
        settled = add_invoice(s, paid, "B-1", "500.00", issued=TODAY - timedelta(days=90),
                              due=TODAY - timedelta(days=60))  # fmt: skip
        s.add(Payment(client_id=paid.id, invoice_id=settled.id, payment_date=TODAY,
                      amount=Decimal("500.00"), currency="EUR"))  # fmt: skip
        order = add_order(s, credited, [("10", "10.00", "0")], number="SO-9")
        returned = add_invoice(s, credited, "C-1", "120.00", issued=TODAY - timedelta(days=50),
                               due=TODAY - timedelta(days=20))  # fmt: skip
        s.add(SalesReturn(number="R-1", client_id=credited.id, order_id=order.id,
                          invoice_id=returned.id, return_date=TODAY - timedelta(days=30),
                          currency="EUR", total_net=Decimal("100.00"), total_vat=Decimal("20.00"),
                          total_gross=Decimal("120.00")))  # fmt: skip
    o = overview(db)
    [debt] = o.overdue_clients
    assert (debt.client_name, debt.amount, debt.invoices) == (
        "АО «Волга-Логистик»",
        Decimal("1600.00"),
        2,
    )
    assert debt.currency == "EUR" and debt.oldest_days == 40
    assert debt.oldest_due == TODAY - timedelta(days=40) and o.overdue_client_count == 1
    with db.reading() as s:  # the same figure as the client's own credit position
        unpaid = [i for i in open_invoices(s, late.id) if i.due_date < TODAY]
    assert sum(i.open_amount for i in unpaid) == debt.amount


def test_the_oldest_debt_comes_first(db: Database) -> None:
    with db.unit_of_work() as s:
        for name, days in (("Recent", 5), ("Ancient", 200), ("Middle", 30)):
            c = add_client(s, name)
            add_invoice(s, c, f"I-{name}", "100.00", issued=TODAY - timedelta(days=days + 30),
                        due=TODAY - timedelta(days=days))  # fmt: skip
    assert [(d.client_name, d.oldest_days) for d in overview(db).overdue_clients] == [
        ("Ancient", 200),
        ("Middle", 30),
        ("Recent", 5),
    ]


# --- key clients out of touch -----------------------------------------------------------------


def test_key_clients_not_contacted_for_too_long(db: Database) -> None:
    with db.unit_of_work() as s:
        long_ago = add_client(s, "Long Ago Kft.")
        recent = add_client(s, "Recent Kft.")
        never = add_client(s, "Never Met Kft.")
        ordinary = add_client(s, "Ordinary Kft.")  # not key: not listed however long ago
        planned_only = add_client(s, "Planned Only Kft.")
        for c in (long_ago, recent, never, planned_only):
            make_key(s, c)
        held(s, long_ago, at(TODAY - timedelta(days=100), 10))
        held(s, recent, at(TODAY - timedelta(days=10), 10))
        held(s, ordinary, at(TODAY - timedelta(days=300), 10))
        # only what took place counts: a planned meeting, or a cancelled one, does not
        save_meeting(s, MeetingData(planned_only.id, "Soon", at(TODAY + timedelta(days=2), 9), 60))
        old = save_meeting(
            s, MeetingData(planned_only.id, "Off", at(TODAY - timedelta(days=5), 9), 60)
        )
        set_status(s, old, "cancelled")
    o = overview(db)
    assert o.stale_days == get_rules_days(db) == 90
    assert [(c.client_name, c.days) for c in o.stale_clients] == [
        ("Never Met Kft.", None),
        ("Planned Only Kft.", None),
        ("Long Ago Kft.", 100),
    ]
    assert o.stale_clients[2].last_contact == TODAY - timedelta(days=100)
    assert o.stale_client_count == 3 and o.key_client_count == 4
    with db.unit_of_work() as s:
        save_rules(s, Rules(stale_days=7))
    assert [c.client_name for c in overview(db).stale_clients] == [
        "Never Met Kft.",
        "Planned Only Kft.",
        "Long Ago Kft.",
        "Recent Kft.",
    ]


def get_rules_days(db: Database) -> int:
    with db.reading() as s:
        return get_rules(s).stale_days


def test_a_meeting_held_later_today_is_not_yet_a_contact(db: Database) -> None:
    with db.unit_of_work() as s:
        c = add_client(s, "Afternoon Kft.")
        make_key(s, c)
        held(s, c, at(TODAY, 15))  # marked done ahead of time
    assert [x.days for x in overview(db, now=at(TODAY, 8)).stale_clients] == [None]
    assert overview(db, now=at(TODAY, 17)).stale_clients == ()


# --- the whole overview -----------------------------------------------------------------------


def test_an_empty_database_gives_an_empty_overview(db: Database) -> None:
    o = overview(db)
    assert o.meetings == () and o.overdue_tasks == () and o.upcoming_tasks == ()
    assert o.birthdays == () and o.expiring_prices == () and o.expiring_promotions == ()
    assert o.overdue_clients == () and o.stale_clients == ()
    assert o.key_client_count == 0 and o.currency == "EUR"
    assert o.today == TODAY and o.now == NOW


def test_costly_parts_are_reused_on_the_same_day_only(db: Database) -> None:
    with db.unit_of_work() as s:
        c = add_client(s, "Cached Kft.")
        add_invoice(s, c, "I-1", "100.00", issued=TODAY - timedelta(days=60),
                    due=TODAY - timedelta(days=30))  # fmt: skip
    first = overview(db)
    assert [d.client_name for d in first.overdue_clients] == ["Cached Kft."]
    with db.unit_of_work() as s:
        add_invoice(s, c, "I-2", "50.00", issued=TODAY - timedelta(days=40),
                    due=TODAY - timedelta(days=10))  # fmt: skip
    with db.reading() as s:
        again = svc.today_overview(s, TODAY, now=NOW, tz=TZ, reuse=first.costly)
        tomorrow = TODAY + timedelta(days=1)
        later = svc.today_overview(s, tomorrow, now=NOW, tz=TZ, reuse=first.costly)
    assert again.costly is first.costly and again.key_report is first.key_report
    assert again.overdue_clients[0].amount == Decimal("100.00")  # as it was
    assert later.costly.today == tomorrow and later.overdue_clients[0].amount == Decimal("150.00")
    assert overview(db).overdue_clients[0].invoices == 2


def test_a_key_report_handed_in_is_used(db: Database) -> None:
    with db.reading() as s:
        report = key_clients(s, Period.last_12_months(TODAY))
        o = svc.today_overview(s, TODAY, now=NOW, tz=TZ, key_report=report)
        assert o.key_report is report
        again = svc.today_overview(s, TODAY, now=NOW, tz=TZ, reuse=o.costly, key_report=None)
        assert again.key_report is report


def test_now_defaults_to_an_aware_time(db: Database) -> None:
    with db.reading() as s:
        o = svc.today_overview(s, TODAY, tz=UTC)
    assert o.now.tzinfo is not None
