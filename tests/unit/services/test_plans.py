"""Sales plans: a year's grid, one cell written at a time, and the plans against actual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.natural_keys import sales_plan_id
from kamdesk.domain.plans import parse_period
from kamdesk.errors import UserError
from kamdesk.models import Client, ClientKeyReason, SalesPlan
from kamdesk.services.changes import Change, changes_of, track
from kamdesk.services.clients.classification import Period, converted_revenue
from kamdesk.services.plans import progress as progress_module
from kamdesk.services.plans.grid import read_grid, set_plan
from kamdesk.services.plans.progress import client_progress, plan_report
from tests.currency_portfolio import add_currency_portfolio, add_net_invoice
from tests.factories import add_client

TODAY = date(2026, 11, 15)
NOV = date(2026, 11, 1)


def test_a_cell_is_written_removed_and_written_again_under_its_natural_id(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alföld Kft.", currency="HUF")
        cid = client.id
    with db.unit_of_work() as s:
        assert set_plan(track(s), cid, NOV, Decimal("1250000.5")) == Decimal("1250000.50")
        assert changes_of(s) == {Change.PLANS}  # the views of plans refresh
    plan_id = sales_plan_id(cid, "2026-11-01")
    with db.reading() as s:
        row = s.get(SalesPlan, plan_id)
        assert row is not None and (row.amount, row.currency) == (Decimal("1250000.50"), "HUF")
    with db.unit_of_work() as s:
        assert set_plan(s, cid, NOV, Decimal(0)) is None  # 0 removes
    with db.reading() as s:
        row = s.get(SalesPlan, plan_id)
        assert row is not None and row.deleted_at is not None  # a tombstone sync carries
    with db.unit_of_work() as s:
        set_plan(s, cid, NOV, Decimal("900"))
        set_plan(s, cid, date(2026, 12, 1), None)  # removing what is not there does nothing
    with db.reading() as s:
        rows = s.scalars(select(SalesPlan)).all()
        assert [(r.id, r.deleted_at, r.amount) for r in rows] == [(plan_id, None, Decimal(900))]


def test_a_bad_cell_is_refused_in_words_and_nothing_is_written(db: Database) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Alföld Kft.").id
        gone = add_client(s, "Gone Kft.")
        gone.tombstone()
        gone_id = gone.id
    for client_id, month, amount, words in (
        (cid, date(2026, 11, 15), Decimal(5), "whole month"),
        (cid, NOV, Decimal(-5), "negative"),
        (cid, NOV, Decimal("0.001"), "whole cents"),
        (gone_id, NOV, Decimal(5), "no longer exists"),
    ):
        with pytest.raises(UserError, match=words), db.unit_of_work() as s:
            set_plan(s, client_id, month, amount)
    with db.reading() as s:
        assert s.scalars(select(SalesPlan)).all() == []


def test_the_grid_holds_planned_clients_active_key_clients_and_new_clients(db: Database) -> None:
    with db.unit_of_work() as s:
        planned = add_client(s, "Bakony Bt.", currency="HUF")
        key = add_client(s, "Alföld Kft.")
        s.add(ClientKeyReason(client_id=key.id, reason="reference"))
        dormant = add_client(s, "Csepel Zrt.", status="dormant")
        s.add(ClientKeyReason(client_id=dormant.id, reason="partner"))
        add_client(s, "Duna Kft.")  # neither planned nor key
        set_plan(s, planned.id, date(2026, 2, 1), Decimal("100"))
        set_plan(s, planned.id, date(2026, 5, 1), Decimal("50.25"))
        set_plan(s, planned.id, date(2025, 5, 1), Decimal("7"))  # another year
        set_plan(s, None, date(2026, 3, 1), Decimal("1000"))
        ids = (planned.id, key.id)
    with db.reading() as s:
        grid = read_grid(s, 2026, TODAY)
    assert [(r.client_id, r.name) for r in grid.rows] == [
        (ids[1], "Alföld Kft."),
        (ids[0], "Bakony Bt."),
    ]
    bakony = grid.rows[1]
    assert bakony.currency == "HUF" and bakony.months[1] == Decimal("100.00")
    assert bakony.quarters == (Decimal("100.00"), Decimal("50.25"), Decimal(0), Decimal(0))
    assert bakony.year == Decimal("150.25") and not grid.rows[0].planned
    assert grid.new_clients.client_id is None and grid.new_clients.year == Decimal(1000)
    assert grid.new_clients.currency == grid.reporting == "EUR"


def test_actual_is_net_revenue_less_credit_notes_in_the_plans_currency(db: Database) -> None:
    """The currency portfolio (rates, a credit note, an EUR client billed once in HUF)."""
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        for name in ("Euro Kft.", "Mixed S.r.l."):
            for month in (2, 3):
                set_plan(s, ids[name], date(2026, month, 1), Decimal("5000"))
    with db.reading() as s:
        report = plan_report(s, parse_period("2026-Q1"), date(2026, 6, 30))
    rows = {r.name: r for r in report.clients}
    euro = rows["Euro Kft."].progress
    # 10000.00 + 2500.55 + 100.01 invoiced, 300.00 credited on 20 March
    assert (euro.plan, euro.actual) == (Decimal("10000.00"), Decimal("12300.56"))
    assert euro.forecast == euro.actual and euro.fulfilment == pytest.approx(1.230056)
    mixed = rows["Mixed S.r.l."]
    # 1234.56 EUR, and 99 999.99 HUF at 400.25 HUF per EUR on 2 February (rounded once)
    huf_in_eur = (Decimal("99999.99") / Decimal("400.25")).quantize(Decimal("0.01"))
    assert mixed.currency == "EUR"
    assert mixed.progress.actual == Decimal("1234.56") + huf_in_eur
    assert report.warnings == ()


def test_documents_in_another_currency_count_at_their_days_rate_or_are_named_when_none(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read again per day only for the clients that have them (in chunks: one client each
    here), the rest summed as they are; a document without a rate is left out and named."""
    monkeypatch.setattr(progress_module, "IN_CHUNK", 1)
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        for name in ("Euro Kft.", "Mixed S.r.l.", "Hazai Bt."):
            set_plan(s, ids[name], date(2026, 2, 1), Decimal("5000"))
        euro = s.get(Client, ids["Euro Kft."])
        assert euro is not None
        add_net_invoice(s, euro, "INV-USD-1", "USD", date(2026, 2, 15), Decimal("10.00"))
        add_net_invoice(s, euro, "INV-USD-2", "USD", date(2026, 2, 16), Decimal("20.00"))
    with db.reading() as s:
        report = plan_report(s, parse_period("2026-Q1"), date(2026, 6, 30))
        # every client is new in 2026: their revenue is the key clients' (in HUF), to the cent
        revenue = converted_revenue(s, Period(date(2026, 1, 1), date(2026, 3, 31)))
    assert report.reporting == "HUF" and len(revenue.totals) == 4
    assert report.new_clients.actual == sum(revenue.totals.values(), Decimal(0))
    rows = {r.name: r for r in report.clients}
    assert rows["Euro Kft."].progress.actual == Decimal("12300.56")  # the USD ones left out
    huf_in_eur = (Decimal("99999.99") / Decimal("400.25")).quantize(Decimal("0.01"))
    assert rows["Mixed S.r.l."].progress.actual == Decimal("1234.56") + huf_in_eur
    assert rows["Hazai Bt."].currency == "HUF"
    assert rows["Hazai Bt."].progress.actual == Decimal("1500000.00")  # Q1's only
    assert report.warnings == (
        "2 documents in USD not counted in plans in EUR: no rate on or before the date; "
        "enter rates in File > Exchange rates",
        # and out of the new clients' revenue (all of them first invoiced in 2026)
        "2 documents in USD not converted: no rate on or before the date",
    )


