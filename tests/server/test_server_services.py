"""The team reports on the server (issue 19, docs/team-server.md 6): key clients, plan vs actual
and receivables' aging run on PostgreSQL unchanged and give what a laptop gives for the same
data. The demo portfolio (40 clients, two years of invoices, payments, plans and rates) is
built on SQLite and copied row by row to the server (tests/pg_databases.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.plans import parse_period
from kamdesk.paths import AppPaths
from kamdesk.services.clients.classification import Period, key_clients
from kamdesk.services.plans.progress import plan_report
from kamdesk.services.receivables.aging import aging_report
from tests.factories import DEMO_AS_OF
from tests.pg_databases import pg_database

pytestmark = pytest.mark.pg


@pytest.fixture
def laptop(paths: AppPaths, demo_template: Path) -> Iterator[Database]:
    """The demo portfolio on SQLite, whatever the run's dialect."""
    from tests.conftest import _close, _open_copy

    database = _open_copy(demo_template, paths)
    yield database
    _close(database)


@pytest.fixture
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same portfolio on the session's PostgreSQL."""
    database = pg_database(request, "pg_demo_template", AppPaths.from_data_dir(tmp_path / "pg"))
    assert database.engine.dialect.name == "postgresql"
    yield database
    database.engine.dispose()


def _both(laptop: Database, server: Database, report: object) -> tuple[object, object]:
    with laptop.reading() as s:
        mine = report(s)  # type: ignore[operator]
    with server.reading() as s:
        theirs = report(s)  # type: ignore[operator]
    return mine, theirs


def test_key_clients_on_the_server_are_the_laptops(laptop: Database, server: Database) -> None:
    def report(s: Session) -> object:
        return key_clients(s, Period.last_12_months(DEMO_AS_OF))

    mine, theirs = _both(laptop, server, report)
    assert mine == theirs
    shares = theirs.classification.clients  # type: ignore[attr-defined]
    assert len(shares) > 10 and {c.abc for c in shares} == {"A", "B", "C"}


def test_plan_vs_actual_on_the_server_is_the_laptops(laptop: Database, server: Database) -> None:
    period = parse_period(str(DEMO_AS_OF.year))

    def report(s: Session) -> object:
        return plan_report(s, period, DEMO_AS_OF)

    mine, theirs = _both(laptop, server, report)
    assert mine == theirs
    rows = theirs.clients  # type: ignore[attr-defined]
    assert rows and any(row.progress.actual > 0 for row in rows)


def test_aging_on_the_server_is_the_laptops(laptop: Database, server: Database) -> None:
    earlier = DEMO_AS_OF - timedelta(days=45)

    def now(s: Session) -> object:  # from the cache of what is open
        return aging_report(s, DEMO_AS_OF, today=DEMO_AS_OF)

    def then(s: Session) -> object:  # from the whole ledger
        return aging_report(s, earlier, today=DEMO_AS_OF)

    mine, theirs = _both(laptop, server, now)
    assert mine == theirs and theirs  # some clients owe
    assert any(r.overdue > 0 for r in theirs)  # type: ignore[attr-defined]
    mine, theirs = _both(laptop, server, then)
    assert mine == theirs and theirs
