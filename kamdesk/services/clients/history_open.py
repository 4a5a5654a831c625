"""What a history entry opens: the order behind an invoice, a return or a payment (the order
window shows its invoices, returns and payments), the meeting or call itself."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.models import Invoice, Payment, PaymentAllocation, SalesReturn
from kamdesk.services.queries import live


def order_of_entry(session: Session, kind: str, ref_id: str) -> str | None:
    """The order an entry of `kind` with `ref_id` belongs to (None: it has none, or it is
    not an entry about an order)."""
    if kind == "order":
        return ref_id
    if kind == "invoice":
        return session.execute(select(Invoice.order_id).where(Invoice.id == ref_id)).scalar()
    if kind == "return":
        return session.execute(
            select(SalesReturn.order_id).where(SalesReturn.id == ref_id)
        ).scalar()
    if kind == "payment":
        invoice = (
            session.execute(
                select(PaymentAllocation.invoice_id)
                .where(PaymentAllocation.payment_id == ref_id, live(PaymentAllocation))
                .order_by(PaymentAllocation.allocated_on)
                .limit(1)
            ).scalar()
            or session.execute(select(Payment.invoice_id).where(Payment.id == ref_id)).scalar()
        )
        if invoice is None:
            return None
        return session.execute(select(Invoice.order_id).where(Invoice.id == invoice)).scalar()
    return None
