"""key_clients made cheap for 10 000 clients (issue 17) says what it said before: the same
classification, originals and warnings as every day of the period converted live, the live
clients read through the ORM and classified, whatever the period; a month the period covers
mostly is read from the cache less the days left out, and exactly."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.classification import ClientRevenue, classify
from kamdesk.domain.reporting import Converter
from kamdesk.models import Client
from kamdesk.services.clients.classification import (
    KeyClientReport,
    Period,
    key_clients,
    revenue_sums,
)
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.settings import get_rules
from tests.factories import DEMO_AS_OF, add_client, add_invoice


def _as_before(s: Session, period: Period) -> KeyClientReport:
    """Every day converted live; the clients with revenue read through the ORM (an IN list
    of their ids), each spend converted as a Decimal."""
    book = rate_book(s)
    converted = revenue_sums(s, period, book, use_cache=False).revenue(book)
    rows = s.execute(
        select(Client.id, Client.name, Client.estimated_spend, Client.currency).where(
            Client.deleted_at.is_(None), Client.id.in_(list(converted.totals))
        )
    ).all()
    spends = Converter(book)
    revenues = [
        ClientRevenue(
            cid,
            name,
            converted.totals[cid].quantize(Decimal("0.01")),
            None
            if spend is None
            else spends.convert(spend, currency or book.reporting, period.end, "estimate"),
        )
        for cid, name, spend, currency in rows
    ]
    thresholds = get_rules(s).thresholds
    return KeyClientReport(
        period=period,
        thresholds=thresholds,
        classification=classify(revenues, thresholds),
        reasons={},
        currency=converted.reporting,
        originals=converted.originals,
        warnings=converted.warnings,
        converted=converted,
    )


def _same(s: Session, period: Period) -> KeyClientReport:
    got, want = key_clients(s, period), _as_before(s, period)
    assert got.classification == want.classification, period
    assert got.originals == want.originals, period
    assert got.warnings == want.warnings, period
    assert got.converted is not None and want.converted is not None
    assert got.converted.unconverted == want.converted.unconverted, period
    assert got.converted.unconverted_by_key == want.converted.unconverted_by_key, period
    for a, b in zip(got.classification.clients, want.classification.clients, strict=True):
        assert str(a.revenue) == str(b.revenue) and str(a.share) == str(b.share)  # as printed
    return got


def _periods() -> list[Period]:
    rng = random.Random(17)
    periods = [
        Period.last_12_months(DEMO_AS_OF),
        Period(date(2025, 11, 2), date(2026, 11, 1)),  # the benchmark's: one day left out
        Period(date(2026, 3, 2), date(2026, 3, 30)),  # one month less its two ends
        Period(date(2026, 3, 10), date(2026, 3, 12)),  # a few days: all live
    ]
    for _ in range(12):
        start = date(2024, 9, 1) + timedelta(days=rng.randrange(800))
        periods.append(Period(start, start + timedelta(days=rng.randrange(420))))
    return periods


def test_key_clients_say_what_they_said_before(demo_db: Database) -> None:
    with demo_db.reading() as s:
        for period in _periods():
            _same(s, period)
        assert rate_book(s).currencies()  # the demo converts some currencies


def test_documents_dated_on_the_days_left_out_count_nowhere(demo_db: Database) -> None:
    """A client invoiced only on a day left out of a month read from the cache is neither
    listed nor among the originals; a currency of another client's seen only on such a day
    is not among its originals (a second currency, even at zero, would change its row)."""
    with demo_db.unit_of_work() as s:
        before = add_client(s, "Only Before Kft.", currency="EUR")
        add_invoice(s, before, "OB-1", "120.00", issued=date(2025, 11, 1), due=date(2025, 12, 1))
        both = add_client(s, "Two Currencies Kft.", currency="EUR")
        add_invoice(s, both, "TC-1", "240.00", issued=date(2025, 11, 12), due=date(2025, 12, 1))
        both.currency = "HUF"
        add_invoice(s, both, "TC-2", "100.00", issued=date(2025, 11, 1), due=date(2025, 12, 1))
        ids = (before.id, both.id)
    with demo_db.reading() as s:
        report = _same(s, Period(date(2025, 11, 2), date(2026, 11, 1)))
        listed = {c.client_id for c in report.classification.clients}
        assert ids[0] not in listed and ids[0] not in report.originals
        assert ids[1] in listed and list(report.originals[ids[1]]) == ["EUR"]


def test_documents_without_a_rate_in_a_month_partly_read(demo_db: Database) -> None:
    """The cache keeps the first and last dates of a month's documents without a rate, not
    each one's: with one of them on a day left out, the month is read day by day instead;
    either way the same warnings as live."""
    period = Period(date(2025, 11, 2), date(2026, 11, 1))
    with demo_db.unit_of_work() as s:
        client = add_client(s, "Rateless Ltd.", currency="GBP")
        add_invoice(s, client, "G-1", "120.00", issued=date(2025, 11, 20), due=date(2025, 12, 1))
        add_invoice(s, client, "G-2", "240.00", issued=date(2025, 11, 24), due=date(2025, 12, 1))
    with demo_db.reading() as s:
        report = _same(s, period)
        assert report.converted is not None
        (gbp,) = [u for u in report.converted.unconverted if u.currency == "GBP"]
        assert (gbp.documents, gbp.first, gbp.last) == (2, date(2025, 11, 20), date(2025, 11, 24))
    with demo_db.unit_of_work() as s:
        add_invoice(s, client, "G-0", "60.00", issued=date(2025, 11, 1), due=date(2025, 12, 1))
    with demo_db.reading() as s:
        report = _same(s, period)
        assert report.converted is not None
        (gbp,) = [u for u in report.converted.unconverted if u.currency == "GBP"]
        assert (gbp.documents, gbp.first, gbp.last) == (2, date(2025, 11, 20), date(2025, 11, 24))
