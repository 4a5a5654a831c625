"""Shared fixtures. Qt runs offscreen; every test database is a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.db import Database, open_database
from kamdesk.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.from_data_dir(tmp_path / "data").ensure()


@pytest.fixture
def db(paths: AppPaths) -> Iterator[Database]:
    database = open_database(paths.database, backups=paths.backups)
    yield database
    database.close()
