"""Issue 14: the receivables ledger across laptops. Allocations two laptops made that put more
on an invoice than it asked leave the excess as the client's credit and a conflict to review;
the same bank payment imported on two laptops is one payment; each laptop's cache of open
amounts follows every import (it is never synced itself)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.models import Invoice, Payment, PaymentAllocation
from kamdesk.services.receivables.cache import stale
from kamdesk.services.receivables.posting import PaymentEntry, post_payment
from kamdesk.services.sales.credit import open_invoices, receivable
from tests.factories import add_client, add_invoice
from tests.sync.laptops import Laptop, exchange

TODAY = date(2026, 12, 5)


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    yield anna, boris
    anna.close()
    boris.close()


def _books(s: Session) -> dict[str, str]:
    client = add_client(s, "Acme")
    one = add_invoice(s, client, "INV-1", "100.00", issued=date(2026, 10, 1), due=date(2026, 11, 1))
    two = add_invoice(s, client, "INV-2", "50.00", issued=date(2026, 11, 1), due=date(2026, 12, 1))
    return {"client": client.id, "one": one.id, "two": two.id}


def _state(laptop: Laptop, client_id: str) -> tuple[object, ...]:
    def read(s: Session) -> tuple[object, ...]:
        opens = [(i.number, i.open_amount) for i in open_invoices(s, client_id)]
        return (opens, receivable(s, client_id), stale(s.connection()))

    return laptop.read(read)


def test_allocations_that_go_over_an_invoice_leave_credit_and_a_conflict(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair
    ids = anna.do(_books)
    boris.take(anna.export())

    def pay(amount: str, day: date):  # type: ignore[no-untyped-def]
        def work(s: Session) -> None:
            entry = PaymentEntry(ids["client"], day, Decimal(amount))
            post_payment(s, entry, today=TODAY, manual=[(ids["one"], Decimal(amount))])

        return work

    anna.do(pay("80.00", date(2026, 12, 1)))
    boris.do(pay("60.00", date(2026, 12, 2)))
    exchange(anna, boris)
    for laptop in (anna, boris):
        # INV-1 is paid, INV-2 still open; 40 of the 140 went over INV-1 and is credit
        assert _state(laptop, ids["client"]) == (
            [("INV-2", Decimal("50.00"))],
            Decimal("10.00"),
            [],
        )
        found = [c for c in laptop.conflicts() if c.kind == "overpaid"]
        assert [c.record_id for c in found] == [ids["one"]]
    assert anna.digest() == boris.digest()


def test_one_bank_payment_imported_on_two_laptops_is_one_payment(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair
    ids = anna.do(_books)
    boris.take(anna.export())
    entry = PaymentEntry(
        ids["client"], date(2026, 12, 2), Decimal("120.00"), bank_key="ref:OTP-2026-1202-7"
    )
    for laptop in (anna, boris):
        laptop.do(lambda s: post_payment(s, entry, today=TODAY))
    exchange(anna, boris)
    for laptop in (anna, boris):
        payments = laptop.read(lambda s: s.scalars(select(Payment.id)).all())
        allocations = laptop.read(lambda s: s.scalars(select(PaymentAllocation.id)).all())
        assert (len(payments), len(allocations)) == (1, 2)
        assert _state(laptop, ids["client"]) == (
            [("INV-2", Decimal("30.00"))],
            Decimal("30.00"),
            [],
        )
        assert [c for c in laptop.conflicts() if c.kind == "overpaid"] == []


def test_a_payment_naming_its_invoice_settles_it_on_every_laptop(
    pair: tuple[Laptop, Laptop],
) -> None:
    """As an older laptop writes payments (migration 0010): it names the invoice."""
    anna, boris = pair
    ids = anna.do(_books)
    boris.take(anna.export())

    def named(s: Session) -> None:
        s.add(
            Payment(
                client_id=ids["client"], invoice_id=ids["one"], payment_date=date(2026, 12, 1),
                amount=Decimal("100.00"), currency="EUR",
            )
        )  # fmt: skip

    anna.do(named)
    assert _state(anna, ids["client"])[0] == [("INV-2", Decimal("50.00"))]
    exchange(anna, boris)
    assert _state(boris, ids["client"]) == ([("INV-2", Decimal("50.00"))], Decimal("50.00"), [])
    invoices = boris.read(lambda s: s.scalars(select(Invoice.number)).all())
    assert sorted(invoices) == ["INV-1", "INV-2"]
    assert anna.digest() == boris.digest()
