"""`report key-clients` against its floor: one SQL GROUP BY over the period's invoices.

The service (shares, ABC, categories of every client with revenue, each document converted at
its day's rate) is timed in-process beside the bare GROUP BY on the same connection; the whole
command beside a bare `python -c "import kamdesk.cli"` (the interpreter and imports it cannot
avoid).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

AS_OF = date(2026, 11, 1)
FLOOR_SQL = (
    "SELECT client_id, sum(total_net) FROM invoice WHERE deleted_at IS NULL "
    "AND issue_date BETWEEN ? AND ? GROUP BY client_id"
)


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _run(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(args, capture_output=True, check=True)
    return time.perf_counter() - t


def key_clients_bench(db_path: Path, runs: int) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.services.clients.classification import Period, key_clients

    period = Period(AS_OF - timedelta(days=364), AS_OF)
    db = open_database(db_path, readonly=True)
    service, floor = [], []
    clients = 0
    try:
        for _ in range(runs):
            with db.reading() as s:
                t = time.perf_counter()
                clients = len(key_clients(s, period).classification.clients)
                service.append(time.perf_counter() - t)
                t = time.perf_counter()
                s.connection().exec_driver_sql(
                    FLOOR_SQL, (period.start.isoformat(), period.end.isoformat())
                ).all()
                floor.append(time.perf_counter() - t)
    finally:
        db.close()
    command = [sys.executable, "-m", "kamdesk", "report", "key-clients", "--db", str(db_path)]
    command += ["--to", AS_OF.isoformat(), "--json"]
    whole, bare = [], []
    for _ in range(max(1, runs // 2)):
        whole.append(_run(command))
        bare.append(_run([sys.executable, "-c", "import kamdesk.cli"]))
    ratio = statistics.median(service) / statistics.median(floor)
    return [
        (
            f"key clients, service ({clients} clients with revenue)",
            f"{_median_ms(service):8.0f} ms",
            f"{ratio:.1f}x one SQL GROUP BY ({_median_ms(floor):.0f} ms; target <= 3x)",
        ),
        (
            "  `report key-clients --json`, whole command",
            f"{_median_ms(whole):8.0f} ms",
            f"bare `import kamdesk.cli` {_median_ms(bare):.0f} ms",
        ),
    ]
