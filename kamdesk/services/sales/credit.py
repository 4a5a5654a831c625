"""A client's credit position: what it owes, what is on order, what is overdue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.credit import CreditPosition, OverdueInvoice
from kamdesk.domain.money import ZERO
from kamdesk.domain.orders import OPEN_STATUSES
from kamdesk.models import Client, Invoice, Payment, SalesOrder, SalesReturn
from kamdesk.services.queries import get_live, live


def _sum(session: Session, column: Any, *where: Any) -> Decimal:
    value = session.execute(select(func.sum(column)).where(*where)).scalar()
    return ZERO if value is None else Decimal(value)


def open_invoices(session: Session, client_id: str) -> list[OverdueInvoice]:
    """The client's invoices not paid in full (less their credit notes), oldest due first."""
    paid: dict[str, Decimal] = dict(
        session.execute(
            select(Payment.invoice_id, func.sum(Payment.__table__.c.amount))
            .where(
                Payment.client_id == client_id,
                live(Payment),
                Payment.invoice_id.is_not(None),
            )
            .group_by(Payment.invoice_id)
        ).all()
    )
    credited: dict[str, Decimal] = dict(
        session.execute(
            select(SalesReturn.invoice_id, func.sum(SalesReturn.__table__.c.total_gross))
            .where(
                SalesReturn.client_id == client_id,
                live(SalesReturn),
                SalesReturn.invoice_id.is_not(None),
            )
            .group_by(SalesReturn.invoice_id)
        ).all()
    )
    out = []
    for inv_id, number, due, gross in session.execute(
        select(Invoice.id, Invoice.number, Invoice.due_date, Invoice.total_gross)
        .where(Invoice.client_id == client_id, live(Invoice))
        .order_by(Invoice.due_date, Invoice.number)
    ):
        # SUM over a Money column comes back as Decimal through the column type
        left = gross - Decimal(paid.get(inv_id) or ZERO) - Decimal(credited.get(inv_id) or ZERO)
        if left > 0:
            out.append(OverdueInvoice(number=number, due_date=due, open_amount=left))
    return out


def receivable(session: Session, client_id: str) -> Decimal:
    """What the client owes in all: invoices less payments (on invoices or on account) and
    credit notes."""
    invoiced = _sum(
        session,
        Invoice.__table__.c.total_gross,
        Invoice.client_id == client_id,
        live(Invoice),
    )
    paid = _sum(
        session,
        Payment.__table__.c.amount,
        Payment.client_id == client_id,
        live(Payment),
    )
    credited = _sum(
        session,
        SalesReturn.__table__.c.total_gross,
        SalesReturn.client_id == client_id,
        live(SalesReturn),
        SalesReturn.invoice_id.is_not(None),
    )
    return Decimal(invoiced) - Decimal(paid) - Decimal(credited)


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
    return CreditPosition(
        limit=client.credit_limit,
        open_receivables=receivable(session, client_id),
        open_orders=Decimal(open_orders),
        this_order=this_order,
        unpaid_invoices=tuple(open_invoices(session, client_id)),
        currency=client.currency,
    )
