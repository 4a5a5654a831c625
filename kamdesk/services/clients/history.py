"""A client's history: one timeline of meetings, calls, orders (and each step of their life),
invoices, payments, complaints, refusals, returns and the proposals and contracts issued."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.orders import REASON_LABELS
from kamdesk.messages import N_, _, day
from kamdesk.models import (
    Activity,
    Complaint,
    Invoice,
    IssuedDocument,
    OrderEvent,
    OrderLine,
    Payment,
    ReturnLine,
    SalesOrder,
    SalesReturn,
)
from kamdesk.services.queries import live

HISTORY_KINDS = (
    "meeting",
    "call",
    "task",
    "order",
    "invoice",
    "payment",
    "complaint",
    "return",
    "document",
)
_DOCUMENT_TITLES = {
    "proposal": N_("Proposal {number} v{version}"),
    "contract": N_("Contract {number} v{version}"),
}
# order events the timeline shows as their own entries (the order's row shows its creation;
# returns show as the return document)
_EVENT_TITLES = {
    "confirmed": N_("Order {number} confirmed"),
    "credit_override": N_("Order {number} confirmed past the credit block"),
    "shipped": N_("Order {number} shipped"),
    "delivered": N_("Order {number} delivered"),
    "invoiced": N_("Order {number} invoiced"),
    "cancelled": N_("Order {number} cancelled"),
    "revised": N_("Order {number} revised"),
    "changed": N_("Order {number} changed"),
}


@dataclass(frozen=True)
class HistoryEntry:
    """One entry. `title`, `detail` and `status` read in English (the command line); the
    interface words an entry in its language from the plain parts: `number` (of the order,
    invoice, return, payment's reference, document with its version), `event` (the order's
    step, the document's kind), `status` as stored, `on` (an invoice's due day, a proposal's
    last valid day), `lines` (a return's (line, quantity, reason)) and `note` (typed by a
    user)."""

    day: date
    kind: str
    title: str
    detail: str
    amount: Decimal | None
    currency: str
    status: str
    ref_id: str
    at: str = ""  # the moment (ISO, UTC) where known: orders the entries of one day
    number: str = ""
    event: str = ""
    on: date | None = None
    lines: tuple[tuple[int, Decimal, str], ...] = ()
    note: str = ""
    state: str = ""  # the status as stored (`status` may be worded: "credit note")


def timeline(
    session: Session, client_id: str, kinds: Iterable[str] = HISTORY_KINDS, *, limit: int = 2000
) -> list[HistoryEntry]:
    """Everything that happened with the client, newest first (planned meetings included)."""
    wanted = set(kinds)
    out: list[HistoryEntry] = []
    if wanted & {"meeting", "call", "task"}:
        out.extend(_activities(session, client_id, wanted))
    if "order" in wanted:
        out.extend(_orders(session, client_id))
    if wanted & {"order", "return"}:
        out.extend(_order_events(session, client_id, wanted))
    if "return" in wanted:
        out.extend(_returns(session, client_id))
    if "invoice" in wanted:
        out.extend(_invoices(session, client_id))
    if "payment" in wanted:
        out.extend(_payments(session, client_id))
    if "complaint" in wanted:
        out.extend(_complaints(session, client_id))
    if "document" in wanted:
        out.extend(_documents(session, client_id))
    out.sort(key=lambda e: (e.day, e.at, e.kind, e.ref_id), reverse=True)
    return out[:limit]


def _activities(session: Session, client_id: str, wanted: set[str]) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    for a in session.execute(
        select(Activity).where(
            Activity.client_id == client_id,
            live(Activity),
            Activity.kind.in_(wanted & {"meeting", "call", "task"}),
        )
    ).scalars():
        when = a.starts_at.date() if a.starts_at else a.due_date
        if when is None:
            continue
        out.append(
            HistoryEntry(
                when,
                a.kind,
                a.subject,
                a.outcome or a.agenda,
                None,
                "",
                a.status,
                a.id,
                note=a.outcome or a.agenda,
                state=a.status,
            )
        )
    return out


def _orders(session: Session, client_id: str) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    for o in session.execute(
        select(SalesOrder).where(SalesOrder.client_id == client_id, live(SalesOrder))
    ).scalars():
        out.append(
            HistoryEntry(
                o.order_date,
                "order",
                _("Order {number}").format(number=o.number),
                o.notes,
                o.total_gross,
                o.currency,
                o.status,
                o.id,
                number=o.number,
                state=o.status,
                note=o.notes,
            )
        )
    return out


def _order_events(session: Session, client_id: str, wanted: set[str]) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    numbers = {
        oid: (number, currency)
        for oid, number, currency in session.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.currency).where(
                SalesOrder.client_id == client_id
            )
        )
    }
    for ev in session.execute(
        select(OrderEvent).where(
            OrderEvent.client_id == client_id,
            live(OrderEvent),
            # the order's own row stands for its creation, the return's for the return
            OrderEvent.kind.not_in(("returned", "created")),
        )
    ).scalars():
        number, currency = numbers.get(ev.order_id, ("", ""))
        if ev.kind == "refused":
            if "return" not in wanted:
                continue
            kind, title = "return", _("Refused at delivery, order {number}").format(number=number)
            status = "refused"
        else:
            if "order" not in wanted:
                continue
            kind = "order"
            title = _(_EVENT_TITLES.get(ev.kind, N_("Order {number}"))).format(number=number)
            status = ev.kind.replace("_", " ")
        out.append(
            HistoryEntry(
                ev.happened_at.date(),
                kind,
                title,
                ev.note,
                ev.amount,
                currency,
                status,
                ev.order_id,
                ev.happened_at.isoformat(),
                number=number,
                event=ev.kind,
                state=ev.kind,
                note=ev.note,
            )
        )
    return out


def _returns(session: Session, client_id: str) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    told: dict[str, list[str]] = {}
    refused: dict[str, list[tuple[int, Decimal, str]]] = {}
    for rid, line_no, qty, reason in session.execute(
        select(ReturnLine.return_id, OrderLine.line_no, ReturnLine.quantity, ReturnLine.reason)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .join(SalesReturn, SalesReturn.id == ReturnLine.return_id)
        .where(SalesReturn.client_id == client_id, live(ReturnLine))
        .order_by(OrderLine.line_no)
    ):
        label = REASON_LABELS.get(reason, reason).lower()
        told.setdefault(rid, []).append(f"line {line_no}: {qty.normalize():f} ({label})")
        refused.setdefault(rid, []).append((line_no, qty, reason))
    for r in session.execute(
        select(SalesReturn).where(SalesReturn.client_id == client_id, live(SalesReturn))
    ).scalars():
        out.append(
            HistoryEntry(
                r.return_date,
                "return",
                _("Return {number}").format(number=r.number),
                "; ".join([*told.get(r.id, []), *([r.note] if r.note else [])]),
                r.total_gross,
                r.currency,
                "credit note" if r.invoice_id else "before invoice",
                r.id,
                r.created_at.isoformat(),
                number=r.number,
                lines=tuple(refused.get(r.id, [])),
                note=r.note or "",
                state="credit_note" if r.invoice_id else "before_invoice",
            )
        )
    return out


def _invoices(session: Session, client_id: str) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    for i in session.execute(
        select(Invoice).where(Invoice.client_id == client_id, live(Invoice))
    ).scalars():
        out.append(
            HistoryEntry(
                i.issue_date,
                "invoice",
                _("Invoice {number}").format(number=i.number),
                _("due {day}").format(day=day(i.due_date)),
                i.total_gross,
                i.currency,
                "",
                i.id,
                number=i.number,
                on=i.due_date,
            )
        )
    return out


def _payments(session: Session, client_id: str) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    for p in session.execute(
        select(Payment).where(Payment.client_id == client_id, live(Payment))
    ).scalars():
        out.append(
            HistoryEntry(
                p.payment_date,
                "payment",
                _("Payment {reference}").format(reference=p.reference).strip(),
                p.method,
                p.amount,
                p.currency,
                "",
                p.id,
                number=p.reference,
                event=p.method,
            )
        )
    return out


def _complaints(session: Session, client_id: str) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    for c in session.execute(
        select(Complaint).where(Complaint.client_id == client_id, live(Complaint))
    ).scalars():
        out.append(
            HistoryEntry(
                c.opened_on,
                "complaint",
                c.subject,
                c.resolution or c.description,
                None,
                "",
                c.status,
                c.id,
                note=c.resolution or c.description,
                state=c.status,
            )
        )
    return out


def _documents(session: Session, client_id: str) -> list[HistoryEntry]:
    """Proposals and contracts as issued: "Proposal KP-2026-0003 v2"; a version replaced by a
    later one shows as superseded."""
    rows = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.kind,
            IssuedDocument.number,
            IssuedDocument.version,
            IssuedDocument.issued_on,
            IssuedDocument.valid_until,
            IssuedDocument.title,
            IssuedDocument.total_gross,
            IssuedDocument.currency,
            IssuedDocument.supersedes_id,
            IssuedDocument.created_at,
        ).where(IssuedDocument.client_id == client_id, live(IssuedDocument))
    ).all()
    replaced = {r.supersedes_id for r in rows if r.supersedes_id}
    return [
        HistoryEntry(
            r.issued_on,
            "document",
            _(_DOCUMENT_TITLES.get(r.kind, N_("Document {number} v{version}"))).format(
                number=r.number, version=r.version
            ),
            _("{title}; valid until {day}").format(title=r.title, day=day(r.valid_until))
            if r.valid_until
            else r.title,
            r.total_gross,
            r.currency,
            "superseded" if r.id in replaced else "issued",
            r.id,
            r.created_at.isoformat(),
            number=f"{r.number} v{r.version}",
            event=r.kind,
            on=r.valid_until,
            note=r.title,
            state="superseded" if r.id in replaced else "issued",
        )
        for r in rows
    ]