def test_the_forecast_runs_at_the_pace_so_far_and_the_gap_is_what_is_missing(
    db: Database,
) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alföld Kft.")
        set_plan(s, client.id, NOV, Decimal("3000"))
        add_net_invoice(s, client, "I-1", "EUR", date(2026, 11, 3), Decimal("500"))
        add_net_invoice(s, client, "I-2", "EUR", date(2026, 11, 20), Decimal("900"))  # after
        add_net_invoice(s, client, "I-0", "EUR", date(2026, 10, 31), Decimal("800"))  # before
    with db.reading() as s:
        (row,) = client_progress(s, parse_period("2026-11"), TODAY)
    p = row.progress
    assert (p.plan, p.actual) == (Decimal("3000.00"), Decimal("500.00"))
    assert p.forecast == Decimal("1000.00")  # 500 in 15 of 30 days
    assert p.gap == Decimal("2500.00") and p.forecast_gap == Decimal("2000.00")


def test_new_clients_count_the_revenue_of_clients_first_invoiced_in_the_year(
    db: Database,
) -> None:
    with db.unit_of_work() as s:
        old = add_client(s, "Old Kft.")
        add_net_invoice(s, old, "I-1", "EUR", date(2025, 6, 1), Decimal("100"))
        add_net_invoice(s, old, "I-2", "EUR", date(2026, 3, 1), Decimal("200"))
        new = add_client(s, "New Kft.")
        add_net_invoice(s, new, "I-3", "EUR", date(2026, 2, 1), Decimal("300"))
        add_net_invoice(s, new, "I-4", "EUR", date(2026, 7, 1), Decimal("400"))
        late = add_client(s, "Late Kft.")
        add_net_invoice(s, late, "I-5", "EUR", date(2026, 8, 1), Decimal("50"))
        set_plan(s, None, date(2026, 7, 1), Decimal("1000"))
    with db.reading() as s:
        q3 = plan_report(s, parse_period("2026-Q3"), date(2026, 12, 31))
        q1 = plan_report(s, parse_period("2026-Q1"), date(2026, 12, 31))
    assert q3.new_clients_planned and q3.reporting == "EUR"
    assert (q3.new_clients.plan, q3.new_clients.actual) == (Decimal("1000.00"), Decimal("450.00"))
    assert not q1.new_clients_planned and q1.new_clients.actual == Decimal("300.00")
    assert q1.new_clients.fulfilment is None


def test_a_deleted_client_leaves_the_report(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alföld Kft.")
        set_plan(s, client.id, NOV, Decimal("10"))
        cid = client.id
    with db.unit_of_work() as s:
        row = s.get(Client, cid)
        assert row is not None
        row.tombstone()
    with db.reading() as s:
        assert plan_report(s, parse_period("2026"), TODAY).clients == ()
        assert read_grid(s, 2026, TODAY).rows == ()
