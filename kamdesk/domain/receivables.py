"""Receivables: what each client owes, which payment settled which invoice, and how late it is.

The rules, as a KAM keeps the books with a client:
- The ledger only grows. A posted invoice, payment, credit note or allocation is never edited;
  a wrong allocation is undone by a reversal and, if needed, allocated again.
- A payment is spread over the client's open invoices, the oldest due first (same due date:
  the earlier issued, then the lower number), or by hand, invoice by invoice. Part of an
  invoice may be paid. Money left over stays with the client as credit.
- A credit note for an invoice lowers what that invoice asks; one for no invoice is credit.
- The client's balance is invoices minus payments minus credit notes; below zero the client is
  in credit. Allocations never change the balance, only which invoices are still open.
- Two laptops may both allocate to the same invoice and the merge then puts more on it than
  it asked. The invoice is simply paid; the excess goes back to the client's credit and is
  reported, so that someone looks at it.
- Aging counts days past each invoice's due date: current (not yet due), 1-30, 31-60, 61-90
  and 90+.

Money is exact: Decimal, whole cents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.money import ZERO, AmountError, to_minor
from kamdesk.messages import _, figure

BUCKETS: tuple[str, ...] = ("current", "1-30", "31-60", "61-90", "90+")


class ReceivablesError(ValueError):
    """An entry the ledger refuses, with the reason in words a KAM reads."""


# --- what the ledger holds -------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceDue:
    """An invoice the client must pay: its gross amount, due on due_date."""

    id: str
    number: str
    issue_date: date
    due_date: date
    amount: Decimal


@dataclass(frozen=True)
class Payment:
    """Money received from the client. A payment posted in error is undone by a reversing
    payment (reverses: the id it undoes): the pair no longer counts, and allocations still on
    the undone payment settle nothing (they are reported as excess)."""

    id: str
    date: date
    amount: Decimal
    reverses: str | None = None


@dataclass(frozen=True)
class CreditNote:
    """Money the client no longer owes (a return, a discount after the fact).

    With an invoice it lowers that invoice; without one it is the client's credit."""

    id: str
    date: date
    amount: Decimal
    invoice_id: str | None = None


@dataclass(frozen=True)
class Allocation:
    """This much of a payment settles this invoice."""

    id: str
    date: date
    payment_id: str
    invoice_id: str
    amount: Decimal


