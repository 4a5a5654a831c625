"""The receivables trend read from the ledger by month equals the one grouped live, after
payments, allocations undone, credit notes and imports alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.kpi import Receivables, receivables_at_month_ends, trend_days
from kamdesk.models import Invoice, PaymentAllocation
from kamdesk.services.kpi import ledger_months
from kamdesk.services.kpi.receivables import ledger_sums
from kamdesk.services.receivables.posting import (
    PaymentEntry,
    post_payment,
    reverse_allocation,
)
from tests.factories import DEMO_AS_OF, add_client, add_invoice
from tests.sync.laptops import Laptop

DAYS = trend_days(DEMO_AS_OF)[:-1]


def _points(s: Session, cached: bool) -> list[Receivables]:
    return receivables_at_month_ends(DAYS, ledger_sums(s, DAYS[0], cached=cached))


def _agree(s: Session) -> bool:
    assert ledger_months.made(s.connection())
    return _points(s, True) == _points(s, False)


def _rows(s: Session) -> list[tuple[object, ...]]:
    sql = "SELECT * FROM ledger_month ORDER BY 1, 2, 3, 4, 5"
    return [tuple(r) for r in s.connection().exec_driver_sql(sql)]


def _as_rebuilt(s: Session) -> bool:
    """The cache is what a rebuild makes (rolled back with the read)."""
    kept = _rows(s)
    ledger_months.rebuild(s.connection())
    return kept == _rows(s)


def test_the_demo_trend_from_the_cache_is_the_live_one(demo_db: Database) -> None:
    with demo_db.reading() as s:
        assert _agree(s)
        assert any(p.overdue for p in _points(s, True))
        assert _as_rebuilt(s)


def test_payments_and_allocations_undone_move_their_months(demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        client = add_client(s, "Ledger Test Kft.", currency="EUR")
        add_invoice(s, client, "L-1", "1200.00", issued=date(2026, 2, 10), due=date(2026, 3, 12))
        add_invoice(s, client, "L-2", "300.00", issued=date(2026, 6, 1), due=date(2026, 7, 1))
        cid = client.id
    with demo_db.unit_of_work() as s:  # paid in April (back-dated), oldest first
        entry = PaymentEntry(cid, date(2026, 4, 20), Decimal("1300.00"))
        post_payment(s, entry, today=DEMO_AS_OF)
    with demo_db.reading() as s:
        assert _agree(s) and _as_rebuilt(s)
    with demo_db.unit_of_work() as s:  # the first allocation undone in September
        first = s.scalars(
            select(PaymentAllocation.id)
            .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
            .where(Invoice.number == "L-1")
        ).one()
        reverse_allocation(s, first, on=date(2026, 9, 3), reason="test")
    with demo_db.reading() as s:
        assert _agree(s) and _as_rebuilt(s)
    with demo_db.unit_of_work() as s:  # an invoice deleted takes its allocations along
        invoice = s.scalars(select(Invoice).where(Invoice.number == "L-2")).one()
        invoice.deleted_at = invoice.created_at
    with demo_db.reading() as s:
        assert _agree(s) and _as_rebuilt(s)


def test_before_it_is_made_the_trend_is_read_live(demo_db: Database) -> None:
    with demo_db.reading() as s:
        expected = _points(s, False)
        s.connection().exec_driver_sql("DELETE FROM cache_state")
        s.connection().exec_driver_sql("DELETE FROM ledger_month")
        assert _points(s, True) == expected


def test_an_import_brings_its_entries_into_the_months(
    tmp_path: Path, migrated_template: Path
) -> None:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    try:

        def books(s: Session) -> None:
            client = add_client(s, "Acme")
            add_invoice(s, client, "A-1", "100.00", issued=date(2026, 5, 4), due=date(2026, 6, 3))
            post_payment(
                s, PaymentEntry(client.id, date(2026, 7, 1), Decimal("60.00")), today=DEMO_AS_OF
            )

        anna.do(books)
        boris.take(anna.export())
        assert boris.read(_as_rebuilt)
        assert len(boris.read(_rows)) == 2  # the invoice in May, the allocation in July
    finally:
        anna.close()
        boris.close()
