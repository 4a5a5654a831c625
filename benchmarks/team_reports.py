"""Benchmark: team reports on a server holding the 10 000-client database (issue 19: "a team
report over the 10 000-client database under 1 s on the server").

A temporary PostgreSQL cluster (tests/pg.py: loopback, fsync off as in the tests) gets kamdesk's
schema (`server init`'s code); the scale database's rows are copied in by one COPY per table
(psycopg), triggers and foreign keys set aside while they load (a superuser's
session_replication_role), then VACUUM (ANALYZE). That is the fastest correct load: the values are
those the laptop stores (the models' types keep the same text and integers on both dialects),
only the sort keys' separator differs (models.base.SortKey) and booleans become booleans.

Timed (the median of the runs, each in its own REPEATABLE READ READ ONLY transaction, as
`kamdesk report --server` runs them): key clients, plan vs actual and aging as the
administrator (no row-level security: every client); key clients and plan vs actual grouped
per KAM, aging per manager (the assignments read and the rows grouped); the same as a manager
whose team holds one of the demo's three KAMs (RLS on: the policies' cost shows beside the
administrator's); and the same reports on the SQLite file.

python -m benchmarks.team_reports [--clients 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

AS_OF = date(2026, 11, 1)  # the scale database's day (benchmarks.__main__.AS_OF)
TARGET_S = 1.0
LAPTOP_ONLY = frozenset({"digest_sum", "digest_dirty", "alembic_version"})
MANAGER = "bench_manager"

Row = tuple[str, str, str]
Report = Callable[[Any], int]  # a session -> how many rows it gave


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.0f} ms"


def _reports() -> dict[str, Report]:
    from kamdesk.domain.plans import parse_period
    from kamdesk.services.clients.classification import Period, key_clients
    from kamdesk.services.plans.progress import plan_report
    from kamdesk.services.receivables.aging import aging_report

    period = Period(AS_OF - timedelta(days=364), AS_OF)
    year = parse_period(str(AS_OF.year))
    return {
        "key clients": lambda s: len(key_clients(s, period).classification.clients),
        "plan vs actual": lambda s: len(plan_report(s, year, AS_OF).clients),
        "aging": lambda s: len(aging_report(s, AS_OF, today=AS_OF)),
        "key clients per KAM": lambda s: _per_kam(s, period),
        "plan vs actual per KAM": lambda s: _plan_per_kam(s, year),
        "aging per manager": _aging_per_manager,
    }


def _per_kam(session: Any, period: Any) -> int:
    from kamdesk.domain.team_reports import Figures
    from kamdesk.services.clients.classification import key_clients
    from kamdesk.services.team.reports import by_kam, load_assignments

    report = key_clients(session, period)
    rows = [Figures(c.client_id, report.currency, {"revenue": c.revenue})
            for c in report.classification.clients]  # fmt: skip
    return len(by_kam(rows, load_assignments(session)).grouped.groups)


def _plan_per_kam(session: Any, year: Any) -> int:
    from kamdesk.domain.team_reports import Figures
    from kamdesk.services.plans.progress import plan_report
    from kamdesk.services.team.reports import by_kam, load_assignments

    report = plan_report(session, year, AS_OF)
    rows = [Figures(c.client_id, c.currency, {"plan": c.progress.plan,
                                              "actual": c.progress.actual})
            for c in report.clients]  # fmt: skip
    return len(by_kam(rows, load_assignments(session)).grouped.groups)


def _aging_per_manager(session: Any) -> int:
    from kamdesk.domain.team_reports import Figures
    from kamdesk.services.receivables.aging import aging_report
    from kamdesk.services.team.reports import by_manager, load_assignments

    rows = [Figures(r.client_id, r.currency, {"balance": r.balance, "overdue": r.overdue})
            for r in aging_report(session, AS_OF, today=AS_OF)]  # fmt: skip
    return len(by_manager(rows, load_assignments(session)).grouped.groups)


def _timed(open_session: Callable[[], Any], report: Report, runs: int) -> tuple[list[float], int]:
    samples, count = [], 0
    for _ in range(runs):
        with open_session() as session:
            t = time.perf_counter()
            count = report(session)
            samples.append(time.perf_counter() - t)
    return samples, count


def _copy_rows(scale: Path, url: str) -> tuple[int, float]:
    """Every table's rows of the file into the migrated server by COPY; (rows, seconds)."""
    import psycopg
    from sqlalchemy import Boolean

    from kamdesk.models import Base
    from kamdesk.models.base import SortKey

    started, total = time.perf_counter(), 0
    lite = sqlite3.connect(f"file:{scale}?mode=ro", uri=True)
    with psycopg.connect(url) as pg:
        pg.execute("SET session_replication_role = replica")  # no triggers, no FK checks
        on_server = {
            str(t): [str(c) for c in cols]
            for t, cols in pg.execute(
                "SELECT table_name, array_agg(column_name::text) FROM information_schema.columns "
                "WHERE table_schema = 'public' AND is_generated = 'NEVER' GROUP BY table_name"
            )
        }
        tables = [r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in tables:
            if name in LAPTOP_ONLY or name not in on_server:
                continue  # the digest's, SQLite's own search tables
            mine = [r[1] for r in lite.execute(f'PRAGMA table_info("{name}")')]
            columns = [c for c in mine if c in on_server[name]]
            model = Base.metadata.tables.get(name)
            fix = _fixes(model, columns, Boolean, SortKey)
            pg.execute(f'DELETE FROM "{name}"')  # what the migrations put there (cache_state)
            select = ", ".join(f'"{c}"' for c in columns)
            cols = ", ".join(f'"{c}"' for c in columns)
            with pg.cursor().copy(f'COPY "{name}" ({cols}) FROM STDIN') as copy:
                for row in lite.execute(f'SELECT {select} FROM "{name}"'):
                    if fix:
                        row = tuple(f[1](v) if (f := fix.get(i)) and v is not None else v
                                    for i, v in enumerate(row))  # fmt: skip
                    copy.write_row(row)
                    total += 1
        pg.commit()
        pg.autocommit = True
        # as autovacuum leaves a server in use: the visibility map set (index-only scans need no
        # visit of the table) and the rows' hint bits written, not left to the first reports
        pg.execute("VACUUM (ANALYZE)")
    lite.close()
    return total, time.perf_counter() - started


def _fixes(model: Any, columns: list[str], boolean: type, sort_key: type) -> dict[int, Any]:
    """Per column index, what turns the file's value into the server's."""
    if model is None:
        return {}
    out: dict[int, Any] = {}
    for i, name in enumerate(columns):
        kind = model.c[name].type if name in model.c else None
        if isinstance(kind, boolean):
            out[i] = (name, bool)
        elif isinstance(kind, sort_key):
            out[i] = (name, lambda v: v.replace("\x00", "\x01"))
    return out


def _manager(cluster: Any, url: str) -> tuple[str, int]:
    """A manager login whose team holds the KAM with the most clients; (URL, their clients)."""
    cluster.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MANAGER}') "
        f"THEN CREATE ROLE {MANAGER} LOGIN IN ROLE kamdesk_manager; END IF; END $$"
    )
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from kamdesk.db.server import make_server_engine
    from kamdesk.models import ClientKam, Kam, Team

    engine = make_server_engine(url)
    try:
        with Session(engine) as s:
            kam_id, clients = s.execute(
                select(ClientKam.kam_id, func.count())
                .where(ClientKam.deleted_at.is_(None))
                .group_by(ClientKam.kam_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            boss = Kam(name="Bench Manager", role_name=MANAGER, is_manager=True)
            s.add(boss)
            s.flush()
            team = Team(name="Bench", manager_id=boss.id)
            s.add(team)
            s.flush()
            kam = s.get(Kam, kam_id)
            assert kam is not None
            kam.team_id = team.id
            s.commit()
    finally:
        engine.dispose()
    return url.replace("postgres@", f"{MANAGER}@"), int(clients)


def _cluster() -> Any:
    import pytest

    from tests.pg import start_cluster

    try:
        return start_cluster()
    except pytest.skip.Exception as exc:
        return str(exc)


@contextmanager
def _file(scale: Path) -> Iterator[Callable[[], Any]]:
    from kamdesk.db import open_database

    db = open_database(scale, readonly=True)
    try:
        yield db.reading
    finally:
        db.close()


def team_reports_bench(scale: Path, runs: int) -> list[Row]:
    from kamdesk.cli.team import server_reading
    from kamdesk.db.server import init_server

    cluster = _cluster()
    if isinstance(cluster, str):
        return [("team reports", "skipped", cluster)]
    rows: list[Row] = []
    reports = _reports()
    try:
        cluster.execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        init_server(url)
        copied, seconds = _copy_rows(scale, url)
        rows.append(("team reports: load by COPY", _ms([seconds]), f"{copied} rows"))
        manager, theirs = _manager(cluster, url)
        with _file(scale) as reading:
            for name, report in reports.items():
                on_server, count = _timed(lambda: server_reading(url), report, runs)
                on_file, _count = _timed(reading, report, runs)
                worst = max(on_server)
                rows.append(
                    (f"server, administrator: {name}", _ms(on_server),
                     f"target < 1 s: {'met' if worst < TARGET_S else 'MISSED'} (slowest run "
                     f"{worst * 1000:.0f} ms); {count} rows; SQLite file "
                     f"{statistics.median(on_file) * 1000:.0f} ms")
                )  # fmt: skip
        for name, report in reports.items():
            samples, count = _timed(lambda: server_reading(manager), report, runs)
            worst = max(samples)
            rows.append(
                (f"server, manager of {theirs} clients: {name}", _ms(samples),
                 f"target < 1 s: {'met' if worst < TARGET_S else 'MISSED'} (slowest run "
                 f"{worst * 1000:.0f} ms); {count} rows (row-level security on)")
            )  # fmt: skip
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
    return rows


if __name__ == "__main__":
    from benchmarks.__main__ import scale_db

    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_reports")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for label, value, note in team_reports_bench(scale_db(args.clients), args.runs):
        print(f"{label:<56}  {value:>11}  {note}")
