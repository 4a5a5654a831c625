"""Revenue per client and month, already in the reporting currency: the pure part of the local
cache the dashboard reads (services.kpi.revenue_cache).

A month's row holds, for one client, currency and kind of document (invoice, credit note), the
documents' original sum and that sum converted exactly as domain.reporting.convert_sums
converts it: each day's documents together at that day's rate, rounded once. Days never
straddle months, so a period of whole months is the sum of its months' rows to the cent, and
reporting.convert_sums takes them beside the live sums of the days at the period's ends.
Documents with no rate on or before their day are counted (with their first and last day) for
the warning, as the live conversion counts them.

Which rates the rows were converted at is kept as `rates_state` (the reporting currency and
each currency's rates): when it differs from the book's, `changed_from` says which
currencies' rows are wrong from which day on (a currency's factor on a day depends only on its
rates on or before that day).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from kamdesk.domain.fx import RateBook
from kamdesk.domain.plans import month_end, next_month
from kamdesk.domain.reporting import Converter, DatedSum

ONE_DAY = timedelta(days=1)


class MonthSum(NamedTuple):
    """`documents` documents of `kind` of client `key` in `currency` dated in `month`
    ("YYYY-MM"): `minor` their original sum (as stored: credit notes positive), `converted` the
    reporting currency's minor units of those that had a rate, `unconverted` the number that had
    none, dated `first`..`last` (None when all had one)."""

    key: str
    currency: str
    month: str
    kind: str
    documents: int
    minor: int
    converted: int
    unconverted: int = 0
    first: date | None = None
    last: date | None = None

    def negated(self) -> MonthSum:
        """The same documents counted against revenue (credit notes)."""
        return self._replace(minor=-self.minor, converted=-self.converted)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def whole_months(start: date, end: date) -> tuple[date, date] | None:
    """The first days of the first and last whole months within start..end (None: none)."""
    first = start if start.day == 1 else next_month(start.replace(day=1))
    last = end.replace(day=1) if end == month_end(end) else previous_month(end.replace(day=1))
    return (first, last) if first <= last else None


class MonthPlan(NamedTuple):
    """How a period's revenue is read: the months `first`..`last` (their first days) summed
    from the cache, less the documents of the days `less` (inside those months, outside the
    period), plus the days `live` (outside those months, inside the period) read now."""

    first: date
    last: date
    live: tuple[tuple[date, date], ...]
    less: tuple[tuple[date, date], ...]


def month_plan(start: date, end: date, *, partial: bool = True) -> MonthPlan | None:
    """Which months of start..end to read from the cache (None: none): every whole month, and
    with `partial`, a month at either end that the period covers more of than it leaves out
    (its cached sums less the days left out: fewer days to read and convert one by one)."""
    first_month, last_month = start.replace(day=1), end.replace(day=1)
    cached: list[date] = []
    live: list[tuple[date, date]] = []
    less: list[tuple[date, date]] = []
    month = first_month
    while month <= last_month:
        last_day = month_end(month)
        inside = (max(start, month), min(end, last_day))
        outside = [
            (a, b) for a, b in ((month, start - ONE_DAY), (end + ONE_DAY, last_day)) if a <= b
        ]
        left_out = sum((b - a).days + 1 for a, b in outside)
        if not outside or (partial and left_out < (inside[1] - inside[0]).days + 1):
            cached.append(month)
            less += outside
        else:
            live.append(inside)
        month = next_month(month)
    if not cached:
        return None
    return MonthPlan(cached[0], cached[-1], tuple(live), tuple(less))


def previous_month(first: date) -> date:
    return date(first.year - 1, 12, 1) if first.month == 1 else date(first.year, first.month - 1, 1)


def month_sums(book: RateBook, sums: Iterable[DatedSum]) -> list[MonthSum]:
    """Sums per (key, currency, day, kind), every one with its day, gathered by month."""
    convert = Converter(book).convert_minor
    totals: dict[tuple[str, str, str, str], tuple[int, int, int]] = {}
    missing: dict[tuple[str, str, str, str], tuple[int, date, date]] = {}
    for key, currency, day, minor, documents, kind in sums:
        if day is None:
            raise ValueError("a month's sum needs its day")
        at = (key, currency, month_of(day), kind)
        n, original, converted = totals.get(at, (0, 0, 0))
        value = convert(minor, currency, day, kind, documents)
        if value is None:
            gone, first, last = missing.get(at, (0, day, day))
            missing[at] = (gone + documents, min(first, day), max(last, day))
            value = 0
        totals[at] = (n + documents, original + minor, converted + value)
    return [
        MonthSum(*at, *sums_, *missing.get(at, (0, None, None))) for at, sums_ in totals.items()
    ]


def rates_state(reporting: str, rates: Iterable[tuple[str, date | str, object]]) -> str:
    """The rates a conversion depends on, as text: the reporting currency and each currency's
    (day, rate) pairs in order."""
    by_currency: dict[str, list[tuple[str, str]]] = {}
    for currency, day, rate in rates:
        text = day if isinstance(day, str) else day.isoformat()
        by_currency.setdefault(currency.upper(), []).append((text[:10], str(rate)))
    return json.dumps(
        {"reporting": reporting.upper(), "rates": {c: sorted(v) for c, v in by_currency.items()}},
        sort_keys=True,
    )


def changed_from(old: str | None, new: str) -> dict[str, date] | None:
    """What rows converted at the `old` rates are wrong at the `new` ones: currency -> the first
    day whose conversion may differ ({} when none; None: all of them, the reporting currency
    changed or nothing is known of the old rates)."""
    if old is None:
        return None
    before, after = json.loads(old), json.loads(new)
    if before["reporting"] != after["reporting"]:
        return None
    out: dict[str, date] = {}
    for currency in set(before["rates"]) | set(after["rates"]):
        was = {tuple(p) for p in before["rates"].get(currency, [])}
        now = {tuple(p) for p in after["rates"].get(currency, [])}
        differ = was ^ now
        if differ:
            out[currency] = date.fromisoformat(min(day for day, _ in differ))
    return out
