"""`kamdesk report plan`: each client's plan for a period against actual, on the demo."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kamdesk.cli import main
from kamdesk.domain.text import sort_key
from tests.factories import DEMO_AS_OF

AT = DEMO_AS_OF.isoformat()
FIELDS = ["client_id", "name", "currency", "plan", "actual", "fulfilment", "forecast"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    path = tmp_path_factory.mktemp("plan") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def report(
    capsys: pytest.CaptureFixture[str], demo: Path, period: str, *, new_clients: bool = False
) -> list[dict[str, Any]]:
    """The clients' rows (and the new clients' last, when asked: the demo plans them too)."""
    code, out, err = run(
        capsys, "report", "plan", "--db", str(demo), "--period", period, "--at", AT, "--json"
    )
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows if new_clients else [r for r in rows if r["client_id"] is not None]


def expected(demo: Path, start: str, end: str) -> dict[str, tuple[str, Decimal, Decimal]]:
    """Written from the definition with plain SQL: client id -> (currency, plan, actual), the
    actual being invoices' net less credit notes' net dated from `start` to `end` (the demo
    bills every client in its own currency)."""
    conn = sqlite3.connect(demo)
    try:
        plans = conn.execute(
            "SELECT client_id, currency, SUM(amount) FROM sales_plan WHERE deleted_at IS NULL "
            "AND client_id IS NOT NULL AND period_start BETWEEN ? AND ? GROUP BY 1, 2",
            (start, end),
        ).fetchall()
        actual: dict[str, int] = defaultdict(int)
        for table, day, sign, extra in (
            ("invoice", "issue_date", 1, ""),
            ("sales_return", "return_date", -1, "AND invoice_id IS NOT NULL"),
        ):
            for cid, net in conn.execute(
                f"SELECT client_id, SUM(total_net) FROM {table} WHERE deleted_at IS NULL "
                f"AND {day} BETWEEN ? AND ? {extra} GROUP BY 1",
                (start, min(end, AT)),
            ):
                actual[cid] += sign * net
    finally:
        conn.close()
    cents = Decimal("0.01")
    return {
        cid: (cur, Decimal(minor) * cents, Decimal(actual[cid]) * cents)
        for cid, cur, minor in plans
    }


def test_a_quarter_gone_by_shows_every_planned_client(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    rows = report(capsys, demo, "2026-Q3")
    want = expected(demo, "2026-07-01", "2026-09-30")
    assert len(rows) == len(want) > 20  # the demo plans every month of most clients
    assert all(list(row) == FIELDS for row in rows)
    names = [row["name"] for row in rows]
    assert names == sorted(names, key=sort_key)  # by name, as the app sorts names
    for row in rows:
        currency, plan, actual = want[row["client_id"]]
        assert row["currency"] == currency
        assert Decimal(row["plan"]) == plan and Decimal(row["actual"]) == actual
        assert row["plan"] == format(plan, "f")  # money as a decimal string, in cents
        assert row["fulfilment"] == pytest.approx(float(actual / plan))
        assert row["forecast"] == row["actual"]  # the quarter has ended
    fulfilments = [row["fulfilment"] for row in rows]
    assert min(fulfilments) < 1 < max(fulfilments)  # some met their plan, some did not


def test_the_running_month_forecasts_at_the_pace_so_far(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    rows = report(capsys, demo, "2026-11")
    want = expected(demo, "2026-11-01", "2026-11-30")
    assert {row["client_id"] for row in rows} == set(want)
    for row in rows:
        actual = Decimal(row["actual"])
        assert actual == want[row["client_id"]][2]
        # 23 days of 30 gone by on the 23rd
        assert Decimal(row["forecast"]) == (actual * 30 / 23).quantize(Decimal("0.01"))


def test_the_year_and_last_year(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    this_year, last_year = report(capsys, demo, "2026"), report(capsys, demo, "2025")
    assert this_year and last_year  # plans for two years
    plans = expected(demo, "2026-01-01", "2026-12-31")
    assert {r["client_id"]: Decimal(r["plan"]) for r in this_year} == {
        cid: plan for cid, (_c, plan, _a) in plans.items()
    }
    assert all(r["forecast"] == r["actual"] for r in last_year)


def test_csv_holds_the_same_rows(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = report(capsys, demo, "2026-Q3")
    code, out, _err = run(
        capsys, "report", "plan", "--db", str(demo), "--period", "2026-q3", "--at", AT, "--csv"
    )
    assert code == 0
    read = [r for r in csv.DictReader(io.StringIO(out)) if r["client_id"]]
    assert list(read[0]) == FIELDS
    assert [(r["client_id"], r["plan"], r["actual"]) for r in read] == [
        (r["client_id"], r["plan"], r["actual"]) for r in rows
    ]
    assert [float(r["fulfilment"]) for r in read] == [r["fulfilment"] for r in rows]


def test_new_clients_and_a_zero_plan(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo: Path
) -> None:
    """The plan for new clients comes last (client_id null, reporting currency)."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo, path)
    from kamdesk.db import open_database
    from kamdesk.services.plans.grid import set_plan

    db = open_database(path)
    try:
        with db.unit_of_work() as s:
            for month in range(4, 10):  # the demo's plans for new clients, April to September
                amount = Decimal("5000") if month == 8 else Decimal(0)
                set_plan(s, None, date(2026, month, 1), amount)
    finally:
        db.close()
    rows = report(capsys, path, "2026-Q3", new_clients=True)
    last = rows[-1]
    assert (last["client_id"], last["name"], last["plan"]) == (None, "New clients", "5000.00")
    assert last["currency"] == "HUF" and Decimal(last["actual"]) >= 0
    q2 = report(capsys, path, "2026-Q2", new_clients=True)
    assert q2[-1]["client_id"] is not None  # no plan: no row


@pytest.mark.parametrize("period", ["2026-Q5", "2026-13", "26", "Q3-2026", ""])
def test_a_bad_period_is_refused(
    capsys: pytest.CaptureFixture[str], demo: Path, period: str
) -> None:
    code, out, err = run(capsys, "report", "plan", "--db", str(demo), "--period", period, "--json")
    assert code == 2 and out == ""
    assert err.startswith("kamdesk: ") and ("period" in err or "month" in err)


def test_a_missing_database_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(
        capsys, "report", "plan", "--db", str(tmp_path / "no.sqlite"), "--period", "2026", "--csv"
    )
    assert code == 2 and "does not exist" in err
