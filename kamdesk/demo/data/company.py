"""Our own company and its key account managers (demo data)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class OwnCompany:
    legal_name: str
    short_name: str
    tax_id: str
    registration_no: str
    country: str
    city: str
    postal_code: str
    address: str
    phone: str
    email: str
    website: str
    bank_name: str
    bank_account: str
    bank_code: str
    # issue 13: the requisites documents need, in the country's own form
    vat_number: str = ""
    kpp: str = ""
    corr_account: str = ""
    fiscal_code: str = ""
    director: tuple[str, str] = ("", "")  # (name, position)
    accountant: tuple[str, str] = ("", "")
    # who signs documents, in what position, on what authority ("charter" or "poa" with its
    # number; the power of attorney is dated at the start of the demo's history)
    signatory: tuple[str, str, str, str] = ("", "", "", "")


# The account number carries valid Hungarian giro check digits (weights 9,7,3,1) and the IBAN
# valid mod-97 digits; the tax number a valid anum check digit. Tests verify all three.
OWN_COMPANY: Final = OwnCompany(
    legal_name="Danubia Pack & Care Kereskedelmi Korlátolt Felelősségű Társaság",
    short_name="Danubia Pack & Care Kft.",
    tax_id="14785298",
    registration_no="Cg. 01-09-874512",
    country="HU",
    city="Budapest",
    postal_code="1138",
    address="Váci út 117.",
    phone="+36 1 555 0142",
    email="info@danubiapack.hu",
    website="www.danubiapack.hu",
    bank_name="OTP Bank Nyrt.",
    bank_account="HU09117050082001458700000009",
    bank_code="OTPVHUHB",
    vat_number="HU14785298",
    director=("Fekete László", "ügyvezető"),
    accountant=("Varga Katalin", "gazdasági vezető"),
    signatory=("Fekete László", "ügyvezető", "charter", ""),
)

KAMS: Final = ("Kovács Anna", "Szabó Gergely", "Elena Morozova")
