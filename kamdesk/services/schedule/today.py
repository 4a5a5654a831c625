"""The Today page in one call: what the KAM must know this morning.

`today_overview` gathers, in a handful of aggregate queries (never one per client; lists of
many client ids go in chunks of 900): today's meetings and calls (leave-by time, readiness and
its weakest checks, conflicts); open tasks that are overdue or due within a week; the birthdays
this week of the people who matter (contacts of key clients, and VIPs of any client; a birth
year of 1900 or before means the year is not known); special prices and promotions about to
end; the clients with overdue invoices; the key clients nobody has met or called for too long;
and the key-client classification the alert blocks show.

There is no contract table yet: what "expires" are the clients' special prices
(ClientPrice.valid_to) and the promotions (Promotion.ends_on). When contracts get a table,
their end dates belong here too.

A client is *key* when the KAM recorded a key reason for it (ClientKeyReason) or when its share
of the last 12 months' revenue puts it in the key, critical or mono category
(services.classification.key_clients).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.meeting import WEIGHTS, Readiness
from kamdesk.domain.money import from_minor
from kamdesk.domain.schedule import Conflict, is_remote, week_of
from kamdesk.models import (
    Activity,
    Client,
    ClientPrice,
    Contact,
    Invoice,
    Payment,
    Product,
    Promotion,
    PromotionClient,
    SalesReturn,
)
from kamdesk.services.clients.classification import KeyClientReport, Period, key_clients
from kamdesk.services.company import get_company
from kamdesk.services.schedule.records import WeekItem
from kamdesk.services.schedule.week import scheduled_between
from kamdesk.services.settings import get_rules

TASK_DAYS_AHEAD = 7  # upcoming tasks: due today or in the next seven days
PRICE_DAYS_AHEAD = 30  # special prices ending within a month
PROMOTION_DAYS_AHEAD = 14  # promotions ending within two weeks
KEY_CATEGORIES = frozenset({"key", "critical", "mono"})
WEAKEST_SHOWN = 3
LIST_LIMIT = 50  # rows of a long list handed out; the totals say how many there are
YEAR_UNKNOWN_BEFORE = 1901  # a birthday stored with year 1900 or earlier: year not known
_IN_CHUNK = 900


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeakItem:
    """One of the seven checks that is not ok, as the Today page names it."""

    item: str  # a domain.meeting ITEMS key
    title: str
    state: str  # missing | warning
    summary: str


@dataclass(frozen=True)
class TodayMeeting:
    id: str
    kind: str  # meeting | call
    status: str  # planned | done | cancelled
    client_id: str | None
    client_name: str
    subject: str
    start: datetime  # aware, local
    end: datetime
    leave_by: datetime  # the start for calls and remote meetings
    travel_min: int  # 0 unless at the client's site
    place_kind: str
    location: str
    attendees: tuple[str, ...]
    readiness: int | None  # None unless planned
    weakest: tuple[WeakItem, ...]
    conflicts: tuple[Conflict, ...]
    ready: bool = False  # Readiness.ready: a high score and nothing missing

    @property
    def remote(self) -> bool:
        return is_remote(self.kind, self.place_kind)


@dataclass(frozen=True)
class TodayTask:
    id: str
    client_id: str | None
    client_name: str
    subject: str
    due_date: date
    days_overdue: int  # > 0 late, 0 due today, < 0 days still left
    follow_up_of_id: str | None  # the meeting it was agreed at
    follow_up_of: str  # that meeting's subject


@dataclass(frozen=True)
class Birthday:
    contact_id: str
    name: str
    position: str
    client_id: str
    client_name: str
    on: date  # the day this week it is celebrated (29 Feb: 28 Feb in other years)
    turns: int | None  # None when the year of birth is not known
    is_vip: bool
    key_client: bool


@dataclass(frozen=True)
class ExpiringPrice:
    id: str
    client_id: str
    client_name: str
    product_id: str
    sku: str
    product_name: str
    price: Decimal
    currency: str
    valid_to: date
    days_left: int


@dataclass(frozen=True)
class ClientRef:
    id: str
    name: str


@dataclass(frozen=True)
class ExpiringPromotion:
    id: str
    name: str
    starts_on: date
    ends_on: date
    days_left: int
    clients: tuple[ClientRef, ...]  # () when it is for every client

    @property
    def for_every_client(self) -> bool:
        return not self.clients


@dataclass(frozen=True)
class OverdueClient:
    client_id: str
    client_name: str
    currency: str
    amount: Decimal  # open (after payments and credit notes) on invoices past their due date
    invoices: int
    oldest_due: date
    oldest_days: int


@dataclass(frozen=True)
class StaleClient:
    client_id: str
    client_name: str
    last_contact: date | None  # the last meeting or call held; None: never
    days: int | None  # days since it; None: never


@dataclass(frozen=True)
class CostlyParts:
    """What takes longest on a large database and changes only with invoices, payments,
    returns, key reasons and the rules: hand it back to the next overview of the same day
    when only meetings, tasks or contacts changed."""

    today: date
    key_report: KeyClientReport
    overdue: tuple[OverdueClient, ...]  # all of them, the oldest debt first


@dataclass(frozen=True)
class TodayOverview:
    today: date
    now: datetime
    week: tuple[date, date]  # Monday and Sunday of today's week
    meetings: tuple[TodayMeeting, ...]
    overdue_tasks: tuple[TodayTask, ...]  # most overdue first, at most `limit`
    overdue_task_count: int
    upcoming_tasks: tuple[TodayTask, ...]  # due today to in TASK_DAYS_AHEAD days
    upcoming_task_count: int
    birthdays: tuple[Birthday, ...]
    expiring_prices: tuple[ExpiringPrice, ...]
    expiring_price_count: int
    expiring_promotions: tuple[ExpiringPromotion, ...]
    overdue_clients: tuple[OverdueClient, ...]  # the oldest debt first
    overdue_client_count: int
    stale_clients: tuple[StaleClient, ...]  # never contacted first, then the longest ago
    stale_client_count: int
    stale_days: int
    key_client_count: int
    currency: str  # the company's, for the key-client shares
    costly: CostlyParts

    @property
    def key_report(self) -> KeyClientReport:
        return self.costly.key_report


# --- the overview -----------------------------------------------------------------------------


def today_overview(
    session: Session,
    today: date,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    reuse: CostlyParts | None = None,
    key_report: KeyClientReport | None = None,
    limit: int = LIST_LIMIT,
) -> TodayOverview:
    """Everything the Today page shows (long lists cut to `limit`, with their totals). `now`
    (aware) decides which meetings count as held; `reuse`, the costly parts of an earlier
    overview, is used as it is when it is of the same day; otherwise `key_report`, when
    given, is taken as the key-client classification of the last 12 months to today."""
    now = now or datetime.now(tz or UTC).astimezone(tz)
    if reuse is None or reuse.today != today:
        report = key_report or key_clients(session, Period.last_12_months(today))
        reuse = CostlyParts(today, report, tuple(overdue_by_client(session, today)))
    key_ids = key_client_ids(reuse.key_report)
    rules = get_rules(session)
    overdue_tasks, overdue_count, upcoming, upcoming_count = due_tasks(session, today, limit)
    prices = expiring_prices(session, today)
    debts = reuse.overdue
    stale = stale_key_clients(session, key_ids, today, now, rules.stale_days, tz)
    return TodayOverview(
        today=today,
        now=now,
        week=week_of(today),
        meetings=tuple(todays_meetings(session, today, tz)),
        overdue_tasks=overdue_tasks,
        overdue_task_count=overdue_count,
        upcoming_tasks=upcoming,
        upcoming_task_count=upcoming_count,
        birthdays=tuple(birthdays_this_week(session, today, key_ids)),
        expiring_prices=tuple(prices[:limit]),
        expiring_price_count=len(prices),
        expiring_promotions=tuple(expiring_promotions(session, today)),
        overdue_clients=debts[:limit],
        overdue_client_count=len(debts),
        stale_clients=tuple(stale[:limit]),
        stale_client_count=len(stale),
        stale_days=rules.stale_days,
        key_client_count=len(key_ids),
        currency=get_company(session).default_currency,
        costly=reuse,
    )


def key_client_ids(report: KeyClientReport) -> frozenset[str]:
    """Clients with a key reason recorded, or key, critical or mono by their revenue share."""
    by_share = {
        s.client_id for s in report.classification.clients if KEY_CATEGORIES & set(s.categories)
    }
    return frozenset(by_share | set(report.reasons))


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


# --- meetings ---------------------------------------------------------------------------------


def weakest(readiness: Readiness, most: int = WEAKEST_SHOWN) -> tuple[WeakItem, ...]:
    """The checks that are not ok, missing before warning, the heaviest first."""
    open_checks = [c for c in readiness.checks if c.state != "ok"]
    open_checks.sort(key=lambda c: (c.state != "missing", -WEIGHTS[c.item]))
    return tuple(WeakItem(c.item, c.title, c.state, c.summary) for c in open_checks[:most])


def _meeting(item: WeekItem) -> TodayMeeting:
    ready = item.readiness
    return TodayMeeting(
        id=item.id,
        kind=item.kind,
        status=item.status,
        client_id=item.client_id,
        client_name=item.client_name,
        subject=item.subject,
        start=item.start,
        end=item.end,
        leave_by=item.leave_by,
        travel_min=item.travel,
        place_kind=item.place_kind,
        location=item.location,
        attendees=item.attendees,
        readiness=ready.score if ready is not None else None,
        weakest=weakest(ready) if ready is not None else (),
        conflicts=item.conflicts,
        ready=ready is not None and ready.ready,
    )


def todays_meetings(session: Session, today: date, tz: tzinfo | None) -> list[TodayMeeting]:
    return [_meeting(w) for w in scheduled_between(session, today, 1, today=today, tz=tz)]


# --- tasks ------------------------------------------------------------------------------------


def due_tasks(
    session: Session, today: date, limit: int = LIST_LIMIT
) -> tuple[tuple[TodayTask, ...], int, tuple[TodayTask, ...], int]:
    """Planned tasks due before today (most overdue first) and those due from today to a week
    ahead (soonest first): (overdue, how many, upcoming, how many)."""
    meeting = aliased(Activity)
    rows: Sequence[Any] = session.execute(
        select(
            Activity.id,
            Activity.client_id,
            Client.name,
            Activity.subject,
            Activity.due_date,
            Activity.follow_up_of_id,
            meeting.subject,
        )
        .outerjoin(Client, Client.id == Activity.client_id)
        .outerjoin(meeting, meeting.id == Activity.follow_up_of_id)
        .where(
            Activity.kind == "task",
            Activity.status == "planned",
            Activity.deleted_at.is_(None),
            Activity.due_date.is_not(None),
            Activity.due_date <= today + timedelta(days=TASK_DAYS_AHEAD),
        )
        .order_by(Activity.due_date, Activity.subject, Activity.id)
    ).all()
    late = [r for r in rows if r[4] < today]
    soon = [r for r in rows if r[4] >= today]

    def task(r: Any) -> TodayTask:
        tid, cid, name, subject, due, of_id, of_subject = r
        return TodayTask(
            tid, cid, name or "", subject, due, (today - due).days, of_id, of_subject or ""
        )

    return (
        tuple(task(r) for r in late[:limit]),
        len(late),
        tuple(task(r) for r in soon[:limit]),
        len(soon),
    )


# --- birthdays --------------------------------------------------------------------------------


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def celebrated_on(birthday: date, days: Sequence[date]) -> date | None:
    """The day among `days` on which the birthday falls, ignoring the year; a 29 February
    birthday is kept on 28 February in years without one."""
    for day in days:
        if (day.month, day.day) == (birthday.month, birthday.day):
            return day
        leap_day = (birthday.month, birthday.day) == (2, 29)
        if leap_day and (day.month, day.day) == (2, 28) and not _is_leap(day.year):
            return day
    return None


def birthdays_this_week(session: Session, today: date, key_ids: frozenset[str]) -> list[Birthday]:
    """Birthdays from Monday to Sunday of today's week: the contacts of key clients and the
    VIPs of any client, in the order of the days."""
    monday, _sunday = week_of(today)
    days = [monday + timedelta(days=i) for i in range(7)]
    month_days = {f"{d:%m-%d}" for d in days}
    if any((d.month, d.day) == (2, 28) and not _is_leap(d.year) for d in days):
        month_days.add("02-29")
    birthday_text = type_coerce(Contact.birthday, String)
    rows = session.execute(
        select(
            Contact.id,
            Contact.full_name,
            Contact.position,
            Contact.is_vip,
            Contact.birthday,
            Contact.client_id,
            Client.name,
        )
        .join(Client, Client.id == Contact.client_id)
        .where(
            Contact.deleted_at.is_(None),
            Client.deleted_at.is_(None),
            Client.archived_at.is_(None),
            Contact.birthday.is_not(None),
            func.substr(birthday_text, 6, 5).in_(sorted(month_days)),
        )
    ).all()
    out: list[Birthday] = []
    for cid, name, position, vip, born, client_id, client_name in rows:
        key = client_id in key_ids
        if born is None or not (vip or key):
            continue
        on = celebrated_on(born, days)
        if on is None:
            continue
        turns = on.year - born.year if born.year >= YEAR_UNKNOWN_BEFORE else None
        out.append(Birthday(cid, name, position, client_id, client_name, on, turns, bool(vip), key))
    out.sort(key=lambda b: (b.on, b.client_name.casefold(), b.name.casefold()))
    return out


# --- expiring prices and promotions -----------------------------------------------------------


def expiring_prices(session: Session, today: date) -> list[ExpiringPrice]:
    """Special prices ending from today to PRICE_DAYS_AHEAD days on, soonest first; a price
    already followed by another for the same product (a renewal) is not expiring."""
    until = today + timedelta(days=PRICE_DAYS_AHEAD)
    rows = session.execute(
        select(
            ClientPrice.id,
            ClientPrice.client_id,
            Client.name,
            ClientPrice.product_id,
            Product.sku,
            Product.name,
            ClientPrice.price,
            Product.currency,
            ClientPrice.valid_to,
        )
        .join(Client, Client.id == ClientPrice.client_id)
        .join(Product, Product.id == ClientPrice.product_id)
        .where(
            ClientPrice.deleted_at.is_(None),
            Client.deleted_at.is_(None),
            Client.archived_at.is_(None),
            Product.deleted_at.is_(None),
            ClientPrice.valid_to.is_not(None),
            ClientPrice.valid_to >= today,
            ClientPrice.valid_to <= until,
        )
    ).all()
    if not rows:
        return []
    later: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] = {}
    client_ids = sorted({r.client_id for r in rows})
    for chunk in _chunks(client_ids):
        for pid, cid, prod, start, end in session.execute(
            select(
                ClientPrice.id,
                ClientPrice.client_id,
                ClientPrice.product_id,
                ClientPrice.valid_from,
                ClientPrice.valid_to,
            ).where(ClientPrice.client_id.in_(chunk), ClientPrice.deleted_at.is_(None))
        ):
            later.setdefault((cid, prod), []).append((pid, start, end))

    def renewed(r: Any) -> bool:
        return any(
            other != r.id
            and (end is None or end > r.valid_to)
            and (start is None or start <= r.valid_to + timedelta(days=1))
            for other, start, end in later.get((r.client_id, r.product_id), [])
        )

    out = [
        ExpiringPrice(
            r.id,
            r.client_id,
            r[2],
            r.product_id,
            r.sku,
            r[5],
            r.price,
            r.currency,
            r.valid_to,
            (r.valid_to - today).days,
        )
        for r in rows
        if not renewed(r)
    ]
    out.sort(key=lambda p: (p.valid_to, p.client_name.casefold(), p.sku.casefold()))
    return out


def expiring_promotions(session: Session, today: date) -> list[ExpiringPromotion]:
    """Promotions ending from today to PROMOTION_DAYS_AHEAD days on, with the clients they
    were made for (none: every client)."""
    until = today + timedelta(days=PROMOTION_DAYS_AHEAD)
    promos = session.execute(
        select(Promotion.id, Promotion.name, Promotion.starts_on, Promotion.ends_on)
        .where(
            Promotion.deleted_at.is_(None),
            Promotion.ends_on >= today,
            Promotion.ends_on <= until,
        )
        .order_by(Promotion.ends_on, Promotion.name)
    ).all()
    if not promos:
        return []
    clients: dict[str, list[ClientRef]] = {}
    for pid, cid, name in session.execute(
        select(PromotionClient.promotion_id, Client.id, Client.name)
        .join(Client, Client.id == PromotionClient.client_id)
        .where(
            PromotionClient.promotion_id.in_([p.id for p in promos]),
            PromotionClient.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
        .order_by(Client.name_key)
    ):
        clients.setdefault(pid, []).append(ClientRef(cid, name))
    return [
        ExpiringPromotion(
            p.id,
            p.name,
            p.starts_on,
            p.ends_on,
            (p.ends_on - today).days,
            tuple(clients.get(p.id, ())),
        )
        for p in promos
    ]


# --- money owed -------------------------------------------------------------------------------


def overdue_by_client(session: Session, today: date) -> list[OverdueClient]:
    """Every client with invoices due before today that are not paid in full, less their
    credit notes (the rule of services.credit.open_invoices), for all clients at once: the
    total still open, how many invoices, and the oldest due date. The oldest debt first.

    One pass over the invoices sums each one's payments; the few that remain open after them
    lose their credit notes (a handful of rows, summed apart) in Python. Credit notes only
    lower what is open, so an invoice paid in full is never reopened by them."""
    inv = Invoice.__table__.c
    pay = Payment.__table__.c
    ret = SalesReturn.__table__.c
    # integer minor units in SQL: the Money type converts only what comes out
    paid = (
        select(func.coalesce(func.sum(type_coerce(pay.amount, Integer)), 0))
        .where(pay.invoice_id == inv.id, pay.client_id == inv.client_id, pay.deleted_at.is_(None))
        .scalar_subquery()
    )
    left = type_coerce(inv.total_gross, Integer) - paid
    unpaid = session.execute(
        select(inv.id, inv.client_id, inv.currency, inv.due_date, left).where(
            inv.deleted_at.is_(None), inv.due_date < today, left > 0
        )
    ).all()
    credited: dict[tuple[str, str], int] = {
        (invoice_id, client_id): int(total)
        for invoice_id, client_id, total in session.execute(
            select(ret.invoice_id, ret.client_id, func.sum(type_coerce(ret.total_gross, Integer)))
            .where(ret.deleted_at.is_(None), ret.invoice_id.is_not(None))
            .group_by(ret.invoice_id, ret.client_id)
        )
    }
    owed: dict[tuple[str, str], list[Any]] = {}  # (client, currency) -> [minor units, n, oldest]
    for invoice_id, client_id, currency, due, minor in unpaid:
        still = int(minor) - credited.get((invoice_id, client_id), 0)
        if still <= 0:
            continue
        entry = owed.setdefault((client_id, currency), [0, 0, due])
        entry[0] += still
        entry[1] += 1
        entry[2] = min(entry[2], due)
    names: dict[str, str] = {}
    for chunk in _chunks(sorted({client_id for client_id, _currency in owed})):
        for cid, name in session.execute(
            select(Client.id, Client.name).where(Client.id.in_(chunk), Client.deleted_at.is_(None))
        ):
            names[cid] = name
    out = [
        OverdueClient(
            cid, names[cid], currency, from_minor(total), n, oldest, (today - oldest).days
        )
        for (cid, currency), (total, n, oldest) in owed.items()
        if cid in names
    ]
    out.sort(key=lambda o: (-o.oldest_days, -o.amount, o.client_name.casefold()))
    return out


# --- key clients out of touch -----------------------------------------------------------------


def stale_key_clients(
    session: Session,
    key_ids: Iterable[str],
    today: date,
    now: datetime,
    stale_days: int,
    tz: tzinfo | None = None,
) -> list[StaleClient]:
    """Live key clients whose last meeting or call held (as services.dossier counts it) is more
    than `stale_days` days ago, or who were never met: never first, then the longest ago."""
    ids = sorted(key_ids)
    last_held = (
        select(Activity.starts_at)
        .where(
            Activity.client_id == Client.id,
            Activity.deleted_at.is_(None),
            Activity.status == "done",
            Activity.kind.in_(("meeting", "call")),
            Activity.starts_at <= now.astimezone(UTC),
        )
        .order_by(Activity.starts_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    out: list[StaleClient] = []
    for chunk in _chunks(ids):
        for cid, name, last in session.execute(
            select(Client.id, Client.name, type_coerce(last_held, Activity.starts_at.type)).where(
                Client.id.in_(chunk), Client.deleted_at.is_(None), Client.archived_at.is_(None)
            )
        ):
            day = (
                None if last is None else (last.astimezone(tz) if tz else last.astimezone()).date()
            )
            days = None if day is None else (today - day).days
            if days is None or days > stale_days:
                out.append(StaleClient(cid, name, day, days))
    out.sort(key=lambda s: (s.days is not None, -(s.days or 0), s.client_name.casefold()))
    return out
