"""What a client's documents state beyond its name (issue 13): VAT number, registration, bank and
signatory in its country's form, the currency it is billed in and its VAT treatment.

Everything here draws from the `extra` stream, so the portfolio of the main stream stays as it
was before these columns existed.
"""

from __future__ import annotations

from datetime import date, timedelta

from kamdesk.demo.base import StageBase
from kamdesk.demo.model import UNITS_PER_EUR, DemoClient, Row
from kamdesk.demo.text import giro_digit, ru_account
from kamdesk.domain.tax import eu_vat_number_valid, treatment

# (bank, БИК, correspondent account) of Russian banks
RU_BANKS = (
    ("ПАО Сбербанк", "044525225", "30101810400000000225"),
    ("Банк ВТБ (ПАО)", "044525187", "30101810700000000187"),
    ("АО «Альфа-Банк»", "044525593", "30101810200000000593"),
)
# (bank, BIC, IBAN bank part) elsewhere
BANKS = {
    "HU": (("OTP Bank Nyrt.", "OTPVHUHB", "117"), ("K&H Bank Zrt.", "OKHBHUHB", "104")),
    "IT": (
        ("Intesa Sanpaolo S.p.A.", "BCITITMM", "03069"),
        ("UniCredit S.p.A.", "UNCRITMM", "02008"),
    ),
    "AZ": (("Kapital Bank ASC", "AIIBAZ2X", "AIIB"), ("PAŞA Bank ASC", "PAHAAZ22", "PAHA")),
    "KZ": (
        ("АО «Народный Банк Казахстана»", "HSBKKZKX", "601"),
        ("АО «Kaspi Bank»", "CASPKZKA", "722"),
    ),
}
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def iban_of(country: str, bban: str) -> str:
    """An IBAN with its mod-97 check digits."""
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


class RequisitesStage(StageBase):
    """Currency, VAT treatment and requisites of each client."""

    def client_terms(self, c: DemoClient, tax_id: str) -> None:
        """What the client is billed in, its VAT number and the regime of its supplies."""
        x, code = self.extra, c.country.code
        c.tax_id = tax_id
        billed = self.supplier.billed_in.get(code)
        currency = self.currency
        if billed is not None and x.random() < billed[1]:
            currency = billed[0]
        c.currency, c.units = currency, UNITS_PER_EUR[currency]
        # most EU businesses trading across borders have a VAT number; every fourth abroad
        # (and a fifth at home) does not, and pays the supplier's domestic rate
        if code in ("HU", "IT"):
            home = code == self.supplier.code
            if not home:
                self.eu_abroad += 1
            if (x.random() < 0.8) if home else self.eu_abroad % 4 != 3:
                c.vat_number = code + tax_id
        valid = bool(c.vat_number) and eu_vat_number_valid(code, c.vat_number)
        t = treatment(self.supplier.code, code, client_vat_valid=valid)
        c.treatment = t

    def client_requisites(self, c: DemoClient) -> Row:
        """vat_number .. vat_checked_on of the client's row (writer.OWN_COLUMNS)."""
        x, code = self.extra, c.country.code
        director, position = c.director
        kpp = registration = bank = account = bic = corr = fiscal = sdi = pec = ""
        if code == "RU":
            kpp = f"{c.tax_id[:4]}01001"
            body = f"1{x.randint(2, 24):02d}{c.tax_id[:2]}{x.randint(0, 9_999_999):07d}"
            registration = body + str(int(body) % 11 % 10)  # ОГРН
            bank, bic, corr = x.choice(RU_BANKS)
            account = ru_account(bic, f"40702810{x.randint(0, 10**12 - 1):012d}")
        elif code == "HU":
            registration = f"Cg. {x.randint(1, 20):02d}-09-{x.randint(100000, 999999)}"
            bank, bic, prefix = x.choice(BANKS["HU"])
            branch = prefix + f"{x.randint(0, 9999):04d}"
            first = branch + giro_digit(branch)
            rest = f"{x.randint(0, 10**15 - 1):015d}"
            account = iban_of("HU", first + rest + giro_digit(rest))
        elif code == "IT":
            fiscal = c.tax_id  # a company's codice fiscale is its partita IVA
            registration = (
                f"REA {x.choice(('MI', 'RM', 'TO', 'BO', 'NA'))}-{x.randint(100000, 2999999)}"
            )
            bank, bic, abi = x.choice(BANKS["IT"])
            bban = f"{abi}{x.randint(1000, 99999):05d}{x.randint(0, 10**12 - 1):012d}"
            # the CIN letter checks the BBAN (stdnum.it validates it within the IBAN)
            account = iban_of("IT", _cin(bban) + bban)
            sdi = "".join(x.choice(ALNUM) for _ in range(7))
            pec = f"amministrazione@pec.{c.slug}.it"
        elif code in BANKS:
            bank, bic, prefix = x.choice(BANKS[code])
            if code == "AZ":
                account = iban_of("AZ", f"{prefix}{x.randint(0, 10**20 - 1):020d}")
            else:
                account = iban_of("KZ", f"{prefix}{x.randint(0, 10**13 - 1):013d}")
        checked: date | None = None
        if c.vat_number:
            checked = self.as_of - timedelta(days=x.randint(5, 200))
        return (
            c.vat_number,
            kpp,
            corr,
            fiscal,
            director,
            position,
            "charter" if director else "",
            "",
            None,
            registration,
            bank,
            account,
            bic,
            sdi,
            pec,
            "",  # the regime follows from country and VAT number: none set by hand
            checked.isoformat() if checked else None,
        )


_CIN_ODD = (
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
)


def _cin(bban: str) -> str:
    """The Italian CIN check letter of ABI, CAB and account number."""
    total = 0
    for i, ch in enumerate(bban):
        k = int(ch) if ch.isdigit() else ord(ch.upper()) - ord("A")
        total += _CIN_ODD[k] if i % 2 == 0 else k
    return chr(ord("A") + total % 26)