@dataclass(frozen=True)
class Reversal:
    """Undoes one allocation entirely; the money goes back to the payment."""

    id: str
    date: date
    allocation_id: str


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice with what is still unpaid on it."""

    id: str
    number: str
    issue_date: date
    due_date: date
    open_amount: Decimal


# --- allocating a payment --------------------------------------------------------------------


@dataclass(frozen=True)
class AllocationPlan:
    """How a payment is spread: (invoice id, amount) in order, and what is left as credit."""

    lines: tuple[tuple[str, Decimal], ...]
    credit: Decimal

    @property
    def allocated(self) -> Decimal:
        return sum((amount for _, amount in self.lines), ZERO)


def oldest_first(invoices: Iterable[OpenInvoice]) -> list[OpenInvoice]:
    """The order a payment settles invoices: oldest due date, then issue date, then number."""
    return sorted(invoices, key=lambda i: (i.due_date, i.issue_date, i.number, i.id))


def _whole_cents(amount: Decimal, invoice: str = "") -> None:
    """ReceivablesError unless `amount` is whole cents: of the payment, or of the amount for
    `invoice` (its number) when one is named. The amount is shown exactly as typed."""
    try:
        to_minor(amount)
    except AmountError as exc:
        if invoice:
            said = _("The amount for Invoice {invoice} must be in whole cents: {amount}.")
        else:
            said = _("The payment must be in whole cents: {amount}.")
        raise ReceivablesError(said.format(invoice=invoice, amount=amount)) from exc


def allocate(
    payment_amount: Decimal,
    open_invoices: Sequence[OpenInvoice],
    *,
    manual: Sequence[tuple[str, Decimal]] | None = None,
) -> AllocationPlan:
    """Spread a payment over open invoices: oldest first, or as the KAM typed it (manual).

    What the payment does not cover stays with the client as credit."""
    _whole_cents(payment_amount)
    if payment_amount <= 0:
        raise ReceivablesError(
            _("A payment must be above zero, not {amount}.").format(amount=figure(payment_amount))
        )
    if manual is not None:
        return _manual(payment_amount, open_invoices, manual)
    left = payment_amount
    lines: list[tuple[str, Decimal]] = []
    for invoice in oldest_first(open_invoices):
        if left <= 0:
            break
        if invoice.open_amount <= 0:
            continue
        take = min(left, invoice.open_amount)
        lines.append((invoice.id, take))
        left -= take
    return AllocationPlan(lines=tuple(lines), credit=left)


def _manual(
    payment_amount: Decimal,
    open_invoices: Sequence[OpenInvoice],
    manual: Sequence[tuple[str, Decimal]],
) -> AllocationPlan:
    """Check every line typed by hand; refuse the first wrong one, naming its invoice."""
    by_id = {i.id: i for i in open_invoices}
    taken: dict[str, Decimal] = {}
    for invoice_id, amount in manual:
        invoice = by_id.get(invoice_id)
        if invoice is None or invoice.open_amount <= 0:
            raise ReceivablesError(
                _("Invoice {invoice} has nothing open to pay.").format(invoice=invoice_id)
            )
        _whole_cents(amount, invoice.number)
        if amount <= 0:
            raise ReceivablesError(
                _("Invoice {invoice}: allocate an amount above zero, not {amount}.").format(
                    invoice=invoice.number, amount=figure(amount)
                )
            )
        taken[invoice_id] = taken.get(invoice_id, ZERO) + amount
        if taken[invoice_id] > invoice.open_amount:
            raise ReceivablesError(
                _("Invoice {invoice} has {open} open; {taken} is more than that.").format(
                    invoice=invoice.number,
                    open=figure(invoice.open_amount),
                    taken=figure(taken[invoice_id]),
                )
            )
    total = sum(taken.values(), ZERO)
    if total > payment_amount:
        raise ReceivablesError(
            _("The allocations add up to {total}, more than the payment of {payment}.").format(
                total=figure(total), payment=figure(payment_amount)
            )
        )
    lines = tuple((invoice_id, amount) for invoice_id, amount in manual)
    return AllocationPlan(lines=lines, credit=payment_amount - total)


# --- reading the ledger ----------------------------------------------------------------------


@dataclass(frozen=True)
class Excess:
    """Money put on an invoice (or taken from a payment) beyond what it had: kept as credit.

    entry_id is the allocation or credit note that went over; invoice_id the invoice it
    aimed at."""

    entry_id: str
    invoice_id: str
    amount: Decimal


@dataclass(frozen=True)
class Settlement:
    """The ledger read: what is open per invoice, the client's credit, and every excess."""

    open: dict[str, Decimal]
    credit: Decimal
    excess: tuple[Excess, ...]

    @property
    def open_total(self) -> Decimal:
        return sum(self.open.values(), ZERO)

    @property
    def balance(self) -> Decimal:
        """What the client owes; below zero the client is in credit."""
        return self.open_total - self.credit


def _live(allocations: Iterable[Allocation], reversals: Iterable[Reversal]) -> list[Allocation]:
    """Allocations not reversed, in the order they were posted (date, then id), so that two
    laptops reading the same merged ledger agree on which one went over."""
    undone = {r.allocation_id for r in reversals}
    return sorted((a for a in allocations if a.id not in undone), key=lambda a: (a.date, a.id))


def settle(
    invoices: Iterable[InvoiceDue],
    payments: Iterable[Payment],
    allocations: Iterable[Allocation],
    reversals: Iterable[Reversal],
    credit_notes: Iterable[CreditNote],
) -> Settlement:
    """Read the whole ledger of one client.

    Credit notes for an invoice apply first, then allocations in posting order. No invoice is
    ever paid below zero and no payment spent beyond its amount: what would go over is an
    Excess and stays with the client as credit. Allocations whose payment is not in
    `payments` are not checked against it (open_amounts reads invoices alone)."""
    open_ = {i.id: i.amount for i in invoices}
    pays = _standing(payments)
    notes = list(credit_notes)
    excess: list[Excess] = []
    applied = _apply_notes(open_, notes, excess)
    spent = _apply_allocations(open_, pays, _live(allocations, reversals), excess)
    received = sum((p.amount for p in pays), ZERO) + sum((n.amount for n in notes), ZERO)
    return Settlement(open=open_, credit=received - applied - spent, excess=tuple(excess))


def _standing(payments: Iterable[Payment]) -> list[Payment]:
    """The payments that count: neither undone nor the entry that undoes one. An undone payment
    stays with an amount of 0, so allocations on it find nothing to spend."""
    pays = list(payments)
    undone = {p.reverses for p in pays if p.reverses is not None}
    return [
        Payment(p.id, p.date, ZERO) if p.id in undone else p for p in pays if p.reverses is None
    ]


