"""`kamdesk import-payments`: a 1C file (cp1251, cp866) or a CSV onto the ledger, all or
nothing, and never twice."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.messages import day
from kamdesk.models import Payment, PaymentAllocation
from kamdesk.paths import AppPaths
from kamdesk.services.prices.rates import set_rate
from tests.bank_files import csv_text, one_c, ru_payment, seed

TODAY = date.today()
AGO = TODAY - timedelta(days=3)


@pytest.fixture
def ledger(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        return seed(s, TODAY)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        payments = s.scalar(select(func.count()).select_from(Payment)) or 0
        allocations = s.scalar(select(func.count()).select_from(PaymentAllocation)) or 0
    return payments, allocations


def _statement(codec: str) -> bytes:
    return one_c(
        [
            ru_payment("17", "1200.00", AGO, "Оплата по счёту INV-2026-000103, НДС 20%"),
            ru_payment("18", "500.00", AGO, "Оплата по договору"),
            ru_payment("19", "99.00", AGO, "Возврат", recipient_account="40702810100000000999"),
        ],
        codec=codec,
    )


@pytest.mark.parametrize("codec", ["cp1251", "cp866"])
def test_a_1c_file_posts_once_and_a_second_run_says_imported_before(
    db: Database,
    paths: AppPaths,
    ledger: dict[str, str],
    tmp_path: Path,
    codec: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "kl_to_1c.txt"
    file.write_bytes(_statement(codec))
    code, out, err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 0, err
    assert out.splitlines()[0] == "posted 2 payments; skipped 0"
    # the cited invoice first (400 open), the rest oldest first
    assert "INV-2026-000103 400.00, INV-2026-000101 800.00" in out
    assert "left out 1 document not paid into the company's accounts" in out
    assert _counts(db) == (2, 4)
    assert len(list(paths.backups.glob("kamdesk-*.sqlite"))) == 1  # backed up first (#15)

    code, out, err = run(
        capsys, "import-payments", "--db", str(paths.database), str(file), "--json"
    )
    assert code == 0, err
    summary = json.loads(out)
    assert summary["posted"] == [] and summary["problems"] == []
    assert [s["row"] for s in summary["skipped"]] == [1, 2]
    assert all("imported before" in s["reason"] for s in summary["skipped"])
    assert _counts(db) == (2, 4)


def test_a_csv_matches_by_vat_number_and_keeps_an_overpayment_as_credit(
    db: Database,
    paths: AppPaths,
    ledger: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "statement.csv"
    day = f"{AGO:%d.%m.%Y}"
    file.write_bytes(
        csv_text(
            [
                [day, "1 000,00", "EUR", "HU 1234 5678", "Győr Print", "BNK-1", "INV-2026-000202"],
                [day, "50", "EUR", "12345678", "Győr Print", "BNK-2", "INV-2026-000202"],
            ]
        )
    )
    code, out, err = run(
        capsys, "import-payments", "--db", str(paths.database), str(file), "--dry-run", "--json"
    )
    assert code == 0, err
    summary = json.loads(out)
    assert summary["dry_run"] and not summary["imported"]
    first = summary["posted"][0]
    assert first["allocations"] == [
        {"invoice": "INV-2026-000202", "amount": "120.50"},
        {"invoice": "INV-2026-000201", "amount": "300.00"},
    ]
    assert first["credit"] == "579.50"
    assert summary["posted"][1]["credit"] == "50.00"
    assert summary["posted"][1]["notes"] == [
        "invoice INV-2026-000202 named in the purpose has nothing open"
    ]
    assert _counts(db) == (0, 0)

    code, out, err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 0, err
    with db.reading() as s:
        rows = s.scalars(select(Payment).order_by(Payment.amount)).all()
        assert [(p.amount, p.source, p.reference) for p in rows] == [
            (Decimal("50.00"), "csv", "BNK-2"),
            (Decimal("1000.00"), "csv", "BNK-1"),
        ]
        assert rows[1].payer_tax_id == "HU 1234 5678"
    code, out, err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 0, err
    assert out.splitlines()[0] == "posted 0 payments; skipped 2"
    assert "skipped row 2: imported before" in out


def test_a_bad_file_lists_every_row_and_writes_nothing(
    db: Database,
    paths: AppPaths,
    ledger: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "bad.txt"
    file.write_bytes(
        one_c(
            [
                ru_payment("1", "100.00", AGO, "ok"),
                ru_payment("2", "100.00", AGO, "?", payer_kpp="999999999"),
                ru_payment("3", "100.00", AGO, "Оплата INV-2026-000301"),
                ru_payment("4", "100.00", TODAY + timedelta(days=3), "later"),
            ]
        )
    )
    code, out, err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 2
    assert out.splitlines() == [
        "document 2 (№ 2): no client has the payer's tax id 7701234567 / КПП 999999999 "
        '(ООО "Ромашка")',
        "document 3 (№ 3): invoice INV-2026-000301 named in the purpose is another client's",
        f"document 4 (№ 4): dated {day(TODAY + timedelta(days=3))}, after tomorrow: money "
        "not yet received cannot be posted",
    ]
    assert "nothing was imported: 3 problems" in err
    code, out, _err = run(
        capsys, "import-payments", "--db", str(paths.database), str(file), "--json"
    )
    summary = json.loads(out)
    assert code == 2 and not summary["imported"] and summary["posted"] == []
    assert [(p["row"], p["number"]) for p in summary["problems"]] == [
        (2, "2"),
        (3, "3"),
        (4, "4"),
    ]
    assert _counts(db) == (0, 0)


def test_an_unknown_layout_and_a_company_without_an_account_are_refused(
    db: Database,
    paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "x.csv"
    file.write_bytes(b"Datum;Betrag\n01.12.2026;5\n")
    code, out, _err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 2 and "unknown layout" in out
    file.write_bytes(one_c([ru_payment("1", "5.00", AGO, "x")]))
    code, out, _err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 2 and "the company profile has no bank account" in out


def test_roubles_of_a_euro_client_are_converted_and_an_unknown_payer_left_out(
    db: Database,
    paths: AppPaths,
    ledger: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with db.unit_of_work() as s:
        set_rate(s, "EUR", AGO - timedelta(days=1), Decimal("100"), "ЦБ РФ")
    file = tmp_path / "kl_to_1c.txt"
    file.write_bytes(
        one_c(
            [
                ru_payment("5", "300.00", AGO, "Оплата"),
                ru_payment("6", "12.34", AGO, "Проценты", payer_tax_id="7702070139", payer_kpp=""),
                ru_payment("7", "15000.00", AGO, "INV-2026-000202", payer_tax_id="12345678208"),
            ]
        )
    )
    code, out, err = run(
        capsys, "import-payments", "--db", str(paths.database), str(file), "--json", "--dry-run"
    )
    summary = json.loads(out)
    assert code == 0, err
    assert summary["posted"][1]["received"] == {
        "amount": "15000.00",
        "currency": "RUB",
        "rate": "0.01",
        "rate_date": (AGO - timedelta(days=1)).isoformat(),
    }
    assert summary["posted"][1]["amount"] == "150.00" and summary["posted"][0]["received"] is None
    assert summary["not_clients"][0]["payer_tax_id"] == "7702070139"
    code, out, err = run(capsys, "import-payments", "--db", str(paths.database), str(file))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "posted 2 payments; skipped 0"
    assert (
        f"row 3: {AGO:%d.%m.%Y} 150.00 EUR (15,000.00 RUB received, at 0.01 (ЦБ РФ, "
        f"{AGO - timedelta(days=1):%d.%m.%Y})) from Győr Print Kft."
    ) in lines[2]
    assert lines[3] == (
        "left out row 2: 12.34 RUB, not a client: no client has the payer's tax id "
        '7702070139 (ООО "Ромашка")'
    )
    assert _counts(db) == (2, 3)
    code, out, err = run(
        capsys, "import-payments", "--db", str(paths.database), str(file), "--json"
    )
    summary = json.loads(out)
    assert code == 0 and [s["row"] for s in summary["skipped"]] == [1, 3]
    assert [(n["row"], n["amount"], n["currency"]) for n in summary["not_clients"]] == [
        (2, "12.34", "RUB")
    ]
