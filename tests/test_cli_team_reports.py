"""`kamdesk report ... --by kam|manager` on a file: the demo portfolio's three KAMs (no teams),
one client with two of them. The team server's runs: tests/server/test_team_reports.py."""

from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.cli import main
from tests.factories import DEMO_AS_OF


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    path = tmp_path_factory.mktemp("team") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def test_aging_per_kam_adds_up_to_the_report(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ("--at", DEMO_AS_OF.isoformat())
    flat, _err = _run(capsys, "aging", "--db", str(demo), *at, "--json")
    rows = {r["client_id"]: r for r in json.loads(flat)}
    out, err = _run(capsys, "aging", "--db", str(demo), *at, "--json", "--by", "kam")
    assert "clients of this database" in err
    grouped = json.loads(out)
    assert grouped["by"] == "kam" and len({g["group_id"] for g in grouped["groups"]}) >= 3
    counted: dict[str, int] = {}
    for group in grouped["groups"]:
        for row in group["rows"]:
            counted[row["client_id"]] = counted.get(row["client_id"], 0) + 1
            assert {k: v for k, v in row.items() if k != "shared"} == rows[row["client_id"]]
        balance = sum(Decimal(r["balance"]) for r in group["rows"])
        assert Decimal(group["totals"]["balance"]) == balance
    assert set(counted) == set(rows)
    shared = {r["client_id"] for g in grouped["groups"] for r in g["rows"] if r["shared"]}
    assert shared == {c for c, n in counted.items() if n > 1}
    for total in grouped["total"]:
        mine = [r for r in rows.values() if r["currency"] == total["currency"]]
        assert total["clients"] == len(mine)
        assert Decimal(total["totals"]["balance"]) == sum(Decimal(r["balance"]) for r in mine)


def test_plan_per_manager_without_teams_is_one_group(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("plan", "--db", str(demo), "--period", str(DEMO_AS_OF.year), "--csv", "--by")
    out, _err = _run(capsys, *args, "manager")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["group"] for r in rows} == {"(no team)"}  # the demo has no teams
    assert all(r["shared"] == "no" for r in rows)
    flat, _err = _run(capsys, *args[:-1])
    assert len(list(csv.DictReader(io.StringIO(flat)))) == len(rows)
