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


@pytest.mark.parametrize(
    ("country", "rate", "currency"),
    [("RU", 22, "RUB"), ("HU", 27, "HUF"), ("IT", 22, "EUR"), ("AZ", 18, "AZN"), ("DE", 19, "EUR")],
)
def test_choosing_the_country_sets_its_standard_rate_and_currency(
    country: str, rate: int, currency: str
) -> None:
    from kamdesk.domain.company import follow_country

    blank = CompanyProfile()
    assert follow_country(blank.vat_rate, blank.default_currency, "", country) == (
        Decimal(rate),
        currency,
    )


def test_a_rate_or_currency_typed_by_hand_stays_when_the_country_changes() -> None:
    from kamdesk.domain.company import follow_country

    # a Hungarian company billing in EUR: EUR typed by hand over HUF
    assert follow_country(Decimal(27), "USD", "HU", "IT") == (Decimal(22), "USD")
    assert follow_country(Decimal(5), "HUF", "HU", "RU") == (Decimal(5), "RUB")
    # the previous country's defaults count as untouched; an unknown country changes nothing
    assert follow_country(Decimal(22), "RUB", "RU", "HU") == (Decimal(27), "HUF")
    assert follow_country(Decimal(22), "RUB", "RU", "XX") == (Decimal(22), "RUB")


def test_a_wrong_inn_is_explained_wholly_in_the_users_language() -> None:
    from kamdesk import messages

    ru = replace(GOOD, country="RU", tax_id="7707083894")
    try:
        messages.use("ru")
        said = validate_company(ru)["tax_id"]
    finally:
        messages.use("en")
    assert said == (
        "Недействительный налоговый номер (RU): неверна контрольная цифра "
        "(опечатка или переставлены две цифры?)."
    )
    assert "checksum" not in said
