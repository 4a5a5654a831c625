"""The demo's receivables ledger: payments as a bank reports them, allocated by the demo itself,
consistent with the cache the app keeps, and dunning steps only while something was overdue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection

from kamdesk.db import open_database
from kamdesk.domain.bank_statement import BankPayment, duplicate_key, invoice_numbers_in
from kamdesk.domain.money import from_minor
from kamdesk.domain.natural_keys import bank_payment_id, sales_plan_id
from kamdesk.domain.receivables import aging
from kamdesk.models.receivables import DUNNING_STEPS
from kamdesk.services.receivables.cache import stale
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers
from tests.factories import DEMO_AS_OF


@pytest.fixture(scope="module")
def conn(demo_template: Path) -> Iterator[Connection]:
    db = open_database(demo_template, readonly=True)
    try:
        with db.engine.connect() as c:
            yield c
    finally:
        db.close()


def _all(conn: Connection, sql: str, *args: object) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.exec_driver_sql(sql, args)]


def test_the_cache_is_what_the_ledger_gives(conn: Connection) -> None:
    assert stale(conn) == []
    # the demo allocated every payment itself: payments name no invoice
    assert _all(conn, "SELECT count(*) FROM payment WHERE invoice_id IS NOT NULL") == [(0,)]


def test_exactly_one_client_is_in_credit_from_an_overpayment(conn: Connection) -> None:
    credit = _all(conn, "SELECT client_id, balance, credit FROM client_balance WHERE credit <> 0")
    assert len(credit) == 1
    client_id, balance, amount = credit[0]
    assert int(str(amount)) > 0 and balance == -int(str(amount))  # nothing else open
    over = _all(
        conn,
        "SELECT p.id, p.amount - (SELECT coalesce(sum(a.amount), 0) FROM payment_allocation a "
        "WHERE a.payment_id = p.id) FROM payment p WHERE p.client_id = ?",
        client_id,
    )
    assert [left for _, left in over if left != 0] == [amount]
    everyone = _all(
        conn,
        "SELECT count(*) FROM payment p WHERE p.amount != (SELECT coalesce(sum(a.amount), 0) "
        "FROM payment_allocation a WHERE a.payment_id = p.id)",
    )
    assert everyone == [(1,)]


def test_some_invoices_are_partly_paid_and_some_payments_pay_several(conn: Connection) -> None:
    partial = _all(
        conn,
        "SELECT count(*) FROM invoice_open o JOIN invoice i ON i.id = o.invoice_id "
        "WHERE o.open_amount < i.total_gross AND EXISTS (SELECT 1 FROM payment_allocation a "
        "WHERE a.invoice_id = i.id)",
    )
    assert partial[0][0] > 0
    numbers = {str(i): str(n) for i, n in _all(conn, "SELECT id, number FROM invoice")}
    several: dict[str, list[str]] = {}
    for pid, iid in _all(conn, "SELECT payment_id, invoice_id FROM payment_allocation"):
        several.setdefault(str(pid), []).append(numbers[str(iid)])
    sizes = [len(v) for v in several.values()]
    assert sizes.count(2) > 0 and sizes.count(3) > 0 and max(sizes) == 3
    assert sizes.count(1) > 0.8 * len(sizes)
    purposes = dict(_all(conn, "SELECT id, purpose FROM payment"))
    for pid, cited in several.items():
        assert invoice_numbers_in(str(purposes[pid]), numbers.values()) == cited


def test_payments_carry_what_a_bank_statement_gives(conn: Connection) -> None:
    rows = _all(
        conn,
        "SELECT p.id, p.payment_date, p.amount, p.currency, p.method, p.reference, "
        "p.doc_number, p.payer_name, p.payer_tax_id, p.purpose, p.bank_key, p.source, "
        "c.tax_id, c.legal_name FROM payment p JOIN client c ON c.id = p.client_id",
    )
    by_source = {}
    for (
        pid,
        day,
        amount,
        cur,
        method,
        ref,
        doc,
        payer,
        tax,
        purpose,
        key,
        source,
        ctax,
        legal,
    ) in rows:
        by_source[source] = by_source.get(source, 0) + 1
        assert (payer, tax) == (legal, ctax) and str(purpose).startswith("Payment of invoice")
        if method == "cash":
            assert (source, key, ref) == ("", "", "")
            continue
        assert source == "csv" and doc and ref
        bank = BankPayment(
            date=date.fromisoformat(str(day)),
            number=str(doc),
            amount=from_minor(int(str(amount))),
            currency=str(cur),
            payer_account="",
            payer_tax_id=str(tax),
            payer_kpp="",
            payer_name=str(payer),
            recipient_account="",
            purpose=str(purpose),
            reference=str(ref),
        )
        assert key == duplicate_key(bank) and pid == bank_payment_id(str(key))
    assert by_source.get("", 0) < 0.1 * len(rows) and by_source["csv"] > 0.9 * len(rows)


def _overdue_at(conn: Connection, client_id: str, day: date) -> Decimal:
    ledger = load_ledgers(conn, [client_id], until=day)[client_id]
    return aging(in_money(ledger).open_invoices(), day).overdue


def test_dunning_steps_only_while_the_client_had_overdue_invoices(conn: Connection) -> None:
    kams = dict(_all(conn, "SELECT id, kam FROM client"))
    steps = _all(
        conn,
        "SELECT client_id, step, step_date, done_by, note FROM dunning_step "
        "ORDER BY client_id, step_date, step",
    )
    kinds = [s[1] for s in steps]
    assert kinds.count("reminder") > kinds.count("call") > 0
    assert 1 <= kinds.count("blocked") <= 2 and kinds.count("unblocked") == 1
    blocked: set[object] = set()
    for client_id, step, day, done_by, note in steps:
        assert step in DUNNING_STEPS and note and done_by == kams[client_id]
        on = date.fromisoformat(str(day))
        assert on <= DEMO_AS_OF and (on.weekday() < 5 or step == "blocked")
        if step == "unblocked":
            assert client_id in blocked  # lifted on the day it paid
        else:
            assert _overdue_at(conn, str(client_id), on) > 0, (client_id, step, day)
        if step == "blocked":
            blocked.add(client_id)
    # one client is still blocked, and owes money overdue today
    still = blocked - {s[0] for s in steps if s[1] == "unblocked"}
    assert len(still) == 1
    assert _overdue_at(conn, str(still.pop()), DEMO_AS_OF) > 0


def test_a_plan_for_new_clients_every_month_of_both_years(conn: Connection) -> None:
    reporting = _all(conn, "SELECT reporting_currency FROM company")[0][0]
    plans = _all(
        conn,
        "SELECT id, period_start, amount, currency FROM sales_plan WHERE client_id IS NULL "
        "ORDER BY period_start",
    )
    months = [date(DEMO_AS_OF.year - 1 + k // 12, k % 12 + 1, 1).isoformat() for k in range(24)]
    assert [p[1] for p in plans] == months
    assert all(p[0] == sales_plan_id(None, str(p[1])) for p in plans)
    assert all(p[3] == reporting and int(str(p[2])) > 0 for p in plans)
