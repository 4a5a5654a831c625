"""Sales plans: a target per client per month; quarters and years are the sums of their months.

- Actual is invoiced revenue net of VAT, less the credit notes of returned goods, dated in the
  period (the key-client report's definition), in the plan's currency.
- Fulfilment is actual / plan (1.0: the plan is met); there is none when the plan is 0.
- The forecast to the period's end runs at the run rate so far: actual / days elapsed x days in
  the period. A period not yet begun forecasts 0; one that has ended forecasts its actual.
- The gap is what is still missing to the plan (never below 0).
- A client is behind when its forecast falls short of its plan: at the pace so far the plan
  will not be met.

A month's plan is typed as an amount in whole cents, 0 or more; an empty cell or 0 means no plan
(the month's row is removed). The grid shows the months of a year and derives the quarters and
the year from them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.money import ZERO, AmountError, parse_decimal, round_money, to_minor
from kamdesk.messages import _

_CENT = Decimal("0.01")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$")
# a month as a sheet or a person writes it: 2026-03, 2026-03-01 (Excel: 2026-03-01 00:00:00),
# 03.2026, 03/2026
_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[ T]00:00(?::00)?)?)?$")
_MONTH_DOTTED = re.compile(r"^(\d{1,2})[./](\d{4})$")
# far above any plan, far below what integer minor units hold
MAX_PLAN = Decimal(10) ** 12
MONTHS = 12
NEW_CLIENTS = "New clients"  # what the grid, the sheets and the report call the new-clients row


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
            _(
                "{text!r} is not a period: write a year (2026), a quarter (2026-Q3) or a month "
                "(2026-11)."
            ).format(text=text)
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
            raise PlanError(_("{text!r}: a month runs from 01 to 12.").format(text=text))
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


def is_behind(p: Progress) -> bool:
    """At the pace so far the plan will not be met (no plan: never behind)."""
    return p.plan > 0 and p.forecast < p.plan


# --- what a KAM types -------------------------------------------------------------------------


def plan_amount(value: Decimal | None) -> Decimal | None:
    """A month's plan checked: None (no plan) for nothing or 0, else the amount in whole cents.
    PlanError, in words a KAM reads, for a negative, fractional-cent or absurd amount."""
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise PlanError(_("{value!r} is not an amount.").format(value=value))
    if value < 0:
        raise PlanError(
            _(
                "A plan cannot be negative ({amount}): type 0 or leave the cell empty for no plan."
            ).format(amount=format(value, "f"))
        )
    if value >= MAX_PLAN:
        raise PlanError(_("{amount} is too large for a plan.").format(amount=format(value, "f")))
    try:
        to_minor(value)
    except AmountError:
        raise PlanError(
            _("A plan is in whole cents: {amount} has more than 2 decimals.").format(
                amount=format(value, "f")
            )
        ) from None
    return None if value == 0 else round_money(value)  # exact here: sets the scale to cents


def read_plan_amount(text: str) -> Decimal | None:
    """A typed plan ("1 250 000", "12500,50"): None for an empty cell or 0 (no plan)."""
    if not text.strip():
        return None
    try:
        value = parse_decimal(text)
    except AmountError as exc:
        if "ambiguous" in str(exc):
            raise PlanError(
                _(
                    "{text!r} is ambiguous: write 1500 or 1.5, without a thousands separator."
                ).format(text=text.strip())
            ) from None
        raise PlanError(
            _("{text!r} is not an amount: type a number such as 125000 or 125000.50.").format(
                text=text.strip()
            )
        ) from None
    return plan_amount(value)


def check_month(day: date) -> date:
    """A plan is for a whole month: `day` must be the month's first day."""
    if day.day != 1:
        raise PlanError(
            _("A plan is for a whole month: give its first day ({first}), not {day}.").format(
                first=day.replace(day=1).isoformat(), day=day.isoformat()
            )
        )
    return day


def parse_month(text: str) -> date:
    """The first day of a month written 2026-03, 2026-03-01 or 03.2026 (a spreadsheet's date
    cell reads as 2026-03-01 00:00:00)."""
    cleaned = text.strip()
    iso, dotted = _MONTH_ISO.match(cleaned), _MONTH_DOTTED.match(cleaned)
    if iso is not None:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3) or 1)
    elif dotted is not None:
        year, month, day = int(dotted.group(2)), int(dotted.group(1)), 1
    else:
        raise PlanError(_("{text!r} is not a month: write it as 2026-03.").format(text=cleaned))
    if not 1 <= month <= 12:
        raise PlanError(_("{text!r}: a month runs from 01 to 12.").format(text=cleaned))
    try:
        first = date(year, month, day)
    except ValueError:
        raise PlanError(_("{text!r} is not a day of the calendar.").format(text=cleaned)) from None
    return check_month(first)


def month_label(first: date) -> str:
    """2026-03: how sheets and the command line write a month."""
    return f"{first.year}-{first.month:02d}"


# --- the year's grid --------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    """One line of a year's plan: a client (None: new clients in total) and its twelve months
    (None: no plan that month). Quarters and the year are sums, never stored."""

    client_id: str | None
    name: str
    currency: str
    months: tuple[Decimal | None, ...]

    def month(self, index: int) -> Decimal:
        return self.months[index] or ZERO

    @property
    def quarters(self) -> tuple[Decimal, ...]:
        return tuple(sum((self.month(i) for i in range(3 * q, 3 * q + 3)), ZERO) for q in range(4))

    @property
    def year(self) -> Decimal:
        return sum((self.month(i) for i in range(MONTHS)), ZERO)

    @property
    def planned(self) -> bool:
        return any(m is not None for m in self.months)

    def with_month(self, index: int, amount: Decimal | None) -> PlanRow:
        months = list(self.months)
        months[index] = amount
        return PlanRow(self.client_id, self.name, self.currency, tuple(months))


def year_months(year: int) -> list[date]:
    return [date(year, month, 1) for month in range(1, MONTHS + 1)]
