"""Migration 0007 on rows the upgrade fixtures do not hold: per key exactly one row takes the
derived id (the live one, else the latest edited tombstone), whatever ids the rows had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kamdesk.db import make_engine, run_upgrade
from kamdesk.domain.natural_keys import sales_plan_id

COLUMNS = (
    "id, created_at, updated_at, revision, deleted_at, client_id, period_start, amount, currency"
)


def _plans_after_0007(
    tmp_path: Path, plans: list[tuple[str, str, str | None, str]]
) -> dict[str, tuple[str, str | None, int]]:
    """Department plans (no client: no parent rows needed) written at 0006, upgraded to 0007;
    id -> (period, deleted_at, revision) afterwards."""
    path = tmp_path / "kamdesk.sqlite"
    engine = make_engine(path)
    try:
        run_upgrade(engine, "0006")
        conn = sqlite3.connect(path)
        with conn:
            conn.executemany(
                f"INSERT INTO sales_plan ({COLUMNS}) VALUES (?, ?, ?, 1, ?, NULL, ?, 100, 'EUR')",
                [(i, edited, edited, gone, period) for i, edited, gone, period in plans],
            )
        conn.close()
        run_upgrade(engine, "0007")
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, period_start, deleted_at, revision FROM sales_plan")
        return {i: (p, d, r) for i, p, d, r in rows}
    finally:
        conn.close()


def test_the_live_row_takes_the_id_even_from_a_tombstone_that_had_it(tmp_path: Path) -> None:
    jan, feb = sales_plan_id(None, "2026-01-01"), sales_plan_id(None, "2026-02-01")
    gone = "2026-01-05T00:00:00.000000Z"
    after = _plans_after_0007(
        tmp_path,
        [
            # January: a tombstone already under the derived id (written by a newer laptop and
            # copied in), its live twin under a random one
            (jan, "2026-01-04T00:00:00.000000Z", gone, "2026-01-01"),
            ("live-jan", "2026-01-03T00:00:00.000000Z", None, "2026-01-01"),
            # February: tombstones only; the latest edited takes the id, to be revived
            ("old-feb", "2026-01-01T00:00:00.000000Z", gone, "2026-02-01"),
            ("new-feb", "2026-01-02T00:00:00.000000Z", gone, "2026-02-01"),
        ],
    )
    assert after[jan] == ("2026-01-01", None, 1)
    assert after[feb] == ("2026-02-01", gone, 1)
    assert after["old-feb"] == ("2026-02-01", gone, 1)
    moved = [i for i in after if i not in (jan, feb, "old-feb")]
    assert len(moved) == 1 and after[moved[0]] == ("2026-01-01", gone, 1)  # the old tombstone
