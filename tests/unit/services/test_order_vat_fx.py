"""Orders charge the VAT domain.tax decides and convert a product priced in another currency at
the order date's rate (issue 13), on a real SQLite file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.fx import apply_factor, factor_of
from kamdesk.domain.natural_keys import client_price_id, product_tax_rate_id, vat_registration_id
from kamdesk.errors import UserError
from kamdesk.models import (
    Client,
    ClientPrice,
    OrderLine,
    ProductTaxRate,
    SalesOrder,
    VatRegistration,
)
from kamdesk.services.company import save_company
from kamdesk.services.prices.catalog import client_price_preview
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.queries import revive_or_add
from kamdesk.services.sales.order_steps import confirm_order, revise_order
from kamdesk.services.sales.order_tax import order_line_inputs
from kamdesk.services.sales.orders import (
    DraftLine,
    OrderDraft,
    OrderLinesError,
    get_order,
    order_client,
    save_draft,
)
from tests.factories import add_client, add_product

D = Decimal
DAY = date(2026, 12, 1)
RATE_DAY = date(2026, 11, 30)
IT_VAT = "IT00743110157"


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """A Hungarian supplier billing in EUR, reporting in HUF, with MNB rates of 30.11.2026; an
    Italian business with a valid VAT number; a EUR and a RUB product and one in USD (no rate)."""
    with db.unit_of_work() as s:
        save_company(
            s,
            CompanyProfile(
                legal_name="Kontinent Kft.",
                tax_id="12345676",
                country="HU",
                default_currency="EUR",
                reporting_currency="HUF",
            ),
        )
        set_rate(s, "EUR", RATE_DAY, D("386.12"), "MNB")
        set_rate(s, "RUB", RATE_DAY, D("4.0213"), "MNB")
        ids = {
            "italian": add_client(s, "Rossi S.p.A.", country="IT", vat_number=IT_VAT).id,
            "home": add_client(s, "Szőnyi Zrt.", country="HU").id,
            "soap": add_product(s, "SOAP", "Soap", "10.00", vat="27").id,
        }
        rub = add_product(s, "TEA-RU", "Tea, Krasnodar", "100.00", vat="27")
        rub.currency = "RUB"
        usd = add_product(s, "PEN-US", "Pen", "3.00", vat="27")
        usd.currency = "USD"
        ids["tea"], ids["pen"] = rub.id, usd.id
    return ids


def _line(ids: dict[str, str], key: str, price: str, **kw: object) -> DraftLine:
    return DraftLine(ids[key], D(1), D(price), **kw)  # type: ignore[arg-type]


def test_an_italian_business_with_a_valid_vat_number_pays_no_vat(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        oid = save_draft(s, OrderDraft(shop["italian"], DAY, (_line(shop, "soap", "10.00"),)))
        home = save_draft(s, OrderDraft(shop["home"], DAY, (_line(shop, "soap", "10.00"),)))
    with db.reading() as s:
        order, domestic = get_order(s, oid), get_order(s, home)
        assert order_client(s, shop["italian"]).vat.regime == "intra_eu"  # type: ignore[union-attr]
    assert (order.tax_regime, order.lines[0].vat_rate, order.total_vat) == ("intra_eu", 0, 0)
    assert order.tax_reason == "goods to a business in IT with a valid VAT number"
    assert (domestic.tax_regime, domestic.lines[0].vat_rate) == ("domestic", D("27"))
    assert domestic.total_vat == D("2.70")


def test_a_registration_in_the_clients_country_charges_that_countrys_rate(
    db: Database, shop: dict[str, str]
) -> None:
    """To a client there without a valid VAT number; a business with one stays an exempt
    intra-Community supply (the lead's ruling, issue 13)."""
    with db.unit_of_work() as s:
        revive_or_add(s, VatRegistration, vat_registration_id("IT"), country="IT")
        s.flush()
        business = save_draft(s, OrderDraft(shop["italian"], DAY, (_line(shop, "soap", "10"),)))
        assert get_order(s, business).tax_regime == "intra_eu"
        s.get(Client, shop["italian"]).vat_number = ""  # type: ignore[union-attr]
        s.flush()
        with pytest.raises(OrderLinesError) as refused:
            save_draft(s, OrderDraft(shop["italian"], DAY, (_line(shop, "soap", "10.00"),)))
        assert "SOAP Soap has no VAT rate for IT" in refused.value.problems[0]
        revive_or_add(
            s,
            ProductTaxRate,
            product_tax_rate_id(shop["soap"], "IT"),
            product_id=shop["soap"],
            country="IT",
            rate=D("22"),
        )
        s.flush()
        oid = save_draft(s, OrderDraft(shop["italian"], DAY, (_line(shop, "soap", "10.00"),)))
    with db.reading() as s:
        order = get_order(s, oid)
    assert (order.tax_regime, order.lines[0].vat_rate, order.total_vat) == (
        "domestic",
        22,
        D("2.20"),
    )


def test_a_rub_product_on_a_eur_order_is_converted_never_taken_as_eur(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        inputs = order_line_inputs(s, shop["home"], [shop["tea"]], DAY, "EUR")[shop["tea"]]
    decision = inputs.decide(D(1), DAY)
    factor = factor_of(D("4.0213"), D("386.12"))
    expected = apply_factor(D("100.00"), factor)  # independent: rate(RUB) / rate(EUR)
    assert decision.unit_price == expected == D("1.04")
    assert decision.unit_price != D("100.00")
    assert decision.source_price == D("100.00")
    assert decision.explanation == (
        f"Base price 100.00 RUB = 1.04 EUR at {factor} (MNB, 30.11.2026)"
    )
    assert inputs.vat_rate == D("27")
    line = DraftLine(
        shop["tea"], D(3), decision.unit_price, price_rule=decision.rule, source_price=D("100.00")
    )
    with db.unit_of_work() as s:
        oid = save_draft(s, OrderDraft(shop["home"], DAY, (line,)))
        row = s.query(OrderLine).filter_by(order_id=oid).one()
        assert (row.source_price, row.source_currency, row.fx_rate) == (D("100.00"), "RUB", factor)
        assert (row.fx_date, row.fx_source, row.net) == (RATE_DAY, "MNB", D("3.12"))
        assert s.get(SalesOrder, oid).currency == "EUR"  # type: ignore[union-attr]
        confirm_order(s, oid, today=DAY)
        copy = revise_order(s, oid, "one more tray")
    with db.reading() as s:
        kept = get_order(s, copy).lines[0]
    assert (kept.source_price, kept.fx_rate, kept.fx_date) == (D("100.00"), factor, RATE_DAY)


def test_a_line_without_a_rate_or_its_conversion_is_refused_at_the_line(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        pen = order_line_inputs(s, shop["home"], [shop["pen"]], DAY, "EUR")[shop["pen"]]
    assert "No exchange rate for USD on or before 1 Dec 2026" in pen.fx_problem
    lines = (
        _line(shop, "soap", "10.00"),
        _line(shop, "pen", "3.00", source_price=D("3.00")),
        _line(shop, "tea", "100.00", price_rule="base"),  # the rules' RUB price taken as EUR
        _line(shop, "tea", "1.50", source_price=D("100.00")),  # not what 100 RUB are
    )
    with db.unit_of_work() as s, pytest.raises(OrderLinesError) as refused:
        save_draft(s, OrderDraft(shop["home"], DAY, lines))
    problems = refused.value.problems
    assert set(problems) == {1, 2, 3}
    assert "No exchange rate for USD" in problems[1]
    assert "priced in RUB and the order is in EUR" in problems[2]
    assert "is 1.04 EUR" in problems[3]
    with db.reading() as s:
        assert s.query(SalesOrder).count() == 0  # nothing half-saved


def test_a_special_price_is_already_in_the_clients_currency(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        cid = client_price_id(shop["home"], shop["tea"], None, None)
        s.add(ClientPrice(id=cid, client_id=shop["home"], product_id=shop["tea"], price=D("0.99")))
    with db.reading() as s:
        inputs = order_line_inputs(s, shop["home"], [shop["tea"]], DAY, "EUR")[shop["tea"]]
    decision = inputs.decide(D(1), DAY)
    assert (decision.rule, decision.unit_price, decision.conversion) == ("special", D("0.99"), None)
    with db.unit_of_work() as s:
        line = DraftLine(shop["tea"], D(1), D("0.99"), price_rule="special")
        oid = save_draft(s, OrderDraft(shop["home"], DAY, (line,)))
        row = s.query(OrderLine).filter_by(order_id=oid).one()
        assert (row.source_price, row.fx_rate, row.source_currency) == (None, None, "")


def test_the_dossiers_price_check_is_in_the_clients_currency(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        tea = client_price_preview(s, shop["home"], shop["tea"], D(1), DAY)
        with pytest.raises(UserError, match="No exchange rate for USD"):
            client_price_preview(s, shop["home"], shop["pen"], D(1), DAY)
    assert (tea.unit_price, tea.source_price) == (D("1.04"), D("100.00"))
