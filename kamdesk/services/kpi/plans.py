"""Plan fulfilment on the dashboard, in the reporting currency.

Plans and actuals come from services.plans.progress in each client's own currency; a client's
plan and actual are converted at the same rate (the period's last day, or today while it
runs), so that a rate's move does not show as a client ahead of or behind its plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.kpi import SHARE, UP, Figure, contributions, share
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.plans import PlanPeriod, month_end
from kamdesk.domain.reporting import Converter
from kamdesk.services.plans.progress import actual_sums, client_progress, plan_sums


def plan_period(start: date, end: date) -> PlanPeriod:
    """The whole months the period touches (plans are monthly)."""
    first = start.replace(day=1)
    return PlanPeriod(f"{first.isoformat()}..{end.isoformat()}", first, month_end(end))


@dataclass(frozen=True)
class PlanTotals:
    plan: Decimal
    actual: Decimal
    forecast: Decimal
    gaps: dict[str, Decimal]  # client id -> actual - plan (below zero: behind)


def plan_totals(
    session: Session, period: PlanPeriod, today: date, converter: Converter
) -> PlanTotals:
    at = min(period.end, today)
    plan = actual = forecast = ZERO
    gaps: dict[str, Decimal] = {}
    for row in client_progress(session, period, today):
        p = row.progress
        values = [
            converter.convert(v, row.currency, at, "plan") for v in (p.plan, p.actual, p.forecast)
        ]
        if values[0] is None or values[1] is None or values[2] is None:
            continue
        plan += values[0]
        actual += values[1]
        forecast += values[2]
        gaps[row.client_id] = values[1] - values[0]
    return PlanTotals(plan, actual, forecast, gaps)


def fulfilment(now: PlanTotals, before: PlanTotals, names: dict[str, str]) -> Figure:
    """Actual / plan of every client with a plan; the clients most behind their plan first."""
    return Figure(
        "plan",
        share(now.actual, now.plan),
        share(before.actual, before.plan),
        SHARE,
        UP,
        contributions(now.gaps, names, by_size=False),
        (("actual", now.actual), ("plan", now.plan), ("forecast", now.forecast)),
    )


@dataclass(frozen=True)
class PlanMonth:
    month: date  # its first day
    plan: Decimal
    actual: Decimal | None  # None for a month not begun


def plan_months(
    session: Session, period: PlanPeriod, today: date, converter: Converter
) -> tuple[PlanMonth, ...]:
    """Plan and actual of the clients with a plan, month by month."""
    out = []
    for first in period.months:
        last = month_end(first)
        at = min(last, today)
        plans = plan_sums(session, PlanPeriod(first.isoformat(), first, last))
        actual = actual_sums(session, first, at, list(plans)) if first <= today else None
        plan_total, actual_total = ZERO, ZERO
        for cid, (currency, minor) in plans.items():
            planned = converter.convert(from_minor(minor), currency, at, "plan")
            done = converter.convert(from_minor((actual or {}).get(cid, 0)), currency, at, "plan")
            if planned is None or done is None:
                continue
            plan_total += planned
            actual_total += done
        out.append(PlanMonth(first, plan_total, actual_total if actual is not None else None))
    return tuple(out)
