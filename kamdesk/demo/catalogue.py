"""Stage one: our company, the price columns, the catalogue with its prices, the competitors."""

from __future__ import annotations

import itertools
from decimal import Decimal

from kamdesk.demo.data import (
    catalogue,
    families,
    market,
)
from kamdesk.demo.model import KEY_ACCOUNT, PRICE_COLUMNS, VIP, DemoProduct
from kamdesk.demo.translations import TranslationsStage
from kamdesk.demo.writer import dec_text
from kamdesk.domain.money import (
    round_money,
    to_minor,
)
from kamdesk.domain.natural_keys import COMPANY_ID, product_price_id


class CatalogueStage(TranslationsStage):
    """Our company, catalogue and competitors."""

    def company(self) -> None:
        c, supplier = self.supplier.company, self.supplier
        name, position, basis, poa = c.signatory
        poa_date = self.start.isoformat() if basis == "poa" else None
        self.out.add(
            "company",
            (
                COMPANY_ID,  # the singleton's fixed id (the stamp's own id is drawn all the same)
                *self.rec(self.start)[1:],
                c.legal_name,
                c.short_name,
                c.tax_id,
                c.registration_no,
                c.country,
                c.city,
                c.postal_code,
                c.address,
                c.phone,
                c.email,
                c.website,
                c.bank_name,
                c.bank_account,
                c.bank_code,
                supplier.currency,
                supplier.vat["27"],
                None,
                c.vat_number,
                c.kpp,
                c.corr_account,
                c.fiscal_code,
                name,
                position,
                basis,
                poa,
                poa_date,
                *c.director,
                *c.accountant,
                supplier.reporting,
                1,
            ),
        )

    def catalogue(self) -> None:
        rng, day = self.rng, self.start
        for order, (name, pct) in enumerate(PRICE_COLUMNS, 1):
            row = self.rec(day)
            self.column_ids.append(row[0])
            self.out.add("price_column", (*row, name, pct, order))
        category_ids = self.category_ids
        for key, name in catalogue.CATEGORIES.items():
            row = self.rec(day)
            category_ids[key] = row[0]
            self.out.add("product_category", (*row, name, None))
        numbers: dict[str, int] = {}
        base_prices = self.base_prices
        scale = Decimal(self.supplier.scale)
        for fam in families.FAMILIES:
            vat = Decimal(self.supplier.vat[fam.vat])
            for combo in itertools.product(*fam.axes):
                price = Decimal(fam.base_price)
                for _label, mult in combo:
                    price *= Decimal(mult)
                price = max(round_money(price), Decimal("0.10"))
                if scale != 1:  # in the supplier's currency
                    price = round_money(price * scale)
                name = fam.template.format(*(label for label, _mult in combo))
                numbers[fam.category] = n = numbers.get(fam.category, 0) + 1
                row = self.rec(day)
                self.out.add(
                    "product",
                    (
                        *row,
                        f"{fam.category}-{n:04d}",
                        name,
                        category_ids[fam.category],
                        fam.unit,
                        dec_text(vat),
                        to_minor(price),
                        self.currency,
                        1,
                        f"{catalogue.CATEGORIES[fam.category]}: {fam.note}",
                    ),
                )
                self.products.append(
                    DemoProduct(row[0], fam.category, vat, dec_text(vat), fam.unit == "kg")
                )
                base_prices.append(price)
                self.translations(row[0], fam, combo)
        hundred = Decimal(100)
        columns = [Decimal(pct) for _name, pct in PRICE_COLUMNS]
        for price in base_prices:
            self.prices.append(
                [self._price(round_money(price * (hundred - pct) / hundred)) for pct in columns]
            )
        # A few negotiated prices below the column's percentage, for the key columns only.
        for col in (KEY_ACCOUNT, VIP):
            for p in sorted(rng.sample(range(len(base_prices)), min(12, len(base_prices)))):
                off = columns[col] + rng.choice((2, 3, 4, 5))
                price = round_money(base_prices[p] * (hundred - off) / hundred)
                self.prices[p][col] = self._price(price)
                self.explicit.add((p, col))
                self.out.add(
                    "product_price",
                    (
                        product_price_id(self.products[p].id, self.column_ids[col]),
                        *self.rec(day)[1:],
                        self.products[p].id,
                        self.column_ids[col],
                        to_minor(price),
                    ),
                )

    @staticmethod
    def _price(price: Decimal) -> tuple[Decimal, int, float]:
        return (price, to_minor(price), float(price))

    def competitors(self) -> None:
        for name, website, strengths, weaknesses in market.COMPETITORS:
            row = self.rec(self.start)
            self.competitor_ids.append(row[0])
            self.out.add("competitor", (*row, name, website, strengths, weaknesses, ""))
