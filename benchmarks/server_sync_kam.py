"""Benchmark: the same sync as benchmarks/server_sync.py, as a KAM's login (row-level security,
the audit, the kept-state trigger all at work), on a copy of the seeded server database.

The KAM with the most clients of the 10 000 (3 829) gets a login. Their laptop starts as a copy
of the hub's file, as a team moving from files to the server has it: its first sync as the KAM
takes the other KAMs' clients off it for good (timed: a one-time cost). Then 1 000 of the KAM's
clients are edited and synced (timed, against the 2 s target).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

Row = tuple[str, str, str]
LOGIN = "bench_kam"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def _login(cluster: Any, url: str) -> int:
    """A login for the KAM with the most clients; how many clients they hold."""
    import psycopg

    cluster.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{LOGIN}') "
        f"THEN CREATE ROLE {LOGIN} LOGIN IN ROLE kamdesk_kam; END IF; END $$"
    )
    with psycopg.connect(url) as pg:
        pg.execute("SET session_replication_role = replica")  # no audit row for the setup
        kam_id, clients = pg.execute(
            "SELECT kam_id, count(*) FROM client_kam WHERE deleted_at IS NULL "
            "GROUP BY kam_id ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        pg.execute("UPDATE kam SET role_name = %s WHERE id = %s", (LOGIN, kam_id))
        pg.commit()
    return int(clients)


def _edit_own(db: Any, count: int) -> None:
    from sqlalchemy import text

    from kamdesk.services.sync.capture import install

    install()
    with db.unit_of_work() as session:
        ids = [
            str(r[0])
            for r in session.execute(
                text("SELECT id FROM client WHERE deleted_at IS NULL ORDER BY id LIMIT :n"),
                {"n": count},
            )
        ]
        for i, client_id in enumerate(ids):
            session.execute(
                text("UPDATE client SET city = :city WHERE id = :id"),
                {"city": f"KAM bench city {i}", "id": client_id},
            )


def kam_sync_bench(cluster: Any, url: str, scale: Path, work: Path, edited: int) -> list[Row]:
    from benchmarks.server_sync import _laptop
    from kamdesk.services.server.run import sync_with_server

    clients = _login(cluster, url)
    as_kam = url.replace("postgres@", f"{LOGIN}@")
    kam_work = work / "kam"
    kam_work.mkdir(parents=True, exist_ok=True)
    db = _laptop(kam_work, scale)
    try:
        t = time.perf_counter()
        first = sync_with_server(db, as_kam)
        pruned = time.perf_counter() - t
        _edit_own(db, edited)
        t = time.perf_counter()
        result = sync_with_server(db, as_kam)
        total = time.perf_counter() - t
    finally:
        db.close()
    push, pull = result.seconds
    return [
        (f"server as a KAM ({clients} clients): first sync", _ms(pruned),
         f"a full hub's laptop: {len(first.left)} other clients taken off it for good (once)"),
        (f"server as a KAM: sync of {edited} changed clients", _ms(total),
         f"target < 2 s; push {push * 1000:.0f} ms, pull {pull * 1000:.0f} ms; "
         f"{result.sent} sent, {result.received} received"),
    ]  # fmt: skip
