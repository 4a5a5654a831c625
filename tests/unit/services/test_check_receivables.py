"""`kamdesk check` compares the receivables cache with the ledger; `check --repair` rebuilds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.services.check import check, receivables_cache_problems

pytestmark = pytest.mark.sqlite_only(
    "kamdesk check examines a laptop's file: its integrity, caches and digest tallies"
)


def _spoil(db: Database) -> None:
    """Two clients' cached figures no longer match their ledger (as a crash between a write and
    its cache refresh, or a hand edit, would leave them)."""
    with db.engine.begin() as conn:
        first, second = (
            str(r[0])
            for r in conn.exec_driver_sql(
                "SELECT DISTINCT client_id FROM invoice_open ORDER BY client_id LIMIT 2"
            )
        )
        conn.exec_driver_sql(
            "UPDATE invoice_open SET open_amount = open_amount + 1 WHERE invoice_id = "
            "(SELECT invoice_id FROM invoice_open WHERE client_id = ? LIMIT 1)",
            (first,),
        )
        conn.exec_driver_sql("DELETE FROM client_balance WHERE client_id = ?", (second,))


def test_a_sound_cache_is_no_problem(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        assert receivables_cache_problems(conn) == []
        assert check(conn) == []


def test_a_stale_cache_is_reported_with_the_way_to_repair_it(demo_db: Database) -> None:
    _spoil(demo_db)
    with demo_db.engine.connect() as conn:
        problems = check(conn)
    assert problems == [
        "receivables: the cached open amounts and balances of 2 clients differ from the ledger; "
        "run `kamdesk check --repair --db FILE` to recompute it from the ledger"
    ]


def test_check_repair_rebuilds_the_cache(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoil(demo_db)
    path: Path = demo_db.path
    demo_db.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 clients differ from the ledger" in out
    assert main(["check", "--repair", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Recomputed the receivables cache: the figures of 2 clients were wrong.",
        "OK",
    ]
    assert main(["check", "--repair", "--db", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("The receivables cache was right")
