"""The own-company profile: what every document's letterhead is made from, and its rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from stdnum import iban as std_iban

from kamdesk.domain.flat_edits import Flat
from kamdesk.domain.money import CURRENCIES, AmountError, parse_percent
from kamdesk.domain.requisites import (
    BASES,
    company_requisites,
    requisites_problems,
    signatory_problem,
    tax_id_problem,
    vat_number_problem,
)
from kamdesk.domain.tax import EU
from kamdesk.messages import _

__all__ = [
    "EMAIL",
    "PHONE",
    "CompanyProfile",
    "VatRegistrationEntry",
    "registration_problems",
    "tax_id_problem",
    "validate_company",
]

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")


@dataclass(frozen=True)
class CompanyProfile:
    legal_name: str = ""
    short_name: str = ""
    tax_id: str = ""
    registration_no: str = ""
    country: str = ""
    city: str = ""
    postal_code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    bank_name: str = ""
    bank_account: str = ""
    bank_code: str = ""
    default_currency: str = "EUR"
    vat_rate: Decimal = Decimal("20")
    logo: bytes | None = field(default=None, repr=False)
    # issue 13: cross-client figures and exchange rates are in the reporting currency
    reporting_currency: str = ""
    vat_registered: bool = True
    vat_number: str = ""  # EU VAT number with its prefix
    kpp: str = ""
    corr_account: str = ""
    fiscal_code: str = ""
    director_name: str = ""
    director_position: str = ""
    accountant_name: str = ""
    accountant_position: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_basis: str = ""  # "charter" | "poa" | ""
    signatory_poa_number: str = ""
    signatory_poa_date: date | None = None

    @property
    def reporting(self) -> str:
        """The currency cross-client figures are in (the billing currency until one is set)."""
        return self.reporting_currency or self.default_currency


def validate_company(profile: CompanyProfile) -> dict[str, str]:
    """Field name -> message for every rule the profile breaks; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not profile.legal_name.strip():
        problems["legal_name"] = _("The legal name is required: it heads every document.")
    if not re.fullmatch(r"[A-Z]{2}", profile.country):
        problems["country"] = _("Choose the country of registration (two-letter code).")
    if not profile.tax_id.strip():
        problems["tax_id"] = _("The tax number is required on invoices.")
    elif "country" not in problems:
        why = tax_id_problem(profile.country, profile.tax_id.strip())
        if why:
            problems["tax_id"] = why
    if profile.email and not EMAIL.match(profile.email):
        problems["email"] = _("Not an e-mail address.")
    if profile.phone and not PHONE.match(profile.phone):
        problems["phone"] = _(
            "A phone number has digits, spaces, brackets, dashes and a leading +."
        )
    if profile.default_currency not in CURRENCIES:
        problems["default_currency"] = _("Choose one of the supported currencies.")
    if not Decimal(0) <= profile.vat_rate <= Decimal(100):
        problems["vat_rate"] = _("The VAT rate is a percentage between 0 and 100.")
    if profile.reporting_currency and profile.reporting_currency not in CURRENCIES:
        problems["reporting_currency"] = _("Choose one of the supported currencies.")
    for name, message in requisites_problems(company_requisites(profile), role="company").items():
        problems.setdefault(name, message)
    if profile.signatory_basis == "poa" or profile.signatory_basis not in ("", *BASES):
        why = signatory_problem(
            "",
            profile.signatory_name,
            profile.signatory_basis,
            profile.signatory_poa_number,
            profile.signatory_poa_date,
        )
        if why:
            problems["signatory_basis"] = why
    return problems


def parse_vat_rate(text: str) -> Decimal:
    try:
        return parse_percent(text)
    except AmountError as exc:
        raise ValueError(_("VAT rate: {problem}").format(problem=exc)) from exc


def _readable_account(account: str) -> str:
    """An IBAN in groups of four, as it is printed on invoices; anything else as typed."""
    compact = account.strip().upper().replace(" ", "")
    return std_iban.format(compact) if std_iban.is_valid(compact) else account.strip().upper()


def normalized(profile: CompanyProfile) -> CompanyProfile:
    """Trim what people paste in (spaces around names, lower-case codes)."""
    return replace(
        profile,
        legal_name=profile.legal_name.strip(),
        short_name=profile.short_name.strip(),
        tax_id=profile.tax_id.strip(),
        country=profile.country.strip().upper(),
        email=profile.email.strip(),
        bank_account=_readable_account(profile.bank_account),
        bank_code=profile.bank_code.strip().upper(),
        default_currency=profile.default_currency.strip().upper(),
        reporting_currency=profile.reporting_currency.strip().upper(),
        vat_number=profile.vat_number.replace(" ", "").strip().upper(),
        kpp=profile.kpp.strip().upper(),
        corr_account=profile.corr_account.replace(" ", "").strip(),
        fiscal_code=profile.fiscal_code.replace(" ", "").strip().upper(),
        director_name=profile.director_name.strip(),
        director_position=profile.director_position.strip(),
        accountant_name=profile.accountant_name.strip(),
        accountant_position=profile.accountant_position.strip(),
        signatory_name=profile.signatory_name.strip(),
        signatory_position=profile.signatory_position.strip(),
        signatory_poa_number=profile.signatory_poa_number.strip(),
    )


