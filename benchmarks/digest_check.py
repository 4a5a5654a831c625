"""`digest` and `check` on the scale database (issue 17, items 2 and 3), each beside its floor
in the same run, as whole commands (a process each, as a user runs them):

- `kamdesk digest` (the kept tallies) and `kamdesk digest --recompute` (the tallies made from
  every record) against a raw scan of the same tables: a plain `SELECT *` of each, every row
  fetched, in Python's sqlite3 and nothing else. CPU time (user + system) and peak memory.
- `kamdesk check` against SQLite's quick_check and foreign_key_check run alone. Wall time (what
  the user waits; check runs SQLite's checks beside its own) and CPU time.

The database is copied first (beside it) and the copy upgraded to head when older; the original
is never written.

    python -m benchmarks.digest_check --db FILE [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

RAW_SCAN = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for table in sys.argv[2:]:
    cursor = conn.execute(f"SELECT * FROM {table}")
    while cursor.fetchmany(5000):
        pass
"""
SQLITE_CHECKS = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
conn.execute("PRAGMA foreign_key_check").fetchall()
"""


@dataclass(frozen=True)
class Run:
    wall_ms: float
    cpu_ms: float
    peak_mb: float


# Run from a small process of its own: Linux counts the memory a parent held when it forked in
# its child's peak (this process has imported kamdesk and upgraded a copy of the database).
LAUNCH = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - started
error = child.stderr.read().decode()
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps([os.waitstatus_to_exitcode(status), wall, cpu, usage.ru_maxrss, error]))
"""


def measure(argv: list[str]) -> Run:
    """One process: its wall time, CPU time (user + system) and peak resident memory."""
    out = subprocess.run(
        [sys.executable, "-c", LAUNCH, *argv], capture_output=True, text=True, check=True
    ).stdout
    code, wall, cpu, peak_kib, error = json.loads(out)
    if code != 0:
        raise RuntimeError(f"{argv[1:]} failed ({code}): {error}")
    return Run(wall * 1000, cpu * 1000, peak_kib / 1024)


def _copy_at_head(db: Path, folder: Path) -> Path:
    from kamdesk.db import current_revision, make_engine, run_upgrade
    from kamdesk.migrations import HEAD

    copy = folder / "kamdesk.sqlite"
    shutil.copyfile(db, copy)
    engine = make_engine(copy)
    try:
        with engine.connect() as conn:
            at = current_revision(conn)
        if at != HEAD:
            run_upgrade(engine)  # no backup: the copy is the backup
    finally:
        engine.dispose()
    return copy


def digest_check_bench(db: Path, runs: int = 3) -> list[tuple[str, str, str]]:
    from kamdesk.services.digest import digested_tables

    with tempfile.TemporaryDirectory(dir=db.parent) as folder:
        path = _copy_at_head(db, Path(folder))
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            clients = conn.execute("SELECT count(*) FROM client").fetchone()[0]
        python, target = sys.executable, str(path)
        commands = {
            "raw": [python, "-c", RAW_SCAN, target, *digested_tables()],
            "digest": [python, "-m", "kamdesk", "digest", "--db", target],
            "recompute": [python, "-m", "kamdesk", "digest", "--recompute", "--db", target],
            "sqlite": [python, "-c", SQLITE_CHECKS, target],
            "check": [python, "-m", "kamdesk", "check", "--db", target],
        }
        samples: dict[str, list[Run]] = {name: [] for name in commands}
        for _ in range(max(1, runs)):  # side by side: each round runs every command once
            for name, argv in commands.items():
                samples[name].append(measure(argv))

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(run, field) for run in samples[name])

    raw = median("raw", "cpu_ms")
    base_wall, base_cpu = median("sqlite", "wall_ms"), median("sqlite", "cpu_ms")
    check_wall, check_cpu = median("check", "wall_ms"), median("check", "cpu_ms")
    who = f"{clients:,} clients".replace(",", " ")
    rows = []
    for name, label, goal in (
        ("digest", "kamdesk digest, kept tallies", "<= 0.25x"),
        ("recompute", "kamdesk digest --recompute", "<= 1.5x"),
    ):
        cpu = median(name, "cpu_ms")
        rows.append(
            (
                f"{label} ({who})",
                f"{cpu:8.0f} ms",
                f"CPU; raw SELECT * of the same tables {raw:.0f} ms CPU: {cpu / raw:.2f}x "
                f"(target {goal}); peak {median(name, 'peak_mb'):.0f} MB "
                f"(raw {median('raw', 'peak_mb'):.0f} MB; target < 100 MB)",
            )
        )
    rows.append(
        (
            f"kamdesk check ({who})",
            f"{check_wall:8.0f} ms",
            f"wall; quick_check + foreign_key_check {base_wall:.0f} ms: "
            f"{check_wall / base_wall:.2f}x (target <= 2x); CPU {check_cpu:.0f} vs "
            f"{base_cpu:.0f} ms ({check_cpu / base_cpu:.2f}x)",
        )
    )
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.digest_check")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for name, value, note in digest_check_bench(args.db, args.runs):
        print(f"{name}  {value}  {note}")
