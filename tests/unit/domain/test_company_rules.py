from dataclasses import replace
from decimal import Decimal

import pytest

from kamdesk.domain.company import CompanyProfile, normalized, validate_company

GOOD = CompanyProfile(
    legal_name="Kontinent Supply Kft.",
    tax_id="18795134-2-41",
    country="HU",
    email="sales@kontinent.hu",
    phone="+36 1 234 5678",
    bank_account="HU42 1177 3016 1111 1018 0000 0000",
    bank_code="OTPVHUHB",
    default_currency="EUR",
    vat_rate=Decimal(27),
)


def test_a_complete_profile_has_no_problems() -> None:
    assert validate_company(GOOD) == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("legal_name", "  "),
        ("tax_id", "12345678-1-11"),
        ("tax_id", ""),
        ("country", "Hungary"),
        ("email", "sales-at-kontinent"),
        ("phone", "call me"),
        ("bank_account", "HU42 1177 3016 1111 1018 0000 0001"),
        ("bank_code", "NOTABIC!"),
        ("default_currency", "XXX"),
        ("vat_rate", Decimal(120)),
    ],
)
def test_each_broken_rule_is_reported_at_its_field(field: str, value: object) -> None:
    problems = validate_company(replace(GOOD, **{field: value}))
    assert list(problems) == [field]
    assert problems[field].endswith(".")


def test_tax_numbers_are_checked_per_country() -> None:
    ru = replace(GOOD, country="RU", tax_id="7707083893")  # Sberbank's INN
    assert validate_company(ru) == {}
    assert "tax_id" in validate_company(replace(ru, tax_id="7707083894"))
    it = replace(GOOD, country="IT", tax_id="00743110157")
    assert validate_company(it) == {}


def test_normalized_trims_and_uppercases_codes() -> None:
    p = normalized(replace(GOOD, legal_name="  X Kft. ", country="hu", bank_code=" otpvhuhb"))
    assert (p.legal_name, p.country, p.bank_code) == ("X Kft.", "HU", "OTPVHUHB")
