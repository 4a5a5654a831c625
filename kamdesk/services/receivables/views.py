"""What the Receivables section shows of one client: its invoices with what is open on each,
its payments with what is allocated and free, the allocations of a payment, its dunning steps;
and the overview of every client with a balance (aging and the last dunning step).

Read from the ledger itself (one client's history is small), as plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.money import ZERO
from kamdesk.domain.receivables import OpenInvoice
from kamdesk.models import AllocationReversal, Client, Invoice, Payment, PaymentAllocation
from kamdesk.services.queries import get_live, live
from kamdesk.services.receivables.aging import AgingRow, aging_report
from kamdesk.services.receivables.dunning import DunningEntry, last_steps, steps_of
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers
from kamdesk.services.receivables.posting import open_invoices


@dataclass(frozen=True)
class InvoiceLine:
    id: str
    number: str
    issued: date
    due: date
    amount: Decimal
    open: Decimal
    days_overdue: int  # 0 when paid or not yet due


@dataclass(frozen=True)
class PaymentLine:
    id: str
    paid_on: date
    amount: Decimal  # below zero for the entry that reverses a payment
    method: str
    reference: str
    doc_number: str
    note: str
    allocated: Decimal
    free: Decimal
    reversed_on: date | None  # the day a reversing entry undid it
    reverses_id: str | None  # set on the reversing entry itself

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


@dataclass(frozen=True)
class AllocationLine:
    id: str
    invoice_id: str
    invoice_number: str
    amount: Decimal
    allocated_on: date
    undone_on: date | None
    reason: str


@dataclass(frozen=True)
class ClientLedger:
    client_id: str
    name: str
    currency: str
    invoices: tuple[InvoiceLine, ...]
    payments: tuple[PaymentLine, ...]
    steps: tuple[DunningEntry, ...]
    balance: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Overview:
    """Every client with a balance at a day, and each client's last dunning step."""

    rows: tuple[AgingRow, ...]
    last_steps: dict[str, DunningEntry]


def overview(session: Session, *, today: date) -> Overview:
    return Overview(tuple(aging_report(session, today, today=today)), last_steps(session))


def _payments(session: Session, client_id: str, spent: dict[str, Decimal]) -> list[PaymentLine]:
    rows = session.scalars(
        select(Payment)
        .where(Payment.client_id == client_id, live(Payment))
        .order_by(Payment.payment_date.desc(), Payment.created_at.desc())
    ).all()
    undone = {r.reverses_id: r.payment_date for r in rows if r.reverses_id is not None}
    out = []
    for p in rows:
        allocated = spent.get(p.id, ZERO)
        reversed_on = undone.get(p.id)
        standing = p.reverses_id is None and reversed_on is None
        out.append(
            PaymentLine(
                id=p.id,
                paid_on=p.payment_date,
                amount=p.amount,
                method=p.method,
                reference=p.reference,
                doc_number=p.doc_number,
                note=p.note,
                allocated=allocated,
                free=p.amount - allocated if standing else ZERO,
                reversed_on=reversed_on,
                reverses_id=p.reverses_id,
            )
        )
    return out


def client_ledger(session: Session, client_id: str, *, today: date) -> ClientLedger:
    """One client's invoices (newest first), payments (newest first) and dunning steps."""
    client = get_live(session, Client, client_id)
    ledger = load_ledgers(session.connection(), [client_id]).get(client_id)
    invoices: list[InvoiceLine] = []
    spent: dict[str, Decimal] = {}
    balance = credit = ZERO
    if ledger is not None:
        money = in_money(ledger)
        settled = money.settle()
        balance, credit = settled.balance, settled.credit
        undone = {r.allocation_id for r in money.reversals}
        for a in money.allocations:
            if a.id not in undone:
                spent[a.payment_id] = spent.get(a.payment_id, ZERO) + a.amount
        for i in sorted(money.invoices, key=lambda i: (i.issue_date, i.number), reverse=True):
            left = settled.open.get(i.id, ZERO)
            late = (today - i.due_date).days if left > 0 else 0
            invoices.append(
                InvoiceLine(i.id, i.number, i.issue_date, i.due_date, i.amount, left, max(0, late))
            )
    return ClientLedger(
        client.id,
        client.name,
        client.currency,
        tuple(invoices),
        tuple(_payments(session, client_id, spent)),
        tuple(steps_of(session, client_id)),
        balance,
        credit,
    )


def allocations_of(session: Session, payment_id: str) -> list[AllocationLine]:
    """Where a payment's money went, in the order it was put there; undone ones included."""
    rows = session.execute(
        select(PaymentAllocation, Invoice.number)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(PaymentAllocation.payment_id == payment_id, live(PaymentAllocation))
        .order_by(PaymentAllocation.allocated_on, PaymentAllocation.created_at)
    ).all()
    reversals = {
        r.allocation_id: r
        for r in session.scalars(
            select(AllocationReversal).where(
                AllocationReversal.allocation_id.in_([a.id for a, _n in rows]),
                live(AllocationReversal),
            )
        ).all()
    }
    out = []
    for allocation, number in rows:
        undo = reversals.get(allocation.id)
        out.append(
            AllocationLine(
                allocation.id,
                allocation.invoice_id,
                number,
                allocation.amount,
                allocation.allocated_on,
                None if undo is None else undo.reversed_on,
                "" if undo is None else undo.reason,
            )
        )
    return out


@dataclass(frozen=True)
class ClientChoice:
    id: str
    name: str
    currency: str


def client_choices(session: Session) -> list[ClientChoice]:
    """Every live client a payment may come from, by name."""
    rows = session.execute(
        select(Client.id, Client.name, Client.currency).where(live(Client)).order_by(Client.name)
    ).all()
    return [ClientChoice(str(i), str(n), str(c)) for i, n, c in rows]


@dataclass(frozen=True)
class OpenInvoices:
    """A client's open invoices, oldest first, for a payment being spread over them."""

    client: ClientChoice
    invoices: tuple[OpenInvoice, ...]


def open_for_payment(session: Session, client_id: str) -> OpenInvoices:
    client = get_live(session, Client, client_id)
    return OpenInvoices(
        ClientChoice(client.id, client.name, client.currency),
        tuple(open_invoices(session, client_id)),
    )
