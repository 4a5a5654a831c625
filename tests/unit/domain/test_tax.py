"""VAT by where the client is (issue 13): the regime, a line's rate, the note a document states."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.tax import EAEU, EU, Regime, note, treatment

COUNTRIES = sorted(EU | EAEU | {"AZ", "US", "CH", "GB", "TR"})
countries = st.sampled_from(COUNTRIES)
rates = st.decimals(min_value=0, max_value=30, places=2)


def test_the_cases_a_kam_meets() -> None:
    assert treatment("HU", "HU", client_vat_valid=True).regime is Regime.DOMESTIC
    assert treatment("HU", "IT", client_vat_valid=True).regime is Regime.INTRA_EU
    assert treatment("HU", "IT", client_vat_valid=False).regime is Regime.DOMESTIC
    assert treatment("HU", "AZ", client_vat_valid=True).regime is Regime.EXPORT
    assert treatment("HU", "RU", client_vat_valid=True).regime is Regime.EXPORT
    assert treatment("RU", "KZ", client_vat_valid=True).regime is Regime.EAEU
    assert treatment("RU", "AZ", client_vat_valid=True).regime is Regime.EXPORT
    assert treatment("HU", "IT", client_vat_valid=True, services=True).regime is (
        Regime.REVERSE_CHARGE
    )


def test_the_notes_cite_the_directive_and_the_suppliers_law() -> None:
    assert "Article 138" in note(Regime.INTRA_EU, "HU", "en")
    assert "Áfa tv. 89. §" in note(Regime.INTRA_EU, "HU", "en")
    assert "art. 41 DL 331/1993" in note(Regime.INTRA_EU, "IT", "ru")
    assert note(Regime.EXPORT, "RU", "ru").startswith("НДС 0 %")
    assert note(Regime.EXEMPT, "HU", "ru") == "Без НДС."
    assert note(Regime.DOMESTIC, "HU", "en") == ""


@given(countries, countries, st.booleans(), rates)
def test_only_a_domestic_supply_carries_the_products_rate(
    supplier: str, client: str, valid: bool, rate: Decimal
) -> None:
    found = treatment(supplier, client, client_vat_valid=valid)
    assert found.rate(rate) == (rate if found.regime is Regime.DOMESTIC else 0)
    assert found.reason
    if client == supplier:
        assert found.regime is Regime.DOMESTIC
    if supplier in EU and client in EU and client != supplier:
        assert found.regime is (Regime.INTRA_EU if valid else Regime.DOMESTIC)
    if supplier in EU and client not in EU:
        assert found.regime is Regime.EXPORT
    if found.regime is not Regime.DOMESTIC:
        assert note(found.regime, supplier, "en") and note(found.regime, supplier, "ru")


@given(countries, countries, st.booleans(), st.sampled_from(list(Regime)))
def test_a_regime_set_on_the_client_wins(
    supplier: str, client: str, valid: bool, chosen: Regime
) -> None:
    assert treatment(supplier, client, client_vat_valid=valid, override=chosen).regime is chosen


@given(countries, countries, st.booleans())
def test_a_supplier_not_registered_for_vat_charges_none(
    supplier: str, client: str, valid: bool
) -> None:
    found = treatment(supplier, client, client_vat_valid=valid, supplier_registered=False)
    assert found.regime is Regime.EXEMPT and found.rate(Decimal(27)) == 0


@given(countries, countries, st.booleans(), st.sampled_from(list(Regime)))
def test_a_supplier_not_registered_for_vat_charges_none_whatever_the_override(
    supplier: str, client: str, valid: bool, chosen: Regime
) -> None:
    found = treatment(
        supplier, client, client_vat_valid=valid, override=chosen, supplier_registered=False
    )
    assert found.regime is Regime.EXEMPT and found.rate(Decimal(27)) == 0


def test_an_eu_vat_number_is_checked_offline_by_its_check_digits() -> None:
    from kamdesk.domain.tax import eu_vat_number_valid

    assert eu_vat_number_valid("IT", "IT00743110157")
    assert eu_vat_number_valid("IT", "00743110157")  # the prefix may be left out
    assert not eu_vat_number_valid("IT", "IT00743110158")  # a wrong check digit
    assert eu_vat_number_valid("HU", "HU12892312")
    assert not eu_vat_number_valid("HU", "IT00743110157")  # another country's number
    assert not eu_vat_number_valid("AZ", "1234567890")  # not an EU country
    assert not eu_vat_number_valid("IT", "  ")
