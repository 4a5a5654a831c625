"""Saves with `base` keep what others added meanwhile to lists a form edits whole: a
promotion's products, the company's VAT registrations."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from kamdesk.db import Database
from kamdesk.domain.catalog import PromotionData
from kamdesk.domain.company import CompanyProfile, VatRegistrationEntry
from kamdesk.services import company
from kamdesk.services.prices import promotions
from tests.factories import add_catalogue, add_client

DAY = date(2026, 11, 24)


def test_products_added_meanwhile_stay_beside_the_users_own(db: Database) -> None:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        client = add_client(s, "Győri Kft.").id
        data = PromotionData(
            name="Dairy", starts_on=DAY, ends_on=DAY, discount_percent=Decimal(5),
            product_ids=(ids["MILK-1"], ids["MILK-10"]),
        )  # fmt: skip
        pid = promotions.save_promotion(s, data)
        base = promotions.promotion_data(s, pid)
    with db.unit_of_work() as s:  # another window adds butter
        more = (*base.product_ids, ids["BUTTER-5"])
        promotions.save_promotion(s, dataclasses.replace(base, product_ids=more), promotion_id=pid)
    mine = dataclasses.replace(base, product_ids=(ids["MILK-1"],), client_ids=(client,))
    with db.unit_of_work() as s:  # the form took MILK-10 out and named a client
        promotions.save_promotion(s, mine, promotion_id=pid, base=base)
        now = promotions.promotion_data(s, pid)
    assert set(now.product_ids) == {ids["MILK-1"], ids["BUTTER-5"]}
    assert now.client_ids == (client,)


def test_a_registration_added_meanwhile_is_kept(db: Database) -> None:
    profile = CompanyProfile(legal_name="Kontinent Kft.", country="HU", tax_id="12892312")
    at = VatRegistrationEntry("AT", "ATU13585627")
    with db.unit_of_work() as s:
        company.save_company(s, profile, [at])
        base, loaded = company.get_company(s), company.get_vat_registrations(s)
    de = VatRegistrationEntry("DE", "DE136695976")
    with db.unit_of_work() as s:  # a sync brings a German registration
        company.save_company(s, base, [at, de])
    with db.unit_of_work() as s:  # the dialog, opened before, saves a new city
        mine = dataclasses.replace(base, city="Győr")
        company.save_company(s, mine, loaded, base=base, base_registrations=loaded)
        assert company.get_vat_registrations(s) == [at, de]
        assert company.get_company(s).city == "Győr"
