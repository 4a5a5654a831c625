"""`kamdesk report key-clients` on EUR, HUF and RUB clients of a company reporting in HUF."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.paths import AppPaths
from tests.currency_portfolio import (
    END,
    START,
    add_currency_portfolio,
    add_net_invoice,
    expected_huf,
)

PERIOD = ["--from", START.isoformat(), "--to", END.isoformat()]


def run(capsys: pytest.CaptureFixture[str], paths: AppPaths, *extra: str) -> tuple[str, str]:
    code = main(["report", "key-clients", "--db", str(paths.database), *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def test_rows_are_in_huf_with_each_clients_own_revenue(
    capsys: pytest.CaptureFixture[str], db: Database, paths: AppPaths
) -> None:
    with db.unit_of_work() as s:
        add_currency_portfolio(s)
    out, err = run(capsys, paths, *PERIOD, "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    want = expected_huf()
    total = sum(want.values(), Decimal(0))
    assert {name: Decimal(r["revenue"]) for name, r in rows.items()} == want
    assert {r["currency"] for r in rows.values()} == {"HUF"}
    for name, r in rows.items():  # shares to six places, as an independent division gives
        assert abs(Decimal(str(r["share"])) - want[name] / total) <= Decimal("0.000001")
    assert abs(sum(r["share"] for r in rows.values()) - 1) < 1e-9
    euro = rows["Euro Kft."]
    assert (euro["revenue_original"], euro["currency_original"]) == ("12300.56", "EUR")
    assert euro["revenue_by_currency"] == {"EUR": "12300.56"}
    assert (rows["Волга ООО"]["revenue_original"], rows["Волга ООО"]["currency_original"]) == (
        "343333.33",
        "RUB",
    )
    # two currencies: no single original, each currency's revenue given apart
    mixed = rows["Mixed S.r.l."]
    assert mixed["revenue_original"] is None and mixed["currency_original"] is None
    assert mixed["revenue_by_currency"] == {"EUR": "1234.56", "HUF": "99999.99"}
    assert all(r["warnings"] == [] for r in rows.values())
    assert "amounts in HUF at the rate of each invoice's date" in err
    assert "warning" not in err
    out, _err = run(capsys, paths, *PERIOD, "--csv")
    parsed = {r["name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert parsed["Mixed S.r.l."]["revenue_by_currency"] == "EUR 1234.56;HUF 99999.99"
    assert parsed["Mixed S.r.l."]["revenue_original"] == ""
    assert parsed["Euro Kft."]["currency"] == "HUF"
    assert parsed["Euro Kft."]["currency_original"] == "EUR"


def test_invoices_without_a_rate_are_named_on_stderr_and_in_the_row(
    capsys: pytest.CaptureFixture[str], db: Database, paths: AppPaths
) -> None:
    with db.unit_of_work() as s:
        ids = add_currency_portfolio(s)
        volga = s.get(Client, ids["Волга ООО"])
        assert volga is not None
        add_net_invoice(s, volga, "OLD-1", "RUB", date(2025, 12, 20), Decimal("5000.00"))
    out, err = run(capsys, paths, "--from", "2025-12-01", "--to", END.isoformat(), "--json")
    assert (
        "kamdesk: warning: 1 invoice in RUB has no rate on or before its date: "
        "enter rates in File > Exchange rates"
    ) in err
    rows = {r["name"]: r for r in json.loads(out)}
    volga_row = rows["Волга ООО"]
    assert Decimal(volga_row["revenue"]) == expected_huf()["Волга ООО"]  # not at face value
    assert volga_row["revenue_original"] == "348333.33"  # the original counts every invoice
    assert volga_row["warnings"] == [
        "1 document in RUB not converted: no rate on or before the date"
    ]
