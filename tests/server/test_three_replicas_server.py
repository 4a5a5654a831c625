"""The three laptops' state machine (tests/sync/test_three_laptops.py) with the team server as
one more replica (issue 19, "Done means"): besides files between laptops, any laptop syncs with
a real PostgreSQL server at any step (`sync_with_server`, the exchange the Sync section runs).

Knowledge follows the exchange: the push gives the server all the laptop knows, the pull gives
the laptop all the server knows. At the end every laptop syncs with the server twice (and the
files' rounds run as before); then the three laptops print the same digest and the same open
conflicts, the server holds the same live clients, and nothing was lost (the same checks)."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import rule, run_state_machine_as_test
from sqlalchemy import create_engine, text

from kamdesk.services.server.run import sync_with_server
from tests.pg import Cluster
from tests.sync.test_three_laptops import ThreeLaptops


class LaptopsAndServer(ThreeLaptops):
    def __init__(self, template: Path, cluster: Cluster, server_template: str) -> None:
        super().__init__(template)
        self.cluster = cluster
        self.database = f"m_{uuid.uuid4().hex[:16]}"
        cluster.execute(f"CREATE DATABASE {self.database} TEMPLATE {server_template}")
        self.url = cluster.url(self.database)
        self.server_knows: set[int] = set()

    @rule(who=st.integers(0, 2))
    def sync(self, who: int) -> None:
        sync_with_server(self.laptops[who].db, self.url)
        self.server_knows |= self.knows[who]
        self.knows[who] |= self.server_knows

    def _converge(self) -> None:
        for _round in range(2):
            for who in range(3):
                self.sync(who)
        super()._converge()

    def _check_everything(self) -> None:
        super()._check_everything()
        first = self.laptops[0]
        engine = create_engine(self.url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as conn:
                on_server = {
                    str(r[0]): (r[1], r[2])
                    for r in conn.execute(
                        text("SELECT id, name, city FROM client WHERE deleted_at IS NULL")
                    )
                }
        finally:
            engine.dispose()
        with first.db.engine.connect() as conn:
            here = {
                str(r[0]): (r[1], r[2])
                for r in conn.exec_driver_sql(
                    "SELECT id, name, city FROM client WHERE deleted_at IS NULL"
                )
            }
        assert on_server == here

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            self.cluster.execute(f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")


def test_laptops_and_the_server_converge_and_lose_nothing(
    migrated_template: Path, pg_cluster: Cluster, pg_template: str
) -> None:
    run_state_machine_as_test(
        lambda: LaptopsAndServer(migrated_template, pg_cluster, pg_template),
        settings=settings(stateful_step_count=20, deadline=None, max_examples=10),
    )
