"""Run the benchmarks and print a table. Not part of `make test`.

make bench                      # builds the 10 000-client database once, in benchmarks/.cache
python -m benchmarks --runs 7   # more runs per timing
python -m benchmarks --quick    # the 1 000-client database, 3 runs: for use while developing

Each row says its floor or baseline, measured side by side in the same run, and the ratio:
the machine is noisy, ratios are what count.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.aging import aging_bench, upgrade_bench
from benchmarks.cli_output import cli_output_bench
from benchmarks.damage_check import damage_check_bench
from benchmarks.dashboard import dashboard_bench
from benchmarks.demo_build import demo_build_bench
from benchmarks.digest_check import digest_check_bench
from benchmarks.documents import documents_bench
from benchmarks.import_sheet import import_5000
from benchmarks.key_clients import key_clients_bench
from benchmarks.limits import limits_bench
from benchmarks.orders import order_entry
from benchmarks.reporting import reporting_bench
from benchmarks.schedule import schedule_bench
from benchmarks.startup import search_bench, startup_bench
from benchmarks.sync_bundle import bundle_bench
from benchmarks.sync_exchange import exchange_bench

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
AS_OF = "2026-11-01"  # fixed, so the scale database is the same on every machine


def kamdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kamdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def scale_db(clients: int) -> Path:
    from kamdesk.demo.build import GENERATION
    from kamdesk.migrations import HEAD

    # named after the schema and the generator too: a database of an older schema is built
    # anew, not migrated, and so is one an older generator made (its prices fail `check`)
    path = CACHE / f"scale-{clients}-{AS_OF}-r{HEAD}-g{GENERATION}.sqlite"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob(f"scale-{clients}-*.sqlite*"):
        old.unlink()
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    print(f"building the {clients}-client database (once) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kamdesk", "demo", "--db", str(tmp), "--seed", "1",
         "--clients", str(clients), "--as-of", AS_OF],
        check=True,
    )  # fmt: skip
    tmp.rename(path)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def dossier_open(db: Path) -> list[tuple[str, str, str]]:
    """Open the dossier of the biggest client (two years of history) and of a median one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from kamdesk.db import open_database
    from kamdesk.services.clients.classification import Period, key_clients
    from kamdesk.ui.clients.dossier import DossierWindow
    from kamdesk.ui.operations import ChangeHub

    app = QApplication.instance() or QApplication([])
    database = open_database(db, readonly=True)
    today = date.fromisoformat(AS_OF)
    with database.reading() as session:
        clients = key_clients(session, Period.last_12_months(today)).classification.clients
    hub = ChangeHub()
    rows = []
    for label, client in (("biggest", clients[0]), ("median", clients[len(clients) // 2])):
        opened, history = [], []
        for _ in range(5):
            t = time.perf_counter()
            window = DossierWindow(database, hub, client.client_id, today=today)
            window.show()
            app.processEvents()
            opened.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            window.show_page("history")
            app.processEvents()
            history.append((time.perf_counter() - t) * 1000)
            window.close()
            app.processEvents()
        rows.append((f"open dossier, {label} client", median_ms(opened), "target < 150 ms"))
        rows.append((f"  then its history tab ({label})", median_ms(history), "2 years"))
    database.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument(
        "--quick", action="store_true", help="the 1 000-client database and 3 runs per timing"
    )
    args = parser.parse_args()
    if args.quick:
        args.clients, args.runs = 1_000, min(args.runs, 3)
    upgrade = upgrade_bench(CACHE / "tmp")  # first: scale_db removes older databases
    db = scale_db(args.clients)
    size_mb = db.stat().st_size / 1e6
    rows: list[tuple[str, str, str]] = []
    rows += startup_bench(db, args.runs)
    rows += search_bench(db)
    rows += dossier_open(db)
    rows += order_entry(db)
    rows += schedule_bench(db)
    rows += reporting_bench(db, max(1, args.runs // 2))
    rows += key_clients_bench(db, args.runs)
    rows += cli_output_bench(db, max(1, args.runs // 2))
    rows += demo_build_bench(db, 1)
    rows += dashboard_bench(db, max(1, args.runs // 2))
    rows += aging_bench(db, args.runs) + upgrade
    rows += damage_check_bench(db, max(1, args.runs // 2))
    rows += documents_bench(args.runs)
    rows += import_5000(max(1, args.runs // 2))
    rows += limits_bench(max(1, args.runs // 2))
    rows += bundle_bench(max(1, args.runs // 2))
    rows += exchange_bench(db, CACHE)  # once: the full exchange takes minutes
    rows += digest_check_bench(db, max(1, args.runs // 2))
    lines = kamdesk("digest", "--db", str(db)).stdout
    order_lines = next(int(x.split()[1]) for x in lines.splitlines() if x.startswith("order_line "))
    print(f"\ndatabase: {db.name}, {size_mb:.0f} MB, {order_lines} order lines\n")
    if args.clients != 10_000:  # the rows name the database they ran on
        size = f"{args.clients:,}".replace(",", " ")
        rows = [(name.replace("10 000", size), value, note) for name, value, note in rows]
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>11}  note")
    print("-" * (width + 40))
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>11}  {note}")
    shutil.rmtree(CACHE / "tmp", ignore_errors=True)
    sys.stdout.flush()
    # Qt objects made in-process (search, dossier) can crash the interpreter's final garbage
    # collection in PySide6; everything is printed, so leave without it.
    os._exit(0)


if __name__ == "__main__":
    main()
