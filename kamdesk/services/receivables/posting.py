"""Posting to the receivables ledger: payments received, their allocation to invoices, and the
reversing entries that correct them. Nothing posted is ever edited (kamdesk.domain.receivables).

Every function checks its input first and refuses with a UserError whose text a KAM reads; the
caller owns the transaction, and the unit of work's commit brings the cache of open amounts up
to date (services.receivables.cache.ledger_hook).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.fx import Conversion, MissingRate, RateBook
from kamdesk.domain.money import ZERO, AmountError, from_minor, to_minor
from kamdesk.domain.natural_keys import (
    allocation_reversal_id,
    bank_payment_id,
    payment_allocation_id,
)
from kamdesk.domain.receivables import (
    AllocationPlan,
    OpenInvoice,
    ReceivablesError,
    allocate,
)
from kamdesk.errors import UserError
from kamdesk.messages import _, day, figure
from kamdesk.models import AllocationReversal, Client, Invoice, Payment, PaymentAllocation
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import get_live, live
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers

FUTURE_DAYS = 1  # a bank's value date may be tomorrow; anything later is a typing error
EARLIEST = date(2000, 1, 1)


@dataclass(frozen=True)
class PaymentEntry:
    """A payment as typed or read from a bank file. `bank_key`: the duplicate key of a payment
    from a bank statement (its id derives from it); '' for one typed by hand.

    `amount` is in `currency`, the currency the money was received in ('' means the client's).
    Money received in another currency (a Russian client billed in EUR pays in roubles) is
    posted converted into the client's at the payment day's rate (received()), and keeps what
    was received."""

    client_id: str
    payment_date: date
    amount: Decimal
    currency: str = ""  # the currency received; '' means the client's
    method: str = "bank transfer"
    reference: str = ""
    doc_number: str = ""
    payer_name: str = ""
    payer_tax_id: str = ""
    purpose: str = ""
    note: str = ""
    source: str = ""
    bank_key: str = ""


@dataclass(frozen=True)
class Posted:
    """A payment posted: where its money went (invoice id, amount) and what stayed as credit."""

    payment_id: str
    allocations: tuple[tuple[str, Decimal], ...] = ()
    credit: Decimal = ZERO
    warnings: tuple[str, ...] = field(default=())


def _refuse(exc: ReceivablesError) -> UserError:
    return UserError(str(exc))


def check_payment(session: Session, entry: PaymentEntry, *, today: date) -> Client:
    """The client the payment is from, or a UserError saying what is wrong with it."""
    if not entry.client_id:
        raise UserError(_("Choose the client the payment is from."))
    client = get_live(session, Client, entry.client_id)
    try:
        to_minor(entry.amount)
    except AmountError as exc:
        raise UserError(
            _("The amount must be in whole cents: {amount}.").format(amount=entry.amount)
        ) from exc
    if entry.amount <= 0:
        raise UserError(
            _("A payment must be above zero, not {amount}.").format(amount=figure(entry.amount))
        )
    if entry.payment_date > today + timedelta(days=FUTURE_DAYS):
        raise UserError(
            _(
                "The payment is dated {day}, after today ({today}): money not yet received "
                "cannot be posted."
            ).format(day=day(entry.payment_date), today=day(today))
        )
    if entry.payment_date < EARLIEST:
        raise UserError(
            _("The payment date {day} is too far back.").format(day=day(entry.payment_date))
        )
    if entry.bank_key and already_posted(session, entry.bank_key):
        raise UserError(_("This payment was imported before (the same bank reference)."))
    return client


def received(
    rates: RateBook, amount: Decimal, currency: str, client_currency: str, day: date
) -> Conversion | None:
    """How `amount` received in `currency` converts into the client's currency on `day`
    (kamdesk.domain.fx: rounded half-up to the cent once); None when it is the client's. A
    UserError when no rate is known on or before the day."""
    currency, client_currency = currency.upper(), client_currency.upper()
    if not currency or currency == client_currency:
        return None
    try:
        found = rates.convert(amount, currency, client_currency, day)
    except MissingRate as exc:
        raise UserError(str(exc)) from None
    if found.amount <= 0:
        raise UserError(
            _("{amount} {currency} is less than a cent in {client_currency}.").format(
                amount=figure(amount), currency=currency, client_currency=client_currency
            )
        )
    return found


def already_posted(session: Session, bank_key: str) -> bool:
    """Whether a payment with this duplicate key is on the ledger (live)."""
    found = session.scalar(
        select(Payment.id).where(Payment.bank_key == bank_key, live(Payment)).limit(1)
    )
    return found is not None or session.get(Payment, bank_payment_id(bank_key)) is not None


def open_invoices(session: Session, client_id: str) -> list[OpenInvoice]:
    """The client's invoices with something unpaid, oldest first, read from the ledger itself
    (not the cache: an allocation must see what this unit of work already posted)."""
    session.flush()
    ledger = load_ledgers(session.connection(), [client_id]).get(client_id)
    return [] if ledger is None else in_money(ledger).open_invoices()


def unallocated(session: Session, payment_id: str) -> Decimal:
    """What of a payment is not on any invoice (allocations not reversed)."""
    session.flush()
    payment = get_live(session, Payment, payment_id)
    ledger = load_ledgers(session.connection(), [payment.client_id]).get(payment.client_id)
    if ledger is None or payment.reverses_id is not None:
        return ZERO
    if any(p.reverses == payment_id for p in ledger.payments):
        return ZERO  # reversed: nothing left to allocate
    undone = {r.allocation_id for r in ledger.reversals}
    spent = sum(
        (a.amount for a in ledger.allocations if a.payment_id == payment_id and a.id not in undone),
        Decimal(0),
    )
    return payment.amount - from_minor(int(spent))


def post_payment(
    session: Session,
    entry: PaymentEntry,
    *,
    today: date,
    manual: Sequence[tuple[str, Decimal]] | None = None,
    auto: bool = True,
    rates: RateBook | None = None,
) -> Posted:
    """Post a payment and spread it: oldest invoices first (auto), as typed (manual: invoice id
    and amount, in the client's currency), or not at all (auto False: all of it stays as credit
    to allocate later). Money in another currency is converted with `rates` (default: the
    laptop's rate book)."""
    client = check_payment(session, entry, today=today)
    fx = None
    if entry.currency and entry.currency.upper() != client.currency:
        book = rate_book(session) if rates is None else rates
        fx = received(book, entry.amount, entry.currency, client.currency, entry.payment_date)
    amount = entry.amount if fx is None else fx.amount
    payment = Payment(
        client_id=client.id,
        payment_date=entry.payment_date,
        amount=amount,
        currency=client.currency,
        method=entry.method,
        reference=entry.reference,
        doc_number=entry.doc_number,
        payer_name=entry.payer_name,
        payer_tax_id=entry.payer_tax_id,
        purpose=entry.purpose,
        note=entry.note,
        source=entry.source,
        bank_key=entry.bank_key,
    )
    if fx is not None:
        payment.source_amount, payment.source_currency = fx.source_amount, fx.source_currency
        payment.fx_rate, payment.fx_date = fx.factor, fx.day
    if entry.bank_key:
        payment.id = bank_payment_id(entry.bank_key)
    session.add(payment)
    session.flush()
    if manual is None and not auto:
        return Posted(payment.id, (), amount)
    plan = _plan(session, client.id, amount, manual)
    _write_allocations(session, payment, plan, on=entry.payment_date)
    return Posted(payment.id, plan.lines, plan.credit)


def _plan(
    session: Session,
    client_id: str,
    amount: Decimal,
    manual: Sequence[tuple[str, Decimal]] | None,
) -> AllocationPlan:
    try:
        return allocate(amount, open_invoices(session, client_id), manual=manual)
    except ReceivablesError as exc:
        raise _refuse(exc) from exc


def _write_allocations(
    session: Session, payment: Payment, plan: AllocationPlan, *, on: date
) -> list[PaymentAllocation]:
    made = []
    issued = dict(
        session.execute(
            select(Invoice.id, Invoice.issue_date).where(Invoice.id.in_([i for i, _ in plan.lines]))
        ).all()
    )
    for invoice_id, amount in plan.lines:
        # after a reversal the same payment may go on the same invoice again: the next one
        ordinal = _count(session, payment.id, invoice_id)
        row = PaymentAllocation(
            id=payment_allocation_id(payment.id, invoice_id, ordinal, to_minor(amount)),
            client_id=payment.client_id,
            payment_id=payment.id,
            invoice_id=invoice_id,
            amount=amount,
            # a prepayment settles an invoice only from the day the invoice exists
            allocated_on=max(on, issued.get(invoice_id, on)),
        )
        session.add(row)
        made.append(row)
    session.flush()
    return made


def _count(session: Session, payment_id: str, invoice_id: str) -> int:
    return len(
        session.scalars(
            select(PaymentAllocation.id).where(
                PaymentAllocation.payment_id == payment_id,
                PaymentAllocation.invoice_id == invoice_id,
            )
        ).all()
    )


def allocate_payment(
    session: Session,
    payment_id: str,
    *,
    on: date,
    manual: Sequence[tuple[str, Decimal]] | None = None,
) -> Posted:
    """Put what is free of a posted payment on invoices: oldest first, or as typed."""
    payment = get_live(session, Payment, payment_id)
    free = unallocated(session, payment_id)
    if free <= 0:
        raise UserError(_("Nothing of this payment is left to allocate."))
    plan = _plan(session, payment.client_id, free, manual)
    _write_allocations(session, payment, plan, on=on)
    return Posted(payment.id, plan.lines, plan.credit)


def reverse_allocation(session: Session, allocation_id: str, *, on: date, reason: str = "") -> str:
    """Undo an allocation: its money goes back to the payment (the client's credit)."""
    allocation = get_live(session, PaymentAllocation, allocation_id)
    reversal_id = allocation_reversal_id(allocation.id)
    existing = session.get(AllocationReversal, reversal_id)
    if existing is not None and existing.deleted_at is None:
        raise UserError(_("This allocation is already undone."))
    if on < allocation.allocated_on:
        raise UserError(_("An allocation cannot be undone before the day it was made."))
    if existing is not None:
        existing.deleted_at = None
        existing.reversed_on, existing.reason = on, reason
    else:
        session.add(
            AllocationReversal(
                id=reversal_id,
                client_id=allocation.client_id,
                allocation_id=allocation.id,
                reversed_on=on,
                reason=reason,
            )
        )
    session.flush()
    return reversal_id


def reverse_payment(session: Session, payment_id: str, *, on: date, reason: str) -> str:
    """Undo a payment posted in error: its allocations are undone and a reversing entry (the
    negative amount) is posted; returns the reversing entry's id."""
    payment = get_live(session, Payment, payment_id)
    if payment.reverses_id is not None:
        raise UserError(_("This entry already reverses a payment; post the payment again instead."))
    if not reason.strip():
        raise UserError(_("Say why the payment is reversed: the statement shows it."))
    undone = session.scalar(
        select(Payment.id).where(Payment.reverses_id == payment.id, live(Payment))
    )
    if undone is not None:
        raise UserError(_("This payment is already reversed."))
    if on < payment.payment_date:
        raise UserError(_("A payment cannot be reversed before the day it was received."))

    # the reversals of this payment's allocations only
    reversed_ids = set(
        session.scalars(
            select(AllocationReversal.allocation_id)
            .join(PaymentAllocation, PaymentAllocation.id == AllocationReversal.allocation_id)
            .where(PaymentAllocation.payment_id == payment.id, live(AllocationReversal))
        ).all()
    )
    for allocation in session.scalars(
        select(PaymentAllocation).where(
            PaymentAllocation.payment_id == payment.id, live(PaymentAllocation)
        )
    ).all():
        if allocation.id not in reversed_ids:
            reverse_allocation(session, allocation.id, on=on, reason=reason)
    entry = Payment(
        client_id=payment.client_id,
        payment_date=on,
        amount=-payment.amount,
        currency=payment.currency,
        method=payment.method,
        reference=payment.reference,
        doc_number=payment.doc_number,
        payer_name=payment.payer_name,
        payer_tax_id=payment.payer_tax_id,
        purpose=payment.purpose,
        note=reason.strip(),
        source="reversal",
        reverses_id=payment.id,
        source_amount=None if payment.source_amount is None else -payment.source_amount,
        source_currency=payment.source_currency,
        fx_rate=payment.fx_rate,
        fx_date=payment.fx_date,
    )
    session.add(entry)
    session.flush()
    return entry.id


def invoice_label(session: Session, invoice_id: str) -> str:
    number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
    return number or invoice_id
