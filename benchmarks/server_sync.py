"""Benchmark: a laptop of the 10 000-client database syncing with a team server on this machine.

A temporary PostgreSQL cluster (tests/pg.py: initdb, loopback, fsync off as in the tests) gets
kamdesk's schema (`server init`'s code) and the scale database's rows by COPY (as
benchmarks/team_reports.py loads them): the server then holds what the hub's file holds, with
its baseline and version vector, under an identity of its own (its replica row, peers and
history are not copied). A copy of the scale database, as a laptop of its own, edits 1 000
clients and syncs once: timed, split into the push (plan, merge into the server), the pull
(plan on the server, merge into the laptop) and the connection and two commits. With
`--clients N` below 10 000 the seeding is a first exchange instead (everything pushed), timed
too. Beside it, the floor: the same 1 000 client rows written to the server by one
`executemany` of `INSERT ... ON CONFLICT DO UPDATE` in one transaction. The laptop's backup
copy is not counted (`sync_with_server` without backups). On the 10 000-client database the
same is measured as a KAM's login too (benchmarks/server_sync_kam.py).

python -m benchmarks.server_sync          # on the cached 10 000-client database
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

EDITED = 1_000

Row = tuple[str, str, str]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def _cluster() -> Any:
    """A running temporary cluster, or the reason there is none."""
    import pytest

    from tests.pg import start_cluster

    try:
        return start_cluster()
    except pytest.skip.Exception as exc:
        return str(exc)


def _laptop(work: Path, scale: Path) -> Any:
    from kamdesk.db import open_database
    from kamdesk.services.replica import open_replica, rename_replica

    path = work / "laptop.sqlite"
    source = sqlite3.connect(f"file:{scale}?mode=ro", uri=True)
    copy = sqlite3.connect(path)
    source.backup(copy)
    copy.close()
    source.close()
    db = open_database(path, backups=work / "backups")
    with db.unit_of_work() as session:
        open_replica(session, path, work / "registry.json", machine="bench")
        rename_replica(session, "Bench laptop")
    return db


def _edit(db: Any, count: int) -> list[str]:
    """`count` clients edited in one unit of work, captured as it commits (as the app does:
    services.sync.capture.install), so the sync that follows finds their events made."""
    from sqlalchemy import text

    from kamdesk.services.sync.capture import install

    install()
    with db.unit_of_work() as session:
        ids = [
            str(r[0])
            for r in session.execute(
                text("SELECT id FROM client ORDER BY id LIMIT :n"), {"n": count}
            )
        ]
        for i, client_id in enumerate(ids):
            session.execute(
                text("UPDATE client SET city = :city WHERE id = :id"),
                {"city": f"Server bench city {i}", "id": client_id},
            )
    return ids


def _floor(url: str, ids: list[str]) -> float:
    """The same rows by one executemany upsert in one transaction: the server's own cost."""
    import psycopg

    conn = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
    try:
        conn.execute("CREATE TEMP TABLE floor_client (id varchar(36) PRIMARY KEY, city text)")
        conn.commit()
        rows = [(cid, f"Floor city {i}") for i, cid in enumerate(ids)]
        t = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO floor_client(id, city) VALUES (%s, %s) "
                "ON CONFLICT (id) DO UPDATE SET city = excluded.city",
                rows,
            )
        conn.commit()
        return time.perf_counter() - t
    finally:
        conn.close()


def _seed_by_copy(scale: Path, url: str) -> tuple[int, float]:
    """The hub's rows on the server, which keeps an identity of its own."""
    import psycopg

    from benchmarks.team_reports import _copy_rows

    copied, seconds = _copy_rows(scale, url)
    with psycopg.connect(url) as pg:
        pg.execute("SET session_replication_role = replica")
        for table in ("replica", "sync_peer", "sync_exchange", "sync_dirty"):
            pg.execute(f"DELETE FROM {table}")
        pg.execute("DELETE FROM sync_meta WHERE key NOT IN ('baseline', 'vector', 'clock', 'seq')")
        pg.commit()
    return copied, seconds


def server_sync_bench(scale: Path, cache: Path) -> list[Row]:
    from kamdesk.db.server import init_server
    from kamdesk.services.server.run import sync_with_server

    cluster = _cluster()
    if isinstance(cluster, str):
        return [("server sync", "skipped", cluster)]
    work = cache / "tmp" / "server_sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        cluster.execute("CREATE DATABASE bench")
        url = cluster.url("bench")
        init_server(url)
        by_copy = "10000" in scale.name or bool(os.environ.get("KAMDESK_BENCH_COPY"))
        if by_copy:
            copied, seeded = _seed_by_copy(scale, url)
            cluster.execute("CREATE DATABASE bench_kam TEMPLATE bench")  # for the KAM's run
        db = _laptop(work, scale)
        try:
            if not by_copy:
                t = time.perf_counter()
                copied = sync_with_server(db, url).sent
                seeded = time.perf_counter() - t
            t = time.perf_counter()
            ids = _edit(db, EDITED)
            edited = time.perf_counter() - t
            t = time.perf_counter()
            result = sync_with_server(db, url)
            total = time.perf_counter() - t
        finally:
            db.close()
        floor = _floor(url, ids)
        kam_rows = []
        if by_copy:
            from benchmarks.server_sync_kam import kam_sync_bench

            kam_rows = kam_sync_bench(cluster, cluster.url("bench_kam"), scale, work, EDITED)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    push, pull = result.seconds
    return [
        ("server: seeded " + ("by COPY" if by_copy else "by a first exchange"), _ms(seeded),
         f"{copied} rows" if by_copy else f"{copied} records pushed"),
        (f"laptop: {EDITED} client edits saved", _ms(edited),
         "one unit of work, its events captured as it commits (not part of the sync)"),
        (f"server: sync of {EDITED} changed clients", _ms(total),
         f"target < 2 s; push {push * 1000:.0f} ms, pull {pull * 1000:.0f} ms, connect and "
         f"commits {(total - push - pull) * 1000:.0f} ms; {result.sent} sent, "
         f"{result.received} received"),
        (f"server floor: {EDITED} rows upserted", _ms(floor),
         f"ratio {total / floor:.1f}x" if floor else ""),
        *kam_rows,
    ]  # fmt: skip


if __name__ == "__main__":
    from benchmarks.__main__ import CACHE, scale_db

    for name, value, note in server_sync_bench(scale_db(10_000), CACHE):
        print(f"{name:<48}  {value:>11}  {note}")
