"""What sync knows of the schema: which tables travel, their fields, and how each merges."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from sqlalchemy import Boolean, LargeBinary, Table, text
from sqlalchemy.orm import Session

from kamdesk.domain.merge import FieldKind, MergeRules
from kamdesk.messages import _
from kamdesk.models import Base
from kamdesk.models.base import Money, Quantity
from kamdesk.services.check import PARENTS
from kamdesk.services.digest import DERIVED_COLUMNS, LOCAL_TABLES

# Kept by the row, not by sync: the key, this laptop's bookkeeping, the tombstone (the state's
# own deletes decide it) and values derived here from other fields.
NOT_FIELDS = frozenset({"id", "updated_at", "revision", "deleted_at"}) | DERIVED_COLUMNS

# Records that are written once and never changed: a correction is a new record. Merged by
# union of their creation; an edit or delete of one from another laptop is refused.
INSERT_ONLY = frozenset(
    {
        "order_event", "invoice", "payment", "sales_return", "return_line", "issued_document",
        "payment_allocation", "allocation_reversal", "dunning_step",
    }
)  # fmt: skip


# Where the team's hub laptop, when one is named, has the last word (its concurrent edit wins):
# the price list, promotions, the team's rules and the company profile.
AUTHORITY_ENTITIES = frozenset(
    {
        "product", "product_category", "price_column", "product_price", "quantity_break",
        "promotion", "promotion_product", "promotion_client", "setting", "company", "kam",
        "team",
    }
)  # fmt: skip
HUB_SETTING = "sync.hub"
RULES_KEY = "kamdesk.sync.rules"  # where a unit of work keeps its rules (the hub read once)


@dataclass(frozen=True)
class Entity:
    name: str
    table: Table
    fields: tuple[str, ...]
    blobs: frozenset[str]
    bools: frozenset[str] = frozenset()  # 0/1 in a state and on SQLite, booleans on PostgreSQL

    @property
    def columns(self) -> str:
        return ", ".join(self.fields)


@functools.cache
def entities() -> dict[str, Entity]:
    """Every synced table by name, parents before children (the order a bundle holds them)."""
    out: dict[str, Entity] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_TABLES:
            continue
        fields = tuple(sorted(c.name for c in table.columns if c.name not in NOT_FIELDS))
        blobs = frozenset(c.name for c in table.columns if isinstance(c.type, LargeBinary))
        bools = frozenset(c.name for c in table.columns if isinstance(c.type, Boolean))
        out[table.name] = Entity(table.name, table, fields, blobs, bools)
    return out


@functools.cache
def rules() -> MergeRules:
    """Money and quantity fields need a decision in a conflict; parents revive (see importer)."""
    kinds: dict[str, dict[str, FieldKind]] = {}
    for name, entity in entities().items():
        for column in entity.table.columns:
            if isinstance(column.type, Money):
                kinds.setdefault(name, {})[column.name] = FieldKind.MONEY
            elif isinstance(column.type, Quantity):
                kinds.setdefault(name, {})[column.name] = FieldKind.QUANTITY
    return MergeRules(field_kinds=kinds, insert_only=INSERT_ONLY)


def rules_for(session: Session) -> MergeRules:
    """The merge rules with the team's hub as authority, if the team named one."""
    key = RULES_KEY
    found = session.info.get(key)
    if isinstance(found, MergeRules):
        return found
    row = (
        session.connection()
        .execute(
            text("SELECT value FROM setting WHERE key = :k AND deleted_at IS NULL"),
            {"k": HUB_SETTING},
        )
        .first()
    )
    hub = str(row[0]) if row is not None and row[0] else None
    found = replace(rules(), authority=hub, authority_entities=AUTHORITY_ENTITIES)
    session.info[key] = found
    return found


def parents_of(entity: str) -> tuple[tuple[str, str], ...]:
    """(link field, parent entity) of each parent a record of `entity` belongs to."""
    return tuple((fk, parent) for child, fk, parent in PARENTS if child == entity)


def children_of(entity: str) -> tuple[tuple[str, str], ...]:
    """(child entity, link field) of each kind of record that belongs to one of `entity`."""
    return tuple((child, fk) for child, fk, parent in PARENTS if parent == entity)


def shown(entity: str, name: str, raw: object) -> object:
    """A stored value as a person reads it: money and quantities as decimal text."""
    from kamdesk.domain.money import from_minor, qty_from_milli

    kind = rules().kind(entity, name)
    if type(raw) is int and kind is FieldKind.MONEY:
        return str(from_minor(raw))
    if type(raw) is int and kind is FieldKind.QUANTITY:
        return str(qty_from_milli(raw))
    return raw


def stored(entity: str, name: str, text: str) -> object:
    """What a person typed for a field, as the database stores it; ValueError if it cannot be."""
    from datetime import date, datetime
    from decimal import Decimal, InvalidOperation

    from sqlalchemy import Boolean, Integer

    from kamdesk.domain.money import parse_decimal, qty_to_milli, to_minor
    from kamdesk.models.base import DecimalText, ISODate, UTCDateTime

    column = entities()[entity].table.columns[name]
    kind = rules().kind(entity, name)
    if text.strip() == "" and column.nullable:
        return None
    if kind is FieldKind.MONEY:
        return to_minor(parse_decimal(text))
    if kind is FieldKind.QUANTITY:
        return qty_to_milli(parse_decimal(text))
    typ = column.type
    if isinstance(typ, Boolean):
        if text.strip().lower() not in {"true", "false", "1", "0", "yes", "no"}:
            raise ValueError(_("{name} is yes or no").format(name=name))

        return int(text.strip().lower() in {"true", "1", "yes"})
    if isinstance(typ, Integer):
        return int(text)
    if isinstance(typ, ISODate):
        return typ.process_bind_param(date.fromisoformat(text.strip()), None)  # type: ignore[arg-type]
    if isinstance(typ, UTCDateTime):
        return typ.process_bind_param(datetime.fromisoformat(text.strip()), None)  # type: ignore[arg-type]
    if isinstance(typ, DecimalText):
        try:
            return typ.process_bind_param(Decimal(text.strip()), None)  # type: ignore[arg-type]
        except InvalidOperation:
            raise ValueError(_("not a number: {text!r}").format(text=text)) from None

    return text
