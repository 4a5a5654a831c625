"""Numbers never collide across laptops: each replica numbers orders, invoices, returns and
documents in its own series; numbers already issued keep their form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.models import Invoice, Product, SalesOrder, SalesReturn
from kamdesk.services.documents.issued import next_number as next_document_number
from kamdesk.services.replica import open_replica, set_series_code
from kamdesk.services.sales.order_steps import (
    confirm_order,
    deliver_order,
    invoice_order,
    revise_order,
    ship_order,
)
from kamdesk.services.sales.orders import DraftLine, OrderDraft, get_order, save_draft
from kamdesk.services.sales.returns import ReturnedLine, record_return
from tests.factories import add_client

TODAY = date(2026, 11, 24)
D = Decimal


@pytest.fixture
def client_and_product(db: Database) -> tuple[str, str]:
    with db.unit_of_work() as s:
        client = add_client(s, "Szőnyi Élelmiszer Zrt.", credit_limit=D("100000"))
        product = Product(
            sku="MILK-1", name="Milk", vat_rate=D(18), base_price=D("1.25"), currency="EUR"
        )
        s.add(product)
        s.flush()
        return client.id, product.id


def _order(db: Database, ids: tuple[str, str]) -> str:
    draft = OrderDraft(
        client_id=ids[0],
        order_date=TODAY,
        lines=(DraftLine(ids[1], D(10), D("1.25"), D(0), price_rule="base"),),
    )
    with db.unit_of_work() as s:
        return save_draft(s, draft)


def _number(db: Database, oid: str) -> str:
    with db.reading() as s:
        return get_order(s, oid).number


def _old_numbers(db: Database, client_id: str) -> None:
    """What the file held before: the old form, and another laptop's series."""
    with db.unit_of_work() as s:
        for number in ("SO-2026-000501", "SO-2026-000501/2", "SO-2026-BQ-000007"):
            s.add(SalesOrder(number=number, client_id=client_id, order_date=TODAY, currency="EUR"))


def test_without_a_replica_numbers_keep_the_old_form(
    db: Database, client_and_product: tuple[str, str]
) -> None:
    _old_numbers(db, client_and_product[0])
    # the revision suffix and another series' numbers do not move the sequence
    assert _number(db, _order(db, client_and_product)) == "SO-2026-000502"


def test_a_replica_numbers_in_its_own_series(
    db: Database, client_and_product: tuple[str, str], tmp_path: Path
) -> None:
    _old_numbers(db, client_and_product[0])
    with db.unit_of_work() as s:
        open_replica(s, db.path, tmp_path / "replicas.json")
        set_series_code(s, "AM")
    first = _order(db, client_and_product)
    assert _number(db, first) == "SO-2026-AM-000001"
    with db.unit_of_work() as s:
        confirm_order(s, first, today=TODAY)
        revised = revise_order(s, first, "more milk")
    assert _number(db, revised) == "SO-2026-AM-000001/2"
    assert _number(db, _order(db, client_and_product)) == "SO-2026-AM-000002"
    with db.unit_of_work() as s:
        line = get_order(s, revised).lines[0].id
        confirm_order(s, revised, today=TODAY)
        ship_order(s, revised, {line: D(10)}, day=TODAY)
        deliver_order(s, revised, {}, day=TODAY)
        invoice_order(s, revised, day=TODAY)
        record_return(s, revised, {line: ReturnedLine(D(1), "quality")}, day=TODAY)
        assert next_document_number(s, "KP", 2026) == "KP-2026-AM-0001"
    with db.reading() as s:
        assert s.scalars(select(Invoice.number)).all() == ["INV-2026-AM-000001"]
        assert s.scalars(select(SalesReturn.number)).all() == ["RET-2026-AM-000001"]
        # what was issued before keeps its number
        old = {"SO-2026-000501", "SO-2026-000501/2", "SO-2026-BQ-000007"}
        assert old <= set(s.scalars(select(SalesOrder.number)))


def test_a_new_series_code_starts_its_own_sequence(
    db: Database, client_and_product: tuple[str, str], tmp_path: Path
) -> None:
    with db.unit_of_work() as s:
        info = open_replica(s, db.path, tmp_path / "replicas.json")
    assert _number(db, _order(db, client_and_product)) == f"SO-2026-{info.series_code}-000001"
    with db.unit_of_work() as s:
        set_series_code(s, "KA2")
    assert _number(db, _order(db, client_and_product)) == "SO-2026-KA2-000001"
