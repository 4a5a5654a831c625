"""The reconciliation statement: its lines, its balances, and that its closing balance is the
ledger's for any ledger and any period."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.receivables import (
    Allocation,
    CreditNote,
    InvoiceDue,
    Ledger,
    Payment,
    Reversal,
    client_balance,
)
from kamdesk.domain.reconciliation import (
    DocumentRef,
    ReconciliationError,
    entries_of,
    last_quarter,
    reconcile,
    sides,
    year_to_date,
)

D = Decimal
DAY0 = date(2026, 1, 1)


def day(n: int) -> date:
    return DAY0 + timedelta(n)


def _ledger() -> Ledger:
    invoices = [
        InvoiceDue("i1", "INV-1", day(0), day(30), D("1000.00")),
        InvoiceDue("i2", "INV-2", day(40), day(70), D("500.00")),
    ]
    payments = [
        Payment("p1", day(20), D("600.00")),
        Payment("p2", day(45), D("900.00")),
        Payment("p3", day(50), D("-900.00"), reverses="p2"),  # posted in error
    ]
    allocations = [Allocation("a1", day(20), "p1", "i1", D("600.00"))]
    reversals = [Reversal("r1", day(21), "a1")]
    notes = [CreditNote("n1", day(42), D("100.00"), "i2")]
    return Ledger(invoices, payments, allocations, reversals, notes)


def test_lines_balances_and_the_side_of_each_document() -> None:
    refs = {
        "p1": DocumentRef("PP-17"),
        "p2": DocumentRef("PP-21"),
        "p3": DocumentRef("PP-21"),
        "n1": DocumentRef("RET-1", "INV-2", day(40)),
    }
    statement = reconcile(entries_of(_ledger(), refs), day(10), day(60))
    assert statement.opening == D("1000.00")  # INV-1 before the period
    shown = [(e.date, e.kind, e.number, e.debit, e.credit) for e in statement.lines]
    assert shown == [
        (day(20), "payment", "PP-17", D(0), D("600.00")),
        (day(40), "invoice", "INV-2", D("500.00"), D(0)),
        (day(42), "credit_note", "RET-1", D(0), D("100.00")),
        (day(45), "payment", "PP-21", D(0), D("900.00")),
        (day(50), "reversal", "PP-21", D("900.00"), D(0)),
    ]
    reversal = statement.lines[-1]
    assert (reversal.ref_number, reversal.ref_date) == ("PP-21", day(45))
    assert statement.debit_turnover == D("1400.00")
    assert statement.credit_turnover == D("1600.00")
    assert statement.closing == D("800.00")
    assert statement.debtor == "client"


def test_who_owes_whom_and_the_balance_rows() -> None:
    ledger = Ledger([], [Payment("p", day(1), D("50.00"))], [], [], [])
    statement = reconcile(entries_of(ledger), day(0), day(5))
    assert statement.closing == D("-50.00")
    assert statement.debtor == "company"
    assert sides(statement.closing) == (D(0), D("50.00"))
    assert sides(D("12.30")) == (D("12.30"), D(0))
    assert reconcile([], day(0), day(5)).debtor is None


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ReconciliationError, match="after its end"):
        reconcile([], day(5), day(4))


# --- for any ledger --------------------------------------------------------------------------

amounts = st.integers(-50_000, 500_000).map(lambda cents: D(cents).scaleb(-2))
days = st.integers(0, 120)


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    """Any ledger the database could hold, odd ones included: reversals of missing payments,
    of reversals, twice of the same payment, dated before it; negative amounts."""
    invoices = [
        InvoiceDue(f"i{n}", f"INV-{n}", day(d), day(d + 30), a)
        for n, (d, a) in enumerate(draw(st.lists(st.tuples(days, amounts), max_size=8)))
    ]
    payments = [
        Payment(f"p{n}", day(d), a)
        for n, (d, a) in enumerate(draw(st.lists(st.tuples(days, amounts), max_size=8)))
    ]
    targets = [p.id for p in payments] + ["missing"]
    reversing = draw(st.lists(st.tuples(days, amounts, st.sampled_from(targets)), max_size=4))
    for n, (d, a, target) in enumerate(reversing):
        payments.append(Payment(f"r{n}", day(d), -a, reverses=target))
    if draw(st.booleans()) and len(payments) > 1:  # a reversal of a reversal
        payments.append(Payment("rr", day(draw(days)), D("1.00"), reverses=payments[-1].id))
    ids = [i.id for i in invoices] + [None]
    notes = [
        CreditNote(f"n{n}", day(d), a, inv)
        for n, (d, a, inv) in enumerate(
            draw(st.lists(st.tuples(days, amounts, st.sampled_from(ids)), max_size=4))
        )
    ]
    allocations = [
        Allocation(f"a{n}", day(d), p.id, i.id, a)
        for n, (d, a) in enumerate(draw(st.lists(st.tuples(days, amounts), max_size=3)))
        for p, i in zip(payments[:1], invoices[:1], strict=False)
    ]
    reversals = [Reversal(f"x{a.id}", a.date, a.id) for a in allocations[:1]]
    return Ledger(invoices, payments, allocations, reversals, notes)


def _balance_at(ledger: Ledger, at: date) -> Decimal:
    return client_balance(
        [i for i in ledger.invoices if i.issue_date <= at],
        [p for p in ledger.payments if p.date <= at],
        [n for n in ledger.credit_notes if n.date <= at],
    )


@settings(deadline=None)  # timing on a shared machine is no result
@given(ledgers(), days, days)
def test_the_closing_balance_is_the_ledgers(ledger: Ledger, a: int, b: int) -> None:
    start, end = day(min(a, b)), day(max(a, b))
    statement = reconcile(entries_of(ledger), start, end)
    assert statement.closing == _balance_at(ledger, end)
    assert statement.opening == _balance_at(ledger, start - timedelta(1))


@settings(deadline=None)
@given(ledgers(), days, days, days)
def test_two_periods_chain(ledger: Ledger, a: int, b: int, c: int) -> None:
    first, middle, last = sorted((a, b, c))
    entries = entries_of(ledger)
    whole = reconcile(entries, day(first), day(last))
    one = reconcile(entries, day(first), day(middle))
    two = reconcile(entries, day(middle + 1), day(max(last, middle + 1)))
    assert two.opening == one.closing
    if middle < last:
        assert two.closing == whole.closing
        assert one.lines + two.lines == whole.lines
        assert one.debit_turnover + two.debit_turnover == whole.debit_turnover


@settings(deadline=None)  # timing on a shared machine is no result
@given(ledgers(), days, days)
def test_every_line_has_one_side_and_lines_run_in_date_order(
    ledger: Ledger, a: int, b: int
) -> None:
    statement = reconcile(entries_of(ledger), day(min(a, b)), day(max(a, b)))
    for line in statement.lines:
        assert line.debit >= 0 and line.credit >= 0
        assert not (line.debit and line.credit)
    dates = [line.date for line in statement.lines]
    assert dates == sorted(dates)


def test_the_usual_periods() -> None:
    assert year_to_date(date(2026, 11, 23)) == (date(2026, 1, 1), date(2026, 11, 23))
    assert last_quarter(date(2026, 11, 23)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert last_quarter(date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert last_quarter(date(2026, 4, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
