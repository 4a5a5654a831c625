"""The reconciliation statement gathered from a real database: payments posted and reversed by
the posting service, a return against an invoice, the parties and who signs; the closing
balance is the cache's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.money import from_minor
from kamdesk.errors import UserError
from kamdesk.models import ClientBalance, Contact, SalesReturn
from kamdesk.services.company import save_company
from kamdesk.services.receivables.posting import PaymentEntry, post_payment, reverse_payment
from kamdesk.services.receivables.statement import build_statement, client_for_statement
from tests.factories import add_client, add_invoice, add_order

D = Decimal
TODAY = date(2026, 12, 5)


def _ledger(db: Database) -> str:
    with db.unit_of_work() as s:
        save_company(
            s,
            CompanyProfile(
                legal_name="ООО «Континент»",
                country="RU",
                city="Москва",
                tax_id="7707083893",
                director_name="Иванов И. И.",
                director_position="Генеральный директор",
            ),
        )
        client = add_client(
            s, "Волга", legal_name="АО «Волга»", currency="RUB", document_language="ru"
        )
        s.add(Contact(client_id=client.id, full_name="Петрова А. А.", position="Директор",
                      buying_role="decision maker"))  # fmt: skip
        old = add_invoice(s, client, "INV-1", "1000.00", issued=date(2025, 12, 1),
                          due=date(2025, 12, 31))  # fmt: skip
        new = add_invoice(s, client, "INV-2", "5000.00", issued=date(2026, 2, 1),
                          due=date(2026, 3, 3))  # fmt: skip
        order = add_order(s, client, [("1", "10.00", "0")])
        gross = D("500.00")
        s.add(SalesReturn(number="RT-7", client_id=client.id, order_id=order.id,
                          invoice_id=new.id, return_date=date(2026, 3, 10), currency="RUB",
                          total_net=gross, total_vat=D(0), total_gross=gross))  # fmt: skip
        assert old.id
        client_id = client.id
    with db.unit_of_work() as s:
        paid = post_payment(
            s,
            PaymentEntry(client_id, date(2026, 1, 20), D("1000.00"), doc_number="311"),
            today=TODAY,
        )
        wrong = post_payment(
            s,
            PaymentEntry(client_id, date(2026, 2, 10), D("700.00"), reference="BANK-9"),
            today=TODAY,
        )
        assert paid.payment_id
    with db.unit_of_work() as s:
        reverse_payment(s, wrong.payment_id, on=date(2026, 2, 12), reason="another client's")
    return client_id


def test_the_statement_names_every_document_and_closes_at_the_cached_balance(
    db: Database,
) -> None:
    client_id = _ledger(db)
    with db.reading() as s:
        doc = build_statement(s, client_id, date(2026, 1, 1), date(2026, 12, 31), today=TODAY)
        cached = s.scalar(select(ClientBalance.balance).where(ClientBalance.client_id == client_id))
        chosen = client_for_statement(s, client_id)
    figures = doc.reconciliation
    assert figures.opening == D("1000.00")
    shown = [
        (e.date, e.kind, e.number, e.debit, e.credit, e.ref_number, e.ref_date)
        for e in figures.lines
    ]
    z = D(0)
    assert shown == [
        (date(2026, 1, 20), "payment", "311", z, D("1000.00"), "", None),
        (date(2026, 2, 1), "invoice", "INV-2", D("5000.00"), z, "", None),
        (date(2026, 2, 10), "payment", "", z, D("700.00"), "BANK-9", None),
        (date(2026, 2, 12), "reversal", "", D("700.00"), z, "BANK-9", date(2026, 2, 10)),
        (date(2026, 3, 10), "credit_note", "RT-7", z, D("500.00"), "INV-2", date(2026, 2, 1)),
    ]
    assert cached is not None and figures.closing == from_minor(cached) == D("4500.00")
    assert (doc.language, doc.currency, doc.place) == ("ru", "RUB", "Москва")
    assert doc.seller.legal_name == "ООО «Континент»"
    assert doc.buyer.legal_name == "АО «Волга»"
    assert doc.seller_signatory is not None
    assert (doc.seller_signatory.name, doc.seller_signatory.basis) == (
        "Иванов И. И.",
        "на основании Устава",
    )
    assert doc.buyer_signatory is not None and doc.buyer_signatory.name == "Петрова А. А."
    assert (chosen.name, chosen.language, chosen.currency) == ("Волга", "ru", "RUB")


def test_unknown_client_missing_company_and_a_backwards_period(db: Database) -> None:
    with db.reading() as s, pytest.raises(UserError, match="no client with the id 'nobody'"):
        build_statement(s, "nobody", date(2026, 1, 1), date(2026, 2, 1), today=TODAY)
    with db.unit_of_work() as s:
        client_id = add_client(s, "Bare").id
    with db.reading() as s, pytest.raises(UserError, match="Fill in your company"):
        build_statement(s, client_id, date(2026, 1, 1), date(2026, 2, 1), today=TODAY)
    client_id = _ledger(db)
    with db.reading() as s, pytest.raises(UserError, match="after its end"):
        build_statement(s, client_id, date(2026, 2, 2), date(2026, 2, 1), today=TODAY)
    with db.unit_of_work() as s:
        empty = add_client(s, "Nothing yet").id
    with db.reading() as s:  # a client with no ledger at all: an empty statement, square
        doc = build_statement(s, empty, date(2026, 1, 1), date(2026, 2, 1), today=TODAY)
    assert doc.reconciliation.lines == () and doc.reconciliation.debtor is None