@dataclass(frozen=True)
class VatRegistrationEntry:
    """A VAT registration of the company in another country (its clients there pay that
    country's rates)."""

    country: str
    vat_number: str


def _registration_values(entries: list[VatRegistrationEntry]) -> dict[str, Any]:
    return {f"vat_registration:{e.country}": e.vat_number for e in entries}


def _registrations_of(
    _entries: list[VatRegistrationEntry], values: Mapping[str, Any]
) -> list[VatRegistrationEntry]:
    return sorted(
        (
            VatRegistrationEntry(name.partition(":")[2], number)
            for name, number in values.items()
            if number is not None
        ),
        key=lambda e: e.country,
    )


# the registrations as one field per country (vat_registration:DE -> its number, None when
# there is none), merged so by a form's save: a row removed meanwhile stays removed
REGISTRATIONS = Flat(_registration_values, _registrations_of)


def registration_problems(
    company_country: str, entries: list[VatRegistrationEntry]
) -> dict[int, str]:
    """Row index -> message for each registration that cannot be saved."""
    problems: dict[int, str] = {}
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        country = entry.country.strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", country):
            problems[i] = _("Choose the country of this registration (two-letter code).")
        elif country == company_country.upper():
            problems[i] = _(
                "{country} is the company's own country: its VAT number goes on the "
                "Tax and VAT tab, not here."
            ).format(country=country)
        elif country in seen:
            problems[i] = _("{country} is listed twice: one registration per country.").format(
                country=country
            )
        elif not entry.vat_number.strip():
            problems[i] = _("Type the VAT number of the registration in {country}.").format(
                country=country
            )
        elif country in EU or country == "GR":
            why = vat_number_problem(country, entry.vat_number)
            if why:
                problems[i] = why
        seen.add(country)
    return problems


@dataclass(frozen=True)
class CountryDefaults:
    """What a company registered in a country usually has: its standard VAT rate (2026) and
    its currency."""

    vat_rate: Decimal
    currency: str


# the standard rates in force in 2026 (Russia 22 % from 1 January 2026, Kazakhstan 16 % under
# its 2026 tax code, Romania 21 % from August 2025)
COUNTRY_DEFAULTS: dict[str, CountryDefaults] = {
    "RU": CountryDefaults(Decimal(22), "RUB"),
    "HU": CountryDefaults(Decimal(27), "HUF"),
    "IT": CountryDefaults(Decimal(22), "EUR"),
    "AZ": CountryDefaults(Decimal(18), "AZN"),
    "KZ": CountryDefaults(Decimal(16), "KZT"),
    "BY": CountryDefaults(Decimal(20), "BYN"),
    "UA": CountryDefaults(Decimal(20), "UAH"),
    "GE": CountryDefaults(Decimal(18), "GEL"),
    "PL": CountryDefaults(Decimal(23), "PLN"),
    "CZ": CountryDefaults(Decimal(21), "CZK"),
    "RO": CountryDefaults(Decimal(21), "RON"),
    "DE": CountryDefaults(Decimal(19), "EUR"),
    "AT": CountryDefaults(Decimal(20), "EUR"),
}


def country_defaults(country: str) -> CountryDefaults | None:
    """The country's standard VAT rate and currency; None for a country kamdesk does not know."""
    return COUNTRY_DEFAULTS.get(country.strip().upper())


def follow_country(
    vat_rate: Decimal | None, currency: str, old_country: str, new_country: str
) -> tuple[Decimal | None, str]:
    """The company's VAT rate and currency when its country is chosen: each becomes the new
    country's while it is still the untouched default (the new profile's 20 % and EUR, or what
    the previous country gave it); a value typed by hand stays."""
    blank = CompanyProfile()
    old = country_defaults(old_country) or CountryDefaults(blank.vat_rate, blank.default_currency)
    new = country_defaults(new_country)
    if new is None:
        return vat_rate, currency
    untouched_rate = vat_rate is None or vat_rate == old.vat_rate
    untouched_currency = currency == old.currency
    return (
        new.vat_rate if untouched_rate else vat_rate,
        new.currency if untouched_currency else currency,
    )
