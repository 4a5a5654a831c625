"""The team server's tests run against a real PostgreSQL (tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db.server import make_server_engine
from tests.pg import pg_cluster, pg_empty_url, pg_template, pg_url

__all__ = ["pg_cluster", "pg_empty_url", "pg_sessions", "pg_template", "pg_url"]


@pytest.fixture
def pg_sessions(pg_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on this test's own server database, at head. The caller commits: kamdesk's
    Database (its unit of work folds the digest, SQLite's) does not run on the server yet."""
    engine = make_server_engine(pg_url)
    try:
        yield sessionmaker(engine, expire_on_commit=False)
    finally:
        engine.dispose()
