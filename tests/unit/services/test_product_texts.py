"""Product names per document language and VAT rates abroad (issue 13)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.natural_keys import product_tax_rate_id, product_translation_id
from kamdesk.domain.product_texts import ProductTexts, name_in
from kamdesk.models import ProductTaxRate, ProductTranslation, VatRegistration
from kamdesk.services.company import InvalidFields
from kamdesk.services.prices.product_texts import (
    get_product_texts,
    product_names,
    product_tax_rates,
    save_product_texts,
)
from tests.factories import add_product


def _registered(s, country: str) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.natural_keys import vat_registration_id

    s.add(VatRegistration(id=vat_registration_id(country), country=country, vat_number=""))
    s.flush()


def test_names_fall_back_to_the_products_own_and_rows_take_natural_ids(db: Database) -> None:
    with db.unit_of_work() as s:
        _registered(s, "DE")
        film = add_product(s, "FLM", "Stretch film", "10", unit="roll").id
        box = add_product(s, "BOX", "Box 600x400", "2").id
        save_product_texts(
            s,
            film,
            ProductTexts(names={"ru": (" Стретч-плёнка ", "рулон")}, rates={"de": Decimal(19)}),
        )
    with db.reading() as s:
        assert product_names(s, [film, box], "ru") == {
            film: ("Стретч-плёнка", "рулон"),
            box: ("Box 600x400", "pcs"),
        }
        assert product_names(s, [film], "en") == {film: ("Stretch film", "roll")}
        assert product_tax_rates(s, [film, box], "DE") == {film: Decimal(19)}
        assert s.get(ProductTranslation, product_translation_id(film, "ru")) is not None
        assert s.get(ProductTaxRate, product_tax_rate_id(film, "DE")) is not None
    with db.unit_of_work() as s:  # emptied: removed, and the fallback is back
        save_product_texts(s, film, ProductTexts(names={"ru": ("", "")}))
    with db.reading() as s:
        assert get_product_texts(s, film) == ProductTexts()
        assert product_names(s, [film], "ru") == {film: ("Stretch film", "roll")}


def test_bad_texts_are_refused_at_their_fields(db: Database) -> None:
    with db.unit_of_work() as s:
        film = add_product(s, "FLM", "Stretch film", "10").id
        with pytest.raises(InvalidFields) as bad:
            save_product_texts(
                s,
                film,
                ProductTexts(names={"ru": ("", "рулон")}, rates={"DE": Decimal(19)}),
            )
    assert "name" in bad.value.problems["name:ru"]
    assert "not registered for VAT in DE" in bad.value.problems["rate:DE"]


def test_a_translation_without_a_unit_keeps_the_products_unit() -> None:
    assert name_in(("Film", "roll"), ("Плёнка", "")) == ("Плёнка", "roll")
    assert name_in(("Film", "roll"), None) == ("Film", "roll")
