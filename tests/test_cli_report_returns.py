"""`kamdesk report returns`: refusals and returns per reason, client or product, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from kamdesk.cli import main
from kamdesk.domain.money import line_amounts
from tests.factories import DEMO_AS_OF

AS_OF = "2026-11-23"
FIELDS = ["key", "label", "shipped", "refused", "returned", "lost", "currency", "share", "events"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """What `kamdesk demo --clients 40 --as-of {AS_OF}` writes (test_cli_demo shows the command
    writes what build_demo builds): a copy of the portfolio built once per run."""
    assert date.fromisoformat(AS_OF) == DEMO_AS_OF
    path = tmp_path_factory.mktemp("returns") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def report(capsys: pytest.CaptureFixture[str], demo: Path, *extra: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "report", "returns", "--db", str(demo), *extra, "--json")
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def money(rows: list[dict[str, Any]], field: str) -> Decimal:
    return sum((Decimal(r[field]) for r in rows), Decimal(0))


def expected_losses(demo: Path, start: str, end: str) -> tuple[Decimal, Decimal, int]:
    """Refused and returned value and the number of events, read straight from the file: each
    refusal line, and the return lines of one client, product, reason and day, in the reporting
    currency at the rate of their day (the latest on or before it), rounded half-up once."""
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    try:
        (reporting,) = conn.execute(
            "SELECT COALESCE(NULLIF(reporting_currency, ''), default_currency) FROM company"
            " WHERE deleted_at IS NULL"
        ).fetchone()
        quotes = conn.execute(
            "SELECT currency, rate_date, rate FROM exchange_rate WHERE deleted_at IS NULL"
            " ORDER BY rate_date"
        ).fetchall()
        refusals = conn.execute(
            "SELECT l.refused_qty, l.unit_price, l.discount_percent, l.vat_rate, o.currency,"
            " coalesce(o.delivery_date, o.order_date)"
            " FROM order_line l JOIN sales_order o ON o.id = l.order_id"
            " WHERE o.deleted_at IS NULL AND l.deleted_at IS NULL AND l.refused_qty > 0"
            " AND coalesce(o.delivery_date, o.order_date) BETWEEN ? AND ?",
            (start, end),
        ).fetchall()
        returns = conn.execute(
            "SELECT sum(l.net), count(*), r.currency, r.return_date FROM return_line l"
            " JOIN sales_return r ON r.id = l.return_id"
            " WHERE r.deleted_at IS NULL AND l.deleted_at IS NULL"
            " AND r.return_date BETWEEN ? AND ?"
            " GROUP BY r.client_id, l.product_id, l.reason, r.currency, r.return_date",
            (start, end),
        ).fetchall()
    finally:
        conn.close()

    def reported(amount: Decimal, currency: str, day: str) -> Decimal:
        rate = Decimal(1)
        if currency != reporting:
            rate = [Decimal(r) for c, d, r in quotes if c == currency and d <= day][-1]
        return (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)

    refused = sum(
        (reported(line_amounts(Decimal(q).scaleb(-3), Decimal(p).scaleb(-2), Decimal(d),
                               Decimal(v)).net, cur, day)
         for q, p, d, v, cur, day in refusals),
        Decimal(0),
    )  # fmt: skip
    returned = sum(
        (reported(Decimal(net).scaleb(-2), cur, day) for net, _, cur, day in returns), Decimal(0)
    )
    return refused, returned, len(refusals) + sum(n for _, n, _, _ in returns)


def test_by_reason_as_json(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = report(capsys, demo, "--to", AS_OF)
    assert rows and all(list(r) == FIELDS for r in rows)
    assert {r["key"] for r in rows} <= {
        "damaged", "wrong_item", "misgrading", "quality", "surplus", "price_dispute", "other",
    }  # fmt: skip
    assert len(rows) >= 5  # the demo has refusals and returns of most kinds
    assert "Damaged" in {r["label"] for r in rows}
    for r in rows:
        assert Decimal(r["lost"]) > 0 and r["events"] > 0
        assert Decimal(r["lost"]) == Decimal(r["refused"]) + Decimal(r["returned"])
        assert all(r[f] == format(Decimal(r[f]).quantize(Decimal("0.01")), "f")
                   for f in ("shipped", "refused", "returned", "lost"))  # fmt: skip
        assert isinstance(r["share"], float) and 0 < r["share"] <= 1
    lost = [Decimal(r["lost"]) for r in rows]
    assert lost == sorted(lost, reverse=True)
    # each reason is a share of all shipments: one shipped value for every row
    assert len({r["shipped"] for r in rows}) == 1


def test_sums_over_groups_equal_the_total(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    start = (date.fromisoformat(AS_OF) - timedelta(days=364)).isoformat()
    refused, returned, events = expected_losses(demo, start, AS_OF)
    assert refused > 0 and returned > 0
    shipped = Decimal(report(capsys, demo, "--to", AS_OF)[0]["shipped"])
    for by in ("reason", "client", "product"):
        rows = report(capsys, demo, "--to", AS_OF, "--by", by)
        assert money(rows, "refused") == refused, by
        assert money(rows, "returned") == returned, by
        assert money(rows, "lost") == refused + returned, by
        assert sum(r["events"] for r in rows) == events, by
        if by != "reason":
            assert money(rows, "shipped") <= shipped
            assert all(r["share"] is None or 0 <= r["share"] <= 1 for r in rows)
            assert len({r["key"] for r in rows}) == len(rows)


def test_by_client_and_by_product(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    clients = report(capsys, demo, "--to", AS_OF, "--by", "client")
    assert any(not ch.isascii() for r in clients for ch in r["label"])  # names, not ids
    assert all(len(r["key"]) == 36 for r in clients)
    # one client in seven is hard to deliver to, and it tops the list
    assert clients[0]["events"] > clients[-1]["events"]
    products = report(capsys, demo, "--to", AS_OF, "--by", "product")
    assert all(" — " in r["label"] for r in products)  # SKU — name
    for r in clients + products:
        assert r["share"] is None or (Decimal(r["shipped"]) > 0 and 0 <= r["share"] <= 1)


def test_csv_holds_the_same_rows(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    rows = report(capsys, demo, "--to", AS_OF, "--by", "client")
    code, out, err = run(
        capsys, "report", "returns", "--db", str(demo), "--to", AS_OF, "--by", "client", "--csv"
    )
    assert code == 0, err
    assert out.splitlines()[0] == ",".join(FIELDS)
    parsed = list(csv.DictReader(io.StringIO(out)))
    assert len(parsed) == len(rows)
    for got, want in zip(parsed, rows, strict=True):
        assert got["label"] == want["label"]  # Cyrillic and Hungarian survive
        for field in ("key", "shipped", "refused", "returned", "lost"):
            assert got[field] == want[field]
        assert int(got["events"]) == want["events"]
        assert (None if got["share"] == "" else float(got["share"])) == want["share"]


def test_the_period_changes_the_result(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    year = report(capsys, demo, "--to", AS_OF)
    start = (date.fromisoformat(AS_OF) - timedelta(days=364)).isoformat()
    assert report(capsys, demo, "--from", start, "--to", AS_OF) == year
    half = report(capsys, demo, "--from", "2026-06-01", "--to", AS_OF)
    assert 0 < money(half, "lost") < money(year, "lost")
    assert Decimal(half[0]["shipped"]) < Decimal(year[0]["shipped"])
    assert report(capsys, demo, "--from", "2010-01-01", "--to", "2010-12-31") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30", "--to", AS_OF, "--json"], "not a date"),
        (["--from", "2026-06-01", "--to", "2026-05-31", "--json"], "is before --from"),
        (["--by", "city", "--json"], "invalid choice"),
        (["--to", AS_OF], "--json"),
    ],
)
def test_bad_arguments_are_refused_with_a_message(
    capsys: pytest.CaptureFixture[str], demo: Path, args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["report", "returns", "--db", str(demo), *args])
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert message in err and out == ""
