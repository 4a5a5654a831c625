"""A line's VAT from one function (issue 13): supplier, client and product decide the regime,
the rate and the reason; registrations abroad charge that country's rates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.domain.orders import LineInput, order_totals
from kamdesk.domain.tax import (
    EAEU,
    EU,
    Buyer,
    NoTaxRate,
    ProductVat,
    Regime,
    Supplier,
    describe_supply,
    resolve_vat,
    supply_treatment,
)

D = Decimal
IT_VAT = "IT00743110157"  # format and check digit pass
COUNTRIES = sorted(EU | EAEU | {"AZ", "US", "CH", "GB", "TR"})
countries = st.sampled_from(COUNTRIES)
rates = st.decimals(min_value=0, max_value=30, places=2)
HU = Supplier("HU")
SOAP = ProductVat.of("Soap", D("27"), {"IT": D("22")})


def test_an_italian_business_with_a_valid_vat_number_is_an_intra_community_supply() -> None:
    found = resolve_vat(HU, Buyer("IT", vat_number=IT_VAT), SOAP)
    assert found.regime is Regime.INTRA_EU
    assert found.rate == 0
    assert "valid VAT number" in found.reason
    text = describe_supply(supply_treatment(HU, Buyer("IT", vat_number=IT_VAT)))
    assert text == (
        "VAT: intra-Community supply (0 %) - goods to a business in IT with a valid VAT number"
    )


def test_the_tax_id_counts_when_it_is_a_vat_number() -> None:
    assert resolve_vat(HU, Buyer("IT", tax_id=IT_VAT), SOAP).regime is Regime.INTRA_EU
    assert resolve_vat(HU, Buyer("IT", tax_id="12345"), SOAP).regime is Regime.DOMESTIC
    # a VAT number that fails its check digit is no VAT number: the domestic rate
    bad = resolve_vat(HU, Buyer("IT", vat_number="IT00743110158"), SOAP)
    assert (bad.regime, bad.rate) == (Regime.DOMESTIC, D("27"))


def test_a_registration_abroad_charges_that_countrys_rate() -> None:
    registered = Supplier("HU", registrations=frozenset({"IT"}))
    found = resolve_vat(registered, Buyer("IT"), SOAP)
    assert (found.regime, found.rate, found.country) == (Regime.DOMESTIC, D("22"), "IT")
    assert "registered for VAT" in found.reason
    by_hand = resolve_vat(registered, Buyer("IT", vat_number=IT_VAT, regime="domestic"), SOAP)
    assert (by_hand.regime, by_hand.rate, by_hand.country) == (Regime.DOMESTIC, D("22"), "IT")
    with pytest.raises(NoTaxRate) as refused:
        resolve_vat(registered, Buyer("IT"), ProductVat.of("Film 20 µm", D("27")))
    assert "Film 20 µm" in str(refused.value) and "IT" in str(refused.value)


def test_a_business_with_a_valid_vat_number_stays_intra_community_where_registered() -> None:
    """The lead's ruling (issue 13): a registration in Italy does not make goods to an Italian
    business with a valid VAT number a domestic supply at 22 %."""
    registered = Supplier("HU", registrations=frozenset({"IT"}))
    for buyer in (Buyer("IT", vat_number=IT_VAT), Buyer("IT", tax_id=IT_VAT)):
        found = resolve_vat(registered, buyer, SOAP)
        assert (found.regime, found.rate, found.country) == (Regime.INTRA_EU, 0, "")
        assert "valid VAT number" in found.reason


def test_the_other_cases() -> None:
    assert resolve_vat(HU, Buyer("HU"), SOAP).rate == D("27")
    assert resolve_vat(HU, Buyer(""), SOAP).rate == D("27")  # no country: at home
    assert resolve_vat(HU, Buyer("AZ"), SOAP).regime is Regime.EXPORT
    assert resolve_vat(Supplier("RU"), Buyer("KZ"), SOAP).regime is Regime.EAEU
    assert resolve_vat(Supplier("HU", vat_registered=False), Buyer("HU"), SOAP).rate == 0
    assert resolve_vat(Supplier(""), Buyer("IT"), SOAP).rate == D("27")  # country not set
    assert resolve_vat(HU, Buyer("HU", regime="exempt"), SOAP).regime is Regime.EXEMPT
    assert resolve_vat(HU, Buyer("IT", regime="nonsense"), SOAP).regime is Regime.DOMESTIC


suppliers = st.builds(
    Supplier,
    countries,
    st.booleans(),
    st.frozensets(countries, max_size=3),
)
buyers = st.builds(
    Buyer,
    countries,
    st.sampled_from(["", IT_VAT, "DE136695976", "HU12892312", "bad"]),
    st.sampled_from(["", IT_VAT]),
    st.sampled_from(["", *(r.value for r in Regime)]),
)
products = st.builds(
    ProductVat.of,
    st.just("P"),
    rates,
    st.dictionaries(countries, rates, max_size=4),
)


def _decide(supplier: Supplier, buyer: Buyer, product: ProductVat):  # type: ignore[no-untyped-def]
    try:
        return resolve_vat(supplier, buyer, product)
    except NoTaxRate:
        return None


@given(suppliers, buyers, products)
def test_only_a_domestic_supply_carries_a_rate_and_the_result_is_deterministic(
    supplier: Supplier, buyer: Buyer, product: ProductVat
) -> None:
    found = _decide(supplier, buyer, product)
    assert found == _decide(supplier, buyer, product)
    if found is None:  # refused only where a registration abroad lacks the product's rate
        country = supply_treatment(supplier, buyer).country
        assert country and product.rate_in(country) is None
        return
    assert found.reason
    if found.regime is not Regime.DOMESTIC:
        assert found.rate == 0
    elif found.country:
        assert found.rate == product.rate_in(found.country)
    else:
        assert found.rate == product.home_rate


@given(suppliers, buyers, products, st.sampled_from(list(Regime)))
def test_the_override_wins_for_a_vat_payer(
    supplier: Supplier, buyer: Buyer, product: ProductVat, chosen: Regime
) -> None:
    payer = Supplier(supplier.country, True, supplier.registrations)
    forced = Buyer(buyer.country, buyer.vat_number, buyer.tax_id, chosen.value)
    assert supply_treatment(payer, forced).regime is chosen
    found = _decide(payer, forced, product)
    assert found is None or found.regime is chosen


@given(suppliers, buyers, products)
def test_a_supplier_not_registered_for_vat_never_charges_it_whatever_the_override(
    supplier: Supplier, buyer: Buyer, product: ProductVat
) -> None:
    """Not even for a client set to "domestic" by hand, nor where it holds registrations."""
    payer_not = Supplier(supplier.country, False, supplier.registrations)
    found = resolve_vat(payer_not, buyer, product)
    assert (found.regime, found.rate) == (Regime.EXEMPT, 0)
    assert "not registered for VAT" in found.reason


@given(suppliers, buyers, products)
def test_goods_to_an_eu_business_elsewhere_are_intra_community_whatever_the_registrations(
    supplier: Supplier, buyer: Buyer, product: ProductVat
) -> None:
    home, there = supplier.country, buyer.country
    if not (supplier.vat_registered and not buyer.override and buyer.vat_valid):
        return
    if not (home in EU and there in EU and home != there):
        return
    found = resolve_vat(supplier, buyer, product)
    assert (found.regime, found.rate, found.country) == (Regime.INTRA_EU, 0, "")


line_values = st.tuples(
    st.decimals(min_value=D("0.001"), max_value=1000, places=3),
    st.decimals(min_value=D("0.01"), max_value=10000, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)


@given(suppliers, buyers, st.lists(st.tuples(products, line_values), min_size=1, max_size=6))
def test_the_totals_are_the_sum_of_the_lines_for_any_regime(
    supplier: Supplier, buyer: Buyer, lines: list[tuple[ProductVat, tuple[D, D, D]]]
) -> None:
    inputs = []
    for product, (qty, price, off) in lines:
        found = _decide(supplier, buyer, product)
        if found is not None:
            inputs.append(LineInput("p", qty, price, off, found.rate))
    totals = order_totals(inputs)
    amounts = [
        line_amounts(i.quantity, i.unit_price, i.discount_percent, i.vat_rate) for i in inputs
    ]
    assert totals == sum_lines(amounts)
    assert totals.net == sum((a.net for a in amounts), D(0))
    assert totals.gross == totals.net + totals.vat
    if supply_treatment(supplier, buyer).regime is not Regime.DOMESTIC:
        assert totals.vat == 0
