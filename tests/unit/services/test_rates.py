"""Exchange rates stored and read back (issue 13): one rate per currency and day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.fx import MissingRate
from kamdesk.models import ExchangeRate
from kamdesk.services.company import InvalidFields, get_company, save_company
from kamdesk.services.prices.rates import rate_book, set_rate


def test_a_rate_entered_twice_for_a_day_is_one_record(db: Database) -> None:
    with db.unit_of_work() as s:
        profile = CompanyProfile(
            legal_name="Kontinent Kft.",
            tax_id="12345676",
            country="HU",
            default_currency="EUR",
            reporting_currency="HUF",
        )
        save_company(s, profile)
        set_rate(s, "eur", date(2026, 11, 30), Decimal("386.12"), "MNB ")
        set_rate(s, "EUR", date(2026, 11, 30), Decimal("386.20"), "MNB")
    with db.reading() as s:
        assert s.query(ExchangeRate).count() == 1
        book = rate_book(s)
        assert get_company(s).reporting == "HUF"
    assert book.reporting == "HUF"
    assert book.to_reporting(Decimal("10.00"), "EUR", date(2026, 12, 1)) == Decimal("3862.00")
    with pytest.raises(MissingRate):
        book.to_reporting(Decimal("10.00"), "EUR", date(2026, 11, 29))


def test_the_reporting_currency_stays_while_rates_are_quoted_in_it(db: Database) -> None:
    profile = CompanyProfile(
        legal_name="Kontinent Kft.",
        tax_id="12345676",
        country="HU",
        default_currency="EUR",
        reporting_currency="HUF",
    )
    with db.unit_of_work() as s:
        save_company(s, profile)
        set_rate(s, "EUR", date(2026, 11, 30), Decimal("386.12"), "MNB")
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as refused:
        save_company(s, replace(profile, reporting_currency="EUR"))
    assert "stays HUF" in refused.value.problems["reporting_currency"]
    with db.unit_of_work() as s, pytest.raises(InvalidFields) as refused:
        save_company(s, replace(profile, reporting_currency="", default_currency="USD"))
    assert "File > Exchange rates" in refused.value.problems["default_currency"]
    with db.unit_of_work() as s:  # the same reporting currency, said another way, is fine
        save_company(s, replace(profile, reporting_currency="", default_currency="HUF"))
        assert get_company(s).reporting == "HUF"
