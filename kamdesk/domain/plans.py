"""Sales plans: a target per client per month; quarters and years are the sums of their months.

- Actual is invoiced revenue net of VAT, less the credit notes of returned goods, dated in the
  period (the key-client report's definition), in the plan's currency.
- Fulfilment is actual / plan (1.0: the plan is met); there is none when the plan is 0.
- The forecast to the period's end runs at the run rate so far: actual / days elapsed x days in
  the period. A period not yet begun forecasts 0; one that has ended forecasts its actual.
- The gap is what is still missing to the plan (never below 0).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.money import ZERO

_CENT = Decimal("0.01")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$")


class PlanError(ValueError):
    """A period or plan figure the app cannot take, with the reason in words a KAM reads."""


@dataclass(frozen=True)
class PlanPeriod:
    """A month, quarter or year: its first and last day and how it was written."""

    label: str
    start: date
    end: date  # inclusive

    @property
    def months(self) -> list[date]:
        """The first day of each month of the period."""
        out, month = [], self.start
        while month <= self.end:
            out.append(month)
            month = next_month(month)
        return out


def next_month(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1)


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def parse_period(text: str) -> PlanPeriod:
    """ "2026" (a year), "2026-Q3" (a quarter) or "2026-11" (a month)."""
    match = _PERIOD.match(text.strip().upper())
    if match is None:
        raise PlanError(
            f"{text!r} is not a period: write a year (2026), a quarter (2026-Q3) or a month "
            "(2026-11)."
        )
    year = int(match.group(1))
    if match.group(2):
        quarter = int(match.group(2))
        start = date(year, 3 * quarter - 2, 1)
        end = month_end(date(year, 3 * quarter, 1))
        return PlanPeriod(f"{year}-Q{quarter}", start, end)
    if match.group(3):
        month = int(match.group(3))
        if not 1 <= month <= 12:
            raise PlanError(f"{text!r}: a month runs from 01 to 12.")
        start = date(year, month, 1)
        return PlanPeriod(f"{year}-{month:02d}", start, month_end(start))
    return PlanPeriod(str(year), date(year, 1, 1), date(year, 12, 31))


@dataclass(frozen=True)
class Progress:
    """A plan against what was sold, at a day of (or after) the period."""

    plan: Decimal
    actual: Decimal
    forecast: Decimal

    @property
    def fulfilment(self) -> float | None:
        """actual / plan (1.0: met), None when the plan is 0."""
        return None if self.plan == 0 else float(self.actual / self.plan)

    @property
    def gap(self) -> Decimal:
        """What is still missing to the plan (0 when it is met)."""
        return max(self.plan - self.actual, ZERO)

    @property
    def forecast_gap(self) -> Decimal:
        """What the forecast leaves missing to the plan at the period's end."""
        return max(self.plan - self.forecast, ZERO)


def forecast(actual: Decimal, period: PlanPeriod, today: date) -> Decimal:
    """The actual so far carried to the period's end at its run rate."""
    if today < period.start:
        return ZERO
    if today >= period.end:
        return actual
    elapsed = (today - period.start).days + 1
    total = (period.end - period.start).days + 1
    return (actual * total / elapsed).quantize(_CENT, rounding=ROUND_HALF_UP)


def progress(plan: Decimal, actual: Decimal, period: PlanPeriod, today: date) -> Progress:
    return Progress(plan, actual, forecast(actual, period, today))
