"""`kamdesk report aging`: each client's balance and its open money by days past due."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kamdesk.cli import main
from kamdesk.cli.aging import aging_rows
from kamdesk.domain.money import from_minor
from kamdesk.domain.receivables import BUCKETS, bucket
from tests.factories import DEMO_AS_OF


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    path = tmp_path_factory.mktemp("aging") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def aging_json(capsys: pytest.CaptureFixture[str], demo: Path, *extra: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "report", "aging", "--db", str(demo), *extra, "--json")
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def test_buckets_add_up_to_the_balance_biggest_first(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    rows = aging_json(capsys, demo)
    assert len(rows) > 10
    for row in rows:
        assert set(row) == {
            "client_id", "name", "currency", "balance", "buckets", "oldest_overdue_days",
        }  # fmt: skip
        assert list(row["buckets"]) == list(BUCKETS)
        amounts = [Decimal(a) for a in row["buckets"].values()]
        assert sum(amounts) == Decimal(row["balance"]) != 0
        assert all(a.as_tuple().exponent == -2 for a in [*amounts, Decimal(row["balance"])])
        overdue = sum(amounts[1:])
        assert (row["oldest_overdue_days"] is None) == (overdue == 0)
    # the demo's clients are all billed in one currency per client; in one currency the
    # order is by balance (across currencies it is in the reporting currency)
    by_currency: dict[str, list[Decimal]] = {}
    for row in rows:
        by_currency.setdefault(row["currency"], []).append(Decimal(row["balance"]))
    assert all(b == sorted(b, reverse=True) for b in by_currency.values())


def test_the_client_in_credit_has_a_negative_balance(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    rows = aging_json(capsys, demo)
    credit = [r for r in rows if Decimal(r["balance"]) < 0]
    assert len(credit) == 1
    row = credit[0]
    assert Decimal(row["buckets"]["current"]) == Decimal(row["balance"])
    assert row["oldest_overdue_days"] is None and rows[-1] == row


def test_the_cache_and_the_ledger_give_the_same_report(demo: Path) -> None:
    # at today the report reads the cache; at an earlier day the ledger as it stood
    from_cache = aging_rows(demo, DEMO_AS_OF, DEMO_AS_OF)
    from_ledger = aging_rows(demo, DEMO_AS_OF, DEMO_AS_OF + timedelta(days=1))
    assert from_cache == from_ledger


def _by_hand(demo: Path, client_id: str, at: date) -> dict[str, Decimal]:
    """One client's buckets at `at` from the raw rows: each invoice issued by then, less its
    credit notes and the allocations (not reversed) made by then; unallocated money against
    current."""
    c = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    day = at.isoformat()
    try:
        rows = c.execute(
            "SELECT i.due_date, i.total_gross - (SELECT coalesce(sum(r.total_gross), 0) FROM "
            "sales_return r WHERE r.invoice_id = i.id AND r.return_date <= ?1) - (SELECT "
            "coalesce(sum(a.amount), 0) FROM payment_allocation a WHERE a.invoice_id = i.id "
            "AND a.allocated_on <= ?1 AND NOT EXISTS (SELECT 1 FROM allocation_reversal v "
            "WHERE v.allocation_id = a.id AND v.reversed_on <= ?1)) FROM invoice i "
            "WHERE i.client_id = ?2 AND i.issue_date <= ?1",
            (day, client_id),
        ).fetchall()
        paid = c.execute(
            "SELECT coalesce(sum(amount), 0) FROM payment WHERE client_id = ? AND "
            "payment_date <= ?",
            (client_id, day),
        ).fetchone()[0]
        allocated = c.execute(
            "SELECT coalesce(sum(amount), 0) FROM payment_allocation WHERE client_id = ? AND "
            "allocated_on <= ?",
            (client_id, day),
        ).fetchone()[0]
    finally:
        c.close()
    buckets = dict.fromkeys(BUCKETS, Decimal("0.00"))
    buckets["current"] -= from_minor(paid - allocated)
    for due, left in rows:
        if left:
            buckets[bucket((at - date.fromisoformat(due)).days)] += from_minor(left)
    return buckets


def test_at_a_past_day_the_report_is_the_ledger_as_it_stood(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    now = {r["client_id"]: r for r in aging_json(capsys, demo)}
    past_day = DEMO_AS_OF - timedelta(days=200)
    past = aging_json(capsys, demo, "--at", past_day.isoformat())
    assert past and {r["client_id"]: r for r in past} != now
    overdue = [r for r in past if r["oldest_overdue_days"] is not None]
    assert overdue
    for row in (overdue[0], past[0]):
        hand = _by_hand(demo, row["client_id"], past_day)
        assert {b: Decimal(a) for b, a in row["buckets"].items()} == hand
        assert Decimal(row["balance"]) == sum(hand.values())


def test_csv_has_a_header_and_the_same_rows(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = aging_json(capsys, demo, "--at", DEMO_AS_OF.isoformat())
    code, out, err = run(
        capsys, "report", "aging", "--db", str(demo), "--at", DEMO_AS_OF.isoformat(), "--csv"
    )
    assert code == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    assert out.splitlines()[0] == (
        "client_id,name,currency,balance,current,1-30,31-60,61-90,90+,oldest_overdue_days"
    )
    assert len(table) == len(rows)
    for line, row in zip(table, rows, strict=True):
        assert line["client_id"] == row["client_id"] and line["balance"] == row["balance"]
        assert [line[b] for b in BUCKETS] == list(row["buckets"].values())
        days = row["oldest_overdue_days"]
        assert line["oldest_overdue_days"] == ("" if days is None else str(days))


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "01.11.2026"])
def test_a_bad_date_is_refused(capsys: pytest.CaptureFixture[str], demo: Path, bad: str) -> None:
    code, out, err = run(capsys, "report", "aging", "--db", str(demo), "--at", bad, "--json")
    assert code == 2 and out == ""
    assert err.startswith("kamdesk: --at: not a date") and bad in err


def test_a_missing_database_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(
        capsys, "report", "aging", "--db", str(tmp_path / "none.sqlite"), "--json"
    )
    assert code == 2 and err.startswith("kamdesk: ") and "does not exist" in err
