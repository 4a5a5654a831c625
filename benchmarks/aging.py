"""Receivables on the 10 000-client database (issue 14): aging at today (from the cache of open
amounts), aging at a past day (from the ledger as it stood), Today's overdue block, `check`'s
comparison of the cache with the ledger, and the upgrade of a 0008 database to head
(migrations 0009 and 0010, which move every payment to an allocation and fill the cache).

The upgrade needs a database of revision 0008: `KAMDESK_BENCH_R0008` names one, else
benchmarks/.cache/scale-10000-<as-of>-r0008.sqlite is used when it is there. It is copied
first; the copy is upgraded, never the original.

    python -m benchmarks.aging --db FILE [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

AS_OF = date(2026, 11, 1)
TARGET_MS = 300
CACHE = Path(__file__).resolve().parent / ".cache"


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def _timed(fn: Callable[[], object], runs: int) -> tuple[list[float], object]:
    samples: list[float] = []
    result: object = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples, result


def aging_bench(db_path: Path, runs: int = 5) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.services.receivables.aging import aging_report
    from kamdesk.services.receivables.cache import stale
    from kamdesk.services.schedule.client_alerts import overdue_by_client

    db = open_database(db_path, readonly=True)
    rows: list[tuple[str, str, str]] = []
    try:
        with db.reading() as s:
            samples, report = _timed(lambda: aging_report(s, AS_OF, today=AS_OF), runs)
            n = len(report)  # type: ignore[arg-type]
            best = min(samples)
            rows.append(
                (
                    "aging at today (cache), 10 000 clients",
                    _ms(samples),
                    f"{n} clients, best {best:.0f} ms (target < {TARGET_MS} ms)",
                )
            )
            past = AS_OF - timedelta(days=90)
            samples, report = _timed(lambda: aging_report(s, past, today=AS_OF), max(1, runs // 2))
            n = len(report)  # type: ignore[arg-type]
            rows.append(("aging 90 days back (ledger)", _ms(samples), f"{n} clients"))
            samples, overdue = _timed(lambda: overdue_by_client(s, AS_OF), runs)
            n = len(overdue)  # type: ignore[arg-type]
            rows.append(("Today's overdue block", _ms(samples), f"{n} clients (was ~400 ms)"))
            samples, wrong = _timed(lambda: stale(s.connection()), 1)
            n = len(wrong)  # type: ignore[arg-type]
            rows.append(("check: receivables cache vs ledger", _ms(samples), f"{n} stale"))
    finally:
        db.close()
    return rows


def old_database() -> Path | None:
    named = os.environ.get("KAMDESK_BENCH_R0008")
    path = Path(named) if named else CACHE / f"scale-10000-{AS_OF.isoformat()}-r0008.sqlite"
    return path if path.exists() else None


def upgrade_bench(work: Path) -> list[tuple[str, str, str]]:
    """Copy the 0008 database into `work` and time its upgrade to head, migration by migration
    (no backup: the copy is one)."""
    from kamdesk.db import make_engine, run_upgrade
    from kamdesk.migrations import REVISIONS

    source = old_database()
    if source is None:
        return [("upgrade 0008 -> head, 10 000 clients", "     n/a", "no 0008 database")]
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "upgrade-r0008.sqlite"
    t = time.perf_counter()
    shutil.copyfile(source, copy)
    copied = time.perf_counter() - t
    engine = make_engine(copy)
    steps: list[str] = []
    took = 0.0
    try:
        for revision in REVISIONS[REVISIONS.index("0008") + 1 :]:
            t = time.perf_counter()
            run_upgrade(engine, revision)
            ms = (time.perf_counter() - t) * 1000
            steps.append(f"{revision} {ms / 1000:.1f} s")
            took += ms
    finally:
        engine.dispose()
        for p in work.glob("upgrade-r0008.sqlite*"):
            p.unlink()
    note = f"{', '.join(steps)} (the copy took {copied:.0f} s)"
    return [("upgrade 0008 -> head, 10 000 clients", f"{took:8.0f} ms", note)]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.aging")
    parser.add_argument("--db", type=Path, required=True, help="a current 10 000-client database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-upgrade", action="store_true", help="skip the 0008 upgrade")
    args = parser.parse_args()
    rows = aging_bench(args.db, args.runs)
    if not args.no_upgrade:
        with tempfile.TemporaryDirectory(dir=args.db.parent) as tmp:
            rows += upgrade_bench(Path(tmp))
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>11}  {note}")


if __name__ == "__main__":
    main()
