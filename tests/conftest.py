"""Shared fixtures. Qt runs offscreen; every test database is a real SQLite file."""

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
def db(paths: AppPaths, migrated_template: Path) -> Iterator[Database]:
    """A fresh, empty database for one test: a copy of the migrated template."""
    database = _open_copy(migrated_template, paths)
    yield database
    _close(database)


@pytest.fixture
def demo_db(paths: AppPaths, demo_template: Path) -> Iterator[Database]:
    """A copy of the demo portfolio (DEMO_AS_OF) for one test to read and change."""
    database = _open_copy(demo_template, paths)
    yield database
    _close(database)


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
