"""The dashboard's revenue from the cache by month equals the revenue converted day by day, and
the cache follows the documents and the rates written; the refused lines have their index."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.db.dialect import run
from kamdesk.domain.fx import RateBook
from kamdesk.domain.revenue_months import whole_months
from kamdesk.models import Client, Invoice
from kamdesk.services.clients.classification import Period, revenue_sums
from kamdesk.services.kpi import revenue_cache
from kamdesk.services.kpi.dashboard import dashboard
from kamdesk.services.kpi.refusals import _REFUSED
from kamdesk.services.kpi.revenue import Revenue, revenue
from kamdesk.services.prices.rates import rate_book, set_rate
from tests.factories import DEMO_AS_OF, add_client, add_invoice
from tests.sync.laptops import Laptop


def _live(s: Session, period: Period, book: RateBook) -> Revenue:
    """Every day converted now, the cache not read."""
    sums = revenue_sums(s, period, book, use_cache=False)
    return Revenue(period, sums.revenue(book), sums.credits(book).totals)


def _same(a: Revenue, b: Revenue) -> None:
    assert a.converted.totals == b.converted.totals
    assert a.converted.originals == b.converted.originals
    assert a.converted.unconverted == b.converted.unconverted
    assert a.converted.unconverted_by_key == b.converted.unconverted_by_key
    assert a.credits == b.credits


def _cached(s: Session, book: RateBook) -> bool:
    first = date(2026, 1, 1)
    return revenue_cache.cached_sums(s, first, first, book) is not None


def _check(s: Session, periods: list[Period]) -> None:
    book = rate_book(s)
    assert _cached(s, book)
    for period in periods:
        _same(revenue(s, period, book), _live(s, period, book))


def test_random_periods_from_the_cache_equal_the_live_conversion(demo_db: Database) -> None:
    rng = random.Random(14)
    first = date(2024, 6, 1)
    periods = [Period(date(2026, 1, 1), DEMO_AS_OF), Period(date(2025, 1, 1), date(2025, 11, 23))]
    for _ in range(25):
        start = first + timedelta(days=rng.randrange(900))
        periods.append(Period(start, start + timedelta(days=rng.randrange(500))))
    periods.append(Period(date(2026, 3, 1), date(2026, 3, 31)))  # one whole month
    periods.append(Period(date(2026, 3, 2), date(2026, 3, 30)))  # no whole month
    with demo_db.reading() as s:
        _check(s, periods)
        assert rate_book(s).currencies()  # the demo converts some currencies


def test_whole_months_of_a_period() -> None:
    assert whole_months(date(2026, 1, 1), date(2026, 11, 23)) == (
        date(2026, 1, 1),
        date(2026, 10, 1),
    )
    assert whole_months(date(2026, 1, 2), date(2026, 2, 28)) == (date(2026, 2, 1),) * 2
    assert whole_months(date(2025, 12, 31), date(2026, 1, 31)) == (date(2026, 1, 1),) * 2
    assert whole_months(date(2026, 1, 2), date(2026, 1, 30)) is None


PERIODS = [
    Period(date(2025, 1, 1), date(2026, 11, 23)),
    Period(date(2026, 2, 1), date(2026, 6, 30)),
]


def test_written_invoices_are_in_the_cache_at_commit(demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        client = add_client(s, "Cache Test Kft.", currency="EUR")
        add_invoice(s, client, "C-1", "1200.00", issued=date(2026, 3, 10), due=date(2026, 4, 9))
        add_invoice(s, client, "C-2", "600.00", issued=date(2026, 3, 10), due=date(2026, 4, 9))
        cid = client.id
    with demo_db.reading() as s:
        _check(s, PERIODS)
        row = run(
            s.connection(),
            "SELECT documents, amount FROM revenue_month WHERE client_id = ? AND month = ?",
            (cid, "2026-03"),
        ).one()
        assert tuple(row) == (2, 150000)
    with demo_db.unit_of_work() as s:  # one deleted, another issued in May
        invoice = s.scalars(select(Invoice).where(Invoice.number == "C-1")).one()
        invoice.deleted_at = invoice.created_at
        client = s.get_one(Client, cid)
        add_invoice(s, client, "C-3", "60.00", issued=date(2026, 5, 31), due=date(2026, 6, 30))
    with demo_db.reading() as s:
        _check(s, PERIODS)
        rows = run(
            s.connection(), "SELECT month, documents FROM revenue_month WHERE client_id = ?", (cid,)
        ).all()
        assert [tuple(r) for r in rows] == [("2026-03", 1), ("2026-05", 1)]


def test_a_rate_written_remakes_its_currency_from_its_month(demo_db: Database) -> None:
    with demo_db.reading() as s:
        book = rate_book(s)
        currency = book.currencies()[0]
        before = revenue(s, PERIODS[0], book)
    with demo_db.unit_of_work() as s:
        set_rate(s, currency, date(2026, 4, 15), Decimal("123.4567"))
    with demo_db.reading() as s:
        _check(s, PERIODS)
        assert revenue(s, PERIODS[0], rate_book(s)).total != before.total


def test_a_document_with_no_rate_is_warned_of_as_live(demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        client = add_client(s, "Rateless Ltd.", currency="GBP")
        add_invoice(s, client, "G-1", "120.00", issued=date(2026, 2, 3), due=date(2026, 3, 3))
        add_invoice(s, client, "G-2", "240.00", issued=date(2026, 2, 9), due=date(2026, 3, 9))
    with demo_db.reading() as s:
        _check(s, PERIODS)
        book = rate_book(s)
        warned = revenue(s, PERIODS[1], book).converted.unconverted
        assert [(u.kind, u.currency, u.documents, u.first, u.last) for u in warned] == [
            ("invoice", "GBP", 2, date(2026, 2, 3), date(2026, 2, 9))
        ]


def test_rates_changed_behind_the_cache_are_not_read_from_it(demo_db: Database) -> None:
    with demo_db.reading() as s:  # (read, then rolled back)
        s.connection().exec_driver_sql(
            "UPDATE exchange_rate SET rate = '1' WHERE rate_date = "
            "(SELECT MAX(rate_date) FROM exchange_rate)"
        )
        book = rate_book(s)
        assert not _cached(s, book)
        _same(revenue(s, PERIODS[0], book), _live(s, PERIODS[0], book))
    with demo_db.unit_of_work() as s:
        s.connection().exec_driver_sql("DELETE FROM cache_state")
    with demo_db.reading() as s:
        assert not _cached(s, rate_book(s))
    with demo_db.unit_of_work() as s:
        revenue_cache.reconcile(s.connection())  # nothing known of the rates: all of it again
    with demo_db.reading() as s:
        _check(s, PERIODS)


@pytest.mark.sqlite_only("SQLite's query plan")
def test_the_refused_lines_are_read_through_their_index(demo_db: Database) -> None:
    with demo_db.reading() as s:
        plan = (
            s.connection()
            .exec_driver_sql("EXPLAIN QUERY PLAN " + _REFUSED, ("2026-01-01", "2026-11-23"))
            .all()
        )
    assert any("ix_order_line_refused" in str(row[-1]) for row in plan), plan


def test_a_new_database_has_the_cache_at_its_rates(db: Database) -> None:
    with db.reading() as s:
        assert _cached(s, rate_book(s))
        assert s.scalar(select(Client.id)) is None


def _rows(s: Session) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in s.connection().exec_driver_sql(
            "SELECT * FROM revenue_month ORDER BY client_id, currency, kind, month"
        )
    ]


def _as_rebuilt(s: Session) -> bool:
    """The cache is what a rebuild makes (the rebuild is rolled back with the read)."""
    kept = _rows(s)
    revenue_cache.rebuild(s.connection())
    return kept == _rows(s) and _cached(s, rate_book(s))


def test_an_import_brings_documents_and_rates_into_the_cache(
    tmp_path: Path, migrated_template: Path
) -> None:
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    boris = Laptop.new(tmp_path / "boris", "Boris", migrated_template)
    try:

        def books(s: Session) -> None:
            client = add_client(s, "Acme", currency="USD")
            add_invoice(s, client, "U-1", "120.00", issued=date(2026, 9, 3), due=date(2026, 10, 3))
            set_rate(s, "USD", date(2026, 9, 1), Decimal("350.25"))

        anna.do(books)
        boris.take(anna.export())
        assert boris.read(_as_rebuilt)
        anna.do(lambda s: set_rate(s, "USD", date(2026, 9, 2), Decimal("351")))
        boris.take(anna.export())
        assert boris.read(_as_rebuilt)
        assert boris.read(lambda s: _rows(s)[0][6]) == 3510000  # 100.00 USD at 351
    finally:
        anna.close()
        boris.close()


def test_a_file_made_before_the_caches_is_read_live_and_written_alike(demo_db: Database) -> None:
    drop = ("DROP TABLE cache_state", "DROP TABLE revenue_month", "DROP TABLE ledger_month")
    with demo_db.reading() as s:
        expected = dashboard(s, DEMO_AS_OF)
    with demo_db.unit_of_work() as s:  # a development build of 0010 had none of them
        for sql in drop:
            s.connection().exec_driver_sql(sql)
    with demo_db.reading() as s:
        assert dashboard(s, DEMO_AS_OF) == expected
    with demo_db.unit_of_work() as s:
        client = add_client(s, "Later Kft.", currency="EUR")
        add_invoice(s, client, "Z-1", "12.00", issued=date(2026, 3, 1), due=date(2026, 4, 1))
        set_rate(s, "EUR", date(2026, 3, 1), Decimal("390"))
