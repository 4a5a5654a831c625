"""The team's defaults: what a new client starts with (credit limit, payment terms) and the
working hours, stored as settings records (they sync) and read back."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.client import ClientProfile
from kamdesk.domain.natural_keys import setting_id
from kamdesk.domain.working_hours import WorkingHours
from kamdesk.errors import UserError
from kamdesk.models import Client, Setting
from kamdesk.services.clients import dossier
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.settings import get_rules, save_rules

TODAY = date(2026, 12, 4)


def _new_client(db: Database, name: str, currency: str) -> Client:
    profile = ClientProfile(name=name, country="HU", currency=currency, kam="Kovács Anna")
    with db.unit_of_work() as s:
        cid = dossier.save_profile(s, profile, today=TODAY)
    with db.reading() as s:
        row = s.get(Client, cid)
        assert row is not None
        s.expunge(row)
        return row


def test_without_team_defaults_a_new_client_has_no_limit_and_thirty_days(db: Database) -> None:
    client = _new_client(db, "Alfa Kft.", "EUR")
    assert (client.credit_limit, client.payment_terms_days) == (None, 30)


def test_a_new_client_starts_with_the_teams_credit_limit_and_payment_terms(db: Database) -> None:
    with db.unit_of_work() as s:
        reporting = get_rules(s)
        save_rules(
            s,
            dataclasses.replace(
                reporting, new_client_credit_limit=Decimal("20000"), new_client_payment_days=45
            ),
        )
        set_rate(s, "HUF", date(2026, 12, 1), Decimal("0.00253"))  # EUR per HUF
    same = _new_client(db, "Alfa Kft.", "EUR")
    assert (same.credit_limit, same.payment_terms_days) == (Decimal("20000"), 45)
    converted = _new_client(db, "Béta Kft.", "HUF")
    assert converted.credit_limit == Decimal("7905138")  # 20 000 / 0.00253, rounded down
    assert converted.payment_terms_days == 45
    no_rate = _new_client(db, "Gamma Ltd.", "USD")
    assert (no_rate.credit_limit, no_rate.payment_terms_days) == (None, 45)


def test_an_existing_client_keeps_its_terms_when_the_defaults_change(db: Database) -> None:
    client = _new_client(db, "Alfa Kft.", "EUR")
    with db.unit_of_work() as s:
        save_rules(s, dataclasses.replace(get_rules(s), new_client_credit_limit=Decimal(5000)))
    with db.reading() as s:
        assert s.get(Client, client.id).credit_limit is None  # type: ignore[union-attr]


def test_working_hours_are_stored_as_records_and_read_back(db: Database) -> None:
    hours = WorkingHours(time(8, 0), time(16, 30), frozenset({0, 1, 2, 3}))
    with db.unit_of_work() as s:
        save_rules(s, dataclasses.replace(get_rules(s), working_hours=hours))
    with db.reading() as s:
        assert get_rules(s).working_hours == hours
        stored = dict(s.query(Setting.key, Setting.value).filter(Setting.key.like("work.%")))
    assert stored == {"work.start": "08:00", "work.end": "16:30", "work.days": "1,2,3,4"}


@pytest.mark.parametrize(
    "change",
    [
        {"new_client_credit_limit": Decimal("-1")},
        {"new_client_credit_limit": Decimal("1.005")},
        {"new_client_payment_days": 400},
        {"working_hours": WorkingHours(time(18, 0), time(9, 0))},
        {"working_hours": WorkingHours(days=frozenset())},
    ],
)
def test_bad_defaults_save_nothing(db: Database, change: dict[str, object]) -> None:
    with db.unit_of_work() as s, pytest.raises(UserError):
        save_rules(s, dataclasses.replace(get_rules(s), **change))  # type: ignore[arg-type]
    with db.reading() as s:
        assert get_rules(s) == get_rules(s).__class__()


def test_unreadable_stored_hours_fall_back_to_the_default(db: Database) -> None:
    with db.unit_of_work() as s:
        for key, value in (("work.start", "19:00"), ("work.end", "08:00"), ("work.days", "x")):
            s.add(Setting(id=setting_id(key), key=key, value=value))
    with db.reading() as s:
        assert get_rules(s).working_hours == WorkingHours()
