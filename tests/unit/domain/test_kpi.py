"""The dashboard's arithmetic: growth, shares, which way a figure moved, and receivables at
month ends rebuilt from sums grouped by month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.kpi import (
    DOWN,
    NEITHER,
    SHARE,
    UP,
    Contribution,
    Figure,
    LedgerSum,
    TrendPoint,
    contributions,
    growth,
    month_end,
    month_key,
    receivables_at_month_ends,
    same_period_last_year,
    share,
    trend_days,
)

money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e9"), places=2)


def test_growth_against_last_year() -> None:
    assert growth(Decimal(110), Decimal(100)) == Decimal("0.1")
    assert growth(Decimal(90), Decimal(100)) == Decimal("-0.1")
    assert growth(Decimal(5), Decimal(0)) is None  # nothing to grow from
    assert growth(Decimal(5), Decimal(-3)) is None


@given(money, money)
def test_growth_applied_to_last_year_gives_this_year(current: Decimal, previous: Decimal) -> None:
    rise = growth(current, previous)
    assert rise is not None
    assert abs(previous * (1 + rise) - current) < Decimal("1e-15") * max(current, previous)


@given(st.lists(money, min_size=1, max_size=20))
def test_shares_of_a_whole_add_up_to_one(parts: list[Decimal]) -> None:
    whole = sum(parts, Decimal(0))
    shares = [share(p, whole) for p in parts]
    assert all(s is not None and 0 < s <= 1 for s in shares)
    assert abs(sum((s for s in shares if s is not None), Decimal(0)) - 1) < Decimal("1e-20")
    assert share(Decimal(1), Decimal(0)) is None


@pytest.mark.parametrize(
    ("value", "previous", "better", "trend", "verdict"),
    [
        (Decimal(2), Decimal(1), UP, "up", "good"),
        (Decimal(2), Decimal(1), DOWN, "up", "bad"),
        (Decimal(1), Decimal(2), DOWN, "down", "good"),
        (Decimal(1), Decimal(1), UP, "flat", ""),
        (Decimal(2), Decimal(1), NEITHER, "up", ""),
        (Decimal(2), None, UP, "", ""),
        (None, Decimal(1), UP, "", ""),
    ],
)
def test_a_figure_says_which_way_it_moved_and_whether_that_is_good(
    value: Decimal | None, previous: Decimal | None, better: str, trend: str, verdict: str
) -> None:
    figure = Figure("x", value, previous, SHARE, better)
    assert figure.trend == trend
    assert figure.verdict == verdict
    assert figure.change == (None if value is None or previous is None else value - previous)


def test_figure_parts_are_found_by_name() -> None:
    figure = Figure("plan", Decimal("0.5"), None, SHARE, UP, parts=(("plan", Decimal(10)),))
    assert figure.part("plan") == Decimal(10)
    assert figure.part("actual") is None


def test_contributions_biggest_first_with_shares_and_no_zeros() -> None:
    names = {"a": "Alpha", "b": "Beta", "c": "Gamma"}
    amounts = {"a": Decimal(10), "b": Decimal(-30), "c": Decimal(0), "d": Decimal(10)}
    out = contributions(amounts, names, whole=Decimal(40))
    assert [c.client_id for c in out] == ["b", "a", "d"]  # by size, ties by name (d: its id)
    assert out[0] == Contribution("b", "Beta", Decimal(-30), Decimal("-0.75"))
    assert out[2].name == "d"  # a client without a name shows its id
    behind_first = contributions(amounts, names, by_size=False)
    assert [c.client_id for c in behind_first] == ["b", "a", "d"]
    assert behind_first[0].share is None


def test_same_period_last_year_keeps_the_days() -> None:
    assert same_period_last_year(date(2026, 1, 1), date(2026, 11, 23)) == (
        date(2025, 1, 1),
        date(2025, 11, 23),
    )
    assert same_period_last_year(date(2024, 2, 29), date(2024, 2, 29)) == (
        date(2023, 2, 28),
        date(2023, 2, 28),
    )


def test_trend_days_are_eleven_month_ends_then_today() -> None:
    days = trend_days(date(2026, 3, 15))
    assert len(days) == 12
    assert days[0] == date(2025, 4, 30)
    assert days[-2] == date(2026, 2, 28)
    assert days[-1] == date(2026, 3, 15)
    assert all(d == month_end(d) for d in days[:-1])


def _entries_of(invoices: list[tuple[date, date, int, list[tuple[date, int, date | None]]]]):
    """Invoices (issued, due, gross, allocations (on, amount, reversed on)) as ledger sums, one
    per entry, and the open and overdue amounts at a day computed invoice by invoice."""
    sums = []
    for issued, due, gross, allocations in invoices:
        due_from = month_key(due + timedelta(days=1))
        sums.append(LedgerSum("EUR", month_key(issued), due_from, None, gross))
        for on, amount, undone in allocations:
            until = None if undone is None else month_key(undone)
            sums.append(LedgerSum("EUR", month_key(on), due_from, until, -amount))

    def at(day: date) -> tuple[int, int]:
        total = late = 0
        for issued, due, gross, allocations in invoices:
            if issued > day:
                continue
            paid = sum(
                a for on, a, undone in allocations if on <= day and (undone is None or undone > day)
            )
            total += gross - paid
            if due < day:
                late += gross - paid
        return total, late

    return sums, at


days_st = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))


@st.composite
def ledgers(draw):  # type: ignore[no-untyped-def]
    out = []
    for _ in range(draw(st.integers(0, 8))):
        issued = draw(days_st)
        due = issued + timedelta(days=draw(st.integers(0, 90)))
        gross = draw(st.integers(1, 100_000))
        left, allocations = gross, []
        for _ in range(draw(st.integers(0, 3))):
            if left == 0:
                break
            amount = draw(st.integers(1, left))
            on = issued + timedelta(days=draw(st.integers(0, 200)))
            undone = draw(st.none() | st.integers(0, 100).map(lambda d, on=on: on + timedelta(d)))
            allocations.append((on, amount, undone))
            if undone is None:
                left -= amount
        out.append((issued, due, gross, allocations))
    return out


@given(ledgers(), st.lists(days_st.map(month_end), min_size=1, max_size=6, unique=True))
def test_month_end_sums_equal_the_ledger_read_invoice_by_invoice(invoices, ends) -> None:  # type: ignore[no-untyped-def]
    sums, at = _entries_of(invoices)
    ends = sorted(ends)
    for point in receivables_at_month_ends(ends, sums):
        total, late = at(point.day)
        assert point.open.get("EUR", 0) == total
        assert point.overdue.get("EUR", 0) == late


def test_an_invoice_due_on_the_last_day_of_a_month_is_not_overdue_at_that_month_end() -> None:
    due = date(2026, 3, 31)
    sums = [LedgerSum("EUR", "2026-03", month_key(due + timedelta(days=1)), None, 500)]
    march, april = receivables_at_month_ends([date(2026, 3, 31), date(2026, 4, 30)], sums)
    assert (march.open, march.overdue) == ({"EUR": 500}, {})
    assert (april.open, april.overdue) == ({"EUR": 500}, {"EUR": 500})


def test_trend_point_share() -> None:
    assert TrendPoint(date(2026, 1, 31), Decimal(200), Decimal(50)).overdue_share == Decimal("0.25")
    assert TrendPoint(date(2026, 1, 31), Decimal(0), Decimal(0)).overdue_share is None
