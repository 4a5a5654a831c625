"""Run the benchmarks and print a table. Not part of `make test`.

make bench                      # builds the 10 000-client database once, in benchmarks/.cache
python -m benchmarks --runs 7   # more runs per timing
python -m benchmarks --quick    # the 1 000-client database, 3 runs: for use while developing
python -m benchmarks --only startup search   # some groups only (names as printed)

Each row says its floor or baseline, measured side by side in the same run, and the ratio:
the machine is noisy, ratios are what count.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
from benchmarks.server_sync import server_sync_bench
from benchmarks.startup import search_bench, startup_bench
from benchmarks.sync_bundle import bundle_bench
from benchmarks.sync_exchange import exchange_bench
from benchmarks.team_reports import team_reports_bench

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
    from kamdesk.ui.operations import ChangeHub, wait_for_reads

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
    wait_for_reads()  # the dossiers' reads on workers, before their database closes
    database.close()
    return rows


Rows = list[tuple[str, str, str]]


def _groups(db: Path, runs: int) -> list[tuple[str, Callable[[], Rows]]]:
    few = max(1, runs // 2)
    return [
        ("startup", lambda: startup_bench(db, runs)),
        ("search", lambda: search_bench(db)),
        ("dossier", lambda: dossier_open(db)),
        ("orders", lambda: order_entry(db)),
        ("schedule", lambda: schedule_bench(db)),
        ("reporting", lambda: reporting_bench(db, few)),
        ("key-clients", lambda: key_clients_bench(db, runs)),
        ("cli-output", lambda: cli_output_bench(db, few)),
        ("demo-build", lambda: demo_build_bench(db, 1)),
        ("dashboard", lambda: dashboard_bench(db, few)),
        ("aging", lambda: aging_bench(db, runs)),
        ("damage", lambda: damage_check_bench(db, few)),
        ("documents", lambda: documents_bench(runs)),
        ("import", lambda: import_5000(few)),
        ("limits", lambda: limits_bench(few)),
        ("bundle", lambda: bundle_bench(few)),
        ("exchange", lambda: exchange_bench(db, CACHE)),  # once: the full exchange takes minutes
        ("digest-check", lambda: digest_check_bench(db, few)),
        ("server-sync", lambda: server_sync_bench(db, CACHE)),  # a PostgreSQL cluster of its own
        ("team-reports", lambda: team_reports_bench(db, few)),  # a cluster of its own too
    ]


def _in_own_process(name: str, args: argparse.Namespace) -> Rows:
    """One group in a process of its own: what a group leaves behind (Qt objects, the
    collector switched off by the app's read pool, the page cache's memory) cannot change
    the next one's figures or crash it. Its output passes through; its rows come back in a
    file."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, "-m", "benchmarks", "--runs", str(args.runs)]
        command += ["--clients", str(args.clients), "--group", name, "--rows-to", str(out)]
        done = subprocess.run(command, check=False)
        if done.returncode != 0 or not out.exists():
            return [(f"{name}: FAILED", "", f"exit code {done.returncode}; see above")]
        return [tuple(row) for row in json.loads(out.read_text())]  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument(
        "--quick", action="store_true", help="the 1 000-client database and 3 runs per timing"
    )
    parser.add_argument(
        "--only", nargs="+", default=[], metavar="GROUP", help="run only these groups (by name)"
    )
    parser.add_argument("--group", help=argparse.SUPPRESS)  # a child: this group alone
    parser.add_argument("--rows-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.clients, args.runs = 1_000, min(args.runs, 3)
    if args.group:
        rows = dict(_groups(scale_db(args.clients), args.runs))[args.group]()
        args.rows_to.write_text(json.dumps(rows))
        sys.stdout.flush()
        # Qt objects made in-process (search, dossier) can crash the interpreter's final
        # garbage collection in PySide6; the rows are written, so leave without it.
        os._exit(0)
    rows: Rows = upgrade_bench(CACHE / "tmp") if not args.only else []  # first: scale_db
    db = scale_db(args.clients)  # removes older databases
    size_mb = db.stat().st_size / 1e6
    names = [name for name, _ in _groups(db, args.runs)]
    unknown = set(args.only) - set(names)
    if unknown:
        parser.error(f"no such group: {', '.join(sorted(unknown))}")
    for name in names:
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        got = _in_own_process(name, args)
        rows += got
        # printed as each group ends too: a long run that fails late still leaves its figures
        print(f"[{name}: {time.perf_counter() - started:.0f} s]", flush=True)
        for row in got:
            print(f"  {row[0]}  {row[1].strip()}  {row[2]}", flush=True)
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


if __name__ == "__main__":
    main()
