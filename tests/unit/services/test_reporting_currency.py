"""Key clients in the reporting currency (issue 13): each document at its own date's rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.schedule.today import today_overview
from tests.currency_portfolio import (
    END,
    START,
    add_currency_portfolio,
    add_net_invoice,
    expected_huf,
)


def test_shares_are_in_huf_as_an_independent_calculation_gives(db: Database) -> None:
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
    with db.reading() as s:
        report = key_clients(s, Period(START, END))
    want = expected_huf()
    total = sum(want.values(), Decimal(0))
    got = {c.name: c for c in report.classification.clients}
    assert report.currency == "HUF" and report.warnings == ()
    assert {name: c.revenue for name, c in got.items()} == want
    assert report.classification.concentration.total_revenue == total
    for name, c in got.items():
        assert c.share == want[name] / total
    assert sum((c.share for c in got.values()), Decimal(0)) == Decimal(1)
    # the 10 000.00 EUR invoice counts as 4 002 500.00 HUF, never as 10 000
    assert got["Euro Kft."].revenue > got["Hazai Bt."].revenue
    # each client's own revenue as invoiced, per currency
    assert report.originals[ids["Euro Kft."]] == {"EUR": Decimal("12300.56")}
    assert report.originals[ids["Hazai Bt."]] == {"HUF": Decimal("1750000.50")}
    assert report.originals[ids["Mixed S.r.l."]] == {
        "EUR": Decimal("1234.56"),
        "HUF": Decimal("99999.99"),
    }


def test_a_document_without_a_rate_is_left_out_and_named(db: Database) -> None:
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        volga = s.get(Client, ids["Волга ООО"])
        assert volga is not None
        # before the first RUB rate (1 January 2026)
        add_net_invoice(s, volga, "OLD-1", "RUB", date(2025, 12, 20), Decimal("5000.00"))
        add_net_invoice(s, volga, "OLD-2", "RUB", date(2025, 12, 22), Decimal("7000.00"))
    with db.reading() as s:
        report = key_clients(s, Period(date(2025, 12, 1), END))
        overview = today_overview(s, END, key_report=report)
    message = (
        "2 invoices in RUB have no rate on or before their date: "
        "enter rates in File > Exchange rates"
    )
    assert report.warnings == (message,)
    assert overview.warnings == (message,) and overview.currency == "HUF"
    volga_row = next(c for c in report.classification.clients if c.client_id == ids["Волга ООО"])
    # not at face value: the converted revenue is that of the invoices with a rate only
    assert volga_row.revenue == expected_huf()["Волга ООО"]
    assert report.originals[ids["Волга ООО"]] == {"RUB": Decimal("355333.33")}
    assert report.converted is not None
    assert report.converted.key_warnings(ids["Волга ООО"]) == (
        "2 documents in RUB not converted: no rate on or before the date",
    )


def test_a_company_without_a_reporting_currency_reports_in_its_billing_one(db: Database) -> None:
    from tests.factories import add_client, add_invoice

    with db.unit_of_work() as s:
        client = add_client(s, "Alpha")
        add_invoice(s, client, "I-1", "120.00", issued=date(2026, 3, 1), due=date(2026, 3, 1))
    with db.reading() as s:
        report = key_clients(s, Period(START, END))
    assert report.currency == "EUR" and report.warnings == ()
    assert [c.revenue for c in report.classification.clients] == [Decimal("100.00")]


def test_the_estimated_spend_is_taken_in_huf_at_the_periods_last_rate(db: Database) -> None:
    """Share of wallet and potential compare like with like: both in the reporting currency."""
    from kamdesk.domain.classification import share_of_wallet

    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        euro = s.get(Client, ids["Euro Kft."])
        assert euro is not None
        euro.estimated_spend = Decimal("20000.00")  # EUR a year
    with db.reading() as s:
        report = key_clients(s, Period(START, END))
    row = next(c for c in report.classification.clients if c.client_id == ids["Euro Kft."])
    spend = Decimal("20000.00") * Decimal("395.1234")  # the EUR rate on 30 June 2026
    assert row.estimated_spend == spend
    assert row.potential == spend - expected_huf()["Euro Kft."]
    assert share_of_wallet(row.revenue, row.estimated_spend) == row.revenue / spend


def test_the_client_list_sorts_by_revenue_in_huf_as_the_shares_do(db: Database) -> None:
    from kamdesk.services.clients.client_list import list_clients

    with db.unit_of_work() as s:
        add_currency_portfolio(s)
    with db.reading() as s:
        rows = list_clients(s, sort="revenue", descending=True, period=(START, END))
        report = key_clients(s, Period(START, END))
    want = [c.name for c in report.classification.clients]
    # at face value Hazai Bt. (1 750 000.50 HUF) and Волга (343 333.33 RUB) would lead, and
    # Euro Kft. (12 300.56 EUR, the biggest in HUF) would come last
    assert want[0] == "Euro Kft." and want[-1] == "Mixed S.r.l."
    assert [r.name for r in rows] == want
