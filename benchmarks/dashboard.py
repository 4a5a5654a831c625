"""The KPI dashboard's figures on the 10 000-client database (issue 14: under 1 s).

Timed beside the key-client report of the same period, which converts every document's day
live, while the dashboard reads whole months of both its periods from the local revenue cache
(services.kpi.revenue_cache; a database made before the caches is read live, as slow as
before: build it again); and piece by piece, so a regression names its culprit.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

AS_OF = date(2026, 11, 1)


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def _timed(fn: Callable[[], Any], runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock milliseconds of each run; the process's CPU milliseconds go to `cpu` (on a
    busy machine the wall clock also counts the waits for a core)."""
    out = []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - t) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000)
    return out


def dashboard_bench(db_path: Path, runs: int = 5) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.domain.kpi import trend_days
    from kamdesk.domain.reporting import Converter
    from kamdesk.services.clients.classification import Period, key_clients
    from kamdesk.services.kpi.dashboard import client_names, dashboard
    from kamdesk.services.kpi.receivables import ledger_sums, receivables_now
    from kamdesk.services.prices.rates import rate_book

    start = date(AS_OF.year, 1, 1)
    db = open_database(db_path, readonly=True)
    rows: list[tuple[str, str, str]] = []
    try:
        with db.reading() as s:
            dashboard(s, AS_OF)  # warm the page cache: the app reads a file already open
            whole_cpu: list[float] = []
            floor_cpu: list[float] = []
            whole = _timed(lambda: dashboard(s, AS_OF), runs, whole_cpu)
            floor = _timed(lambda: key_clients(s, Period(start, AS_OF)), runs, floor_cpu)
            book = rate_book(s)
            names = client_names(s)
            now = _timed(lambda: receivables_now(s, AS_OF, Converter(book), names), runs)
            first = trend_days(AS_OF)[0]
            trend = _timed(lambda: ledger_sums(s, first), runs)
    finally:
        db.close()
    ratio = statistics.median(whole) / statistics.median(floor)
    cpu = _ms(whole_cpu).strip()
    rows.append(
        (
            "KPI dashboard, year to date",
            _ms(whole),
            f"target < 1000 ms; CPU {cpu}; {ratio:.1f}x key clients",
        )
    )
    rows.append(
        ("  key clients, same period", _ms(floor), f"converted live; CPU {_ms(floor_cpu).strip()}")
    )
    rows.append(("  receivables now (cache)", _ms(now), "overdue share, aging buckets"))
    rows.append(("  ledger by month (trend)", _ms(trend), "the cache of the last 12 months"))
    return rows


if __name__ == "__main__":  # python -m benchmarks.dashboard PATH
    import sys

    for name, value, note in dashboard_bench(Path(sys.argv[1]), 3):
        print(f"{name:<34} {value}  {note}")
