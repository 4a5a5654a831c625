"""The damaged-file check the GUI runs in the background after it opens (#15 item 4): SQLite's
quick_check of the whole 10 000-client file, on its own read-only connection.

    python -m benchmarks.damage_check --db FILE [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def damage_check_bench(db_path: Path, runs: int = 3) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.services.backups import damage_check

    db = open_database(db_path, readonly=True)  # as the GUI checks it: on its own connection
    samples: list[float] = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            found = damage_check(db).run()
            samples.append((time.perf_counter() - started) * 1000)
            assert found == [], found
    finally:
        db.close()
    size_gb = db_path.stat().st_size / 1e9
    return [
        (
            "damage check at GUI start, 10 000 clients",
            f"{statistics.median(samples):8.0f} ms",
            f"quick_check of {size_gb:.1f} GB, in the background",
        )
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.damage_check")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for name, value, note in damage_check_bench(args.db, args.runs):
        print(f"{name}  {value}  {note}")
