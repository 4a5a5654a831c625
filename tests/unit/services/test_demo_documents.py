"""Issue 13, "Done means", from the demo: for the portfolio of a Hungarian and of a Russian
supplier, a domestic, an EU and a non-EU buyer's contract package and proposal as printed
(checked in the PDF's text): the requisites of both parties, the VAT treatment and its note,
signatures by the supplier country's practice, one greeting, the contract's own date."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kamdesk.db import Database, open_database
from kamdesk.demo.build import build_demo
from kamdesk.domain.tax import EAEU, EU, Regime, note
from kamdesk.models import Client, Contact, Contract, SalesOrder
from kamdesk.reports.documents import render_document
from kamdesk.services.company import get_company
from kamdesk.services.documents.builder import ProposalEdits, build_contract, build_proposal
from kamdesk.services.queries import live

AS_OF = date(2026, 11, 23)
PRINTED = date(2026, 12, 5)
KINDS = ("domestic", "EU", "non-EU")


@pytest.fixture(scope="module", params=["HU", "RU"])
def portfolio(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp(f"docs-{request.param}") / "demo.sqlite"
    db = open_database(path)
    build_demo(db, seed=5, clients=24, as_of=AS_OF, country=request.param)
    yield db
    db.close()


def _text(doc: object) -> str:
    out = io.BytesIO()
    render_document(doc, out)  # type: ignore[arg-type]
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def _kind(home: str, client: Client) -> str:
    if client.country == home:
        return "domestic"
    return "EU" if client.country in EU else "non-EU"


def _order_of(db: Database, kind: str) -> tuple[str, Client]:
    """The latest invoiced order of a client of that kind who has a person to greet (an EU
    client: one with a VAT number, so the supply is intra-Community)."""
    with db.reading() as s:
        home = get_company(s).country
        rows = s.execute(
            select(SalesOrder.id, Client)
            .join(Client, Client.id == SalesOrder.client_id)
            .where(
                live(SalesOrder),
                SalesOrder.status == "invoiced",
                SalesOrder.contract_id.is_not(None),
            )
            .order_by(SalesOrder.order_date.desc())
        ).all()
        for order_id, client in rows:
            intra = kind == "EU" and home in EU
            if _kind(home, client) != kind or (intra and not client.vat_number):
                continue
            people = s.execute(
                select(Contact.id).where(Contact.client_id == client.id, live(Contact))
            ).first()
            if people is not None:
                s.expunge(client)
                return order_id, client
    raise AssertionError(f"the demo has no invoiced order of a {kind} client")


@pytest.mark.parametrize("kind", KINDS)
def test_the_package_and_proposal_a_manager_signs(portfolio: Database, kind: str) -> None:
    order_id, client = _order_of(portfolio, kind)
    with portfolio.reading() as s:
        company = get_company(s)
        order = s.get(SalesOrder, order_id)
        assert order is not None
        regime, ordered = Regime(order.tax_regime), order.order_date
        found = s.get(Contract, order.contract_id)
        assert found is not None
        recorded = (found.number, found.signed_on)
        package = build_contract(s, order_id, today=PRINTED)
        proposal = build_proposal(s, order_id, ProposalEdits(), today=PRINTED)
    contract, offer = _text(package), _text(proposal)
    ru = package.language == "ru"
    # requisites: both parties' tax numbers under their own country's name
    assert company.tax_id in contract and client.tax_id in contract
    english = package.language == "en"
    seller_label = {
        "HU": ("Tax number (HU)" if english else "Adószám"),
        "RU": "ИНН" if ru else "INN",
    }
    assert seller_label[company.country] in contract
    if company.country == "HU":
        assert "ИНН" not in contract  # a Hungarian number is never called ИНН
    # the VAT treatment and its note
    expected = {
        "domestic": {Regime.DOMESTIC},
        "EU": {Regime.INTRA_EU} if company.country in EU else {Regime.EXPORT},
        "non-EU": {Regime.EXPORT, Regime.EAEU},
    }[kind]
    assert regime in expected
    if kind == "non-EU" and client.country in EAEU and company.country == "RU":
        assert regime is Regime.EAEU
    stated = note(regime, company.country, package.language)
    if stated:
        assert stated in contract and stated in offer
    else:  # a domestic supply charges the products' rates
        assert "VAT 0 %" not in contract and "НДС 0 %" not in contract
    # signatures by the supplier country's practice
    signer = company.signatory_name or company.director_name
    assert signer.split()[0] in contract
    if company.country == "RU" and ru:
        assert "Руководитель" in contract and "Главный бухгалтер" in contract
        assert "доверенност" in contract or "Устав" in contract
    # one greeting
    greetings = len(re.findall(r"\bDear\b|Уважаем|Tisztelt|Gentil|Hörmətli", offer))
    assert greetings == 1, offer[:400]
    assert "Tisztelt Tisztelt" not in offer and "Dear Tisztelt" not in offer
    # the contract's own number and date, never the print day
    assert (package.number, package.signed_on) == recorded
    assert package.signed_on <= ordered < PRINTED
    assert package.number in contract
