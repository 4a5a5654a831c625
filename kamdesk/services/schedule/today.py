"""The Today page in one call: what the KAM must know this morning.

`today_overview` gathers, in a handful of aggregate queries (never one per client; lists of
many client ids go in chunks): today's meetings and calls (leave-by time, readiness and
its weakest checks, conflicts); open tasks that are overdue or due within a week; the birthdays
this week of the people who matter (contacts of key clients, and VIPs of any client; a birth
year of 1900 or before means the year is not known); special prices and promotions about to
end; the clients with overdue invoices; the key clients nobody has met or called for too long;
and the key-client classification the alert blocks show. The alerts about clients are
gathered in client_alerts.

There is no contract table yet: what "expires" are the clients' special prices
(ClientPrice.valid_to) and the promotions (Promotion.ends_on). When contracts get a table,
their end dates belong here too.

A client is *key* when the KAM recorded a key reason for it (ClientKeyReason) or when its share
of the last 12 months' revenue puts it in the key, critical or mono category
(services.classification.key_clients).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.schedule import week_of
from kamdesk.models import (
    Activity,
    Client,
    Contact,
)
from kamdesk.services.clients.classification import KeyClientReport, Period, key_clients
from kamdesk.services.company import get_company
from kamdesk.services.queries import live
from kamdesk.services.schedule.client_alerts import (
    ExpiringPrice,
    ExpiringPromotion,
    OverdueClient,
    StaleClient,
    expiring_prices,
    expiring_promotions,
    overdue_by_client,
    stale_key_clients,
)
from kamdesk.services.schedule.day_rows import TodayMeeting as TodayMeeting
from kamdesk.services.schedule.day_rows import WeakItem as WeakItem
from kamdesk.services.schedule.day_rows import today_meeting
from kamdesk.services.schedule.unrecorded import Unrecorded, unrecorded
from kamdesk.services.schedule.week import scheduled_between
from kamdesk.services.settings import get_rules

TASK_DAYS_AHEAD = 7  # upcoming tasks: due today or in the next seven days


KEY_CATEGORIES = frozenset({"key", "critical", "mono"})


LIST_LIMIT = 50  # rows of a long list handed out; the totals say how many there are


YEAR_UNKNOWN_BEFORE = 1901  # a birthday stored with year 1900 or earlier: year not known


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
    currency: str  # the reporting currency the key-client revenue is in
    costly: CostlyParts
    # meetings and calls over and still planned: their outcome is to be recorded
    unrecorded: tuple[Unrecorded, ...] = ()

    @property
    def key_report(self) -> KeyClientReport:
        return self.costly.key_report

    @property
    def warnings(self) -> tuple[str, ...]:
        """Documents left out of the revenue figures for want of an exchange rate."""
        return self.costly.key_report.warnings


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
        currency=reuse.key_report.currency or get_company(session).reporting,
        costly=reuse,
        unrecorded=tuple(unrecorded(session, now, tz=tz)),
    )


def key_client_ids(report: KeyClientReport) -> frozenset[str]:
    """Clients with a key reason recorded, or key, critical or mono by their revenue share."""
    by_share = {
        s.client_id for s in report.classification.clients if KEY_CATEGORIES & set(s.categories)
    }
    return frozenset(by_share | set(report.reasons))


def todays_meetings(session: Session, today: date, tz: tzinfo | None) -> list[TodayMeeting]:
    return [today_meeting(w) for w in scheduled_between(session, today, 1, today=today, tz=tz)]


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
            live(Activity),
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
            live(Contact),
            live(Client),
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
