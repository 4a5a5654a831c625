"""Issue 13: the document's totals equal the domain's for any mix of regimes and currencies,
and the VAT a Hungarian supplier states in HUF is the rate book's conversion of it."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain import formatting
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.models import OrderLine, Product
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents import render_document
from kamdesk.services.company import save_company
from kamdesk.services.documents.builder import ProposalEdits, build_contract, build_proposal
from kamdesk.services.prices.rates import rate_book, set_rate
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from tests.factories import add_client, add_product
from tests.unit.services.test_documents_by_country import HU, _zero_rated

D = Decimal
DAY = date(2026, 11, 2)
# (country, VAT number): domestic, intra-Community, EU without a VAT number, export
CLIENTS = [("HU", "HU12892312"), ("IT", "IT00743110157"), ("IT", ""), ("AZ", "")]
money = st.decimals(min_value=D("0.01"), max_value=D("9999.99"), places=2)
quantity = st.decimals(min_value=D(1), max_value=D(500), places=0)
lines = st.lists(
    st.tuples(quantity, money, st.sampled_from([D(0), D(5), D("12.5")])), min_size=1, max_size=5
)


def _setup(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        save_company(s, HU)
        set_rate(s, "EUR", date(2026, 10, 1), D("395.20"), "MNB")
        set_rate(s, "RUB", date(2026, 10, 1), D("4.0125"), "MNB")
        return {
            rate: add_product(s, f"P-{rate}", f"Product {rate} %", "1.00", vat=rate).id
            for rate in ("27", "18", "5")
        }


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    client=st.sampled_from(CLIENTS),
    currency=st.sampled_from(["EUR", "HUF", "RUB"]),
    rows=lines,
    rates=st.lists(st.sampled_from(["27", "18", "5"]), min_size=5, max_size=5),
)
def test_the_documents_totals_are_the_domains(
    db: Database,
    client: tuple[str, str],
    currency: str,
    rows: list[tuple[Decimal, Decimal, Decimal]],
    rates: list[str],
) -> None:
    with db.reading() as s:
        products = {p.sku.removeprefix("P-"): p.id for p in s.execute(select(Product)).scalars()}
    if not products:
        products = _setup(db)
    country, vat_number = client
    with db.unit_of_work() as s:
        c = add_client(
            s,
            f"Client {country} {vat_number}",
            country=country,
            vat_number=vat_number,
            tax_id="1400057421",
            currency=currency,
            max_discount_percent=D(20),
            signatory_name="Anna Kovács",
            signatory_basis="charter",
        )
        order_id = save_draft(
            s,
            OrderDraft(
                client_id=c.id,
                order_date=DAY,
                lines=tuple(
                    DraftLine(products[rate], qty, price, disc)
                    for (qty, price, disc), rate in zip(rows, rates, strict=False)
                ),
            ),
        )
        if country != "HU" and vat_number:  # intra-Community: the lines at 0 %
            _zero_rated(s, order_id)
        if country == "AZ":  # an export
            _zero_rated(s, order_id)
    with db.reading() as s:
        package = build_contract(s, order_id, today=DAY)
        proposal = build_proposal(s, order_id, ProposalEdits(), today=DAY)
        book = rate_book(s)
        stored = s.execute(select(OrderLine).where(OrderLine.order_id == order_id)).scalars()
        expected = sum_lines(
            line_amounts(x.quantity, x.unit_price, x.discount_percent, x.vat_rate) for x in stored
        )
    for totals in (package.totals, package.invoice.totals, proposal.totals):  # type: ignore[union-attr]
        assert (totals.net, totals.vat, totals.gross) == (
            expected.net,
            expected.vat,
            expected.gross,
        )
    # the VAT in HUF on the invoice: the rate book's conversion of the document's VAT
    note = [n for n in package.invoice.notes if "VAT in HUF" in n]
    if currency != "HUF" and expected.vat:
        huf = book.to_reporting(expected.vat, currency, DAY)
        assert note == [note[0]] and formatting.money(huf, "en", "HUF") in note[0]
    else:
        assert note == []
    # what is printed is what the record carries
    out = io.BytesIO()
    render_document(package, out, parts=("invoice",))
    text = re.sub(r"\s+", " ", PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text())
    assert re.sub(r"\s+", " ", DocText("en", currency).amount(expected.gross)) in text
