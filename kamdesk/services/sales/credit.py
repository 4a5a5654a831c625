"""A client's credit position: what it owes, what is on order, what is overdue, and whether its
supplies are blocked by a dunning step."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.credit import CreditPosition, OverdueInvoice, SuppliesBlock
from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.orders import OPEN_STATUSES
from kamdesk.models import Client, SalesOrder
from kamdesk.services.queries import get_live, live
from kamdesk.services.receivables.cache import keep_fresh
from kamdesk.services.receivables.dunning import supplies_blocked


def _sum(session: Session, column: Any, *where: Any) -> Decimal:
    value = session.execute(select(func.sum(column)).where(*where)).scalar()
    return ZERO if value is None else Decimal(value)


def open_invoices(session: Session, client_id: str) -> list[OverdueInvoice]:
    """The client's invoices not paid in full (after allocations and credit notes), oldest due
    first: the receivables cache, kept with the ledger (services.receivables.cache)."""
    keep_fresh(session, [client_id])
    rows = run(
        session.connection(),
        "SELECT i.number, o.due_date, o.open_amount FROM invoice_open o "
        "JOIN invoice i ON i.id = o.invoice_id WHERE o.client_id = ? "
        "ORDER BY o.due_date, i.number",
        (client_id,),
    )
    return [
        OverdueInvoice(
            number=str(number), due_date=date.fromisoformat(due), open_amount=from_minor(amount)
        )
        for number, due, amount in rows
    ]


def receivable(session: Session, client_id: str) -> Decimal:
    """What the client owes in all: invoices less payments (on invoices or on account) and
    credit notes; below zero the client is in credit (the receivables cache)."""
    keep_fresh(session, [client_id])
    minor = run(
        session.connection(), "SELECT balance FROM client_balance WHERE client_id = ?", (client_id,)
    ).scalar()
    return from_minor(int(minor or 0))


def credit_position(
    session: Session,
    client_id: str,
    *,
    this_order: Decimal,
    today: date,
    exclude: str | None = None,
) -> CreditPosition:
    """The figures credit control weighs for the client (`exclude`: the order being
    confirmed, so it is not counted twice)."""
    client = get_live(session, Client, client_id)
    where = [
        SalesOrder.client_id == client_id,
        live(SalesOrder),
        SalesOrder.status.in_(OPEN_STATUSES),
    ]
    if exclude is not None:
        where.append(SalesOrder.id != exclude)
    open_orders = _sum(session, SalesOrder.__table__.c.total_gross, *where)
    step = supplies_blocked(session, client_id)
    block = (
        None
        if step is None
        else SuppliesBlock(client.name, step.step_date, step.done_by, step.note)
    )
    return CreditPosition(
        limit=client.credit_limit,
        open_receivables=receivable(session, client_id),
        open_orders=Decimal(open_orders),
        this_order=this_order,
        unpaid_invoices=tuple(open_invoices(session, client_id)),
        currency=client.currency,
        supplies_block=block,
    )
