"""Plan fulfilment on the dashboard, in the reporting currency.

Per client the figures are services.plans.progress's (plans and actuals in the client's
currency, domain.plans for progress and forecast; the actuals are the revenue the dashboard has
read already when its period is the plan's); a client's plan and actual are
converted at the same rate (the period's last day, or today while it runs), so that a rate's
move does not show as a client ahead of or behind its plan.

The chart by month needs no client: plans and actuals (the same definition as
services.plans.progress.actual_sums, of the clients with a plan that month) are summed by the
database per currency and month, two small results whatever the number of clients, and each
currency's month converted at the month's last day (or today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.kpi import SHARE, UP, Figure, contributions, month_key, share
from kamdesk.domain.money import ZERO, from_minor, to_minor
from kamdesk.domain.plans import PlanPeriod, month_end, next_month, progress
from kamdesk.domain.reporting import Converter
from kamdesk.domain.revenue_months import whole_months
from kamdesk.services.kpi import revenue_cache
from kamdesk.services.plans.progress import actual_sums, plan_sums

# (the chart does not look each client up: a deleted client's plans count while they stand;
# the plan for new clients in total is no client's and stays out, as from the tile)
_LIVE_PLAN = "p.deleted_at IS NULL"
_PLANS = (
    "SELECT p.currency, substr(p.period_start, 1, 7), SUM(p.amount) FROM sales_plan p "
    f"WHERE {_LIVE_PLAN} AND p.client_id IS NOT NULL "
    "AND p.period_start >= ? AND p.period_start <= ? GROUP BY 1, 2"
)
# the documents of the clients with a plan that month: read through the date index, each
# checked against the plan's unique index (a client's plans and invoices share its currency)
_ACTUALS = tuple(
    f"SELECT d.currency, substr(d.{day}, 1, 7), {sign}SUM(d.total_net) FROM {table} d "
    f"WHERE d.deleted_at IS NULL {extra} AND d.{day} >= ? AND d.{day} <= ? "
    "AND EXISTS (SELECT 1 FROM sales_plan p WHERE p.client_id = d.client_id "
    f"AND p.period_start = substr(d.{day}, 1, 8) || '01' AND {_LIVE_PLAN}) GROUP BY 1, 2"
    for table, day, sign, extra in (
        ("invoice", "issue_date", "", ""),
        ("sales_return", "return_date", "-", "AND d.invoice_id IS NOT NULL"),
    )
)


# the same from the cache of revenue by month (services.kpi.revenue_cache), for whole months:
# invoices and credit notes as issued, each kind summed apart (as converted apart above)
_CACHED_ACTUALS = (
    "SELECT r.currency, r.month, CASE WHEN r.kind = 'invoice' THEN 1 ELSE -1 END, "
    "SUM(r.amount) FROM revenue_month r WHERE r.month >= ? AND r.month <= ? "
    "AND EXISTS (SELECT 1 FROM sales_plan p WHERE p.client_id = r.client_id "
    f"AND p.period_start = r.month || '-01' AND {_LIVE_PLAN}) GROUP BY 1, 2, 3"
)


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
    session: Session,
    period: PlanPeriod,
    today: date,
    converter: Converter,
    names: dict[str, str],
    actual: dict[str, dict[str, Decimal]] | None = None,
) -> PlanTotals:
    """Every live client's progress over the period (as client_progress: plan_sums, actual,
    domain.plans.progress), added up in the reporting currency. `actual`: each client's
    revenue per currency from period.start to today (or the period's end) when the caller
    has read it already (the revenue of the same days, Converted.originals)."""
    at = min(period.end, today)
    plans = plan_sums(session, period)
    if actual is None:
        minor = actual_sums(session, period.start, at) if at >= period.start else {}
        actual = {cid: {plans[cid][0]: from_minor(m)} for cid, m in minor.items() if cid in plans}
    totals = [0, 0, 0]  # plan, actual, forecast in the reporting currency's minor units
    gaps: dict[str, Decimal] = {}
    convert = converter.convert_minor  # `convert` in integers: the same cents
    for cid, (currency, planned) in plans.items():
        if cid not in names:
            continue
        p = progress(from_minor(planned), actual.get(cid, {}).get(currency, ZERO), period, today)
        code = currency.upper()
        planned_, done_, forecast_ = (
            convert(to_minor(v), code, at, "plan") for v in (p.plan, p.actual, p.forecast)
        )
        if planned_ is None or done_ is None or forecast_ is None:
            continue
        totals = [totals[0] + planned_, totals[1] + done_, totals[2] + forecast_]
        gaps[cid] = from_minor(done_ - planned_)
    plan, done, forecast = (from_minor(v) for v in totals)
    return PlanTotals(plan, done, forecast, gaps)


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


def _by_month(
    session: Session, sql: str, start: date, end: date
) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for currency, month, minor in run(
        session.connection(), sql, (start.isoformat(), end.isoformat())
    ).all():
        out.setdefault(str(month), []).append((str(currency), int(minor)))
    return out


def _actuals(session: Session, start: date, until: date) -> dict[str, list[tuple[str, int]]]:
    """Actual per month and currency from `start` (a first day) to `until`: the whole months
    from the cache once made, the days after them live."""
    actuals: dict[str, list[tuple[str, int]]] = {}
    whole = whole_months(start, until) if revenue_cache.made(session.connection()) else None
    reads = [(sql, start, until) for sql in _ACTUALS]
    if whole is not None:
        reads = [(sql, next_month(whole[1]), until) for sql in _ACTUALS]
        rows = run(
            session.connection(), _CACHED_ACTUALS, (month_key(whole[0]), month_key(whole[1]))
        )
        for currency, month, sign, minor in rows.all():
            actuals.setdefault(str(month), []).append((str(currency), int(sign) * int(minor)))
    for sql, first, last in reads:
        if first <= last:
            for month, sums in _by_month(session, sql, first, last).items():
                actuals.setdefault(month, []).extend(sums)
    return actuals


def plan_months(
    session: Session, period: PlanPeriod, today: date, converter: Converter
) -> tuple[PlanMonth, ...]:
    """Plan and actual, month by month, of the clients with a plan that month."""
    plans = _by_month(session, _PLANS, period.start, period.end)
    until = min(period.end, today)
    actuals = _actuals(session, period.start, until) if until >= period.start else {}
    out = []
    for first in period.months:
        key = month_key(first)
        at = min(month_end(first), today)

        def total(sums: list[tuple[str, int]], at: date = at) -> Decimal:
            minor = 0
            for currency, amount in sums:
                minor += converter.convert_minor(amount, currency, at, "plan") or 0
            return Decimal(minor).scaleb(-2)

        done = total(actuals.get(key, [])) if first <= today else None
        out.append(PlanMonth(first, total(plans.get(key, [])), done))
    return tuple(out)
