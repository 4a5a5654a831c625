"""A client's history in the interface's language: the service gives each entry's plain parts
(services.clients.history.HistoryEntry) and these words make its kind, title, status and
details from them. What a user typed (a meeting's subject, a note) stays as typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.orders import REASON_LABELS, STATUS_LABELS
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.orders.event_notes import event_note
from kamdesk.ui.orders.order_side import EVENT_LABELS, event_label
from kamdesk.ui.receivables.payment_dialog import method_label
from kamdesk.ui.widgets.forms import domain_text

if TYPE_CHECKING:
    from kamdesk.services.clients.history import HistoryEntry

KINDS = {
    "meeting": QT_TRANSLATE_NOOP("HistoryPage", "meeting"),
    "call": QT_TRANSLATE_NOOP("HistoryPage", "call"),
    "task": QT_TRANSLATE_NOOP("HistoryPage", "task"),
    "order": QT_TRANSLATE_NOOP("HistoryPage", "order"),
    "invoice": QT_TRANSLATE_NOOP("HistoryPage", "invoice"),
    "payment": QT_TRANSLATE_NOOP("HistoryPage", "payment"),
    "complaint": QT_TRANSLATE_NOOP("HistoryPage", "complaint"),
    "return": QT_TRANSLATE_NOOP("HistoryPage", "return"),
    "document": QT_TRANSLATE_NOOP("HistoryPage", "document"),
}
# the states an entry's status column shows that are not an order's
STATES = {
    "planned": QT_TRANSLATE_NOOP("HistoryPage", "planned"),
    "done": QT_TRANSLATE_NOOP("HistoryPage", "done"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryPage", "cancelled"),
    "open": QT_TRANSLATE_NOOP("HistoryPage", "open"),
    "resolved": QT_TRANSLATE_NOOP("HistoryPage", "resolved"),
    "credit_note": QT_TRANSLATE_NOOP("HistoryPage", "credit note"),
    "before_invoice": QT_TRANSLATE_NOOP("HistoryPage", "before invoice"),
    "issued": QT_TRANSLATE_NOOP("HistoryPage", "issued"),
    "superseded": QT_TRANSLATE_NOOP("HistoryPage", "superseded"),
}
TITLES = {
    "order": QT_TRANSLATE_NOOP("HistoryPage", "Order {number}"),
    "invoice": QT_TRANSLATE_NOOP("HistoryPage", "Invoice {number}"),
    "payment": QT_TRANSLATE_NOOP("HistoryPage", "Payment {number}"),
    "return": QT_TRANSLATE_NOOP("HistoryPage", "Return {number}"),
    "proposal": QT_TRANSLATE_NOOP("HistoryPage", "Proposal {number}"),
    "contract": QT_TRANSLATE_NOOP("HistoryPage", "Contract {number}"),
}

# an order's step, as its own entry
ORDER_STEPS = {
    "confirmed": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} confirmed"),
    "credit_override": QT_TRANSLATE_NOOP(
        "HistoryPage", "Order {number} confirmed past the credit block"
    ),
    "shipped": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} shipped"),
    "delivered": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} delivered"),
    "invoiced": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} invoiced"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} cancelled"),
    "revised": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} revised"),
    "changed": QT_TRANSLATE_NOOP("HistoryPage", "Order {number} changed"),
    "refused": QT_TRANSLATE_NOOP("HistoryPage", "Refused at delivery, order {number}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryPage", text)


def kind_text(e: HistoryEntry) -> str:
    return _tr(KINDS[e.kind]) if e.kind in KINDS else e.kind


def title_text(e: HistoryEntry) -> str:
    """An order's step reads as the step and its order; a document as its kind and number;
    a meeting, call, task or complaint by the subject it was given."""
    if e.kind in ("order", "return") and e.event in ORDER_STEPS:
        return _tr(ORDER_STEPS[e.event]).format(number=e.number)
    key = e.event if e.kind == "document" else e.kind
    if key in TITLES and e.number:
        return _tr(TITLES[key]).format(number=e.number)
    if e.kind == "payment":  # one without a reference
        return _tr("Payment")
    return e.title


def status_text(e: HistoryEntry) -> str:
    if e.kind == "order" and e.state in STATUS_LABELS:
        return domain_text(STATUS_LABELS[e.state]).lower()
    if e.kind in ("order", "return") and e.state in EVENT_LABELS:
        return event_label(e.state).lower()
    return _tr(STATES[e.state]) if e.state in STATES else e.state


def detail_text(e: HistoryEntry) -> str:
    """The details on one line: a return's lines, an invoice's due day, a proposal's last
    valid day, how a payment came, and what a user wrote."""
    parts: list[str] = []
    if e.kind == "invoice" and e.on is not None:
        parts.append(_tr("due {day}").format(day=e.on.isoformat()))
    if e.kind == "payment" and e.event:
        parts.append(method_label(e.event))
    for line_no, quantity, reason in e.lines:
        why = domain_text(REASON_LABELS.get(reason, reason)).lower()
        parts.append(
            _tr("line {no}: {quantity} ({why})").format(
                no=line_no, quantity=f"{quantity.normalize():f}", why=why
            )
        )
    if e.note:
        parts.append(event_note(e.event, e.note) if e.kind in ("order", "return") else e.note)
    if e.kind == "document" and e.on is not None:
        parts.append(_tr("valid until {day}").format(day=e.on.isoformat()))
    return "; ".join(parts).replace("\n", " ")
