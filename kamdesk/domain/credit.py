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

from kamdesk.domain.money import ZERO
from kamdesk.messages import _, day, figure, ngettext


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
        note = self.note.strip()
        if note and note[-1] not in ".!?":
            note += "."
        by = self.by.strip()
        if by and note:
            said = _("Supplies to {client} are blocked since {day} (by {by}): {note}")
        elif by:
            said = _("Supplies to {client} are blocked since {day} (by {by}).")
        elif note:
            said = _("Supplies to {client} are blocked since {day}: {note}")
        else:
            said = _("Supplies to {client} are blocked since {day}.")
        return said.format(client=self.client_name, day=day(self.since), by=by, note=note)


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
    """1023.6 -> '1,023.60' / '1 023,60': as the current language writes a figure."""
    return figure(value)


def decide_credit(position: CreditPosition, *, today: date, overdue_days: int) -> CreditDecision:
    """Whether the order may be confirmed, with every reason it may not."""
    reasons: list[str] = []
    if position.supplies_block is not None:
        reasons.append(position.supplies_block.reason())
    exposure = position.exposure
    available = None
    over_by = ZERO

    def money(value: Decimal) -> str:
        return f"{amount_text(value)} {position.currency}".rstrip()

    if position.limit is not None:
        available = position.limit - position.open_receivables - position.open_orders
        if exposure > position.limit:
            over_by = exposure - position.limit
            a = amount_text
            said = _(
                "Over the credit limit by {over}: exposure {exposure} (owed {owed}, open orders "
                "{orders}, this order {order}) against a limit of {limit}."
            ).format(
                over=money(over_by),
                exposure=money(exposure),
                owed=a(position.open_receivables),
                orders=a(position.open_orders),
                order=a(position.this_order),
                limit=money(position.limit),
            )
            reasons.append(said)
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
        said = ngettext(
            "{n} invoice overdue by more than {days} days, {total} in all; "
            "the oldest, {oldest}, is {late} days late.",
            "{n} invoices overdue by more than {days} days, {total} in all; "
            "the oldest, {oldest}, is {late} days late.",
            len(late),
        ).format(
            n=len(late),
            days=overdue_days,
            total=money(total),
            oldest=oldest.number,
            late=oldest.days_overdue(today),
        )
        reasons.append(said)
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
        return _("Say who approved confirming past the credit block.")
    if len(reason.strip()) < 5:
        return _("Give the reason for confirming past the credit block.")
    return None
