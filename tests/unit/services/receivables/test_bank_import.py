"""Importing bank statements on a real database: never twice, never more than is open."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select, text

from kamdesk.db import Database, open_database
from kamdesk.domain.bank_matching import guess_columns
from kamdesk.domain.bank_statement import BankPayment, duplicate_key, parse_statement
from kamdesk.domain.money import ZERO
from kamdesk.errors import UserError
from kamdesk.messages import day as day_text
from kamdesk.models import Company, Invoice, Payment, PaymentAllocation
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.receivables.bank_files import read_bank_file, statement_from_sheet
from kamdesk.services.receivables.bank_import import (
    IMPORTED,
    NEW,
    NOT_CLIENT,
    PROBLEM,
    REPEATED,
    apply_import,
    company_accounts,
    plan_import,
)
from kamdesk.services.receivables.cache import stale
from tests.bank_files import OURS, RU_TAX_ID, csv_text, one_c, ru_payment, seed

TODAY = date(2026, 12, 5)
NUMBERS = {
    "RUB": ["", "INV-2026-000101", "INV-2026-000102", "INV-2026-000103"],
    "EUR": ["", "INV-2026-000201", "INV-2026-000202"],
}
PAYERS = {"RUB": RU_TAX_ID, "EUR": "HU12345678"}


def _fresh(template: Path, folder: Path) -> Database:
    path = folder / f"{uuid.uuid4().hex}.sqlite"
    shutil.copyfile(template, path)
    return open_database(path)


def _snapshot(db: Database) -> dict[str, Any]:
    """Everything an import may touch: the ledger and the local cache."""
    with db.reading() as s:
        conn = s.connection()
        return {
            table: conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            for table in ("payment", "payment_allocation", "invoice_open", "client_balance")
        }


row = st.tuples(
    st.sampled_from(["RUB", "EUR"]),
    st.integers(min_value=1, max_value=400_000),  # cents
    st.integers(min_value=-1, max_value=40),  # days ago (-1: tomorrow, a value date)
    st.integers(min_value=0, max_value=3),  # the invoice cited, of the payer's own
    st.booleans(),  # with a bank reference
    st.booleans(),  # written twice in the file
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row, min_size=1, max_size=8))
def test_importing_twice_changes_nothing_and_posts_what_is_new(
    migrated_template: Path, tmp_path_factory: pytest.TempPathFactory, rows: list[Any]
) -> None:
    db = _fresh(migrated_template, tmp_path_factory.mktemp("bank"))
    try:
        with db.unit_of_work() as s:
            seed(s, TODAY)
        lines = []
        for n, (currency, cents, ago, cite, with_ref, twice) in enumerate(rows):
            day = TODAY - timedelta(days=ago)
            amount = str(Decimal(cents).scaleb(-2))
            cited = NUMBERS[currency][cite % len(NUMBERS[currency])]
            purpose = f"Оплата по счёту {cited}" if cited else "Оплата"
            line = [f"{day:%d.%m.%Y}", amount, currency, PAYERS[currency], "payer"]
            line += [f"REF-{n}" if with_ref else "", purpose]
            lines += [line, line] if twice else [line]
        statement = parse_statement(csv_text(lines), today=TODAY)
        assert statement.ok, [p.line() for p in statement.problems]
        expected = {duplicate_key(p): p.amount for p in statement.payments}

        with db.unit_of_work() as s:
            plan = plan_import(s, statement, today=TODAY)
            assert not plan.problems, [p.line() for p in plan.problems]
            result = apply_import(s, plan, today=TODAY)
        assert sum((p.amount for p in result.posted), Decimal(0)) == sum(expected.values())
        assert len(result.posted) == len(expected)
        with db.reading() as s:
            total = s.scalar(select(func.sum(Payment.amount))) or Decimal(0)
            assert Decimal(total) == sum(expected.values())
            for invoice in s.scalars(select(Invoice)).all():
                spent = s.scalar(
                    select(func.coalesce(func.sum(PaymentAllocation.amount), 0)).where(
                        PaymentAllocation.invoice_id == invoice.id
                    )
                )
                assert Decimal(spent) <= invoice.total_gross
            assert stale(s.connection()) == []
        before = _snapshot(db)

        with db.unit_of_work() as s:
            again = plan_import(s, statement, today=TODAY)
            assert not again.problems and not again.new
            second = apply_import(s, again, today=TODAY)
        assert second.posted == ()
        assert {r.status for r in second.skipped} <= {IMPORTED, REPEATED}
        assert _snapshot(db) == before
    finally:
        db.close()


AGO = TODAY - timedelta(days=2)


@pytest.fixture
def ledger(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        return seed(s, TODAY)


def test_the_plan_shows_each_row_and_writes_nothing(db: Database, ledger: dict[str, str]) -> None:
    data = one_c(
        [
            ru_payment("1", "3000.00", AGO, "Оплата счетов INV 2026 000103 и INV-2026/000102"),
            ru_payment("1", "3000.00", AGO, "Оплата счетов INV 2026 000103 и INV-2026/000102"),
            ru_payment("2", "1.00", AGO, "x", payer_kpp="999999999"),
            ru_payment("3", "9.00", AGO, "Перевод собственных средств", payer_account=OURS),
        ]
    )
    with db.reading() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
    assert [r.status for r in plan.rows] == [NEW, REPEATED, PROBLEM]
    assert plan.not_ours == 1  # between the company's own accounts
    first = plan.rows[0]
    assert [(n, str(a)) for _i, n, a in first.allocations] == [
        ("INV-2026-000103", "400.00"),
        ("INV-2026-000102", "2500.00"),
        ("INV-2026-000101", "100.00"),
    ]
    assert plan.rows[1].messages == ("the same payment as row 1",)
    assert "КПП 999999999" in plan.problems[0].line()
    with db.unit_of_work() as s, pytest.raises(UserError, match="document 3"):
        apply_import(s, plan, today=TODAY)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_payments_of_one_file_spend_the_open_amounts_in_date_order(
    db: Database, ledger: dict[str, str]
) -> None:
    later, earlier = AGO, AGO - timedelta(days=1)
    data = one_c(
        [
            ru_payment("8", "1000.00", later, "Оплата"),
            ru_payment("7", "1500.00", earlier, "Оплата"),
        ]
    )
    with db.unit_of_work() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
        result = apply_import(s, plan, today=TODAY)
    by_row = {p.row: p for p in result.posted}
    assert [(n, str(a)) for n, a in by_row[2].allocations] == [
        ("INV-2026-000101", "1000.00"),
        ("INV-2026-000102", "500.00"),
    ]
    assert [(n, str(a)) for n, a in by_row[1].allocations] == [("INV-2026-000102", "1000.00")]
    with db.reading() as s:
        assert [p.source for p in s.scalars(select(Payment)).all()] == ["1c", "1c"]
        assert {p.bank_key for p in s.scalars(select(Payment)).all()} == {
            duplicate_key(p) for p in plan.rows[0:2] for p in [p.payment]
        }


def test_a_sheet_of_another_layout_is_read_through_its_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Value date", "Amount", "Ccy", "VAT number", "Details", "Balance"])
    sheet.append([datetime(2026, 12, 3), 120.5, "EUR", "HU 12345678", "INV-2026-000202", 9])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["04.12.2026", "1 234,50", "EUR", "HU12345678", "advance", 10])
    path = tmp_path / "statement.xlsx"
    book.save(path)
    opened = read_bank_file(path, today=TODAY)
    assert opened.layout == "sheet" and opened.statement is None and opened.sheet is not None
    columns = guess_columns(opened.sheet.headers)
    assert columns == {"date": 0, "amount": 1, "currency": 2, "payer_tax_id": 3, "purpose": 4}
    statement = statement_from_sheet(opened.sheet, columns, today=TODAY)
    assert statement.ok, [p.line() for p in statement.problems]
    assert [(p.row, p.date, p.amount) for p in statement.payments] == [
        (2, date(2026, 12, 3), Decimal("120.50")),
        (4, date(2026, 12, 4), Decimal("1234.50")),
    ]
    bad = statement_from_sheet(opened.sheet, {"date": 0, "amount": 5}, today=TODAY)
    assert [p.line() for p in bad.problems] == ["no column chosen for currency"]


def test_a_csv_with_the_standard_headers_needs_no_mapping(tmp_path: Path) -> None:
    path = tmp_path / "statement.csv"
    path.write_bytes(csv_text([["03.12.2026", "5", "EUR", "HU12345678", "", "", ""]]))
    opened = read_bank_file(path, today=TODAY)
    assert opened.layout == "csv" and opened.statement is not None and opened.statement.ok


def test_the_company_may_list_several_accounts(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(Company(legal_name="ООО", bank_account="40702810900000000517; 40702 8101 0000"))
    with db.reading() as s:
        assert company_accounts(s) == ["40702810900000000517", "40702 8101 0000"]


# --- review fixes -----------------------------------------------------------------------------


def test_one_reference_from_two_payers_posts_both(db: Database, ledger: dict[str, str]) -> None:
    # the CSV's "reference" is the payer's own order number, and both payers sent "15"
    day = f"{AGO:%d.%m.%Y}"
    data = csv_text(
        [
            [day, "100.00", "RUB", RU_TAX_ID, "Ромашка", "15", "Оплата"],
            [day, "250.00", "EUR", "HU12345678", "Győr Print", "15", "Payment"],
            [day, "100.00", "RUB", RU_TAX_ID, "Ромашка", "15", "Оплата"],
        ]
    )
    with db.unit_of_work() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
        assert [r.status for r in plan.rows] == [NEW, NEW, REPEATED]
        result = apply_import(s, plan, today=TODAY)
    assert [(p.client_name, str(p.amount)) for p in result.posted] == [
        ("ООО «Ромашка»", "100.00"),
        ("Győr Print Kft.", "250.00"),
    ]


def _hu_roubles(amount: str, when: date) -> BankPayment:
    """The Hungarian client (billed in EUR) pays into the ruble account."""
    return ru_payment("31", amount, when, "Оплата INV-2026-000202", payer_tax_id="12345678208")


def test_roubles_from_a_client_billed_in_euros_are_posted_converted(
    db: Database, ledger: dict[str, str]
) -> None:
    data = one_c([_hu_roubles("15000.00", AGO)])
    with db.reading() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
    assert [r.status for r in plan.rows] == [PROBLEM]
    assert plan.problems[0].line() == (
        "document 1 (№ 31): the payment is in RUB and Győr Print Kft. is billed in EUR: No "
        f"exchange rate for EUR on or before {day_text(AGO)}: enter one under File > Exchange "
        "rates (RUB per EUR)."
    )
    with db.unit_of_work() as s:
        set_rate(s, "EUR", AGO - timedelta(days=3), Decimal("100"), "ЦБ РФ")
    with db.unit_of_work() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
        (row,) = plan.rows
        assert (row.status, row.amount, row.currency) == (NEW, Decimal("150.00"), "EUR")
        assert [(n, str(a)) for _i, n, a in row.allocations] == [
            ("INV-2026-000202", "120.50"),
            ("INV-2026-000201", "29.50"),
        ]
        result = apply_import(s, plan, today=TODAY)
    (posted,) = result.posted
    assert (posted.amount, posted.currency, posted.credit) == (Decimal("150.00"), "EUR", ZERO)
    with db.reading() as s:
        (payment,) = s.scalars(select(Payment)).all()
        assert (payment.amount, payment.currency, payment.client_id) == (
            Decimal("150.00"),
            "EUR",
            ledger["hu"],
        )
        assert (payment.source_amount, payment.source_currency) == (Decimal("15000.00"), "RUB")
        assert (payment.fx_rate, payment.fx_date) == (Decimal("0.01"), AGO - timedelta(days=3))


def test_a_payer_who_is_no_client_is_left_out_and_the_rest_imported(
    db: Database, ledger: dict[str, str]
) -> None:
    data = one_c(
        [
            ru_payment("1", "100.00", AGO, "Оплата"),
            ru_payment("2", "12.34", AGO, "Проценты на остаток", payer_tax_id="", payer_kpp=""),
            ru_payment("3", "50.00", AGO, "Возврат INV-2026-000101", payer_tax_id="5012345678"),
        ]
    )
    with db.unit_of_work() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
        assert plan.ok and [r.status for r in plan.rows] == [NEW, NOT_CLIENT, NOT_CLIENT]
        assert [r.messages for r in plan.not_clients] == [
            ('not a client: the payer has no tax id to find the client by (ООО "Ромашка")',),
            (
                "not a client: no client has the payer's tax id 5012345678 / КПП 770101001 "
                '(ООО "Ромашка"); it names invoice INV-2026-000101: post it by hand if it pays it',
            ),
        ]
        result = apply_import(s, plan, today=TODAY)
    assert [p.row for p in result.posted] == [1]
    assert [r.row for r in result.not_clients] == [2, 3]
    with db.reading() as s:
        assert [p.amount for p in s.scalars(select(Payment)).all()] == [Decimal("100.00")]


def test_a_1c_file_posts_the_day_credited_and_ignores_others_incomplete_documents(
    db: Database, ledger: dict[str, str]
) -> None:
    credited = AGO + timedelta(days=1)
    data = one_c(
        [
            ru_payment("1", "100.00", AGO - timedelta(days=3), "Оплата"),
            ru_payment("", "70.00", AGO, "Аренда", recipient_account="40702810100000000999"),
        ],
        fields=[
            {"ДатаПоступило": f"{credited:%d.%m.%Y}"},
            {"Номер": None, "ПлательщикИНН": None, "Плательщик1": None},
        ],
    )
    with db.unit_of_work() as s:
        plan = plan_import(s, parse_statement(data, today=TODAY), today=TODAY)
        assert plan.ok, [p.line() for p in plan.problems]
        assert plan.not_ours == 1 and [r.payment.date for r in plan.rows] == [credited]
        apply_import(s, plan, today=TODAY)
    with db.reading() as s:
        assert [p.payment_date for p in s.scalars(select(Payment)).all()] == [credited]
