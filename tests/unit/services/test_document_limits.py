"""A text typed in the document dialog past the multi-line limit is refused by name before
anything is printed (a 10 MB paste would print 2 000 pages); a client's long field prints."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select, update

from kamdesk.db import Database
from kamdesk.domain.limits import MAX_TEXT_CHARS
from kamdesk.models import Client, SalesOrder
from kamdesk.reports.documents.proposal import render_proposal
from kamdesk.services.documents.builder import ProposalEdits, TemplateProblem, build_proposal
from tests.factories import DEMO_AS_OF


def an_order(db: Database) -> tuple[str, str]:
    with db.reading() as s:
        order = s.scalars(select(SalesOrder).order_by(SalesOrder.number).limit(1)).one()
        return order.id, order.client_id


def test_an_opening_past_the_limit_is_refused_by_name(demo_db: Database) -> None:
    order_id, _client = an_order(demo_db)
    edits = ProposalEdits(opening="Dear client, " + "x" * MAX_TEXT_CHARS)
    with pytest.raises(TemplateProblem) as refused, demo_db.reading() as s:
        build_proposal(s, order_id, edits, today=DEMO_AS_OF)
    assert refused.value.source == "The opening text"
    assert str(refused.value) == (
        "The opening text: 20,013 characters, more than the 20,000 it can hold."
    )


def test_a_clients_twenty_thousand_character_address_fills_a_placeholder(
    demo_db: Database,
) -> None:
    order_id, client_id = an_order(demo_db)
    address = ("Industrial park, gate 4. " * 800)[:MAX_TEXT_CHARS]
    with demo_db.unit_of_work() as s:
        s.execute(update(Client).where(Client.id == client_id).values(address=address))
    edits = ProposalEdits(opening="We deliver to {{ buyer.address }}")
    with demo_db.reading() as s:
        doc = build_proposal(s, order_id, edits, today=DEMO_AS_OF)
    assert doc.opening.startswith(f"We deliver to {address.strip()}")
    assert address.strip() in doc.buyer.address
    pdf = io.BytesIO()
    render_proposal(doc, pdf)  # linear in the text, and the address runs on: no LayoutError
    assert pdf.getvalue().startswith(b"%PDF")
