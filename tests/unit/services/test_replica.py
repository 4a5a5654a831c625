"""A database file's replica identity: created on the first writable open, kept while the file
is the one the registry saw, forked for a copy; read-only opens never write."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.db import Database, open_database
from kamdesk.domain.numbering import series_from_id
from kamdesk.errors import UserError
from kamdesk.models import Replica
from kamdesk.services.replica import (
    ReplicaInfo,
    current_replica,
    open_replica,
    rename_replica,
    series_code,
    set_series_code,
)

pytestmark = pytest.mark.sqlite_only("a replica identity belongs to a laptop's file")


def _open(path: Path, registry: Path, machine: str = "laptop-1") -> ReplicaInfo:
    db = open_database(path)
    try:
        with db.unit_of_work() as s:
            return open_replica(s, path, registry, machine=machine, name="Anna's laptop")
    finally:
        db.close()


def _rows(path: Path) -> list[tuple[str, str | None, bool]]:
    db = open_database(path, readonly=True)
    try:
        with db.reading() as s:
            return [
                (r.id, r.forked_from, r.retired_at is None)
                for r in s.scalars(select(Replica).order_by(Replica.created_at))
            ]
    finally:
        db.close()


def test_the_first_open_creates_the_identity(db: Database, tmp_path: Path) -> None:
    with db.reading() as s:
        assert current_replica(s) is None and series_code(s) == ""
    registry = tmp_path / "data" / "replicas.json"
    first = _open(db.path, registry)
    assert first.forked_from is None and first.name == "Anna's laptop"
    assert first.series_code == series_from_id(first.id)
    entry = json.loads(registry.read_text(encoding="utf-8"))[first.id]
    assert entry["path"] == str(db.path.resolve()) and entry["machine"] == "laptop-1"
    with db.reading() as s:
        assert current_replica(s) == first and series_code(s) == first.series_code


def test_reopening_the_same_file_keeps_it(db: Database, tmp_path: Path) -> None:
    registry = tmp_path / "replicas.json"
    first = _open(db.path, registry)
    assert _open(db.path, registry) == first
    assert _open(db.path, registry) == first
    assert _rows(db.path) == [(first.id, None, True)]


def _opened_and_copied(db: Database, registry: Path, copy: Path) -> ReplicaInfo:
    """Open the file as a replica, close it and copy it as a user would; the identity."""
    first = _open(db.path, registry)
    db.close()
    shutil.copyfile(db.path, copy)
    return first


def test_a_copy_at_another_path_forks(db: Database, tmp_path: Path) -> None:
    registry, copy = tmp_path / "replicas.json", tmp_path / "copy.sqlite"
    first = _opened_and_copied(db, registry, copy)
    forked = _open(copy, registry)
    assert forked.id != first.id and forked.forked_from == first.id
    assert forked.series_code != first.series_code
    assert _rows(copy) == [(first.id, None, False), (forked.id, first.id, True)]
    # the original stays itself, the copy stays the fork
    assert _open(db.path, registry) == first
    assert _open(copy, registry) == forked


def test_the_same_file_on_another_machine_forks(db: Database, tmp_path: Path) -> None:
    registry = tmp_path / "replicas.json"
    first = _open(db.path, registry)
    assert _open(db.path, registry, machine="laptop-2").forked_from == first.id


def test_a_file_restored_from_a_backup_forks(db: Database, tmp_path: Path) -> None:
    registry, backup = tmp_path / "replicas.json", tmp_path / "backup.sqlite"
    first = _opened_and_copied(db, registry, backup)
    assert _open(db.path, registry) == first  # opened again since the backup
    shutil.copyfile(backup, db.path)
    assert _open(db.path, registry).forked_from == first.id


def test_a_lost_registry_forks_rather_than_reuse_the_id(db: Database, tmp_path: Path) -> None:
    first = _open(db.path, tmp_path / "replicas.json")
    assert _open(db.path, tmp_path / "elsewhere.json").forked_from == first.id


def test_read_only_opens_never_fork_nor_write(db: Database, tmp_path: Path) -> None:
    registry, copy = tmp_path / "replicas.json", tmp_path / "copy.sqlite"
    first = _opened_and_copied(db, registry, copy)
    registry_before = registry.read_bytes()
    file_before = copy.read_bytes()
    ro = open_database(copy, readonly=True)
    try:
        with ro.reading() as s:
            assert current_replica(s) == first
    finally:
        ro.close()
    assert copy.read_bytes() == file_before
    assert registry.read_bytes() == registry_before


def test_the_series_code_can_be_set_and_is_checked(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as s, pytest.raises(UserError, match="open it in kamdesk"):
        set_series_code(s, "AM")
    _open(db.path, tmp_path / "replicas.json")
    with db.unit_of_work() as s:
        assert set_series_code(s, " am ").series_code == "AM"
        assert rename_replica(s, " Anna ").name == "Anna"
    for wrong in ("", "1A", "A-M", "ABCDEFG", "ÁM"):
        with db.unit_of_work() as s, pytest.raises(UserError, match="series code"):
            set_series_code(s, wrong)
    with db.reading() as s:
        assert series_code(s) == "AM"
