"""kamdesk Databases on the test session's PostgreSQL (tests/pg.py), for `pytest --pg`: the
services' own tests then run on the team server's dialect (issue 19).

A Database on the server is the laptop's with a PostgreSQL engine: its unit of work folds no
digest there (the server keeps no tallies, docs/team-server.md 2.7) and its `path` names no
file (a test reading the file is `sqlite_only`). The demo portfolio is built once on SQLite, as
the laptops' tests have it, and copied row by row into a template database of the cluster.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Boolean, MetaData, Table, create_engine, insert, inspect, text
from sqlalchemy.orm import sessionmaker

from kamdesk.db import Database
from kamdesk.db.server import make_server_engine
from kamdesk.paths import AppPaths
from tests.pg import Cluster, _database

ENV_PG = "KAMDESK_TEST_PG"
DEMO_TEMPLATE = "kamdesk_demo_template"
# bookkeeping a laptop keeps of its own (the digest's tallies and marks): not the server's
LAPTOP_ONLY = frozenset({"digest_sum", "digest_dirty", "alembic_version"})


def on_pg(config: pytest.Config) -> bool:
    return bool(config.getoption("--pg", default=False)) or os.environ.get(ENV_PG) == "1"


def on_server(request: pytest.FixtureRequest) -> bool:
    """Whether this test's db and demo_db are on the server: with --pg, except in tests/server,
    whose tests name the server's fixtures themselves (their db is a laptop's file)."""
    return on_pg(request.config) and request.node.path.parent.name != "server"


def pg_database(request: pytest.FixtureRequest, template: str, paths: AppPaths) -> Database:
    """A Database on a fresh copy of the cluster's database `template` (a fixture's name),
    dropped when the test ends."""
    made = request.getfixturevalue(template)
    # the demo's template names its cluster: tests/server's conftest holds a cluster of its own
    cluster, source = (
        made if isinstance(made, tuple) else (request.getfixturevalue("pg_cluster"), made)
    )
    copy = _database(cluster, source)
    url = copy.__enter__()
    request.addfinalizer(lambda: copy.__exit__(None, None, None))
    engine = make_server_engine(url)
    return Database(
        paths.database,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        backups=paths.backups,
    )


def _copy_rows(source: Path, url: str) -> None:
    """Every row of the SQLite file `source` into the (migrated, empty) database at `url`,
    foreign keys set aside while they load (a superuser's session_replication_role). Values go
    as they are stored (decimal text as written, say), but for what PostgreSQL keeps otherwise:
    booleans, and a sort key's NUL separator (U+0001 there: kamdesk.models.base.SortKey)."""
    lite, engine = create_engine(f"sqlite:///{source}"), make_server_engine(url)
    try:
        with lite.connect() as frm, engine.begin() as to:
            to.execute(text("SET session_replication_role = replica"))
            server = MetaData()
            for name in inspect(frm).get_table_names():
                if name in LAPTOP_ONLY or not inspect(to).has_table(name):
                    continue  # the digest's, or SQLite's own search tables
                target = Table(name, server, autoload_with=to)
                flags = {c.name for c in target.columns if isinstance(c.type, Boolean)}
                cursor = frm.exec_driver_sql(f'SELECT * FROM "{name}"')
                names = list(cursor.keys())
                rows = [
                    {k: _as_stored(v, k in flags) for k, v in zip(names, row, strict=True)}
                    for row in cursor
                ]
                to.execute(target.delete())  # what the migrations put there (cache_state)
                if rows:
                    to.execute(insert(target), rows)
    finally:
        engine.dispose()
        lite.dispose()


def _as_stored(value: object, flag: bool) -> object:
    if value is None:
        return None
    if flag:
        return bool(value)
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\x01")
    return value


@pytest.fixture(scope="session")
def pg_demo_template(
    pg_cluster: Cluster, pg_template: str, demo_template: Path
) -> tuple[Cluster, str]:
    """The demo portfolio on the cluster: a template database the demo_db fixture copies."""
    pg_cluster.execute(f"CREATE DATABASE {DEMO_TEMPLATE} TEMPLATE {pg_template}")
    _copy_rows(demo_template, pg_cluster.url(DEMO_TEMPLATE))
    return pg_cluster, DEMO_TEMPLATE
