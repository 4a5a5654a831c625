"""Exchange rates and conversion between currencies, exact to the documented rounding rule.

A rate is **reporting-currency units per one unit** of a currency (HUF per EUR for a Hungarian
company that reports in HUF), dated and with its source (the central bank, the contract). The
rate that applies on a day is the latest on or before it; the reporting currency's own rate is 1.

Rounding rule (issue 13), the same everywhere:

1. The factor from currency A to currency B on a day is rate(A) / rate(B). It is kept exactly
   when it has at most 12 decimals (always so when B is the reporting currency), otherwise it is
   rounded half-up to 12 significant digits. The factor is what a line stores and shows.
2. An amount converts as amount x factor, rounded half-up to the cent **once**, at the end.

So a converted amount is reproducible from what the line keeps (the source amount and the
factor), and no cent is lost to intermediate rounding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from functools import lru_cache

from kamdesk.domain.money import round_money
from kamdesk.messages import _
from kamdesk.messages import day as day_text

ONE = Decimal(1)
FACTOR_DECIMALS = 12
FACTOR_DIGITS = 12


class MissingRate(ValueError):
    """No rate for a currency on or before a day: the conversion is refused, with the reason."""


@dataclass(frozen=True)
class Quote:
    """`rate` reporting units per one unit of `currency`, as of `day`, from `source`."""

    currency: str
    day: date
    rate: Decimal
    source: str = ""

    def describe(self) -> str:
        where = f", {self.source}" if self.source else ""
        return (
            f"{self.currency} {format(self.rate.normalize(), 'f')} ({self.day.isoformat()}{where})"
        )


@dataclass(frozen=True)
class Conversion:
    """An amount converted: the result, the factor that made it and the quotes behind it."""

    amount: Decimal
    source_amount: Decimal
    source_currency: str
    target_currency: str
    factor: Decimal
    quotes: tuple[Quote, ...]

    @property
    def day(self) -> date | None:
        """The date of the rate used (the older one when two were)."""
        return min((q.day for q in self.quotes), default=None)

    @property
    def source(self) -> str:
        return "; ".join(sorted({q.source for q in self.quotes if q.source}))

    def note(self) -> str:
        """'from 100.00 RUB at 0.0104146 (MNB, 30.11.2026)' (fx.rate_note)."""
        return rate_note(
            self.source_amount, self.source_currency, self.factor, self.day, self.source
        )

    def describe(self) -> str:
        """One line for the order line's note: '100.00 RUB at 0.0102 EUR/RUB (RUB 4.02 ...)'."""
        basis = "; ".join(q.describe() for q in self.quotes)
        return (
            f"{self.source_amount} {self.source_currency} at "
            f"{format(self.factor.normalize(), 'f')} {self.target_currency}/"
            f"{self.source_currency}" + (f" ({basis})" if basis else "")
        )


def rate_note(
    source_amount: Decimal,
    currency: str,
    factor: Decimal,
    day: date | None,
    source: str,
    *,
    digits: int | None = None,
) -> str:
    """How a converted price came about, as a line shows it: 'from 100.00 RUB at 0.0104146
    (MNB, 30.11.2026)'; rebuilt from what the line stores. `digits` shortens the factor to
    that many significant digits for a narrow column (the stored factor is what converts)."""
    shown = factor.normalize()
    if digits is not None and len(shown.as_tuple().digits) > digits:
        with localcontext() as ctx:
            ctx.prec = digits
            ctx.rounding = ROUND_HALF_UP
            shown = (+shown).normalize()
    return f"from {format(source_amount, 'f')} {currency} at {format(shown, 'f')}" + rate_basis(
        day, source
    )


@lru_cache(maxsize=4096)
def rate_basis(day: date | None, source: str) -> str:
    """' (MNB, 30.11.2026)': where a rate came from and its day ('' when neither is known)."""
    basis = ", ".join(x for x in (source, day.strftime("%d.%m.%Y") if day else "") if x)
    return f" ({basis})" if basis else ""


MAX_RATE = Decimal(10) ** 9


