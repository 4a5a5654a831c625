"""The KPI dashboard: a period's figures (this year to date by default) against the same period
a year before, in the company's reporting currency, each with the clients behind it; and the
series its charts draw.

Figures (domain.kpi.Figure, keys in FIGURES):
- turnover: invoiced revenue net of VAT less credit notes (the key-client definition) and its
  growth on last year; behind it, each client's change;
- plan: fulfilment of the clients' plans (services.plans), the clients most behind first;
- overdue: the overdue share of receivables now (the cache), against a year ago's month end;
  behind it, the clients with money overdue;
- returns: credit notes' net / net invoiced; refusals: refused at delivery / shipped (the
  Returns and refusals report's definitions);
- complaints: complaints opened in the period, per client;
- concentration: the share of revenue of the A class (the clients making the first 80 %).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.classification import ClientShare, Thresholds
from kamdesk.domain.kpi import (
    COUNT,
    DOWN,
    Figure,
    TrendPoint,
    contributions,
    month_end,
    same_period_last_year,
    trend_days,
)
from kamdesk.domain.money import ZERO
from kamdesk.domain.plans import PlanPeriod, next_month
from kamdesk.domain.reporting import Converter
from kamdesk.services.clients.classification import Period, no_cycle_passes
from kamdesk.services.kpi.plans import (
    PlanMonth,
    fulfilment,
    plan_months,
    plan_period,
    plan_totals,
)
from kamdesk.services.kpi.receivables import overdue_trend, receivables_now
from kamdesk.services.kpi.refusals import refusals_rate
from kamdesk.services.kpi.revenue import (
    ClientSeries,
    Revenue,
    classification,
    concentration,
    monthly_revenue,
    returns_rate,
    revenue,
    turnover,
)
from kamdesk.services.prices.rates import rate_book

FIGURES = ("turnover", "plan", "overdue", "returns", "refusals", "complaints", "concentration")
KEY_SERIES = 5  # clients in the revenue trend


@dataclass(frozen=True)
class Dashboard:
    start: date
    end: date  # inclusive
    previous_start: date
    previous_end: date
    today: date
    currency: str
    figures: tuple[Figure, ...]
    plan_months: tuple[PlanMonth, ...]
    aging: tuple[tuple[str, Decimal], ...]  # bucket -> open money now
    trend: tuple[TrendPoint, ...]  # receivables and overdue at month ends, then today
    overdue_compared_at: date | None  # the month end the overdue share is compared with
    key_series: tuple[ClientSeries, ...]  # the biggest clients' revenue by month
    pareto: tuple[ClientShare, ...]  # the period's clients, biggest first
    guides: tuple[Decimal, Decimal]  # the ABC limits
    warnings: tuple[str, ...]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


def this_year_to_date(today: date) -> tuple[date, date]:
    return date(today.year, 1, 1), today


def client_names(session: Session) -> dict[str, str]:
    return {
        str(cid): str(name)
        for cid, name in run(
            session.connection(), "SELECT id, name FROM client WHERE deleted_at IS NULL"
        )
    }


def _complaints(session: Session, start: date, end: date) -> dict[str, Decimal]:
    rows = run(
        session.connection(),
        "SELECT client_id, COUNT(*) FROM complaint WHERE deleted_at IS NULL "
        "AND opened_on >= ? AND opened_on <= ? GROUP BY client_id",
        (start.isoformat(), end.isoformat()),
    )
    return {str(cid): Decimal(int(n)) for cid, n in rows}


def complaints(session: Session, now: Period, before: Period, names: dict[str, str]) -> Figure:
    counts = _complaints(session, now.start, now.end)
    total = sum(counts.values(), ZERO)
    previous = sum(_complaints(session, before.start, before.end).values(), ZERO)
    return Figure(
        "complaints",
        total,
        previous,
        COUNT,
        DOWN,
        contributions(counts, names, whole=total),
        (("clients", Decimal(len(counts))),),
    )


def _same_days(
    plans: PlanPeriod, today: date, rev: Revenue
) -> dict[str, dict[str, Decimal]] | None:
    """The revenue's originals when they are of the plan period's days so far."""
    if (rev.period.start, rev.period.end) != (plans.start, min(plans.end, today)):
        return None
    return rev.converted.originals


def _key_months(end: date) -> list[date]:
    """The first days of the twelve months up to the one `end` falls in."""
    first = date(end.year - 1, end.month, 1)
    return [m for m in _months_from(next_month(first), end)]


def _months_from(first: date, end: date) -> list[date]:
    out = []
    while first <= end:
        out.append(first)
        first = next_month(first)
    return out


def dashboard(
    session: Session,
    today: date,
    start: date | None = None,
    end: date | None = None,
    thresholds: Thresholds | None = None,
) -> Dashboard:
    """The dashboard for start..end (this year to date when not given)."""
    with no_cycle_passes():  # a few hundred thousand short-lived objects, no cycles
        return _dashboard(session, today, start, end, thresholds)


def _dashboard(
    session: Session,
    today: date,
    start: date | None,
    end: date | None,
    thresholds: Thresholds | None,
) -> Dashboard:
    if start is None or end is None:
        start, end = this_year_to_date(today)
    previous_start, previous_end = same_period_last_year(start, end)
    now, before = Period(start, end), Period(previous_start, previous_end)
    book = rate_book(session)
    converter = Converter(book)
    names = client_names(session)

    rev_now, rev_before = revenue(session, now, book), revenue(session, before, book)
    classes_now = classification(rev_now, names, thresholds)
    classes_before = classification(rev_before, names, thresholds)
    planned = plan_period(start, end)
    last_year = plan_period(previous_start, previous_end)

    overdue, aging, point = receivables_now(session, today, converter, names)
    ago = month_end(date(today.year - 1, today.month, 1))
    days = trend_days(today)
    trend, then = overdue_trend(session, days, point, ago, converter)
    overdue = replace(overdue, previous=then.overdue_share)

    top = [(s.client_id, s.name) for s in classes_now.clients[:KEY_SERIES] if s.revenue > 0]
    figures = (
        turnover(rev_now, rev_before, names),
        fulfilment(
            plan_totals(
                session, planned, today, converter, names, _same_days(planned, today, rev_now)
            ),
            plan_totals(
                session,
                last_year,
                previous_end,
                converter,
                names,
                _same_days(last_year, previous_end, rev_before),
            ),
            names,
        ),
        overdue,
        returns_rate(rev_now, rev_before, names),
        refusals_rate(
            session,
            (start, end),
            (previous_start, previous_end),
            (rev_now.invoiced, rev_before.invoiced),
            converter,
            names,
        ),
        complaints(session, now, before, names),
        concentration(classes_now, classes_before),
    )
    t = thresholds or Thresholds()
    warnings = rev_now.converted.warnings + rev_before.converted.warnings + converter.warnings
    return Dashboard(
        start=start,
        end=end,
        previous_start=previous_start,
        previous_end=previous_end,
        today=today,
        currency=book.reporting,
        figures=figures,
        plan_months=plan_months(session, planned, today, converter),
        aging=tuple(aging.items()),
        trend=tuple(trend),
        overdue_compared_at=ago,
        key_series=monthly_revenue(session, top, _key_months(end), end, book),
        pareto=classes_now.clients,
        guides=(t.abc_a, t.abc_b),
        warnings=tuple(dict.fromkeys(warnings)),
    )
