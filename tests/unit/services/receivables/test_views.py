"""What the Receivables section reads: a client's invoices with their open amounts, payments
with what is allocated and free, a payment's allocations (undone ones too), the overview."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.db import Database
from kamdesk.services.receivables.dunning import add_step
from kamdesk.services.receivables.posting import (
    PaymentEntry,
    post_payment,
    reverse_allocation,
    reverse_payment,
)
from kamdesk.services.receivables.views import (
    allocations_of,
    client_choices,
    client_ledger,
    open_for_payment,
    overview,
)
from tests.factories import add_client, add_invoice

TODAY = date(2026, 12, 5)
D = Decimal


def _client(db: Database) -> str:
    with db.unit_of_work() as s:
        client = add_client(s, "Győr Print Kft.")
        add_invoice(s, client, "INV-1", "100.00", issued=date(2026, 9, 1), due=date(2026, 10, 1))
        add_invoice(s, client, "INV-2", "250.00", issued=date(2026, 10, 1), due=date(2026, 11, 1))
        add_invoice(s, client, "INV-3", "40.00", issued=date(2026, 11, 20), due=date(2026, 12, 20))
        return client.id


def _pay(db: Database, cid: str, amount: str, day: date, *, auto: bool = True) -> str:
    entry = PaymentEntry(cid, day, D(amount), reference="BANK-7")
    with db.unit_of_work() as s:
        return post_payment(s, entry, today=TODAY, auto=auto).payment_id


def test_the_ledger_shows_open_amounts_days_late_and_what_each_payment_did(
    db: Database,
) -> None:
    cid = _client(db)
    first = _pay(db, cid, "120.00", date(2026, 12, 1))  # INV-1 100, INV-2 20
    credit = _pay(db, cid, "30.00", date(2026, 12, 2), auto=False)
    with db.reading() as s:
        ledger = client_ledger(s, cid, today=TODAY)
    assert [(i.number, i.open, i.days_overdue) for i in ledger.invoices] == [
        ("INV-3", D("40.00"), 0),
        ("INV-2", D("230.00"), 34),
        ("INV-1", D("0.00"), 0),
    ]
    assert [(p.id, p.allocated, p.free, p.reference) for p in ledger.payments] == [
        (credit, D("0"), D("30.00"), "BANK-7"),
        (first, D("120.00"), D("0.00"), "BANK-7"),
    ]
    assert ledger.balance == D("240.00") and ledger.credit == D("30.00")
    with db.reading() as s:
        allocations = allocations_of(s, first)
    assert [(a.invoice_number, a.amount, a.undone_on) for a in allocations] == [
        ("INV-1", D("100.00"), None),
        ("INV-2", D("20.00"), None),
    ]


def test_undone_allocations_and_reversed_payments_are_shown_as_such(db: Database) -> None:
    cid = _client(db)
    pid = _pay(db, cid, "120.00", date(2026, 12, 1))
    with db.reading() as s:
        second = allocations_of(s, pid)[1]
    with db.unit_of_work() as s:
        reverse_allocation(s, second.id, on=TODAY, reason="Meant for INV-3")
    with db.reading() as s:
        undone = allocations_of(s, pid)[1]
        line = client_ledger(s, cid, today=TODAY).payments[0]
    assert undone.undone_on == TODAY and undone.reason == "Meant for INV-3"
    assert (line.allocated, line.free) == (D("100.00"), D("20.00"))
    with db.unit_of_work() as s:
        entry = reverse_payment(s, pid, on=TODAY, reason="Bounced")
    with db.reading() as s:
        payments = client_ledger(s, cid, today=TODAY).payments
    by_id = {p.id: p for p in payments}
    assert by_id[pid].reversed_on == TODAY and by_id[pid].free == 0
    assert by_id[entry].is_reversal and by_id[entry].amount == D("-120.00")


def test_the_overview_has_aging_and_each_client_s_last_step(db: Database) -> None:
    cid = _client(db)
    with db.unit_of_work() as s:
        add_client(s, "Paid Up Kft.")
        add_step(s, cid, "reminder", date(2026, 12, 1), done_by="Anna", today=TODAY)
    with db.reading() as s:
        found = overview(s, today=TODAY)
        choices = client_choices(s)
        open_ = open_for_payment(s, cid)
    assert [r.name for r in found.rows] == ["Győr Print Kft."]
    row = found.rows[0]
    assert row.balance == D("390.00") and row.buckets["61-90"] == D("100.00")
    assert row.buckets["31-60"] == D("250.00") and row.buckets["current"] == D("40.00")
    assert found.last_steps[cid].step == "reminder"
    assert [c.name for c in choices] == ["Győr Print Kft.", "Paid Up Kft."]
    assert [i.number for i in open_.invoices] == ["INV-1", "INV-2", "INV-3"]
    assert open_.client.currency == "EUR"
