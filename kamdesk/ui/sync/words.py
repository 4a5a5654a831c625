"""How the Sync section says things: record kinds, conflict kinds, times and counts in words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.widgets.numbers import date_time


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWords", text, disambiguation, n)


# table name -> (one, many): what the KAM calls the records of each kind
_ENTITIES: dict[str, tuple[str, str]] = {
    "company": (
        QT_TRANSLATE_NOOP("SyncWords", "Company profile"),
        QT_TRANSLATE_NOOP("SyncWords", "Company profile"),
    ),
    "competitor": (
        QT_TRANSLATE_NOOP("SyncWords", "Competitor"),
        QT_TRANSLATE_NOOP("SyncWords", "Competitors"),
    ),
    "price_column": (
        QT_TRANSLATE_NOOP("SyncWords", "Price column"),
        QT_TRANSLATE_NOOP("SyncWords", "Price columns"),
    ),
    "product_category": (
        QT_TRANSLATE_NOOP("SyncWords", "Product category"),
        QT_TRANSLATE_NOOP("SyncWords", "Product categories"),
    ),
    "setting": (
        QT_TRANSLATE_NOOP("SyncWords", "Setting"),
        QT_TRANSLATE_NOOP("SyncWords", "Settings"),
    ),
    "client": (QT_TRANSLATE_NOOP("SyncWords", "Client"), QT_TRANSLATE_NOOP("SyncWords", "Clients")),
    "kam": (QT_TRANSLATE_NOOP("SyncWords", "KAM"), QT_TRANSLATE_NOOP("SyncWords", "KAMs")),
    "client_kam": (
        QT_TRANSLATE_NOOP("SyncWords", "KAM assignment"),
        QT_TRANSLATE_NOOP("SyncWords", "KAM assignments"),
    ),
    "team": (QT_TRANSLATE_NOOP("SyncWords", "Team"), QT_TRANSLATE_NOOP("SyncWords", "Teams")),
    "product": (
        QT_TRANSLATE_NOOP("SyncWords", "Product"),
        QT_TRANSLATE_NOOP("SyncWords", "Products"),
    ),
    "promotion": (
        QT_TRANSLATE_NOOP("SyncWords", "Promotion"),
        QT_TRANSLATE_NOOP("SyncWords", "Promotions"),
    ),
    "client_competitor": (
        QT_TRANSLATE_NOOP("SyncWords", "Competitor at a client"),
        QT_TRANSLATE_NOOP("SyncWords", "Competitors at clients"),
    ),
    "client_key_reason": (
        QT_TRANSLATE_NOOP("SyncWords", "Key-client reason"),
        QT_TRANSLATE_NOOP("SyncWords", "Key-client reasons"),
    ),
    "client_price": (
        QT_TRANSLATE_NOOP("SyncWords", "Special price"),
        QT_TRANSLATE_NOOP("SyncWords", "Special prices"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("SyncWords", "Contact"),
        QT_TRANSLATE_NOOP("SyncWords", "Contacts"),
    ),
    "objection": (
        QT_TRANSLATE_NOOP("SyncWords", "Objection"),
        QT_TRANSLATE_NOOP("SyncWords", "Objections"),
    ),
    "product_price": (
        QT_TRANSLATE_NOOP("SyncWords", "Column price"),
        QT_TRANSLATE_NOOP("SyncWords", "Column prices"),
    ),
    "promotion_client": (
        QT_TRANSLATE_NOOP("SyncWords", "Client in a promotion"),
        QT_TRANSLATE_NOOP("SyncWords", "Clients in promotions"),
    ),
    "promotion_product": (
        QT_TRANSLATE_NOOP("SyncWords", "Product in a promotion"),
        QT_TRANSLATE_NOOP("SyncWords", "Products in promotions"),
    ),
    "quantity_break": (
        QT_TRANSLATE_NOOP("SyncWords", "Quantity break"),
        QT_TRANSLATE_NOOP("SyncWords", "Quantity breaks"),
    ),
    "sales_plan": (
        QT_TRANSLATE_NOOP("SyncWords", "Sales plan"),
        QT_TRANSLATE_NOOP("SyncWords", "Sales plans"),
    ),
    "complaint": (
        QT_TRANSLATE_NOOP("SyncWords", "Complaint"),
        QT_TRANSLATE_NOOP("SyncWords", "Complaints"),
    ),
    "contact_relation": (
        QT_TRANSLATE_NOOP("SyncWords", "Relation between contacts"),
        QT_TRANSLATE_NOOP("SyncWords", "Relations between contacts"),
    ),
    "sales_order": (
        QT_TRANSLATE_NOOP("SyncWords", "Order"),
        QT_TRANSLATE_NOOP("SyncWords", "Orders"),
    ),
    "activity": (
        QT_TRANSLATE_NOOP("SyncWords", "Meeting or task"),
        QT_TRANSLATE_NOOP("SyncWords", "Meetings and tasks"),
    ),
    "invoice": (
        QT_TRANSLATE_NOOP("SyncWords", "Invoice"),
        QT_TRANSLATE_NOOP("SyncWords", "Invoices"),
    ),
    "issued_document": (
        QT_TRANSLATE_NOOP("SyncWords", "Document"),
        QT_TRANSLATE_NOOP("SyncWords", "Documents"),
    ),
    "order_event": (
        QT_TRANSLATE_NOOP("SyncWords", "Order history entry"),
        QT_TRANSLATE_NOOP("SyncWords", "Order history entries"),
    ),
    "order_line": (
        QT_TRANSLATE_NOOP("SyncWords", "Order line"),
        QT_TRANSLATE_NOOP("SyncWords", "Order lines"),
    ),
    "activity_contact": (
        QT_TRANSLATE_NOOP("SyncWords", "Meeting attendee"),
        QT_TRANSLATE_NOOP("SyncWords", "Meeting attendees"),
    ),
    "activity_product": (
        QT_TRANSLATE_NOOP("SyncWords", "Product on an agenda"),
        QT_TRANSLATE_NOOP("SyncWords", "Products on agendas"),
    ),
    "meeting_question": (
        QT_TRANSLATE_NOOP("SyncWords", "Meeting question"),
        QT_TRANSLATE_NOOP("SyncWords", "Meeting questions"),
    ),
    "payment": (
        QT_TRANSLATE_NOOP("SyncWords", "Payment"),
        QT_TRANSLATE_NOOP("SyncWords", "Payments"),
    ),
    "sales_return": (
        QT_TRANSLATE_NOOP("SyncWords", "Return"),
        QT_TRANSLATE_NOOP("SyncWords", "Returns"),
    ),
    "return_line": (
        QT_TRANSLATE_NOOP("SyncWords", "Return line"),
        QT_TRANSLATE_NOOP("SyncWords", "Return lines"),
    ),
}


def entity_name(entity: str, *, many: bool = False) -> str:
    one, plural = _ENTITIES.get(entity, (entity.replace("_", " ").capitalize(),) * 2)
    return _tr(plural if many else one)


def field_name(field: str) -> str:
    if not field:
        return _tr("the whole record")
    text = field.removesuffix("_id").replace("_", " ")
    return text[:1].upper() + text[1:]


# conflict kind -> what happened, in one sentence
_KINDS: dict[str, str] = {
    "value": QT_TRANSLATE_NOOP("SyncWords", "Changed on two laptops at once to different values."),
    "deleted_while_edited": QT_TRANSLATE_NOOP(
        "SyncWords", "Deleted on one laptop while edited on another."
    ),
    "revived_by_child": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Deleted on one laptop, but another laptop added something to it, so it came back.",
    ),
    "twin": QT_TRANSLATE_NOOP(
        "SyncWords", "Made twice, on two laptops: the two records are one in fact."
    ),
    "duplicate_number": QT_TRANSLATE_NOOP(
        "SyncWords", "Two different records carry the same number."
    ),
    "invoiced_twice": QT_TRANSLATE_NOOP("SyncWords", "The same order was invoiced on two laptops."),
    "overpaid": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Payments allocated to this invoice (here and on another laptop) add up to more than "
        "it asked. The excess is kept as the client's credit: undo the allocation that went "
        "over in Receivables and allocate it elsewhere.",
    ),
    "order_merged": QT_TRANSLATE_NOOP(
        "SyncWords",
        "The order's lines were changed on two laptops at once: it now holds both, and its "
        "totals add up. Keep it as merged, or also get the other version back as a new draft.",
    ),
}


def kind_text(kind: str) -> str:
    return _tr(
        _KINDS.get(kind, QT_TRANSLATE_NOOP("SyncWords", "Two laptops disagree about this record."))
    )


def when(moment: datetime | None, *, never: str = "") -> str:
    """A moment in the laptop's own time, to the minute."""
    if moment is None:
        return never or _tr("never")
    return date_time(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def counted(counts: Mapping[str, int]) -> str:
    """Records per kind, biggest first: "Clients (12), Orders (3)" (the count beside the kind's
    name, not before it, so no language has to make the name agree with the number)."""
    parts = [
        f"{entity_name(entity, many=n != 1)} ({n})"
        for entity, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n
    ]
    return ", ".join(parts) if parts else _tr("nothing")


def exchange_counts(direction: str, counts: Mapping[str, int]) -> str:
    """What a file held (sent) or did here (received)."""
    if direction == "in" and set(counts) <= {"added", "changed", "deleted"}:
        said = [
            f"{_tr(key)}: {counts.get(key, 0)}"
            for key in (
                QT_TRANSLATE_NOOP("SyncWords", "added"),
                QT_TRANSLATE_NOOP("SyncWords", "changed"),
                QT_TRANSLATE_NOOP("SyncWords", "deleted"),
            )
            if counts.get(key, 0)
        ]
        return ", ".join(said) if said else _tr("nothing new")
    return counted(counts)


def waiting_text(waiting: int | None) -> str:
    if waiting is None:
        return _tr("everything (a full file)")
    if waiting == 0:
        return _tr("nothing: up to date")
    return _tr("%n record(s)", "", waiting)
