"""Issue 16: an order's VAT line in the interface's language. Every reason domain.tax gives is
one the interface words (an order keeps the English reason it was confirmed with)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from kamdesk.domain.tax import (
    Buyer,
    Regime,
    Supplier,
    Treatment,
    describe_supply,
    supply_treatment,
    treatment,
)
from kamdesk.ui.orders.vat_words import reason_text, supply_text
from tests.ui.walker import in_language

VALID_IT = "IT00743110157"  # a well-formed Italian VAT number

EVERY_REASON = [
    treatment("HU", "HU", client_vat_valid=False),
    treatment("HU", "IT", client_vat_valid=False),
    treatment("HU", "IT", client_vat_valid=True, services=True),
    treatment("HU", "IT", client_vat_valid=True),
    treatment("RU", "KZ", client_vat_valid=False),
    treatment("HU", "AZ", client_vat_valid=False),
    treatment("HU", "HU", client_vat_valid=False, override=Regime.EXEMPT),
    treatment("HU", "HU", client_vat_valid=False, supplier_registered=False),
    supply_treatment(Supplier("HU", registrations=frozenset({"AT"})), Buyer("AT")),
    supply_treatment(Supplier(""), Buyer("IT")),
    supply_treatment(Supplier("HU"), Buyer("IT", regime="export")),
]


@pytest.mark.parametrize("supply", EVERY_REASON, ids=lambda s: s.reason)
def test_the_interface_knows_each_reason_the_domain_gives(supply: Treatment) -> None:
    assert reason_text(supply.reason) == supply.reason  # English: as the domain says it


@pytest.mark.parametrize("supply", EVERY_REASON, ids=lambda s: s.reason)
def test_english_reads_as_the_domain_describes(supply: Treatment) -> None:
    rates = [Decimal("27"), Decimal("5")]
    assert supply_text(supply, rates) == describe_supply(supply, rates)


def test_italian_and_russian_word_the_line(qapp: QApplication) -> None:
    intra = treatment("HU", "IT", client_vat_valid=True)
    home = treatment("HU", "HU", client_vat_valid=False)
    with in_language(qapp, "it"):
        italian = supply_text(intra)
    with in_language(qapp, "ru"):
        russian = supply_text(home, [Decimal("27")])
    assert italian == (
        "IVA: cessione intracomunitaria (0 %) - beni a un'impresa in IT con partita IVA valida"
    )
    assert russian == "НДС: поставка внутри страны (27 %) — клиент в HU: ставка товара"


def test_a_reason_of_another_shape_is_shown_as_stored(qapp: QApplication) -> None:
    odd = Treatment(Regime.EXPORT, "agreed with the tax office in 2019")
    with in_language(qapp, "hu"):
        assert supply_text(odd).endswith("– agreed with the tax office in 2019")
