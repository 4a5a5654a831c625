"""The reconciliation statement of mutual settlements (акт сверки взаиморасчётов): what a
client owed at the start of a period, every document of the period, and what it owes at the
end, as our books show it.

The rules, as an accountant draws the statement up from our side:
- Debit is what makes the client owe more: an invoice, and the correction of a payment posted
  in error (the reversing entry, on its own line, for the amount of the payment it undoes).
- Credit is what makes it owe less: a payment, a credit note (goods returned against an
  invoice).
- Allocations and their reversals only say which invoice a payment settled: they change no
  balance and are no lines.
- The opening balance is every entry before the period; the closing balance is the opening
  plus debit less credit. Positive: the client owes us; negative: we owe the client (its
  credit, an overpayment).

The closing balance equals the ledger's balance (receivables.client_balance) over the entries
dated up to the period's end, for any ledger: a payment undone counts as nothing from the day
both it and its reversal are posted. Money is exact: Decimal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.documents import Party, Signatory
from kamdesk.domain.money import ZERO
from kamdesk.domain.plans import parse_period
from kamdesk.domain.receivables import Ledger, Payment
from kamdesk.messages import _, day

# the kinds of line, in the order they stand within one day
KINDS: tuple[str, ...] = ("invoice", "payment", "credit_note", "reversal")
DEBIT_KINDS = frozenset({"invoice", "reversal"})
Day = date  # a field named `date` would shadow the type inside a class


class ReconciliationError(ValueError):
    """A statement that cannot be drawn up, with the reason in words a KAM reads."""


@dataclass(frozen=True)
class DocumentRef:
    """How the statement names a ledger entry: its document's number, and the document it
    refers to (the invoice a credit note lowers, the payment a reversal undoes) with its
    number and date."""

    number: str = ""
    ref_number: str = ""
    ref_date: Day | None = None


@dataclass(frozen=True)
class Entry:
    """One document on the statement: debit or credit (never both), in the client's currency."""

    id: str
    date: date
    kind: str  # one of KINDS
    number: str
    debit: Decimal
    credit: Decimal
    ref_number: str = ""
    ref_date: Day | None = None

    @property
    def change(self) -> Decimal:
        """What the entry adds to the client's debt."""
        return self.debit - self.credit


def _sided(amount: Decimal, debit: bool) -> tuple[Decimal, Decimal]:
    """(debit, credit) for an amount on its usual side; a negative amount goes to the other."""
    if amount < 0:
        amount, debit = -amount, not debit
    return (amount, ZERO) if debit else (ZERO, amount)


def _entry(
    id_: str, day: date, kind: str, amount: Decimal, ref: DocumentRef, number: str = ""
) -> Entry:
    debit, credit = _sided(amount, kind in DEBIT_KINDS)
    return Entry(id_, day, kind, ref.number or number, debit, credit, ref.ref_number, ref.ref_date)


def _reversals(payments: list[Payment]) -> dict[str, tuple[Payment, Payment]]:
    """reversal id -> (the reversal, the payment it undoes): the first reversal of each
    payment that is itself no reversal. A second reversal of the same payment, or one of a
    reversal, undoes nothing more (receivables._standing) and is no line."""
    originals = {p.id: p for p in payments if p.reverses is None}
    out: dict[str, tuple[Payment, Payment]] = {}
    done: set[str] = set()
    reversing = sorted(
        (p for p in payments if p.reverses is not None), key=lambda p: (p.date, p.id)
    )
    for rev in reversing:
        original = originals.get(rev.reverses or "")
        if original is None or original.id in done:
            continue
        done.add(original.id)
        out[rev.id] = (rev, original)
    return out


