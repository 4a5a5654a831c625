"""Shared fixtures. Qt runs offscreen; every test database is a real SQLite file, or with
`--pg` (or KAMDESK_TEST_PG=1) a real PostgreSQL database of a temporary cluster (tests/pg.py):
the `db` and `demo_db` fixtures then give a kamdesk Database on the team server (but in
tests/server, whose tests name the server's fixtures themselves), and only the tests using them
or the server's run (marked `pg`); a test SQLite by nature says so with `sqlite_only`."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never the user's real keyring (the database passphrase, kamdesk.ui.settings.keychain): keyring's
# fail backend, here and in every process a test starts; a test wanting one sets its own
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from kamdesk import messages
from kamdesk.db import Database, open_database
from kamdesk.paths import ENV_DATA_DIR, AppPaths
from kamdesk.services.sync.capture import install as install_capture
from tests.factories import build_demo_copy
from tests.pg import pg_cluster, pg_template, pg_url
from tests.pg_databases import on_pg, on_server, pg_database, pg_demo_template

__all__ = ["pg_cluster", "pg_demo_template", "pg_template", "pg_url"]

# Every unit of work captures its writes for sync, as in the app: every test exercises it.
install_capture()

# Hypothesis profiles. "dev" (the default) keeps Hypothesis' own settings: random examples, so
# every run explores new ones. "ci" (CI=true, as CI sets it when it runs `bash .ci/run`) is
# reproducible: the same examples on every run, no deadline (a shared runner's timing is not a
# test result; speed goals live in benchmarks/), and a failure prints the blob that replays it
# with @reproduce_failure. "thorough" is for proving a property by hand:
# HYPOTHESIS_PROFILE=thorough pytest tests/unit/domain/test_schedule.py
settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True, max_examples=100)
settings.register_profile("thorough", deadline=None, print_blob=True, max_examples=20_000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("ci" if os.environ.get("CI", "").lower() == "true" else "dev")
)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A command run by a test keeps its files (the replica registry, say) in the test's own
    folder, never in the user's."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "user-data"))
    # messages in English unless a test asks for a language (the command line reads LANGUAGE)
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    messages.use("en")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_data_dir(tmp_path / "data").ensure()


def _settle(path: Path) -> Path:
    """Fold the WAL into the main file, so a plain copy of it is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, built once per run by the real migrations."""
    path = tmp_path_factory.mktemp("template") / "kamdesk.sqlite"
    open_database(path).close()
    return _settle(path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """The shared demo portfolio (40 clients at DEMO_AS_OF), built once per run."""
    path = tmp_path_factory.mktemp("demo-template") / "kamdesk.sqlite"
    return _settle(build_demo_copy(migrated_template, path))


def _open_copy(template: Path, paths: AppPaths) -> Database:
    shutil.copyfile(template, paths.database)
    return open_database(paths.database, backups=paths.backups)


def _close(database: Database) -> None:
    """Close after every read the test started in the background has finished."""
    operations = sys.modules.get("kamdesk.ui.operations")
    if operations is not None:
        assert operations.wait_for_reads(10_000), "a background read did not finish in 10 s"
    database.close()


@pytest.fixture
def db(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[Database]:
    """A fresh, empty database for one test: a copy of the migrated template (on PostgreSQL
    with --pg)."""
    if on_server(request):
        database = pg_database(request, "pg_template", paths)
    else:
        database = _open_copy(request.getfixturevalue("migrated_template"), paths)
    yield database
    _close(database)


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, paths: AppPaths) -> Iterator[Database]:
    """A copy of the demo portfolio (DEMO_AS_OF) for one test to read and change (on
    PostgreSQL with --pg)."""
    if on_server(request):
        database = pg_database(request, "pg_demo_template", paths)
    else:
        database = _open_copy(request.getfixturevalue("demo_template"), paths)
    yield database
    _close(database)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg",
        action="store_true",
        help="run the tests using the db or demo_db fixture on PostgreSQL (a temporary "
        "cluster); the others are skipped (also KAMDESK_TEST_PG=1)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not on_pg(config):
        return
    elsewhere = pytest.mark.skip(reason="no kamdesk database: runs in the SQLite pass")
    for item in items:
        sqlite_only = item.get_closest_marker("sqlite_only")
        if sqlite_only is not None:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {sqlite_only.args[0]}"))
        elif any(
            name in ("db", "demo_db") or name.startswith("pg_")
            for name in getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.pg)
        elif item.get_closest_marker("pg") is None:
            item.add_marker(elsewhere)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A warning or error logged while a test runs fails it, unless the test expects log lines
    and reads them with `caplog` (qutebrowser's logfail): a bug the UI swallowed into the log
    must not pass for a green test."""
    if "caplog" in getattr(item, "fixturenames", ()):
        return (yield)
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        result = yield
    finally:
        root.removeHandler(handler)
    if handler.records:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected log lines (use caplog if they are expected):\n{lines}")
    return result


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final garbage collection: PySide6 can crash in it
    (a refcount fault in its C code, after every test passed and the summary was printed),
    turning a green run red. Everything pytest writes is written by now."""
    if hasattr(config, "workerinput"):
        return  # an xdist worker: its results travel to the controller after this hook
    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
