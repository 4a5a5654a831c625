"""Names, addresses, phone numbers and tax ids of the demo clients and their people."""

from __future__ import annotations

from kamdesk.demo.base import StageBase
from kamdesk.demo.data import regions
from kamdesk.demo.model import DemoClient
from kamdesk.demo.text import kz_bin, luhn_digit, weighted_sum


class IdentityStage(StageBase):
    """Names and numbers, valid in each country's format."""

    @staticmethod
    def _name_base(country: str, root: str, sector: str) -> str:
        if country == "RU":
            return f"{root} {sector}" if " " in sector else f"{root}-{sector}"
        if country == "IT":
            return f"{sector} {root}"
        return f"{root} {sector}"

    @staticmethod
    def _client_name(country: str, base: str, form: str, *, legal: bool = False) -> str:
        if country == "RU":
            return f"{form} «{base}»"
        if country == "AZ" and legal:
            return f"“{base}” {form}"
        return f"{base} {form}"

    def _kam(self, c: DemoClient) -> str:
        kams, rng = self.supplier.kams, self.rng
        if c.is_key:
            return kams[c.key_rank % len(kams)]
        return kams[rng.choice(self.supplier.kam_by_country[c.country.code])]

    def _address(self, cc: regions.Country, city: regions.City) -> tuple[str, str]:
        rng = self.rng
        street, no = rng.choice(cc.streets), rng.randint(1, 180)
        code = rng.randint(city.postal_from, city.postal_to)
        if cc.kind == "RU":
            building = f", стр. {rng.randint(1, 5)}" if rng.random() < 0.3 else ""
            return f"{code:06d}", f"{street}, д. {no}{building}"
        if cc.kind == "HU":
            return f"{code:04d}", f"{street} {no}."
        if cc.kind == "IT":
            return f"{code:05d}", f"{street}, {no}"
        return f"AZ{code:04d}", f"{street} {no}"

    def _phone(self, cc: regions.Country, city: regions.City) -> str:
        d = self.digits
        if cc.kind == "RU":
            return f"+7 {city.phone_area} {d(3)}-{d(2)}-{d(2)}"
        if cc.kind == "HU":
            rest = f"{d(3)} {d(4)}" if city.phone_area == "1" else f"{d(3)} {d(3)}"
            return f"+36 {city.phone_area} {rest}"
        if cc.kind == "IT":
            return f"+39 {city.phone_area} {d(4)} {d(4)}"
        return f"+994 {city.phone_area} {d(3)} {d(2)} {d(2)}"

    def _mobile(self, cc: regions.Country) -> str:
        d, rng = self.digits, self.rng
        if cc.kind == "RU":  # Kazakh mobile numbers start with 7
            return f"+7 {'7' if cc.code == 'KZ' else '9'}{d(2)} {d(3)}-{d(2)}-{d(2)}"
        if cc.kind == "HU":
            return f"+36 {rng.choice(('20', '30', '70'))} {d(3)} {d(4)}"
        if cc.kind == "IT":
            return f"+39 3{d(2)} {d(3)} {d(4)}"
        return f"+994 {rng.choice(('50', '51', '55', '70', '77'))} {d(3)} {d(2)} {d(2)}"

    def _tax_id(self, cc: regions.Country, city: regions.City) -> str:
        rng = self.rng
        if cc.code == "KZ":  # БИН: registered year and month, a legal entity, number, check
            return kz_bin(f"{rng.randint(2, 24):02d}{rng.randint(1, 12):02d}40{self.digits(5)}")
        if cc.code == "RU":  # INN of an organisation: region, tax office, number, check digit
            body = f"{city.tax_region}{rng.randint(1, 51):02d}{self.digits(5)}"
            return body + str(weighted_sum(body, (2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10)
        if cc.code == "HU":  # adószám base: 7 digits and a check digit (weights 9,7,3,1)
            body = f"{rng.randint(1, 2)}{self.digits(6)}"
            return body + str(-weighted_sum(body, (9, 7, 3, 1, 9, 7, 3)) % 10)
        if cc.code == "IT":  # partita IVA: company number, VAT office, Luhn check digit
            body = f"{rng.randint(1, 9_999_999):07d}{city.tax_region}"
            return body + luhn_digit(body)
        while True:  # VÖEN: 8 digits, a mod-11 check digit (10 is impossible), then 1
            body = f"{rng.randint(1, 9)}{self.digits(7)}"
            check = weighted_sum(body, (4, 1, 8, 6, 2, 7, 5, 3)) % 11
            if check < 10:
                return f"{body}{check}1"

    def _person(self, cc: regions.Country, female: bool, slot: int) -> tuple[str, str, str, str]:
        """(full name, form of address, first name, family name) as people there write them."""
        rng = self.rng
        first = rng.choice(cc.female_first if female else cc.male_first)
        last = rng.choice((cc.female_last or cc.male_last) if female else cc.male_last)
        if cc.kind == "RU":
            patronymic = rng.choice(cc.female_patronymic if female else cc.male_patronymic)
            return f"{last} {first} {patronymic}", f"{first} {patronymic}", first, last
        if cc.kind == "HU":  # family name first
            full = f"{last} {first}"
            address = first if rng.random() < 0.2 else f"Tisztelt {full}"
            return full, address, first, last
        if cc.kind == "IT":
            if slot in (0, 3, 6):
                title = "Dott.ssa" if female else "Dott."
            else:
                title = rng.choice(("Sig.ra", "Ing.")) if female else rng.choice(("Sig.", "Ing."))
            return f"{first} {last}", f"{title} {last}", first, last
        honorific = "xanım" if female else rng.choice(("müəllim", "bəy"))
        return f"{first} {last}", f"{first} {honorific}", first, last
