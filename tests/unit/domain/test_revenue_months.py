"""Revenue by month converted once and added up later gives what converting the days does."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.fx import Quote, RateBook
from kamdesk.domain.plans import month_end
from kamdesk.domain.reporting import ConvertedSum, DatedSum, convert_sums
from kamdesk.domain.revenue_months import (
    MonthPlan,
    MonthSum,
    changed_from,
    month_plan,
    month_sums,
    rates_state,
    whole_months,
)

# EUR has rates from March on only (earlier documents have none), USD none at all
BOOK = RateBook(
    "HUF",
    [
        Quote("EUR", date(2026, 3, 1), Decimal("391.17")),
        Quote("EUR", date(2026, 4, 15), Decimal("402.3333")),
        Quote("EUR", date(2026, 7, 2), Decimal("387")),
    ],
)

sums = st.lists(
    st.builds(
        DatedSum,
        key=st.sampled_from(["a", "b", "c"]),
        currency=st.sampled_from(["EUR", "HUF", "USD"]),
        day=st.dates(date(2026, 1, 1), date(2026, 9, 30)),
        minor=st.integers(-(10**9), 10**9),
        documents=st.integers(1, 4),
        kind=st.sampled_from(["invoice", "credit note"]),
    ),
    max_size=40,
)


def _whole(rows: list[MonthSum]) -> list[ConvertedSum]:
    """Months added up per key, currency and kind, as the cache's read does in SQL."""
    out: dict[tuple[str, str, str], ConvertedSum] = {}
    for r in rows:
        k = (r.key, r.currency, r.kind)
        was = out.get(k, ConvertedSum(*k, 0, 0, 0, 0, None, None))
        firsts = [d for d in (was.first, r.first) if d is not None]
        lasts = [d for d in (was.last, r.last) if d is not None]
        out[k] = ConvertedSum(
            *k,
            was.documents + r.documents,
            was.minor + r.minor,
            was.converted + r.converted,
            was.unconverted + r.unconverted,
            min(firsts) if firsts else None,
            max(lasts) if lasts else None,
        )
    return list(out.values())


@given(sums, st.dates(date(2026, 1, 1), date(2026, 9, 30)))
def test_months_added_up_convert_as_the_days_do(days: list[DatedSum], cut: date) -> None:
    """The documents before `cut` from the months' rows, the others live: the same totals,
    originals and warnings as all of them live."""
    cached = [d for d in days if d.day is not None and d.day < cut]
    live = [d for d in days if d.day is not None and d.day >= cut]
    expected = convert_sums(BOOK, days)
    got = convert_sums(BOOK, live, _whole(month_sums(BOOK, cached)))
    assert got.totals == expected.totals
    assert got.originals == expected.originals
    assert got.unconverted == expected.unconverted
    assert got.unconverted_by_key == expected.unconverted_by_key


def test_a_month_counts_its_documents_with_no_rate_and_their_days() -> None:
    rows = month_sums(
        BOOK,
        [
            DatedSum("a", "EUR", date(2026, 2, 3), 100, 2),
            DatedSum("a", "EUR", date(2026, 2, 20), 50, 1),
            DatedSum("a", "EUR", date(2026, 3, 2), 1000, 1),
            DatedSum("a", "HUF", date(2026, 3, 2), 7, 1),
        ],
    )
    feb = MonthSum(
        "a", "EUR", "2026-02", "invoice", 3, 150, 0, 3, date(2026, 2, 3), date(2026, 2, 20)
    )
    assert rows == [
        feb,
        MonthSum("a", "EUR", "2026-03", "invoice", 1, 1000, 391170),
        MonthSum("a", "HUF", "2026-03", "invoice", 1, 7, 7),
    ]
    assert rows[1].negated() == rows[1]._replace(minor=-1000, converted=-391170)


def test_changed_rates_name_the_currency_and_the_first_day_they_differ() -> None:
    rates = [("EUR", date(2026, 3, 1), "391.17"), ("USD", "2026-03-01", "360")]
    state = rates_state("huf", rates)
    assert changed_from(state, state) == {}
    assert changed_from(None, state) is None
    assert changed_from(state, rates_state("EUR", rates)) is None  # another reporting currency
    added = rates_state("HUF", [*rates, ("eur", date(2026, 5, 4), "400")])
    assert changed_from(state, added) == {"EUR": date(2026, 5, 4)}
    edited = rates_state("HUF", [rates[0], ("USD", date(2026, 3, 1), "361")])
    assert changed_from(state, edited) == {"USD": date(2026, 3, 1)}
    assert changed_from(state, rates_state("HUF", rates[:1])) == {"USD": date(2026, 3, 1)}


def test_a_day_is_needed() -> None:
    with pytest.raises(ValueError, match="day"):
        month_sums(BOOK, [DatedSum("a", "HUF", None, 1)])


def _days(a: date, b: date) -> list[date]:
    return [a + timedelta(days=n) for n in range((b - a).days + 1)]


@given(
    st.dates(date(2024, 1, 1), date(2027, 12, 31)),
    st.integers(0, 800),
    st.booleans(),
)
def test_a_month_plan_reads_each_day_of_the_period_once(
    start: date, length: int, partial: bool
) -> None:
    """The cached months' days, less the days left out, plus the days read live: the period's
    days, each once; whole months always from the cache, a partial one only when it leaves
    out fewer days than it holds."""
    end = start + timedelta(days=length)
    plan = month_plan(start, end, partial=partial)
    period = _days(start, end)
    if plan is None:
        assert whole_months(start, end) is None
        return
    cached = _days(plan.first, month_end(plan.last))
    less = [d for a, b in plan.less for d in _days(a, b)]
    live = [d for a, b in plan.live for d in _days(a, b)]
    assert set(less) <= set(cached) and not set(live) & set(cached)
    assert len(less) == len(set(less)) and len(live) == len(set(live))
    assert sorted((set(cached) - set(less)) | set(live)) == period
    assert len(cached) - len(less) + len(live) == len(period)
    whole = whole_months(start, end)
    if whole is not None:
        assert plan.first <= whole[0] and whole[1] <= plan.last
    if not partial:
        assert plan.less == () and (plan.first, plan.last) == whole
    for a, _ in plan.less:  # a month left partly out holds more of the period than not
        month = a.replace(day=1)
        out = sum(1 for d in less if d.replace(day=1) == month)
        assert out < sum(1 for d in period if d.replace(day=1) == month)


def test_the_twelve_months_to_the_first_of_november() -> None:
    plan = month_plan(date(2025, 11, 2), date(2026, 11, 1))
    assert plan == MonthPlan(
        date(2025, 11, 1),
        date(2026, 10, 1),
        ((date(2026, 11, 1), date(2026, 11, 1)),),
        ((date(2025, 11, 1), date(2025, 11, 1)),),
    )
    assert month_plan(date(2026, 3, 2), date(2026, 3, 30)) == MonthPlan(
        date(2026, 3, 1),
        date(2026, 3, 1),
        (),
        ((date(2026, 3, 1), date(2026, 3, 1)), (date(2026, 3, 31), date(2026, 3, 31))),
    )
    assert month_plan(date(2026, 3, 10), date(2026, 3, 12)) is None
