"""`kamdesk report key-clients`: who is a key client, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from kamdesk.cli import main
from tests.factories import DEMO_AS_OF

AS_OF = "2026-11-23"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """What `kamdesk demo --clients 40 --as-of {AS_OF}` writes (test_cli_demo shows the command
    writes what build_demo builds): a copy of the portfolio built once per run."""
    assert date.fromisoformat(AS_OF) == DEMO_AS_OF
    path = tmp_path_factory.mktemp("report") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def report(capsys: pytest.CaptureFixture[str], demo: Path, *extra: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "report", "key-clients", "--db", str(demo), *extra, "--json")
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def test_key_clients_as_json(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = report(capsys, demo, "--to", AS_OF)
    assert len(rows) > 20
    assert set(rows[0]) == {
        "client_id",
        "name",
        "revenue",
        "share",
        "cumulative_share",
        "abc",
        "categories",
        "reasons",
        "currency",
        "revenue_original",
        "currency_original",
        "revenue_by_currency",
        "warnings",
    }
    revenues = [Decimal(r["revenue"]) for r in rows]
    assert all(r != 0 for r in revenues)
    assert revenues == sorted(revenues, reverse=True)
    assert all(r["revenue"] == format(Decimal(r["revenue"]).quantize(Decimal("0.01")), "f")
               for r in rows)  # fmt: skip
    assert abs(sum(r["share"] for r in rows) - 1) < 1e-6
    assert abs(rows[-1]["cumulative_share"] - 1) < 1e-6
    cumulative = [r["cumulative_share"] for r in rows]
    assert cumulative == sorted(cumulative)
    # the demo's biggest client is a critical dependency, and only it
    assert "critical" in rows[0]["categories"] and "key" in rows[0]["categories"]
    assert [r["name"] for r in rows if "critical" in r["categories"]] == [rows[0]["name"]]
    assert all(set(r["categories"]) <= {"key", "critical", "mono"} for r in rows)
    assert sum(1 for r in rows if "key" in r["categories"]) >= 3
    # ABC classes run A, then B, then C
    classes = [r["abc"] for r in rows]
    assert classes == sorted(classes) and set(classes) == {"A", "B", "C"}
    # the reasons the KAM recorded travel with the client
    assert any("revenue" in r["reasons"] for r in rows)


def test_csv_holds_the_same_rows(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = report(capsys, demo, "--to", AS_OF)
    code, out, err = run(capsys, "report", "key-clients", "--db", str(demo), "--to", AS_OF, "--csv")
    assert code == 0, err
    assert out.splitlines()[0] == (
        "client_id,name,revenue,currency,share,cumulative_share,abc,categories,reasons,"
        "revenue_original,currency_original,revenue_by_currency,warnings"
    )
    assert "at the rate of each invoice's date" in err
    parsed = list(csv.DictReader(io.StringIO(out)))
    assert len(parsed) == len(rows)
    for got, want in zip(parsed, rows, strict=True):
        assert got["client_id"] == want["client_id"]
        assert got["name"] == want["name"]  # Cyrillic, Hungarian and Azerbaijani survive
        assert got["revenue"] == want["revenue"]
        assert got["currency"] == want["currency"]
        assert got["revenue_original"] == (want["revenue_original"] or "")
        assert float(got["share"]) == want["share"]
        assert float(got["cumulative_share"]) == want["cumulative_share"]
        assert got["abc"] == want["abc"]
        assert (got["categories"].split(";") if got["categories"] else []) == want["categories"]
        assert (got["reasons"].split(";") if got["reasons"] else []) == want["reasons"]
    assert any(not ch.isascii() for row in parsed for ch in row["name"])


def test_the_period_bounds_change_the_result(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    year = report(capsys, demo, "--to", AS_OF)
    half = report(capsys, demo, "--from", "2026-06-01", "--to", AS_OF)
    older = report(capsys, demo, "--from", "2025-01-01", "--to", "2025-06-30")
    total = {name: sum(Decimal(r["revenue"]) for r in rows)
             for name, rows in (("year", year), ("half", half), ("older", older))}  # fmt: skip
    assert 0 < total["half"] < total["year"]
    assert total["older"] > 0 and total["older"] != total["year"]
    assert [r["revenue"] for r in half] != [r["revenue"] for r in year]
    assert abs(sum(r["share"] for r in half) - 1) < 1e-6
    # --from alone runs up to today, which is after the demo's last invoice
    since = report(capsys, demo, "--from", "2026-06-01")
    assert [r["revenue"] for r in since] == [r["revenue"] for r in half]
    # nothing was invoiced before the demo's history began
    assert report(capsys, demo, "--from", "2010-01-01", "--to", "2010-12-31") == []


def test_revenue_is_the_invoiced_net_amount_less_credit_notes(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    """Computed here from the file: per client, currency and day, the net of the invoices less
    the credit notes, times the latest rate on or before the day, rounded half-up once."""
    rows = report(capsys, demo, "--from", "2026-01-01", "--to", AS_OF)
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    try:
        (reporting,) = conn.execute(
            "SELECT COALESCE(NULLIF(reporting_currency, ''), default_currency) FROM company"
            " WHERE deleted_at IS NULL"
        ).fetchone() or ("EUR",)
        quotes = conn.execute(
            "SELECT currency, rate_date, rate FROM exchange_rate WHERE deleted_at IS NULL"
            " ORDER BY rate_date"
        ).fetchall()
        groups = conn.execute(
            "SELECT currency, issue_date, SUM(total_net) FROM invoice WHERE deleted_at IS NULL"
            " AND issue_date BETWEEN '2026-01-01' AND ? GROUP BY client_id, currency, issue_date",
            (AS_OF,),
        ).fetchall()
        credits = conn.execute(
            "SELECT currency, return_date, -SUM(total_net) FROM sales_return"
            " WHERE deleted_at IS NULL AND invoice_id IS NOT NULL"
            " AND return_date BETWEEN '2026-01-01' AND ? GROUP BY client_id, currency, return_date",
            (AS_OF,),
        ).fetchall()
    finally:
        conn.close()
    assert credits  # the demo has credit notes in the period

    def rate(currency: str, day: str) -> Decimal:
        if currency == reporting:
            return Decimal(1)
        known = [Decimal(r) for c, d, r in quotes if c == currency and d <= day]
        assert known, f"the demo has no {currency} rate on or before {day}"
        return known[-1]

    want = sum(
        (
            (Decimal(minor).scaleb(-2) * rate(currency, day)).quantize(
                Decimal("0.01"), ROUND_HALF_UP
            )
            for currency, day, minor in groups + credits
        ),
        Decimal(0),
    )
    assert {r["currency"] for r in rows} == {reporting}
    assert sum(Decimal(r["revenue"]) for r in rows) == want


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30", "--to", AS_OF], "not a date"),
        (["--to", "23.11.2026"], "not a date"),
        (["--from", "2026-06-01", "--to", "2026-05-31"], "--to 2026-05-31 is before --from"),
        (["--from", "2999-01-01"], "after today"),
    ],
)
def test_bad_periods_are_refused_with_a_message(
    capsys: pytest.CaptureFixture[str], demo: Path, args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["report", "key-clients", "--db", str(demo), *args, "--json"])
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert message in err and out == ""


def test_a_format_is_required_and_a_missing_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["report", "key-clients", "--db", str(tmp_path / "x.sqlite")])
    assert done.value.code == 2 and "--json" in capsys.readouterr().err
    code, out, err = run(capsys, "report", "key-clients", "--db", str(tmp_path / "x.sqlite"),
                         "--csv")  # fmt: skip
    assert code == 2 and "does not exist" in err and out == ""
    assert not (tmp_path / "x.sqlite").exists()
