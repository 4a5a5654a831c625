"""What decides an order's VAT (kamdesk.domain.tax) as the database holds it: the company and
its VAT registrations abroad, the client, each product's rates; and the order lines' price
inputs with the rate the client is charged and the price in the order's currency."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.tax import (
    Buyer,
    NoTaxRate,
    ProductVat,
    Supplier,
    Treatment,
    line_vat,
    supply_treatment,
)
from kamdesk.models import Client, Product, ProductTaxRate, VatRegistration
from kamdesk.services.company import get_company
from kamdesk.services.prices.price_inputs import PriceInputs, price_inputs
from kamdesk.services.queries import get_live, in_chunks, live


def supplier_of(session: Session) -> Supplier:
    """The company as a supplier: its country, VAT payer or not, its registrations abroad."""
    company = get_company(session)
    abroad = session.execute(select(VatRegistration.country).where(live(VatRegistration))).scalars()
    home = company.country.strip().upper()
    return Supplier(
        home,
        company.vat_registered,
        frozenset(c.strip().upper() for c in abroad if c.strip().upper() != home),
    )


def buyer_of(client: Client) -> Buyer:
    return Buyer(
        client.country or "", client.vat_number or "", client.tax_id or "", client.tax_regime or ""
    )


def supply_for(session: Session, client_id: str) -> Treatment:
    """The regime of a supply to the client, and why (what an order of it records)."""
    return supply_treatment(supplier_of(session), buyer_of(get_live(session, Client, client_id)))


def product_vat(session: Session, product_ids: Iterable[str]) -> dict[str, ProductVat]:
    """product id -> its home rate and its rates per country."""
    ids = list(dict.fromkeys(product_ids))
    names: dict[str, tuple[str, object]] = {}
    abroad: dict[str, list[tuple[str, object]]] = {}
    for chunk in in_chunks(ids):
        for pid, sku, name, rate in session.execute(
            select(Product.id, Product.sku, Product.name, Product.vat_rate).where(
                Product.id.in_(chunk)
            )
        ):
            names[pid] = (f"{sku} {name}".strip(), rate)
        for pid, country, rate in session.execute(
            select(ProductTaxRate.product_id, ProductTaxRate.country, ProductTaxRate.rate).where(
                ProductTaxRate.product_id.in_(chunk), live(ProductTaxRate)
            )
        ):
            abroad.setdefault(pid, []).append((country, rate))
    return {
        pid: ProductVat.of(name, rate, abroad.get(pid, ()))  # type: ignore[arg-type]
        for pid, (name, rate) in names.items()
    }


def order_line_inputs(
    session: Session, client_id: str, product_ids: Iterable[str], day: date, currency: str
) -> dict[str, PriceInputs]:
    """What prices order lines of the client on `day` in `currency`: price_inputs with each
    product's price converted to `currency` (or why it cannot be) and vat_rate the rate the
    client is charged (domain.tax.line_vat; vat_problem when the product has none there)."""
    found = price_inputs(session, client_id, product_ids, day, currency=currency)
    if not found:
        return found
    supply = supply_for(session, client_id)
    rates = product_vat(session, found)
    out: dict[str, PriceInputs] = {}
    for pid, inputs in found.items():
        try:
            decided = line_vat(supply, rates[pid])
        except NoTaxRate as exc:
            out[pid] = dataclasses.replace(inputs, vat_problem=str(exc))
            continue
        out[pid] = dataclasses.replace(inputs, vat_rate=decided.rate)
    return out
