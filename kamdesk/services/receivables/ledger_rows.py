"""The receivables ledger read from the database, client by client, as the domain's Ledger.

Works on a bare Connection (a migration fills the cache with it) and in minor units: the
domain's rules do not depend on the scale, and integers read fast. `in_money` turns a ledger
read this way into one in money (Decimal with cents) for figures a person reads.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from kamdesk.db.dialect import raw_rows, run
from kamdesk.domain.money import from_minor
from kamdesk.domain.receivables import (
    Allocation,
    CreditNote,
    InvoiceDue,
    Ledger,
    Payment,
    Reversal,
)

IN_CHUNK = 500

# (table, columns, date column): what each kind of entry reads; client_id comes first
_INVOICES = "SELECT client_id, id, number, issue_date, due_date, total_gross FROM invoice"
_PAYMENTS = "SELECT client_id, id, payment_date, amount, reverses_id FROM payment"
_ALLOCATIONS = (
    "SELECT client_id, id, allocated_on, payment_id, invoice_id, amount FROM payment_allocation"
)
_REVERSALS = "SELECT client_id, id, reversed_on, allocation_id FROM allocation_reversal"
_NOTES = (
    "SELECT client_id, id, return_date, total_gross, invoice_id FROM sales_return "
    "WHERE invoice_id IS NOT NULL AND "
)
_DATES = {
    "invoice": "issue_date",
    "payment": "payment_date",
    "payment_allocation": "allocated_on",
    "allocation_reversal": "reversed_on",
    "sales_return": "return_date",
}


def _rows(
    conn: Connection,
    sql: str,
    table: str,
    *,
    client_ids: Sequence[str] | None,
    until: date | None,
) -> Iterable[Any]:
    glue = "" if sql.endswith("AND ") else " WHERE "
    where = f"{sql}{glue}deleted_at IS NULL"
    args: tuple[object, ...] = ()
    if until is not None:
        where += f" AND {_DATES[table]} <= ?"
        args = (until.isoformat(),)
    if client_ids is None:  # every client's: plain tuples from the driver, for speed
        yield from raw_rows(conn, where, args)
        return
    for start in range(0, len(client_ids), IN_CHUNK):
        chunk = tuple(client_ids[start : start + IN_CHUNK])
        marks = ", ".join("?" * len(chunk))
        yield from run(conn, f"{where} AND client_id IN ({marks})", args + chunk)


def load_ledgers(
    conn: Connection, client_ids: Sequence[str] | None = None, until: date | None = None
) -> dict[str, Ledger]:
    """Each client's ledger (all clients with any entry when client_ids is None), in minor
    units, with the entries dated up to `until` when given."""
    out: dict[str, Ledger] = {}

    def of(client_id: object) -> Ledger:
        ledger = out.get(str(client_id))
        if ledger is None:
            ledger = out[str(client_id)] = Ledger.empty()
        return ledger

    day = date.fromisoformat
    rows = functools.partial(_rows, conn, client_ids=client_ids, until=until)
    for cid, iid, number, issued, due, gross in rows(_INVOICES, "invoice"):
        of(cid).invoices.append(
            InvoiceDue(str(iid), str(number), day(issued), day(due), Decimal(gross))
        )
    for cid, pid, paid, amount, undoes in rows(_PAYMENTS, "payment"):
        reverses = None if undoes is None else str(undoes)
        of(cid).payments.append(Payment(str(pid), day(paid), Decimal(amount), reverses))
    for cid, aid, on, pid, iid, amount in rows(_ALLOCATIONS, "payment_allocation"):
        of(cid).allocations.append(
            Allocation(str(aid), day(on), str(pid), str(iid), Decimal(amount))
        )
    for cid, rid, on, aid in rows(_REVERSALS, "allocation_reversal"):
        of(cid).reversals.append(Reversal(str(rid), day(on), str(aid)))
    for cid, nid, on, gross, iid in rows(_NOTES, "sales_return"):
        of(cid).credit_notes.append(CreditNote(str(nid), day(on), Decimal(gross), str(iid)))
    return out


def _money(minor: Decimal) -> Decimal:
    return from_minor(int(minor))


def in_money(ledger: Ledger) -> Ledger:
    """A ledger read in minor units, in money (two decimals)."""
    return Ledger(
        [
            InvoiceDue(i.id, i.number, i.issue_date, i.due_date, _money(i.amount))
            for i in ledger.invoices
        ],
        [Payment(p.id, p.date, _money(p.amount), p.reverses) for p in ledger.payments],
        [
            Allocation(a.id, a.date, a.payment_id, a.invoice_id, _money(a.amount))
            for a in ledger.allocations
        ],
        list(ledger.reversals),
        [CreditNote(n.id, n.date, _money(n.amount), n.invoice_id) for n in ledger.credit_notes],
    )
