"""Posting payments on a real database: allocation, credit, reversal, and the cache kept."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select

from kamdesk.db import Database
from kamdesk.errors import UserError
from kamdesk.models import Client, Company, Invoice, Payment, PaymentAllocation
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.receivables.cache import stale
from kamdesk.services.receivables.posting import (
    PaymentEntry,
    allocate_payment,
    post_payment,
    reverse_allocation,
    reverse_payment,
    unallocated,
)
from kamdesk.services.sales.credit import open_invoices, receivable

TODAY = date(2026, 12, 5)


def _client_with_invoices(db: Database) -> str:
    with db.unit_of_work() as s:
        client = Client(name="Győr Print", currency="EUR")
        s.add(client)
        s.flush()
        for n, (issued, due, gross) in enumerate(
            [
                (date(2026, 9, 1), date(2026, 10, 1), Decimal("100.00")),
                (date(2026, 10, 1), date(2026, 11, 1), Decimal("250.00")),
                (date(2026, 11, 1), date(2026, 12, 1), Decimal("40.00")),
            ]
        ):
            s.add(
                Invoice(
                    number=f"INV-{n + 1}", client_id=client.id, issue_date=issued, due_date=due,
                    currency="EUR", total_net=gross, total_vat=Decimal("0.00"), total_gross=gross,
                )
            )  # fmt: skip
        return client.id


def _opens(db: Database, client_id: str) -> list[tuple[str, Decimal]]:
    with db.reading() as s:
        return [(i.number, i.open_amount) for i in open_invoices(s, client_id)]


def test_a_payment_settles_the_oldest_first_and_keeps_the_rest_as_credit(db: Database) -> None:
    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        posted = post_payment(
            s, PaymentEntry(cid, date(2026, 12, 2), Decimal("120.00")), today=TODAY
        )
    assert [a for _, a in posted.allocations] == [Decimal("100.00"), Decimal("20.00")]
    assert _opens(db, cid) == [("INV-2", Decimal("230.00")), ("INV-3", Decimal("40.00"))]
    with db.unit_of_work() as s:
        post_payment(s, PaymentEntry(cid, date(2026, 12, 3), Decimal("300.00")), today=TODAY)
    assert _opens(db, cid) == []
    with db.reading() as s:
        assert receivable(s, cid) == Decimal("-30.00")  # in credit
        assert stale(s.connection()) == []


def test_an_allocation_undone_reopens_the_invoice_and_can_go_elsewhere(db: Database) -> None:
    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        posted = post_payment(
            s, PaymentEntry(cid, date(2026, 12, 2), Decimal("100.00")), today=TODAY
        )
    with db.reading() as s:
        (allocation,) = s.scalars(select(PaymentAllocation.id)).all()
        inv3 = s.scalar(select(Invoice.id).where(Invoice.number == "INV-3"))
    with db.unit_of_work() as s:
        reverse_allocation(s, allocation, on=TODAY, reason="wrong invoice")
        assert unallocated(s, posted.payment_id) == Decimal("100.00")
        allocate_payment(s, posted.payment_id, on=TODAY, manual=[(inv3, Decimal("40.00"))])
    assert _opens(db, cid) == [("INV-1", Decimal("100.00")), ("INV-2", Decimal("250.00"))]
    with db.reading() as s:
        assert receivable(s, cid) == Decimal("290.00")
        assert stale(s.connection()) == []


def test_a_payment_reversed_counts_no_more(db: Database) -> None:
    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        posted = post_payment(
            s, PaymentEntry(cid, date(2026, 12, 2), Decimal("150.00")), today=TODAY
        )
    with db.unit_of_work() as s:
        reverse_payment(s, posted.payment_id, on=TODAY, reason="posted to the wrong client")
    assert _opens(db, cid)[0] == ("INV-1", Decimal("100.00"))
    with db.reading() as s:
        assert receivable(s, cid) == Decimal("390.00")
        assert stale(s.connection()) == []


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (PaymentEntry("", date(2026, 12, 1), Decimal("1")), "Choose the client"),
        (PaymentEntry("X", date(2026, 12, 1), Decimal("0")), "above zero"),
        (PaymentEntry("X", date(2026, 12, 1), Decimal("-5")), "above zero"),
        (PaymentEntry("X", date(2027, 3, 1), Decimal("5")), "after today"),
        (
            PaymentEntry("X", date(2026, 12, 1), Decimal("5"), currency="USD"),
            "No exchange rate for USD on or before 1 Dec 2026: enter one under File > Exchange",
        ),
    ],
)
def test_bad_payments_are_refused_with_a_reason(
    db: Database, entry: PaymentEntry, words: str
) -> None:
    cid = _client_with_invoices(db)
    entry = PaymentEntry(**{**entry.__dict__, "client_id": cid if entry.client_id else ""})
    with pytest.raises(UserError, match=words), db.unit_of_work() as s:
        post_payment(s, entry, today=TODAY)


def test_an_allocation_above_the_open_amount_is_refused(db: Database) -> None:
    cid = _client_with_invoices(db)
    with db.reading() as s:
        inv1 = s.scalar(select(Invoice.id).where(Invoice.number == "INV-1"))
    with pytest.raises(UserError, match=r"100\.00 open"), db.unit_of_work() as s:
        post_payment(
            s,
            PaymentEntry(cid, date(2026, 12, 2), Decimal("150.00")),
            today=TODAY,
            manual=[(str(inv1), Decimal("150.00"))],
        )


def test_a_bank_payment_imported_twice_is_recognised(db: Database) -> None:
    cid = _client_with_invoices(db)
    entry = PaymentEntry(cid, date(2026, 12, 2), Decimal("10.00"), bank_key="ref:OTP-1")
    with db.unit_of_work() as s:
        post_payment(s, entry, today=TODAY)
    with pytest.raises(UserError, match="imported before"), db.unit_of_work() as s:
        post_payment(s, entry, today=TODAY)


def test_aging_from_the_cache_and_from_the_ledger_of_a_past_day_agree(db: Database) -> None:
    from kamdesk.services.receivables.aging import aging_report

    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        post_payment(s, PaymentEntry(cid, date(2026, 12, 2), Decimal("120.00")), today=TODAY)
    with db.reading() as s:
        (now,) = aging_report(s, TODAY, today=TODAY)
        (ledger,) = aging_report(s, TODAY, today=TODAY, client_ids=[cid])
        (before,) = aging_report(s, date(2026, 12, 1), today=TODAY)
    assert now == ledger
    assert now.balance == Decimal("270.00") == sum(now.buckets.values())
    assert now.buckets["31-60"] == Decimal("230.00") and now.oldest_overdue_days == 34
    assert now.buckets["1-30"] == Decimal("40.00")
    assert before.balance == Decimal("390.00")  # the payment of 2 December not yet in
    assert [before.buckets[b] for b in ("current", "1-30", "61-90")] == [
        Decimal("40.00"),
        Decimal("250.00"),
        Decimal("100.00"),
    ]


def test_roubles_for_a_client_billed_in_euros_are_posted_at_the_rate_of_the_day(
    db: Database,
) -> None:
    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        s.add(Company(legal_name="Kamdesk Kft.", default_currency="EUR"))
        set_rate(s, "RUB", date(2026, 11, 30), Decimal("0.01"), "ECB")
        set_rate(s, "RUB", date(2026, 12, 3), Decimal("0.02"), "ECB")  # after the day
    entry = PaymentEntry(cid, date(2026, 12, 2), Decimal("12000.50"), currency="RUB")
    with db.unit_of_work() as s:
        posted = post_payment(s, entry, today=TODAY)
    # 120.005 EUR rounded half-up once: 120.01, spent oldest first in euros
    assert [a for _, a in posted.allocations] == [Decimal("100.00"), Decimal("20.01")]
    with db.reading() as s:
        row = s.get(Payment, posted.payment_id)
        assert row is not None
        assert (row.amount, row.currency) == (Decimal("120.01"), "EUR")
        assert (row.source_amount, row.source_currency) == (Decimal("12000.50"), "RUB")
        assert (row.fx_rate, row.fx_date) == (Decimal("0.01"), date(2026, 11, 30))
        assert receivable(s, cid) == Decimal("269.99")
    with db.unit_of_work() as s:
        undo = reverse_payment(s, posted.payment_id, on=TODAY, reason="wrong client")
    with db.reading() as s:
        back = s.get(Payment, undo)
        assert back is not None
        assert (back.amount, back.source_amount) == (Decimal("-120.01"), Decimal("-12000.50"))
        assert receivable(s, cid) == Decimal("390.00")
    early = PaymentEntry(cid, date(2026, 11, 5), Decimal("10.00"), currency="RUB")
    words = "No exchange rate for RUB on or before 5 Nov 2026 .*: enter one under File > Exchange"
    with pytest.raises(UserError, match=words), db.unit_of_work() as s:
        post_payment(s, early, today=TODAY)


def test_reversing_a_payment_reads_only_its_own_allocations_reversals(db: Database) -> None:
    cid = _client_with_invoices(db)
    with db.unit_of_work() as s:
        first = post_payment(
            s, PaymentEntry(cid, date(2026, 12, 1), Decimal("120.00")), today=TODAY
        )
        second = post_payment(
            s, PaymentEntry(cid, date(2026, 12, 2), Decimal("50.00")), today=TODAY
        )
        for allocation in s.scalars(
            select(PaymentAllocation).where(PaymentAllocation.payment_id == first.payment_id)
        ):
            reverse_allocation(s, allocation.id, on=TODAY)
    read: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        # which allocations are undone already: asked of this payment's only
        if sql.startswith("SELECT allocation_reversal.allocation_id"):
            read.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.unit_of_work() as s:
            reverse_payment(s, second.payment_id, on=TODAY, reason="twice")
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    # the values bound, by position (SQLite) or by name (PostgreSQL's psycopg)
    bound = [tuple(p.values() if isinstance(p, dict) else p) for _sql, p in read]
    assert bound and all(second.payment_id in values for values in bound), read