def _apply_notes(
    open_: dict[str, Decimal], notes: list[CreditNote], excess: list[Excess]
) -> Decimal:
    """Lower each invoice by its credit notes, never below zero; return what was applied."""
    applied = ZERO
    for note in sorted(notes, key=lambda n: (n.date, n.id)):
        if note.invoice_id is None:
            continue
        take = min(note.amount, open_.get(note.invoice_id, ZERO))
        if take:
            open_[note.invoice_id] -= take
        applied += take
        if take < note.amount:
            excess.append(Excess(note.id, note.invoice_id, note.amount - take))
    return applied


def _apply_allocations(
    open_: dict[str, Decimal],
    payments: list[Payment],
    live: list[Allocation],
    excess: list[Excess],
) -> Decimal:
    """Settle invoices allocation by allocation, each only up to what the invoice still asks
    and what its payment still holds; return what was settled."""
    holds = {p.id: p.amount for p in payments}
    spent = ZERO
    for alloc in live:
        take = min(alloc.amount, open_.get(alloc.invoice_id, ZERO))
        if alloc.payment_id in holds:
            take = min(take, holds[alloc.payment_id])
            holds[alloc.payment_id] -= take
        if take:
            open_[alloc.invoice_id] -= take
        spent += take
        if take < alloc.amount:
            excess.append(Excess(alloc.id, alloc.invoice_id, alloc.amount - take))
    return spent


def open_amounts(
    invoices: Iterable[InvoiceDue],
    allocations: Iterable[Allocation],
    reversals: Iterable[Reversal],
    credit_notes: Iterable[CreditNote],
) -> dict[str, Decimal]:
    """What is still unpaid on each invoice (0 for a paid one): the cache the app keeps."""
    return settle(invoices, (), allocations, reversals, credit_notes).open


def client_balance(
    invoices: Iterable[InvoiceDue],
    payments: Iterable[Payment],
    credit_notes: Iterable[CreditNote],
) -> Decimal:
    """Invoices minus payments minus credit notes: what the client owes us; below zero the
    client is in credit. How payments were allocated does not change it."""
    owed = sum((i.amount for i in invoices), ZERO)
    paid = sum((p.amount for p in _standing(payments)), ZERO)
    return owed - paid - sum((n.amount for n in credit_notes), ZERO)


def still_open(invoices: Iterable[InvoiceDue], open_: dict[str, Decimal]) -> list[OpenInvoice]:
    """The invoices with something unpaid, with what is unpaid, oldest first."""
    return oldest_first(
        OpenInvoice(i.id, i.number, i.issue_date, i.due_date, open_[i.id])
        for i in invoices
        if open_.get(i.id, ZERO) > 0
    )


# --- aging -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Aging:
    """Open money by how late it is at a date; oldest_overdue_days is None when nothing is
    overdue."""

    buckets: dict[str, Decimal]
    oldest_overdue_days: int | None

    @property
    def total(self) -> Decimal:
        return sum(self.buckets.values(), ZERO)

    @property
    def overdue(self) -> Decimal:
        return self.total - self.buckets["current"]


def bucket(days_past_due: int) -> str:
    """current when not yet past due (due today is current), else 1-30, 31-60, 61-90, 90+."""
    if days_past_due <= 0:
        return "current"
    if days_past_due <= 30:
        return "1-30"
    if days_past_due <= 60:
        return "31-60"
    if days_past_due <= 90:
        return "61-90"
    return "90+"


def aging(open_invoices: Iterable[OpenInvoice], at: date, credit: Decimal = ZERO) -> Aging:
    """Sort each invoice's open amount into its bucket by the days past its due date at `at`.

    The client's unallocated credit (money it may still ask to have put on an invoice) stands
    against the current bucket, so the buckets add up to the balance."""
    buckets = dict.fromkeys(BUCKETS, ZERO)
    buckets["current"] -= credit
    oldest: int | None = None
    for invoice in open_invoices:
        if invoice.open_amount <= 0:
            continue
        days = (at - invoice.due_date).days
        buckets[bucket(days)] += invoice.open_amount
        if days > 0 and (oldest is None or days > oldest):
            oldest = days
    return Aging(buckets=buckets, oldest_overdue_days=oldest)


# --- one client's whole ledger ---------------------------------------------------------------


@dataclass
class Ledger:
    """Everything posted with one client, as the database holds it."""

    invoices: list[InvoiceDue]
    payments: list[Payment]
    allocations: list[Allocation]
    reversals: list[Reversal]
    credit_notes: list[CreditNote]

    @classmethod
    def empty(cls) -> Ledger:
        return cls([], [], [], [], [])

    def settle(self) -> Settlement:
        return settle(
            self.invoices, self.payments, self.allocations, self.reversals, self.credit_notes
        )

    def open_invoices(self) -> list[OpenInvoice]:
        return still_open(self.invoices, self.settle().open)
