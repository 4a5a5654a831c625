"""Dunning steps: recorded with their checks, read per client and for all clients at once, and
a standing block refuses an order's confirmation until it is overridden or lifted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.db import Database
from kamdesk.errors import UserError
from kamdesk.services.receivables.dunning import (
    add_step,
    last_steps,
    steps_of,
    supplies_blocked,
)
from kamdesk.services.sales.order_steps import confirm_order
from kamdesk.services.sales.orders import CreditBlocked, get_order
from tests.factories import add_client, add_order

TODAY = date(2026, 11, 24)


def _clients(db: Database) -> tuple[str, str]:
    with db.unit_of_work() as s:
        return add_client(s, "Caffè Barbieri S.p.A.").id, add_client(s, "Alföld Generál Kft.").id


def _step(db: Database, cid: str, step: str, days_ago: int, note: str = "") -> str:
    with db.unit_of_work() as s:
        day = TODAY - timedelta(days=days_ago)
        return add_step(s, cid, step, day, done_by="Kovács Anna", note=note, today=TODAY)


def test_steps_are_read_newest_first_and_the_last_of_each_client_in_one_go(
    db: Database,
) -> None:
    barbieri, alfold = _clients(db)
    _step(db, barbieri, "reminder", 20, "Sent the statement")
    _step(db, barbieri, "call", 10)
    _step(db, alfold, "reminder", 3)
    with db.reading() as s:
        steps = steps_of(s, barbieri)
        last = last_steps(s)
    assert [(x.step, x.step_date) for x in steps] == [
        ("call", TODAY - timedelta(days=10)),
        ("reminder", TODAY - timedelta(days=20)),
    ]
    assert steps[1].note == "Sent the statement" and steps[1].done_by == "Kovács Anna"
    assert {cid: e.step for cid, e in last.items()} == {barbieri: "call", alfold: "reminder"}


def test_a_block_stands_until_it_is_lifted(db: Database) -> None:
    barbieri, _ = _clients(db)
    with db.reading() as s:
        assert supplies_blocked(s, barbieri) is None
    _step(db, barbieri, "blocked", 5, "90 days late")
    _step(db, barbieri, "reminder", 2)  # a later reminder does not lift it
    with db.reading() as s:
        block = supplies_blocked(s, barbieri)
    assert block is not None and block.step_date == TODAY - timedelta(days=5)
    with pytest.raises(UserError, match="already blocked since 19 Nov 2026"):
        _step(db, barbieri, "blocked", 1)
    with pytest.raises(UserError, match="cannot be lifted before"):
        _step(db, barbieri, "unblocked", 6)
    _step(db, barbieri, "unblocked", 0)
    with db.reading() as s:
        assert supplies_blocked(s, barbieri) is None
        assert last_steps(s)[barbieri].step == "unblocked"


@pytest.mark.parametrize(
    ("step", "day", "by", "message"),
    [
        ("visit", TODAY, "Anna", "Unknown dunning step 'visit'"),
        ("reminder", TODAY + timedelta(days=1), "Anna", "after today"),
        ("call", TODAY, "  ", "who took the step"),
        ("unblocked", TODAY, "Anna", "are not blocked"),
    ],
)
def test_a_wrong_step_is_refused_with_a_reason(
    db: Database, step: str, day: date, by: str, message: str
) -> None:
    barbieri, _ = _clients(db)
    with pytest.raises(UserError, match=message), db.unit_of_work() as s:
        add_step(s, barbieri, step, day, done_by=by, today=TODAY)
    with db.reading() as s:
        assert steps_of(s, barbieri) == []


def test_a_blocked_client_s_order_is_refused_and_can_be_overridden(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Caffè Barbieri S.p.A.")
        order_id = add_order(s, client, [("2", "10.00", "0")], day=TODAY).id
    _step(db, client.id, "blocked", 3, "Two invoices 90 days late")
    with pytest.raises(CreditBlocked) as refused, db.unit_of_work() as s:
        confirm_order(s, order_id, today=TODAY)
    assert refused.value.decision.reasons == (
        "Supplies to Caffè Barbieri S.p.A. are blocked since 21 Nov 2026 (by Kovács Anna): "
        "Two invoices 90 days late.",
    )
    with db.unit_of_work() as s:
        confirm_order(
            s, order_id, today=TODAY, override_by="Nagy Péter", override_reason="Paid in cash today"
        )
    with db.reading() as s:
        order = get_order(s, order_id)
    assert order.status == "confirmed" and order.credit_override_by == "Nagy Péter"
    assert any("blocked since" in e.note for e in order.events if e.kind == "credit_override")


def test_once_lifted_the_order_confirms_without_an_override(db: Database) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "Alföld Generál Kft.")
        order_id = add_order(s, client, [("1", "10.00", "0")], day=TODAY).id
    _step(db, client.id, "blocked", 3)
    _step(db, client.id, "unblocked", 1)
    with db.unit_of_work() as s:
        decision = confirm_order(s, order_id, today=TODAY)
    assert decision.allowed
