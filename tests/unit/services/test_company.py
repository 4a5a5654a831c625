from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.models import Company
from kamdesk.services.company import InvalidFields, get_company, save_company

PROFILE = CompanyProfile(
    legal_name="ООО «Континент»",
    tax_id="7707083893",
    country="RU",
    bank_code="044525225",
    default_currency="RUB",
    vat_rate=Decimal(20),
    logo=b"\x89PNG fake bytes",
)


def test_a_new_database_has_an_empty_profile(db: Database) -> None:
    with db.reading() as s:
        assert get_company(s) == CompanyProfile()


def test_saved_profile_reads_back_identically_and_updates_in_place(db: Database) -> None:
    with db.unit_of_work() as s:
        save_company(s, PROFILE)
    with db.unit_of_work() as s:
        assert get_company(s) == PROFILE
        save_company(s, replace(PROFILE, city="Москва", vat_rate=Decimal("22")))
    with db.reading() as s:
        assert get_company(s).city == "Москва"
        assert get_company(s).vat_rate == Decimal(22)
        rows = s.query(Company).all()
        assert len(rows) == 1 and rows[0].revision == 2


def test_an_invalid_profile_saves_nothing(db: Database) -> None:
    with db.unit_of_work() as s:
        save_company(s, PROFILE)
    with pytest.raises(InvalidFields) as caught, db.unit_of_work() as s:
        save_company(s, replace(PROFILE, legal_name="New name", tax_id="123"))
    assert list(caught.value.problems) == ["tax_id"]
    with db.reading() as s:
        assert get_company(s).legal_name == PROFILE.legal_name


def test_vat_registrations_are_kept_by_country_and_removed_when_left_out(db: Database) -> None:
    from kamdesk.domain.company import VatRegistrationEntry
    from kamdesk.domain.natural_keys import vat_registration_id
    from kamdesk.models import VatRegistration
    from kamdesk.services.company import get_vat_registrations

    hu = replace(PROFILE, country="HU", tax_id="12892312-2-41", bank_code="OTPVHUHB")
    with db.unit_of_work() as s:
        save_company(s, hu, [VatRegistrationEntry("de", "de 136695976")])
    with db.unit_of_work() as s:
        assert get_vat_registrations(s) == [VatRegistrationEntry("DE", "DE136695976")]
        assert s.get(VatRegistration, vat_registration_id("DE")) is not None
        with pytest.raises(InvalidFields) as bad:
            save_company(s, hu, [VatRegistrationEntry("HU", "HU12892312")])
        assert "own country" in bad.value.problems["vat_registration_0"]
        save_company(s, hu, [])
    with db.reading() as s:
        assert get_vat_registrations(s) == []
