"""The dashboard's figures on the demo agree with the reports they summarise."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.domain.kpi import month_key
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.plans import PlanPeriod, month_end
from kamdesk.domain.receivables import BUCKETS
from kamdesk.models import Complaint
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.kpi.dashboard import FIGURES, dashboard
from kamdesk.services.plans.progress import client_progress, plan_sums
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import live
from kamdesk.services.receivables.aging import aging_report
from kamdesk.services.sales.losses import losses_report
from tests.factories import DEMO_AS_OF

TODAY = DEMO_AS_OF
START = date(TODAY.year, 1, 1)
CENT = Decimal("0.01")


def test_year_to_date_against_the_same_days_last_year(demo_db: Database) -> None:
    with demo_db.reading() as s:
        board = dashboard(s, TODAY)
        now = key_clients(s, Period(START, TODAY))
        before = key_clients(s, Period(date(TODAY.year - 1, 1, 1), TODAY.replace(year=2025)))
    assert (board.start, board.end) == (START, TODAY)
    assert (board.previous_start, board.previous_end) == (date(2025, 1, 1), date(2025, 11, 23))
    assert [f.key for f in board.figures] == list(FIGURES)
    turnover = board.figure("turnover")
    assert turnover.value == now.classification.concentration.total_revenue
    assert turnover.previous == before.classification.concentration.total_revenue
    # the clients behind the change add up to it
    change = sum((c.amount for c in turnover.clients), ZERO)
    assert change == turnover.value - turnover.previous == turnover.part("change")
    a_class = [c for c in now.classification.clients if c.abc == "A"]
    concentration = board.figure("concentration")
    assert [c.client_id for c in concentration.clients] == [c.client_id for c in a_class]
    assert concentration.value == sum((c.share for c in a_class), ZERO)
    assert [c.client_id for c in board.pareto] == [c.client_id for c in now.classification.clients]


def test_overdue_now_and_at_past_month_ends_agree_with_the_aging_report(demo_db: Database) -> None:
    with demo_db.reading() as s:
        board = dashboard(s, TODAY)
        book = rate_book(s)
        rows = aging_report(s, TODAY, today=TODAY)
        past = {p.day: p for p in board.trend[:-1]}
        ledger_rows = {day: aging_report(s, day, today=TODAY) for day in past}
    overdue = board.figure("overdue")
    late = {r.client_id: book.to_reporting(r.overdue, r.currency, TODAY) for r in rows}
    assert {c.client_id for c in overdue.clients} == {k for k, v in late.items() if v}
    for c in overdue.clients:
        assert abs(c.amount - late[c.client_id]) <= 4 * CENT  # each bucket rounded once
    assert overdue.part("overdue") == sum((c.amount for c in overdue.clients), ZERO)
    aging = dict(board.aging)
    assert list(aging) == list(BUCKETS)
    assert overdue.part("receivables") == sum(aging.values(), ZERO)
    assert board.trend[-1].day == TODAY and board.trend[-1].overdue == overdue.part("overdue")
    assert len(board.trend) == 12 and board.overdue_compared_at == date(2025, 11, 30)
    # a past month end, by the ledger replayed client by client, as the aging report reads it
    for day, at in ledger_rows.items():
        point = past[day]
        total = sum((book.to_reporting(r.balance + r.credit, r.currency, day) for r in at), ZERO)
        overdue_then = sum((book.to_reporting(r.overdue, r.currency, day) for r in at), ZERO)
        assert abs(point.receivables - total) <= len(at) * CENT, day
        assert abs(point.overdue - overdue_then) <= len(at) * CENT, day


def test_plan_returns_refusals_and_complaints(demo_db: Database) -> None:
    with demo_db.reading() as s:
        board = dashboard(s, TODAY)
        losses = losses_report(s, START, TODAY)
        book = rate_book(s)
        progress = client_progress(s, PlanPeriod("2026", START, date(2026, 11, 30)), TODAY)
        expected_months = {
            first: plan_sums(s, PlanPeriod("m", first, month_end(first)))
            for first in (date(2026, 1, 1), date(2026, 11, 1))
        }
        complaints = s.scalar(
            select(func.count()).where(
                live(Complaint), Complaint.opened_on >= START, Complaint.opened_on <= TODAY
            )
        )
    plan = board.figure("plan")
    actual, planned = plan.part("actual"), plan.part("plan")
    assert actual is not None and planned is not None and planned > 0
    assert plan.value == actual / planned
    # each client's plan and actual as the plans service reads them, at today's rate
    assert actual == sum(
        (book.to_reporting(r.progress.actual, r.currency, TODAY) for r in progress), ZERO
    )
    assert planned == sum(
        (book.to_reporting(r.progress.plan, r.currency, TODAY) for r in progress), ZERO
    )
    assert sum((c.amount for c in plan.clients), ZERO) == actual - planned
    assert plan.clients[0].amount == min(c.amount for c in plan.clients)  # most behind first
    months = board.plan_months
    assert [m.month for m in months] == [date(2026, m, 1) for m in range(1, 12)]
    for month in (months[0], months[-1]):  # each month at its last day's rate (or today's)
        at = min(month_end(month.month), TODAY)
        sums = expected_months[month.month]
        expected = sum((book.to_reporting(from_minor(m), c, at) for c, m in sums.values()), ZERO)
        assert abs(month.plan - expected) <= len(sums) * CENT

    refusals = board.figure("refusals")
    assert refusals.part("refused") == losses.total.refused_value
    assert refusals.value is not None and 0 < refusals.value < 1
    returns = board.figure("returns")
    assert returns.part("credit notes") == sum((c.amount for c in returns.clients), ZERO)
    assert board.figure("complaints").value == complaints

    series = board.key_series
    assert [c.client_id for c in series] == [c.client_id for c in board.pareto[:5]]
    assert [month_key(m) for m, _ in series[0].points][-1] == "2026-11"
    assert len(series[0].points) == 12
