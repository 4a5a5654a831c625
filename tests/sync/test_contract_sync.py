"""Issue 13: two laptops that make "the" contract for one client and year meet in one record
(its id is derived from client and period); the two numbers they chose surface as a conflict
of the number, never as two silent contracts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.models import Contract, SalesOrder
from kamdesk.services.documents.contracts import contract_terms, record_contract
from tests.factories import add_client, add_order
from tests.sync.laptops import Laptop, exchange

DAY = date(2026, 10, 22)


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    yield anna, boris
    anna.close()
    boris.close()


def _contract(order_id: str, day: date):  # type: ignore[no-untyped-def]
    def work(s):  # type: ignore[no-untyped-def]
        order = s.get(SalesOrder, order_id)
        terms = contract_terms(s, order.client_id, order_id, order_day=order.order_date, today=day)
        record_contract(s, terms, client_id=order.client_id, order_id=order_id, currency="EUR")
        return terms.number

    return work


def test_two_laptops_making_the_contract_meet_over_its_number(
    pair: tuple[Laptop, Laptop],
) -> None:
    anna, boris = pair

    def order(s):  # type: ignore[no-untyped-def]
        return add_order(s, add_client(s, "Acme", credit_limit=None), [("10", "5.00", "0")]).id

    oid = anna.do(order)
    boris.take(anna.export())
    first = anna.do(_contract(oid, DAY))
    second = boris.do(_contract(oid, date(2026, 10, 23)))
    assert first != second  # each laptop numbers in its own series
    exchange(anna, boris)
    for laptop in (anna, boris):
        rows = laptop.read(lambda s: s.execute(select(Contract)).scalars().all())
        assert len(rows) == 1  # one record, never two silent contracts
    found = [c for c in anna.conflicts() if c.entity == "contract"]
    assert {c.field for c in found} >= {"number"}
    assert anna.digest() == boris.digest()
