"""Shared fixtures. Qt runs offscreen; every test database is a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kamdesk.db import Database, open_database  # noqa: E402
from kamdesk.paths import AppPaths  # noqa: E402


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_data_dir(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    database = open_database(paths.database, backups=paths.backups)
    yield database
    database.close()
