"""Receivables: allocation, open amounts, the client's balance and aging."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.receivables import (
    BUCKETS,
    Allocation,
    CreditNote,
    InvoiceDue,
    OpenInvoice,
    Payment,
    ReceivablesError,
    Reversal,
    aging,
    allocate,
    bucket,
    client_balance,
    oldest_first,
    open_amounts,
    settle,
    still_open,
)

D = Decimal
DAY0 = date(2026, 1, 1)


def inv(n: int, amount: str, due: int, issued: int = 0) -> InvoiceDue:
    return InvoiceDue(
        f"i{n}", f"INV-{n:03}", DAY0 + timedelta(issued), DAY0 + timedelta(due), D(amount)
    )


def opened(invoice: InvoiceDue, amount: str | None = None) -> OpenInvoice:
    left = invoice.amount if amount is None else D(amount)
    return OpenInvoice(invoice.id, invoice.number, invoice.issue_date, invoice.due_date, left)


def alloc(n: int, payment: str, invoice: str, amount: str, day: int = 0) -> Allocation:
    return Allocation(f"a{n}", DAY0 + timedelta(day), payment, invoice, D(amount))


# --- allocate --------------------------------------------------------------------------------


def test_oldest_due_first_then_issue_date_then_number() -> None:
    a, b, c = (
        inv(3, "100.00", due=30, issued=0),
        inv(2, "50.00", due=30, issued=0),
        inv(1, "70.00", due=30, issued=1),
    )
    old = inv(9, "10.00", due=10, issued=5)
    assert [i.id for i in oldest_first(map(opened, [a, b, c, old]))] == ["i9", "i2", "i3", "i1"]


def test_a_payment_goes_to_the_oldest_first_partly_and_leaves_credit() -> None:
    old, new = inv(1, "100.00", due=10), inv(2, "200.00", due=40)
    plan = allocate(D("150.00"), [opened(new), opened(old)])
    assert plan.lines == (("i1", D("100.00")), ("i2", D("50.00")))
    assert plan.credit == D("0.00") and plan.allocated == D("150.00")
    over = allocate(D("350.00"), [opened(new), opened(old)])
    assert over.credit == D("50.00") and over.allocated == D("300.00")
    assert allocate(D("5.00"), []).credit == D("5.00")


def test_a_payment_must_be_above_zero_in_whole_cents() -> None:
    for bad in ("0", "-1.00", "1.001"):
        with pytest.raises(ReceivablesError):
            allocate(D(bad), [])


def test_manual_allocation_is_checked_and_names_the_invoice() -> None:
    a, b = opened(inv(1, "100.00", due=10)), opened(inv(2, "80.00", due=20), "30.00")
    plan = allocate(D("100.00"), [a, b], manual=[("i2", D("30.00")), ("i1", D("20.00"))])
    assert plan.lines == (("i2", D("30.00")), ("i1", D("20.00"))) and plan.credit == D("50.00")
    with pytest.raises(ReceivablesError, match=re.escape("Invoice INV-002 has 30.00 open; 30.01")):
        allocate(D("100.00"), [a, b], manual=[("i2", D("30.01"))])
    with pytest.raises(ReceivablesError, match=re.escape("INV-002 has 30.00 open; 40.00")):
        allocate(D("100.00"), [a, b], manual=[("i2", D("20.00")), ("i2", D("20.00"))])
    with pytest.raises(ReceivablesError, match="INV-001: allocate an amount above zero"):
        allocate(D("100.00"), [a, b], manual=[("i1", D("0"))])
    with pytest.raises(ReceivablesError, match="INV-001 must be in whole cents"):
        allocate(D("100.00"), [a, b], manual=[("i1", D("0.001"))])
    with pytest.raises(ReceivablesError, match=re.escape("Invoice i7 has nothing open")):
        allocate(D("100.00"), [a, b], manual=[("i7", D("1.00"))])
    with pytest.raises(
        ReceivablesError, match=re.escape("add up to 130.00, more than the payment of 100.00")
    ):
        allocate(D("100.00"), [a, b], manual=[("i1", D("100.00")), ("i2", D("30.00"))])


# --- the ledger ------------------------------------------------------------------------------


def test_open_amounts_follow_allocations_reversals_and_credit_notes() -> None:
    invoices = [inv(1, "100.00", due=10), inv(2, "200.00", due=20)]
    allocations = [alloc(1, "p1", "i1", "60.00"), alloc(2, "p1", "i2", "40.00")]
    notes = [CreditNote("c1", DAY0, D("25.00"), "i1"), CreditNote("c2", DAY0, D("5.00"))]
    undo = [Reversal("r1", DAY0 + timedelta(1), "a2")]
    assert open_amounts(invoices, allocations, undo, notes) == {"i1": D("15.00"), "i2": D("200.00")}
    s = settle(invoices, [Payment("p1", DAY0, D("100.00"))], allocations, undo, notes)
    assert s.credit == D("45.00")  # 40 back from the reversal, 5 of the unattached note
    assert (
        s.balance
        == D("170.00")
        == client_balance(invoices, [Payment("p1", DAY0, D("100.00"))], notes)
    )
    assert s.excess == ()
    twice = [*undo, Reversal("r2", DAY0 + timedelta(2), "a2")]  # both laptops reversed it
    assert settle(invoices, [], allocations, twice, notes).open == s.open


def test_a_client_in_credit_has_a_negative_balance() -> None:
    invoices = [inv(1, "100.00", due=10)]
    pays = [Payment("p1", DAY0, D("130.00"))]
    s = settle(invoices, pays, [alloc(1, "p1", "i1", "100.00")], [], [])
    assert s.open == {"i1": D("0.00")} and s.credit == D("30.00")
    assert s.balance == D("-30.00") == client_balance(invoices, pays, [])


def test_allocations_merged_from_two_laptops_over_an_invoice_leave_the_excess_as_credit() -> None:
    invoices = [inv(1, "100.00", due=10)]
    pays = [Payment("p1", DAY0, D("80.00")), Payment("p2", DAY0, D("80.00"))]
    laptop_a, laptop_b = alloc(1, "p1", "i1", "80.00", day=1), alloc(2, "p2", "i1", "80.00", day=2)
    for order in ([laptop_a, laptop_b], [laptop_b, laptop_a]):
        s = settle(invoices, pays, order, [], [])
        assert s.open == {"i1": D("0.00")} and s.credit == D("60.00")
        assert [(e.entry_id, e.invoice_id, e.amount) for e in s.excess] == [
            ("a2", "i1", D("60.00"))
        ]


def test_a_payment_is_never_spent_beyond_its_amount() -> None:
    invoices = [inv(1, "100.00", due=10), inv(2, "100.00", due=20)]
    pays = [Payment("p1", DAY0, D("100.00"))]
    merged = [alloc(1, "p1", "i1", "100.00"), alloc(2, "p1", "i2", "100.00", day=1)]
    s = settle(invoices, pays, merged, [], [])
    assert s.open == {"i1": D("0.00"), "i2": D("100.00")} and s.credit == D("0.00")
    assert [e.amount for e in s.excess] == [D("100.00")]


def test_a_credit_note_over_its_invoice_is_credit() -> None:
    invoices = [inv(1, "100.00", due=10)]
    s = settle(invoices, [], [], [], [CreditNote("c1", DAY0, D("120.00"), "i1")])
    assert s.open == {"i1": D("0.00")} and s.credit == D("20.00") and s.balance == D("-20.00")
    assert s.excess[0].entry_id == "c1"


def test_still_open_lists_unpaid_invoices_oldest_first() -> None:
    invoices = [inv(2, "50.00", due=20), inv(1, "100.00", due=10), inv(3, "10.00", due=5)]
    left = still_open(invoices, {"i1": D("40.00"), "i2": D("50.00"), "i3": D("0.00")})
    assert [(i.id, i.open_amount) for i in left] == [("i1", D("40.00")), ("i2", D("50.00"))]


# --- aging -----------------------------------------------------------------------------------


def test_buckets_count_days_past_due() -> None:
    assert [bucket(d) for d in (-5, 0, 1, 30, 31, 60, 61, 90, 91)] == [
        "current",
        "current",
        "1-30",
        "1-30",
        "31-60",
        "31-60",
        "61-90",
        "61-90",
        "90+",
    ]


def test_aging_of_a_client() -> None:
    at = DAY0 + timedelta(100)
    invoices = [
        opened(inv(1, "10.00", due=0)),
        opened(inv(2, "20.00", due=95)),
        opened(inv(3, "5.00", due=120)),
    ]
    a = aging([*invoices, opened(inv(4, "99.00", due=-50), "0.00")], at)
    assert a.buckets == {
        "current": D("5.00"),
        "1-30": D("20.00"),
        "31-60": D("0.00"),
        "61-90": D("0.00"),
        "90+": D("10.00"),
    }
    assert a.oldest_overdue_days == 100 and a.overdue == D("30.00") and a.total == D("35.00")
    assert aging([opened(inv(5, "1.00", due=100))], at).oldest_overdue_days is None


# --- properties ------------------------------------------------------------------------------

cents = st.integers(min_value=1, max_value=1_000_000).map(lambda c: D(c).scaleb(-2))
days = st.integers(min_value=-200, max_value=200)
Ledger = tuple[list[InvoiceDue], list[Payment], list[Allocation], list[Reversal], list[CreditNote]]


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    invoices = [
        inv(n, str(draw(cents)), draw(days), draw(days)) for n in range(draw(st.integers(0, 6)))
    ]
    payments = [Payment(f"p{n}", DAY0, draw(cents)) for n in range(draw(st.integers(0, 5)))]
    ids = [i.id for i in invoices] + ["gone"]
    allocations = [
        alloc(
            n,
            draw(st.sampled_from([p.id for p in payments] + ["unknown"])),
            draw(st.sampled_from(ids)),
            str(draw(cents)),
            draw(days),
        )
        for n in range(draw(st.integers(0, 10)))
    ]
    reversals = [
        Reversal(f"r{n}", DAY0, a.id) for n, a in enumerate(allocations) if draw(st.booleans())
    ]
    notes = [
        CreditNote(
            f"c{n}", DAY0 + timedelta(draw(days)), draw(cents), draw(st.sampled_from([*ids, None]))
        )
        for n in range(draw(st.integers(0, 4)))
    ]
    return invoices, payments, allocations, reversals, notes


@given(ledgers())
def test_the_ledger_never_creates_or_loses_money(ledger: Ledger) -> None:
    invoices, payments, allocations, reversals, notes = ledger
    s = settle(invoices, payments, allocations, reversals, notes)
    assert s.open_total - s.credit == client_balance(invoices, payments, notes)
    assert all(D(0) <= s.open[i.id] <= i.amount for i in invoices)
    assert set(s.open) == {i.id for i in invoices}
    # every cent aimed at an invoice either settled it or is reported as excess
    undone = {r.allocation_id for r in reversals}
    aimed = sum((a.amount for a in allocations if a.id not in undone), D(0))
    aimed += sum((n.amount for n in notes if n.invoice_id is not None), D(0))
    settled = sum((i.amount for i in invoices), D(0)) - s.open_total
    assert aimed - sum((e.amount for e in s.excess), D(0)) == settled


@given(ledgers(), st.integers(0, 400))
def test_aging_adds_up_to_the_open_total(ledger: Ledger, at: int) -> None:
    invoices, payments, allocations, reversals, notes = ledger
    s = settle(invoices, payments, allocations, reversals, notes)
    a = aging(still_open(invoices, s.open), DAY0 + timedelta(at))
    assert a.total == s.open_total and set(a.buckets) == set(BUCKETS)
    assert (a.oldest_overdue_days is None) == (a.overdue == 0)


@given(st.lists(st.tuples(cents, days, days), max_size=8), cents)
def test_oldest_first_never_pays_a_newer_invoice_before_an_older_one(
    rows: list[tuple[Decimal, int, int]], paid: Decimal
) -> None:
    invoices = [
        opened(inv(n, str(amount), due, issued)) for n, (amount, due, issued) in enumerate(rows)
    ]
    plan = allocate(paid, invoices)
    got = dict(plan.lines)
    order = oldest_first(invoices)
    for k, older in enumerate(order):
        if got.get(older.id, D(0)) < older.open_amount:
            assert all(newer.id not in got for newer in order[k + 1 :])
    assert plan.allocated + plan.credit == paid
    assert all(D(0) < got[i.id] <= i.open_amount for i in invoices if i.id in got)


@given(st.lists(cents, min_size=1, max_size=5), st.data())
def test_manual_allocation_above_the_open_amount_is_refused(
    opens: list[Decimal], data: st.DataObject
) -> None:
    invoices = [opened(inv(n, str(amount), n)) for n, amount in enumerate(opens)]
    target = data.draw(st.sampled_from(invoices))
    too_much = target.open_amount + data.draw(cents)
    with pytest.raises(ReceivablesError, match=target.number):
        allocate(too_much + D("1000000"), invoices, manual=[(target.id, too_much)])
