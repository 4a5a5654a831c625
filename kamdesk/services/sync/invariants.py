"""After a merge: what refers to nothing is refused; what a union would hide is a conflict.

- A record whose link points at a record that exists nowhere (not in the file, not in the
  bundle) refuses the whole bundle.
- Two live records with one human number (two laptops that chose the same series), one order
  invoiced on two laptops, payments beyond an invoice's amount: each is listed as a conflict
  for the user, with an id made of the records involved (the same on every laptop).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.dialect import in_ids
from kamdesk.domain.merge import RecordState, Value
from kamdesk.messages import _
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.tables import entities
from kamdesk.sync.bundle import BundleError

NUMBERED = ("sales_order", "invoice", "sales_return", "contract")

Wanted = dict[str, dict[str, str]]  # parent table -> id -> who needs it


def add_links(wanted: Wanted, states: Iterable[RecordState]) -> None:
    """Note the records the live `states` link to (for refuse_missing, once all are merged)."""
    for state in states:
        if state.deleted:
            continue
        table = entities()[state.entity].table
        for fk in table.foreign_keys:
            name = fk.parent.name
            if name not in state.fields:
                continue
            value = state.value(name)
            if value is not None:
                wanted.setdefault(fk.column.table.name, {})[str(value)] = state.entity


def refuse_missing(session: Session, wanted: Wanted) -> None:
    """Refuse the bundle when a noted link points to a record that exists nowhere."""
    conn = session.connection()
    for parent, ids in wanted.items():
        found: set[str] = set()
        sql = in_ids(f"SELECT id FROM {parent} WHERE id IN :ids", "ids")
        for chunk in in_chunks(sorted(ids)):
            rows = conn.execute(sql, {"ids": list(chunk)})
            found.update(str(r[0]) for r in rows)
        missing = sorted(set(ids) - found)
        if missing:
            raise BundleError(
                _(
                    "The sync file refers to records that exist nowhere: a record of {entity} "
                    "points to {parent} {id}, which neither this laptop nor the file holds. "
                    "Nothing was changed."
                ).format(entity=ids[missing[0]], parent=parent, id=missing[0])
            )


def _cid(kind: str, entity: str, ids: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join([kind, entity, *sorted(ids)]).encode()).hexdigest()


Check = tuple[str, str, Value]  # (what to look at, entity, value): see union_checks


def union_checks(states: Iterable[RecordState]) -> Iterator[Check]:
    """What open_union_conflicts looks at for these states, in order; small enough to keep
    for the end of an import of millions of records."""
    for state in states:
        if state.deleted:
            continue
        if state.entity in NUMBERED and "number" in state.fields:
            yield ("number", state.entity, state.value("number"))
        if state.entity == "invoice" and state.fields.get("order_id"):
            yield ("invoiced", state.entity, str(state.value("order_id")))


def open_union_conflicts(session: Session, states: Sequence[RecordState]) -> None:
    open_checked(session, union_checks(states))


def open_checked(session: Session, checks: Iterable[Check]) -> None:
    """List what a union would hide: one number on two live records, an order invoiced
    twice, payments beyond an invoice's amount."""
    conn = session.connection()
    rows: list[tuple[object, ...]] = []
    for what, entity, value in checks:
        if what == "number":
            twins = [
                str(r[0])
                for r in conn.execute(
                    text(f"SELECT id FROM {entity} WHERE number = :n AND deleted_at IS NULL"),
                    {"n": value},
                )
            ]
            if len(twins) > 1:
                first, *rest = sorted(twins)
                rows.append((
                    _cid("duplicate_number", entity, twins), "duplicate_number",
                    entity, first, "number", json.dumps({"value": value}),
                    json.dumps({"value": value, "records": rest}), False,
                ))  # fmt: skip
        else:
            rows.extend(_invoiced_twice(session, str(value)))
    if rows:
        conflicts.open_rows(session, list({r[0]: r for r in rows}.values()))


def _invoiced_twice(session: Session, order_id: str) -> list[tuple[object, ...]]:
    invoices = (
        session.connection()
        .execute(
            text(
                "SELECT id, number FROM invoice WHERE order_id = :o AND deleted_at IS NULL "
                "ORDER BY id"
            ),
            {"o": order_id},
        )
        .all()
    )
    if len(invoices) < 2:
        return []
    ids = [str(i) for i, _ in invoices]
    numbers = [str(n) for _, n in invoices]
    return [(
        _cid("invoiced_twice", "sales_order", ids), "invoiced_twice", "sales_order", order_id,
        "", json.dumps({"value": numbers[0]}), json.dumps({"value": ", ".join(numbers[1:])}),
        True,
    )]  # fmt: skip


def open_overpaid(session: Session, excess: Iterable[tuple[str, Sequence[str]]]) -> None:
    """List each invoice a merge put more on than it asked: (invoice id, the allocations and
    credit notes that went over). The excess stays with the client as credit meanwhile."""
    rows = [r for invoice_id, entries in excess for r in _overpaid(session, invoice_id, entries)]
    if rows:
        conflicts.open_rows(session, list({r[0]: r for r in rows}.values()))


def _overpaid(
    session: Session, invoice_id: str, entries: Sequence[str]
) -> list[tuple[object, ...]]:
    conn = session.connection()
    row = conn.execute(
        text("SELECT total_gross FROM invoice WHERE id = :i"), {"i": invoice_id}
    ).first()
    if row is None:
        return []
    settled = conn.execute(
        text(
            "SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.invoice_id = :i "
            "AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM allocation_reversal r "
            "WHERE r.allocation_id = a.id AND r.deleted_at IS NULL)"
        ),
        {"i": invoice_id},
    ).scalar()
    credited = conn.execute(
        text(
            "SELECT COALESCE(SUM(total_gross), 0) FROM sales_return WHERE invoice_id = :i "
            "AND deleted_at IS NULL"
        ),
        {"i": invoice_id},
    ).scalar()
    total = int(settled or 0) + int(credited or 0)
    return [(
        _cid("overpaid", "invoice", list(entries)), "overpaid", "invoice", invoice_id, "",
        json.dumps({"value": int(row[0])}), json.dumps({"value": total}), True,
    )]  # fmt: skip