def rate_problems(currency: str, rate: Decimal | None, reporting: str) -> dict[str, str]:
    """Why a rate cannot be recorded, by field ("currency", "rate"); {} when it can."""
    from kamdesk.domain.money import CURRENCIES

    problems: dict[str, str] = {}
    code = currency.strip().upper()
    if code not in CURRENCIES:
        problems["currency"] = _("Unknown currency {code!r}: choose one of the list.").format(
            code=currency.strip()
        )
    elif code == reporting.upper():
        problems["currency"] = _("{code} is the reporting currency: its rate is always 1.").format(
            code=code
        )
    if rate is None:
        problems["rate"] = (
            _("Type the rate: {reporting} per 1 {code}.").format(
                reporting=reporting.upper(), code=code
            )
            if code
            else _("Type the rate: {reporting} per unit.").format(reporting=reporting.upper())
        )
    elif not rate.is_finite() or rate <= 0:
        problems["rate"] = _("A rate is more than 0.")
    elif rate >= MAX_RATE:
        problems["rate"] = _("The rate is a billion or more: check the number.")
    elif rate.as_tuple().exponent < -FACTOR_DECIMALS:  # type: ignore[operator]
        problems["rate"] = _("A rate has at most {n} decimals.").format(n=FACTOR_DECIMALS)
    return problems


def factor_of(rate_from: Decimal, rate_to: Decimal) -> Decimal:
    """The factor from a currency of `rate_from` to one of `rate_to` (rule 1)."""
    if rate_from <= 0 or rate_to <= 0:
        raise ValueError("an exchange rate is positive")
    exact = Fraction(rate_from) / Fraction(rate_to)
    scaled = exact * 10**FACTOR_DECIMALS
    if scaled.denominator == 1:
        return (Decimal(scaled.numerator).scaleb(-FACTOR_DECIMALS)).normalize()
    with localcontext() as ctx:
        ctx.prec = FACTOR_DIGITS
        ctx.rounding = ROUND_HALF_UP
        # Decimal division rounds the exact quotient once, half-up, to FACTOR_DIGITS digits
        return (Decimal(exact.numerator) / Decimal(exact.denominator)).normalize()


def apply_factor(amount: Decimal, factor: Decimal) -> Decimal:
    """`amount` x `factor`, rounded half-up to the cent once (rule 2)."""
    return round_money(amount * factor) if amount.is_finite() else amount


class RateBook:
    """The rates known to a laptop, per currency by date, in one reporting currency."""

    def __init__(self, reporting: str, quotes: Iterable[Quote] = ()) -> None:
        self.reporting = reporting.upper()
        self._by_currency: dict[str, list[Quote]] = {}
        for quote in quotes:
            self._by_currency.setdefault(quote.currency.upper(), []).append(quote)
        for rows in self._by_currency.values():
            rows.sort(key=lambda q: q.day)

    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_currency))

    def quote(self, currency: str, day: date) -> Quote | None:
        """The rate of `currency` on `day` (None for the reporting currency itself, rate 1).

        Raises MissingRate when no rate is dated on or before `day`."""
        currency = currency.upper()
        if currency == self.reporting:
            return None
        found: Quote | None = None
        for quote in self._by_currency.get(currency, ()):
            if quote.day > day:
                break
            found = quote
        if found is None:
            known = self._by_currency.get(currency)
            if known:
                said = _(
                    "No exchange rate for {currency} on or before {day} (the first is of "
                    "{first}): enter one under File > Exchange rates ({reporting} per {currency})."
                )
            else:
                said = _(
                    "No exchange rate for {currency} on or before {day}: enter one under "
                    "File > Exchange rates ({reporting} per {currency})."
                )
            raise MissingRate(
                said.format(
                    currency=currency,
                    day=day_text(day),
                    first=day_text(known[0].day) if known else "",
                    reporting=self.reporting,
                )
            )
        return found

    def convert(self, amount: Decimal, source: str, target: str, day: date) -> Conversion:
        """`amount` in `source` as `target` on `day`, by rules 1 and 2."""
        source, target = source.upper(), target.upper()
        if source == target:
            return Conversion(amount, amount, source, target, ONE, ())
        q_from, q_to = self.quote(source, day), self.quote(target, day)
        factor = factor_of(
            q_from.rate if q_from else ONE,
            q_to.rate if q_to else ONE,
        )
        quotes = tuple(q for q in (q_from, q_to) if q is not None)
        return Conversion(apply_factor(amount, factor), amount, source, target, factor, quotes)

    def to_reporting(self, amount: Decimal, currency: str, day: date) -> Decimal:
        """`amount` in the reporting currency at the rate of `day`."""
        return self.convert(amount, currency, self.reporting, day).amount
