"""Credit control at confirmation (after Tryton's account_credit_limit / sale_credit_limit).

Exposure = what the client owes on invoices (less payments and credit notes) + orders
confirmed but not yet invoiced + the order being confirmed. Confirmation is blocked when the
exposure goes over the client's credit limit, or when any invoice is overdue by more than the
team's allowed days, or while the client's supplies are blocked by a dunning step. No limit
recorded means no limit; a limit of 0 means prepayment only.
A block can be overridden by a person with a reason, and the override is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain import formatting
from kamdesk.domain.money import ZERO


@dataclass(frozen=True)
class OverdueInvoice:
    number: str
    due_date: date
    open_amount: Decimal

    def days_overdue(self, today: date) -> int:
        return (today - self.due_date).days


@dataclass(frozen=True)
class SuppliesBlock:
    """The dunning step that blocked supplies to the client (until a step lifts it)."""

    client_name: str
    since: date
    by: str = ""
    note: str = ""

    def reason(self) -> str:
        """'Supplies to X are blocked since D (by Y): note'."""
        by = f" (by {self.by})" if self.by.strip() else ""
        note = self.note.strip()
        tail = f": {note}" if note else "."
        if note and note[-1] not in ".!?":
            tail += "."
        return (
            f"Supplies to {self.client_name} are blocked since {self.since.isoformat()}{by}{tail}"
        )


@dataclass(frozen=True)
class CreditPosition:
    limit: Decimal | None
    open_receivables: Decimal
    open_orders: Decimal  # confirmed, shipped or delivered but not yet invoiced
    this_order: Decimal
    unpaid_invoices: tuple[OverdueInvoice, ...] = ()
    currency: str = ""
    supplies_block: SuppliesBlock | None = None

    @property
    def exposure(self) -> Decimal:
        return self.open_receivables + self.open_orders + self.this_order


@dataclass(frozen=True)
class CreditDecision:
    allowed: bool
    exposure: Decimal
    available: Decimal | None  # limit - exposure before this order; None without a limit
    over_by: Decimal  # how far this order takes the client over the limit
    overdue: tuple[OverdueInvoice, ...]  # overdue beyond the allowed days, oldest first
    reasons: tuple[str, ...]


def amount_text(value: Decimal) -> str:
    """1023.6 -> '1 023.60': thousands apart by a narrow space, as everywhere in kamdesk."""
    return formatting.grouped(value)


def decide_credit(position: CreditPosition, *, today: date, overdue_days: int) -> CreditDecision:
    """Whether the order may be confirmed, with every reason it may not."""
    reasons: list[str] = []
    if position.supplies_block is not None:
        reasons.append(position.supplies_block.reason())
    exposure = position.exposure
    available = None
    over_by = ZERO
    cur = f" {position.currency}" if position.currency else ""
    if position.limit is not None:
        available = position.limit - position.open_receivables - position.open_orders
        if exposure > position.limit:
            over_by = exposure - position.limit
            a = amount_text
            reasons.append(
                f"Over the credit limit by {a(over_by)}{cur}: exposure {a(exposure)}{cur} "
                f"(owed {a(position.open_receivables)}, open orders {a(position.open_orders)}, "
                f"this order {a(position.this_order)}) against a limit of "
                f"{a(position.limit)}{cur}."
            )
    late = tuple(
        sorted(
            (
                i
                for i in position.unpaid_invoices
                if i.open_amount > 0 and i.days_overdue(today) > overdue_days
            ),
            key=lambda i: (i.due_date, i.number),
        )
    )
    if late:
        total = sum((i.open_amount for i in late), ZERO)
        oldest = late[0]
        invoices = "1 invoice" if len(late) == 1 else f"{len(late)} invoices"
        reasons.append(
            f"{invoices} overdue by more than {overdue_days} days, {amount_text(total)}{cur} "
            f"in all; the oldest, {oldest.number}, is {oldest.days_overdue(today)} days late."
        )
    return CreditDecision(
        allowed=not reasons,
        exposure=exposure,
        available=available,
        over_by=over_by,
        overdue=late,
        reasons=tuple(reasons),
    )


def override_problem(by: str, reason: str) -> str | None:
    """An override of a credit block needs who decided and why."""
    if not by.strip():
        return "Say who approved confirming past the credit block."
    if len(reason.strip()) < 5:
        return "Give the reason for confirming past the credit block."
    return None
