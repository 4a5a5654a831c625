"""The own-company profile: what every document's letterhead is made from, and its rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.exceptions import ValidationError
from stdnum.util import get_cc_module

from kamdesk.domain.money import CURRENCIES, AmountError, parse_percent

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")

# Tax-number modules python-stdnum offers per country; the first is tried for a company.
_TAX_MODULES: dict[str, tuple[str, ...]] = {
    "RU": ("inn",),
    "HU": ("anum",),
    "IT": ("iva",),
    "AZ": ("voen",),
    "DE": ("vat",),
    "PL": ("nip",),
    "CZ": ("dic",),
    "KZ": ("bin",),
    "BY": ("unp",),
    "UA": ("edrpou",),
}


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


def tax_id_problem(country: str, tax_id: str) -> str | None:
    """Why a tax id is not valid for its country, or None if valid or not checkable."""
    hu_full = re.fullmatch(r"(\d{8})-?\d-?\d{2}", tax_id)
    if country.upper() == "HU" and hu_full:
        # the full Hungarian adószám: the 8-digit base carries the check digit
        tax_id = hu_full.group(1)
    names = _TAX_MODULES.get(country.upper(), ())
    for name in names:
        try:
            module = get_cc_module(country.lower(), name)
        except ImportError:  # pragma: no cover - depends on the stdnum version
            continue
        if module is None:  # pragma: no cover
            continue
        try:
            module.validate(tax_id)
        except ValidationError as exc:
            return f"not a valid {country.upper()} tax number ({str(exc).rstrip('.')})"
        return None
    if not re.fullmatch(r"[A-Za-z0-9 \-/.]{4,30}", tax_id):
        return "a tax number has 4 to 30 letters and digits"
    return None


def validate_company(profile: CompanyProfile) -> dict[str, str]:
    """Field name -> message for every rule the profile breaks; empty when it can be saved."""
    problems: dict[str, str] = {}
    if not profile.legal_name.strip():
        problems["legal_name"] = "The legal name is required: it heads every document."
    if not re.fullmatch(r"[A-Z]{2}", profile.country):
        problems["country"] = "Choose the country of registration (two-letter code)."
    if not profile.tax_id.strip():
        problems["tax_id"] = "The tax number is required on invoices."
    elif "country" not in problems:
        why = tax_id_problem(profile.country, profile.tax_id.strip())
        if why:
            problems["tax_id"] = why[0].upper() + why[1:] + "."
    if profile.email and not EMAIL.match(profile.email):
        problems["email"] = "Not an e-mail address."
    if profile.phone and not PHONE.match(profile.phone):
        problems["phone"] = "A phone number has digits, spaces, brackets, dashes and a leading +."
    if profile.bank_account:
        compact = profile.bank_account.replace(" ", "")
        if compact[:2].isalpha():
            try:
                std_iban.validate(compact)
            except ValidationError:
                problems["bank_account"] = "Not a valid IBAN (check the digits)."
        elif not re.fullmatch(r"[0-9\-]{8,34}", compact):
            problems["bank_account"] = "An account is an IBAN or 8 to 34 digits."
    if profile.bank_code:
        try:
            std_bic.validate(profile.bank_code.replace(" ", ""))
        except ValidationError:
            if not re.fullmatch(r"[0-9]{9}", profile.bank_code):  # Russian BIK
                problems["bank_code"] = "Not a valid SWIFT/BIC or 9-digit BIK."
    if profile.default_currency not in CURRENCIES:
        problems["default_currency"] = "Choose one of the supported currencies."
    if not Decimal(0) <= profile.vat_rate <= Decimal(100):
        problems["vat_rate"] = "The VAT rate is a percentage between 0 and 100."
    return problems


def parse_vat_rate(text: str) -> Decimal:
    try:
        return parse_percent(text)
    except AmountError as exc:
        raise ValueError(f"VAT rate: {exc}") from exc


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
    )
