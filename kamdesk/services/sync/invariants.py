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
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from kamdesk.domain.merge import RecordState
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync import conflicts
from kamdesk.services.sync.tables import entities
from kamdesk.sync.bundle import BundleError

NUMBERED = ("sales_order", "invoice", "sales_return")


def check_touched(session: Session, states: Sequence[RecordState]) -> None:
    """Refuse the bundle when a merged live record links to a record that exists nowhere."""
    wanted: dict[str, dict[str, str]] = {}  # parent table -> id -> who needs it
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
    conn = session.connection()
    for parent, ids in wanted.items():
        found: set[str] = set()
        for chunk in in_chunks(sorted(ids)):
            marks = ", ".join("?" * len(chunk))
            rows = conn.exec_driver_sql(
                f"SELECT id FROM {parent} WHERE id IN ({marks})", tuple(chunk)
            )
            found.update(str(r[0]) for r in rows)
        missing = sorted(set(ids) - found)
        if missing:
            raise BundleError(
                f"The sync file refers to records that exist nowhere: a {ids[missing[0]]} "
                f"points to {parent} {missing[0]}, which neither this laptop nor the file "
                "holds. Nothing was changed."
            )


def _cid(kind: str, entity: str, ids: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join([kind, entity, *sorted(ids)]).encode()).hexdigest()


def open_union_conflicts(session: Session, states: Sequence[RecordState]) -> None:
    conn = session.connection()
    rows: list[tuple[object, ...]] = []
    for state in states:
        if state.deleted:
            continue
        if state.entity in NUMBERED and "number" in state.fields:
            number = state.value("number")
            twins = [
                str(r[0])
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM {state.entity} WHERE number = ? AND deleted_at IS NULL",
                    (number,),
                )
            ]
            if len(twins) > 1:
                first, *rest = sorted(twins)
                rows.append((
                    _cid("duplicate_number", state.entity, twins), "duplicate_number",
                    state.entity, first, "number", json.dumps({"value": number}),
                    json.dumps({"value": number, "records": rest}), False,
                ))  # fmt: skip
        if state.entity == "invoice" and state.fields.get("order_id"):
            rows.extend(_invoiced_twice(session, str(state.value("order_id"))))
        if state.entity == "payment" and state.fields.get("invoice_id"):
            invoice_id = state.value("invoice_id")
            if invoice_id is not None:
                rows.extend(_overpaid(session, str(invoice_id)))
    if rows:
        conflicts.open_rows(session, list({r[0]: r for r in rows}.values()))


def _invoiced_twice(session: Session, order_id: str) -> list[tuple[object, ...]]:
    invoices = (
        session.connection()
        .exec_driver_sql(
            "SELECT id, number FROM invoice WHERE order_id = ? AND deleted_at IS NULL ORDER BY id",
            (order_id,),
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


def _overpaid(session: Session, invoice_id: str) -> list[tuple[object, ...]]:
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT total_gross, number FROM invoice WHERE id = ?", (invoice_id,)
    ).first()
    if row is None:
        return []
    paid = conn.exec_driver_sql(
        "SELECT id, amount FROM payment WHERE invoice_id = ? AND deleted_at IS NULL",
        (invoice_id,),
    ).all()
    total = sum(int(a) for _, a in paid)
    if total <= int(row[0]):
        return []
    return [(
        _cid("overpaid", "invoice", [str(p) for p, _ in paid]), "overpaid", "invoice",
        invoice_id, "", json.dumps({"value": int(row[0])}), json.dumps({"value": total}), True,
    )]  # fmt: skip
