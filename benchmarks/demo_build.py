"""`kamdesk demo` (issue 17, item 6): the builder's seconds per 1000 order lines at 1 000
clients, against the same at 250 clients in the same run: a builder linear in its size spends
the same per line at both (ratio ~1; the small build's fixed cost, start-up and migrations, is
taken out by timing an empty build too). Target: linear, and the 10 000-client demo (1.22 M
lines) under 90 s, that is <= 0.074 s per 1000 lines."""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-11-01"
TARGET_PER_1000 = 90 / 1218.901  # 90 s for the 10 000-client demo's 1 218 901 lines


def _build(folder: Path, clients: int) -> tuple[float, int]:
    """Seconds for `kamdesk demo` to build `clients` clients, and its order lines."""
    path = folder / f"demo-{clients}.sqlite"
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kamdesk", "demo", "--db", str(path), "--seed", "1",
         "--clients", str(clients), "--as-of", AS_OF],
        check=True, capture_output=True,
    )  # fmt: skip
    seconds = time.perf_counter() - t
    conn = sqlite3.connect(path)
    try:
        lines = int(conn.execute("SELECT count(*) FROM order_line").fetchone()[0])
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return seconds, lines


def demo_build_bench(db: Path, runs: int) -> list[tuple[str, str, str]]:
    """`db` is not used: the builds go to a temporary folder."""
    small, large, fixed = [], [], []
    lines = {250: 0, 1000: 0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _ in range(max(1, runs)):  # interleaved: the machine's load falls on all three
            fixed.append(_build(folder, 1)[0])
            seconds, lines[250] = _build(folder, 250)
            small.append(seconds)
            seconds, lines[1000] = _build(folder, 1000)
            large.append(seconds)
    base = statistics.median(fixed)  # start-up, migrations, catalogue: not per line
    per_small = (statistics.median(small) - base) / lines[250] * 1000
    per_large = (statistics.median(large) - base) / lines[1000] * 1000
    ratio = per_large / per_small
    target = f"target <= {TARGET_PER_1000:.3f} s (10 000 clients < 90 s) and linear"
    projected = base + per_large * 1218.901
    return [
        ("demo build, 250 clients", f"{per_small:8.3f} s", f"per 1000 lines, {lines[250]} lines"),
        (
            "demo build, 1 000 clients",
            f"{per_large:8.3f} s",
            f"per 1000 lines, {ratio:.2f}x the 250's; ~{projected:.0f} s at 10 000 ({target})",
        ),
        ("demo build, 1 000 clients, whole", f"{statistics.median(large):8.1f} s", "wall clock"),
    ]


if __name__ == "__main__":
    for line in demo_build_bench(Path(), int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        print(*line, sep="  |  ")
