"""How the Sync section says things: record kinds, conflict kinds, times and counts in words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncWords", text)


# table name -> (one, many): what the KAM calls the records of each kind
_ENTITIES: dict[str, tuple[str, str]] = {
    "company": ("Company profile", "Company profile"),
    "competitor": ("Competitor", "Competitors"),
    "price_column": ("Price column", "Price columns"),
    "product_category": ("Product category", "Product categories"),
    "setting": ("Setting", "Settings"),
    "client": ("Client", "Clients"),
    "product": ("Product", "Products"),
    "promotion": ("Promotion", "Promotions"),
    "client_competitor": ("Competitor at a client", "Competitors at clients"),
    "client_key_reason": ("Key-client reason", "Key-client reasons"),
    "client_price": ("Special price", "Special prices"),
    "contact": ("Contact", "Contacts"),
    "objection": ("Objection", "Objections"),
    "product_price": ("Column price", "Column prices"),
    "promotion_client": ("Client in a promotion", "Clients in promotions"),
    "promotion_product": ("Product in a promotion", "Products in promotions"),
    "quantity_break": ("Quantity break", "Quantity breaks"),
    "sales_plan": ("Sales plan", "Sales plans"),
    "complaint": ("Complaint", "Complaints"),
    "contact_relation": ("Relation between contacts", "Relations between contacts"),
    "sales_order": ("Order", "Orders"),
    "activity": ("Meeting or task", "Meetings and tasks"),
    "invoice": ("Invoice", "Invoices"),
    "issued_document": ("Document", "Documents"),
    "order_event": ("Order history entry", "Order history entries"),
    "order_line": ("Order line", "Order lines"),
    "activity_contact": ("Meeting attendee", "Meeting attendees"),
    "activity_product": ("Product on an agenda", "Products on agendas"),
    "meeting_question": ("Meeting question", "Meeting questions"),
    "payment": ("Payment", "Payments"),
    "sales_return": ("Return", "Returns"),
    "return_line": ("Return line", "Return lines"),
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
    "value": "Changed on two laptops at once to different values.",
    "deleted_while_edited": "Deleted on one laptop while edited on another.",
    "revived_by_child": (
        "Deleted on one laptop, but another laptop added something to it, so it came back."
    ),
    "twin": "Made twice, on two laptops: the two records are one in fact.",
    "duplicate_number": "Two different records carry the same number.",
    "invoiced_twice": "The same order was invoiced on two laptops.",
    "overpaid": (
        "Payments allocated to this invoice (here and on another laptop) add up to more than "
        "it asked. The excess is kept as the client's credit: undo the allocation that went "
        "over in Receivables and allocate it elsewhere."
    ),
    "order_merged": (
        "The order's lines were changed on two laptops at once: it now holds both, and its "
        "totals add up. Keep it as merged, or also get the other version back as a new draft."
    ),
}


def kind_text(kind: str) -> str:
    return _tr(_KINDS.get(kind, "Two laptops disagree about this record."))


def when(moment: datetime | None, *, never: str = "") -> str:
    """A moment in the laptop's own time, to the minute."""
    if moment is None:
        return never or _tr("never")
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def counted(counts: Mapping[str, int]) -> str:
    """Records per kind, biggest first: "12 Clients, 3 Orders"."""
    parts = [
        f"{n} {entity_name(entity, many=n != 1)}"
        for entity, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n
    ]
    return ", ".join(parts) if parts else _tr("nothing")


def exchange_counts(direction: str, counts: Mapping[str, int]) -> str:
    """What a file held (sent) or did here (received)."""
    if direction == "in" and set(counts) <= {"added", "changed", "deleted"}:
        said = [
            f"{counts.get(key, 0)} {_tr(key)}"
            for key in ("added", "changed", "deleted")
            if counts.get(key, 0)
        ]
        return ", ".join(said) if said else _tr("nothing new")
    return counted(counts)


def waiting_text(waiting: int | None) -> str:
    if waiting is None:
        return _tr("everything (a full file)")
    if waiting == 0:
        return _tr("nothing: up to date")
    return _tr("1 record") if waiting == 1 else _tr("{n} records").format(n=waiting)
