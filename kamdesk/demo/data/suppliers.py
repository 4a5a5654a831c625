"""The supplier the demo is built for: one per country of registration (`kamdesk demo --country`).

Each has its company with every requisite in its country's form, the currency it bills in and
the one it reports in, its VAT rates of 2026, its key account managers, where its clients are
and which of them are billed in another currency (with the central bank whose rates apply).
Every number carries valid check digits (tests verify them with python-stdnum).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kamdesk.demo.data.company import KAMS, OWN_COMPANY, OwnCompany


@dataclass(frozen=True)
class RateSeries:
    """Weekly rates of `currency` in the reporting currency around `level`, as `source` quotes
    them (with `places` decimals)."""

    currency: str
    level: str
    places: int
    source: str
    swing: float = 0.03  # the largest move away from the level over the history


@dataclass(frozen=True)
class Supplier:
    company: OwnCompany
    currency: str  # what it bills in and prices its catalogue in
    reporting: str  # what cross-client figures are in; rates are quoted in it
    vat: dict[str, str]  # the catalogue's rate class (the Hungarian rate) -> the rate here
    kams: tuple[str, str, str]
    kam_by_country: dict[str, tuple[int, ...]]  # client country -> kams to draw from
    pattern: tuple[str, ...]  # client countries, in the proportions drawn
    scale: str  # catalogue currency units per euro of the families' base prices
    rates: tuple[RateSeries, ...]
    # client country -> (currency, share of its clients billed in it); the rest: `currency`
    billed_in: dict[str, tuple[str, float]]

    @property
    def code(self) -> str:
        return self.company.country


HU: Final = Supplier(
    company=OWN_COMPANY,
    currency="EUR",
    reporting="HUF",
    vat={"27": "27", "18": "18", "5": "5"},
    kams=(KAMS[0], KAMS[1], KAMS[2]),
    kam_by_country={"HU": (0, 0, 0, 1), "IT": (1, 1, 1, 0), "RU": (2,), "AZ": (2, 2, 1)},
    pattern=("HU",) * 7 + ("RU",) * 5 + ("IT",) * 4 + ("AZ",) * 4,
    scale="1",
    rates=(RateSeries("EUR", "392.50", 2, "MNB"), RateSeries("USD", "338.20", 2, "MNB")),
    # Azerbaijani clients half in dollars, a third of the Hungarian ones in forints: every
    # figure across clients is in the reporting currency, at the rate of its document's date.
    billed_in={"HU": ("HUF", 0.34), "AZ": ("USD", 0.5)},
)

RU: Final = Supplier(
    company=OwnCompany(
        legal_name="Общество с ограниченной ответственностью «Волга Пак Трейд»",
        short_name="ООО «Волга Пак Трейд»",
        tax_id="7710458239",
        registration_no="1027700123450",
        country="RU",
        city="Москва",
        postal_code="125047",
        address="ул. Лесная, д. 43, офис 512",
        phone="+7 495 555-01-42",
        email="info@volgapack.ru",
        website="www.volgapack.ru",
        bank_name="ПАО Сбербанк",
        bank_account="40702810938000012345",
        bank_code="044525225",
        kpp="771001001",
        corr_account="30101810400000000225",
        director=("Соколов Андрей Викторович", "Генеральный директор"),
        accountant=("Ковалёва Ирина Петровна", "Главный бухгалтер"),
        signatory=("Морозова Елена Сергеевна", "Коммерческий директор", "poa", "12/Д"),
    ),
    currency="RUB",
    reporting="RUB",
    vat={"27": "22", "18": "10", "5": "10"},
    kams=("Морозова Елена", "Кузнецов Дмитрий", "Алиев Руслан"),
    kam_by_country={"RU": (0, 0, 1), "KZ": (2,), "AZ": (2,), "HU": (1,), "IT": (1, 0)},
    pattern=("RU",) * 9 + ("KZ",) * 4 + ("HU",) * 2 + ("IT",) * 3 + ("AZ",) * 2,
    scale="95",
    rates=(
        RateSeries("EUR", "95.4000", 4, "ЦБ РФ", 0.08),
        RateSeries("USD", "82.3000", 4, "ЦБ РФ", 0.08),
    ),
    billed_in={"HU": ("EUR", 1.0), "IT": ("EUR", 1.0), "AZ": ("USD", 1.0)},
)

IT: Final = Supplier(
    company=OwnCompany(
        legal_name="Padana Imballaggi Società a Responsabilità Limitata",
        short_name="Padana Imballaggi S.r.l.",
        tax_id="08745120157",
        registration_no="REA MI-2087451",
        country="IT",
        city="Milano",
        postal_code="20124",
        address="Via Vittor Pisani, 16",
        phone="+39 02 5550 1420",
        email="info@padanaimballaggi.it",
        website="www.padanaimballaggi.it",
        bank_name="Intesa Sanpaolo S.p.A.",
        bank_account="IT76W0306909606100000123456",
        bank_code="BCITITMM",
        vat_number="IT08745120157",
        fiscal_code="08745120157",
        director=("Giulia Ferri", "Amministratrice unica"),
        accountant=("Marco Galli", "Responsabile amministrativo"),
        signatory=("Giulia Ferri", "Amministratrice unica", "charter", ""),
    ),
    currency="EUR",
    reporting="EUR",
    vat={"27": "22", "18": "10", "5": "4"},
    kams=("Luca Bianchi", "Chiara Romano", "Elena Morozova"),
    kam_by_country={"IT": (0, 0, 1), "HU": (1,), "RU": (2,), "AZ": (2, 1)},
    pattern=("IT",) * 9 + ("HU",) * 4 + ("RU",) * 3 + ("AZ",) * 4,
    scale="1",
    rates=(RateSeries("USD", "0.862100", 6, "BCE"),),
    billed_in={"AZ": ("USD", 1.0)},
)

AZ: Final = Supplier(
    company=OwnCompany(
        legal_name="“Xəzər Qablaşdırma” Məhdud Məsuliyyətli Cəmiyyəti",
        short_name="Xəzər Qablaşdırma MMC",
        tax_id="1402857221",
        registration_no="",
        country="AZ",
        city="Bakı",
        postal_code="AZ1010",
        address="Nizami küçəsi 96",
        phone="+994 12 555 01 42",
        email="info@xezerpack.az",
        website="www.xezerpack.az",
        bank_name="Kapital Bank ASC",
        bank_account="AZ29AIIB40060019440012345678",
        bank_code="AIIBAZ2X",
        director=("Rəşad Məmmədov", "Direktor"),
        accountant=("Leyla Hüseynova", "Baş mühasib"),
        signatory=("Rəşad Məmmədov", "Direktor", "charter", ""),
    ),
    currency="AZN",
    reporting="AZN",
    vat={"27": "18", "18": "18", "5": "18"},
    kams=("Nigar Əliyeva", "Elvin Quliyev", "Elena Morozova"),
    kam_by_country={"AZ": (0, 0, 1), "RU": (2,), "HU": (1,), "IT": (1, 0)},
    pattern=("AZ",) * 10 + ("RU",) * 4 + ("HU",) * 3 + ("IT",) * 3,
    scale="2",
    rates=(RateSeries("USD", "1.7000", 4, "CBAR", 0.0), RateSeries("EUR", "1.9750", 4, "CBAR")),
    billed_in={"HU": ("EUR", 1.0), "IT": ("EUR", 1.0), "RU": ("USD", 0.5)},
)

SUPPLIERS: Final = {"HU": HU, "RU": RU, "IT": IT, "AZ": AZ}
