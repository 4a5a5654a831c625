"""Receivables as the app builds them, step by step: invoices, payments allocated oldest first,
allocations merged twice from two laptops, reversals of allocations and of payments, credit
notes. After any sequence, nothing is created or lost and aging adds up to the balance.

(tests/unit/domain/test_receivables.py draws whole ledgers at random; here every ledger is one a
KAM could have made, so the properties hold as equalities, not only bounds.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.receivables import (
    BUCKETS,
    Allocation,
    CreditNote,
    InvoiceDue,
    Ledger,
    Payment,
    Reversal,
    aging,
    allocate,
    client_balance,
)

D = Decimal
DAY0 = date(2026, 1, 1)
cents = st.integers(min_value=1, max_value=500_000).map(lambda c: D(c).scaleb(-2))


@dataclass
class Book:
    """The ledger being built, and what happened to it."""

    ledger: Ledger = field(default_factory=Ledger.empty)
    day: int = 0
    merged: bool = False  # an allocation was posted twice (two laptops)
    undone_payment: bool = False

    def at(self) -> date:
        return DAY0 + timedelta(self.day)


def _invoice(book: Book, amount: D, terms: int) -> None:
    n = len(book.ledger.invoices)
    book.ledger.invoices.append(
        InvoiceDue(f"i{n:04}", f"INV-{n:04}", book.at(), book.at() + timedelta(terms), amount)
    )


def _pay(book: Book, amount: D, seen: Ledger | None = None) -> None:
    """A payment spread oldest first over what is open in `seen` (default: the ledger now);
    the rest stays as credit. Ids sort in posting order."""
    ledger = book.ledger
    pid = f"p{len(ledger.payments):04}"
    ledger.payments.append(Payment(pid, book.at(), amount))
    plan = allocate(amount, (seen or ledger).open_invoices())
    for invoice_id, part in plan.lines:
        aid = f"a{len(ledger.allocations):04}"
        ledger.allocations.append(Allocation(aid, book.at(), pid, invoice_id, part))


def _other_laptop(book: Book, amount: D) -> None:
    """A payment posted on another laptop that had not yet seen the last payment here: it is
    allocated to what was open there, and the merge may put more on an invoice than it asks."""
    ledger = book.ledger
    last = ledger.payments[-1].id if ledger.payments else None
    seen = Ledger(
        ledger.invoices,
        [p for p in ledger.payments if p.id != last],
        [a for a in ledger.allocations if a.payment_id != last],
        ledger.reversals,
        ledger.credit_notes,
    )
    _pay(book, amount, seen)
    book.merged = True


def _reverse_allocation(book: Book, k: int) -> None:
    ledger = book.ledger
    undone = {r.allocation_id for r in ledger.reversals}
    left = [a for a in ledger.allocations if a.id not in undone]
    if left:
        a = left[k % len(left)]
        ledger.reversals.append(Reversal(f"r{len(ledger.reversals):04}", book.at(), a.id))


def _reverse_payment(book: Book, k: int) -> None:
    ledger = book.ledger
    undone = {p.reverses for p in ledger.payments if p.reverses}
    left = [p for p in ledger.payments if p.reverses is None and p.id not in undone]
    if left:
        p = left[k % len(left)]
        pid = f"p{len(ledger.payments):04}"
        ledger.payments.append(Payment(pid, book.at(), -p.amount, reverses=p.id))
        book.undone_payment = True


def _credit_note(book: Book, amount: D, k: int, on_invoice: bool) -> None:
    ledger = book.ledger
    invoice_id = None
    if on_invoice and ledger.invoices:
        open_now = ledger.settle().open
        invoice = ledger.invoices[k % len(ledger.invoices)]
        amount = min(amount, open_now[invoice.id])  # a credit note never exceeds what is open
        if amount <= 0:
            return
        invoice_id = invoice.id
    note = CreditNote(f"c{len(ledger.credit_notes):04}", book.at(), amount, invoice_id)
    ledger.credit_notes.append(note)


steps = st.one_of(
    st.tuples(st.just("invoice"), cents, st.integers(0, 60)),
    st.tuples(st.just("pay"), cents, st.just(0)),
    st.tuples(st.just("merge"), cents, st.just(0)),
    st.tuples(st.just("unallocate"), st.just(D(0)), st.integers(0, 50)),
    st.tuples(st.just("unpay"), st.just(D(0)), st.integers(0, 50)),
    st.tuples(st.just("note"), cents, st.integers(0, 50)),
    st.tuples(st.just("loose note"), cents, st.just(0)),
)


def _run(book: Book, step: tuple[str, D, int]) -> None:
    kind, amount, k = step
    if kind == "invoice":
        _invoice(book, amount, k)
    elif kind == "pay":
        _pay(book, amount)
    elif kind == "merge":
        _other_laptop(book, amount)
    elif kind == "unallocate":
        _reverse_allocation(book, k)
    elif kind == "unpay":
        _reverse_payment(book, k)
    else:
        _credit_note(book, amount, k, on_invoice=kind == "note")


def _standing_paid(ledger: Ledger) -> D:
    undone = {p.reverses for p in ledger.payments if p.reverses}
    return sum(
        (p.amount for p in ledger.payments if p.reverses is None and p.id not in undone), D(0)
    )


@given(st.lists(st.tuples(steps, st.integers(0, 9)), max_size=30), st.integers(-30, 200))
def test_any_sequence_keeps_every_cent_and_aging_adds_up(
    sequence: list[tuple[tuple[str, D, int], int]], look: int
) -> None:
    book = Book()
    for step, wait in sequence:
        book.day += wait
        _run(book, step)
        ledger = book.ledger
        s = ledger.settle()
        invoiced = sum((i.amount for i in ledger.invoices), D(0))
        noted = sum((n.amount for n in ledger.credit_notes), D(0))
        # open amounts less credit = invoices - payments - credit notes, and the same balance
        # whatever the allocations
        assert s.open_total - s.credit == invoiced - _standing_paid(ledger) - noted
        assert s.balance == client_balance(ledger.invoices, ledger.payments, ledger.credit_notes)
        assert all(D(0) <= s.open[i.id] <= i.amount for i in ledger.invoices)
        assert s.credit >= 0 or book.undone_payment
        if not (book.merged or book.undone_payment):
            assert s.excess == ()
        at = book.at() + timedelta(look)
        a = aging(ledger.open_invoices(), at, s.credit)
        assert set(a.buckets) == set(BUCKETS)
        assert a.total == s.balance
        assert a.overdue == sum(
            (o.open_amount for o in ledger.open_invoices() if o.due_date < at), D(0)
        )


@given(
    st.lists(cents, min_size=1, max_size=6),
    st.lists(cents, min_size=1, max_size=4),
    st.lists(cents, min_size=1, max_size=4),
)
def test_two_laptops_allocating_the_same_invoices_leave_the_excess_as_credit(
    invoices: list[D], here: list[D], there: list[D]
) -> None:
    """Both laptops start from the same invoices and each allocates its own payments oldest
    first; the merged ledger settles no invoice below zero, keeps the balance, and reports what
    went over as excess, which stays with the client as credit."""
    book = Book()
    for amount in invoices:
        _invoice(book, amount, 30)
    base = Ledger(list(book.ledger.invoices), [], [], [], [])
    for amount in here:
        _pay(book, amount)
    book.day += 1
    other = Book(Ledger(list(base.invoices), [], [], [], []), day=book.day)
    for amount in there:
        _pay(other, amount)
    merged = book.ledger
    for p in other.ledger.payments:  # the other laptop's ids are its own
        merged.payments.append(Payment(f"x{p.id}", p.date, p.amount))
    for a in other.ledger.allocations:
        merged.allocations.append(
            Allocation(f"x{a.id}", a.date, f"x{a.payment_id}", a.invoice_id, a.amount)
        )
    s = merged.settle()
    invoiced, paid = sum(invoices, D(0)), sum(here + there, D(0))
    assert s.balance == invoiced - paid
    assert all(D(0) <= s.open[i.id] <= i.amount for i in merged.invoices)
    aimed = sum((a.amount for a in merged.allocations), D(0))
    settled = invoiced - s.open_total
    assert aimed - sum((e.amount for e in s.excess), D(0)) == settled
    assert s.credit == paid - settled
    # with enough money on both sides to pay everything, each side alone settles it all
    if sum(here, D(0)) >= invoiced:
        assert s.open_total == 0 and s.credit == paid - invoiced