def entries_of(ledger: Ledger, refs: Mapping[str, DocumentRef] | None = None) -> list[Entry]:
    """Every entry of a client's ledger that moves its balance, as the statement lists it,
    in date order. `refs` names the documents by entry id (an invoice is named by its own
    number when it has no ref).

    A reversal stands on the debit side for the amount of the payment it undoes, on its own
    date (on the payment's, should it be dated before it)."""
    refs = refs or {}
    none = DocumentRef()
    out: list[Entry] = [
        _entry(i.id, i.issue_date, "invoice", i.amount, refs.get(i.id, none), i.number)
        for i in ledger.invoices
    ]
    out += [
        _entry(p.id, p.date, "payment", p.amount, refs.get(p.id, none))
        for p in ledger.payments
        if p.reverses is None
    ]
    for rev, original in _reversals(ledger.payments).values():
        ref = refs.get(rev.id, none)
        if not ref.ref_number and ref.ref_date is None:
            given = refs.get(original.id, none)
            ref = DocumentRef(ref.number, given.number or given.ref_number, original.date)
        day = max(rev.date, original.date)
        out.append(_entry(rev.id, day, "reversal", original.amount, ref))
    out += [
        _entry(n.id, n.date, "credit_note", n.amount, refs.get(n.id, none))
        for n in ledger.credit_notes
    ]
    return sorted(out, key=lambda e: (e.date, KINDS.index(e.kind), e.number, e.id))


def _total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


@dataclass(frozen=True)
class Reconciliation:
    """The statement's figures for [start, end]: the opening balance, the period's entries in
    date order, and what follows from them."""

    start: date
    end: date
    opening: Decimal  # what the client owed before `start`; below zero we owed the client
    lines: tuple[Entry, ...]

    @property
    def debit_turnover(self) -> Decimal:
        return _total(e.debit for e in self.lines)

    @property
    def credit_turnover(self) -> Decimal:
        return _total(e.credit for e in self.lines)

    @property
    def closing(self) -> Decimal:
        """Opening plus debit less credit: what the client owes at the end of `end`."""
        return self.opening + self.debit_turnover - self.credit_turnover

    @property
    def debtor(self) -> str | None:
        """Who owes whom at the end: "client" (owes us), "company" (we owe the client: its
        credit), or None when the accounts are square."""
        if self.closing > 0:
            return "client"
        if self.closing < 0:
            return "company"
        return None


def reconcile(entries: Iterable[Entry], start: date, end: date) -> Reconciliation:
    """The statement for the period from `start` to `end`, both days included."""
    if start > end:
        raise ReconciliationError(
            _("The period starts on {start}, after its end {end}.").format(
                start=day(start), end=day(end)
            )
        )
    listed = sorted(entries, key=lambda e: (e.date, KINDS.index(e.kind), e.number, e.id))
    opening = _total(e.change for e in listed if e.date < start)
    lines = tuple(e for e in listed if start <= e.date <= end)
    return Reconciliation(start, end, opening, lines)


def sides(balance: Decimal) -> tuple[Decimal, Decimal]:
    """A balance as a statement row shows it: (debit, credit), the other side zero."""
    return (balance, ZERO) if balance >= 0 else (ZERO, -balance)


@dataclass(frozen=True)
class StatementDoc:
    """Everything the printed statement says: the parties and who signs for each, the
    figures, in the client's currency and the document's language."""

    language: str
    currency: str
    issued_on: date
    seller: Party  # our company
    buyer: Party  # the client
    reconciliation: Reconciliation
    seller_signatory: Signatory | None = None
    buyer_signatory: Signatory | None = None
    # the contract the settlements fall under, when the client has one
    contract_number: str = ""
    contract_date: date | None = None
    place: str = ""  # where it is drawn up (our city)


# --- the period a statement usually covers ---------------------------------------------------


def year_to_date(today: date) -> tuple[date, date]:
    """From 1 January of this year to today: the period a statement covers unless chosen."""
    return date(today.year, 1, 1), today


def last_quarter(today: date) -> tuple[date, date]:
    """The last calendar quarter that has ended before today's quarter began."""
    quarter = (today.month - 1) // 3  # 0..3: the quarters before this one this year
    year = today.year if quarter else today.year - 1
    period = parse_period(f"{year}-Q{quarter or 4}")
    return period.start, period.end
