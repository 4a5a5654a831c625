"""Read-only commands on read-only media (a CD, a locked share) and leaving no files behind."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.db import readonly

SIDE_FILES = ("-wal", "-shm", "-journal")


@pytest.fixture
def copy(tmp_path: Path, demo_template: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    path = folder / "kamdesk.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder as a CD shows it (chmod would not stop root, who runs the tests)."""
    monkeypatch.setattr(readonly, "folder_writable", lambda folder: False)


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    return rows


def names(capsys: pytest.CaptureFixture[str], path: Path) -> set[object]:
    return {r["name"] for r in run_json(capsys, "list", "clients", "--db", str(path), "--json")}


@pytest.mark.usefixtures("unwritable")
def test_unwritable_folder_opens_immutable_and_leaves_nothing(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert readonly.read_only_uri(copy).endswith("?mode=ro&immutable=1")
    before = copy.stat().st_mtime_ns
    assert len(names(capsys, copy)) == 40
    assert run_json(capsys, "report", "key-clients", "--db", str(copy), "--json")
    assert main(["digest", "--db", str(copy)]) == 0
    assert main(["check", "--db", str(copy)]) == 0
    capsys.readouterr()
    assert side_files(copy) == []
    assert copy.stat().st_mtime_ns == before


def test_writable_folder_read_leaves_no_wal_or_shm(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = copy.read_bytes()
    assert len(names(capsys, copy)) == 40
    assert run_json(capsys, "report", "key-clients", "--db", str(copy), "--json")
    assert side_files(copy) == []
    assert copy.read_bytes() == before


@pytest.fixture
def writer_with_wal(copy: Path) -> Iterator[sqlite3.Connection]:
    """Another program that committed a rename still held in the WAL (it is still open)."""
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE client SET name='Walrus Ltd' WHERE rowid=(SELECT min(rowid) FROM client)")
    conn.commit()
    assert Path(f"{copy}-wal").stat().st_size > 0
    yield conn
    conn.close()


@pytest.mark.parametrize("folder_writable", [True, False])
def test_rows_in_a_wal_are_seen(
    copy: Path,
    writer_with_wal: sqlite3.Connection,
    folder_writable: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(readonly, "folder_writable", lambda folder: folder_writable)
    assert readonly.read_only_uri(copy).endswith("?mode=ro")  # never immutable over a WAL
    assert "Walrus Ltd" in names(capsys, copy)
    assert side_files(copy) == ["kamdesk.sqlite-shm", "kamdesk.sqlite-wal"]  # the writer's


def test_read_only_connection_refuses_writes(copy: Path) -> None:
    conn = readonly.connect_read_only(copy)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM client")
    finally:
        conn.close()
    assert side_files(copy) == []


def test_a_read_only_file_serves_many_threads_each_on_its_own_connection(
    tmp_path: Path, migrated_template: Path
) -> None:
    """The read workers come and go (a pool of threads, replaced over a session): a file
    opened read-only keeps each thread's connection open while it reads, however many
    threads have read before (a per-thread pool of five closed the others' connections)."""
    import threading

    from sqlalchemy import text

    from kamdesk.db import open_database

    path = tmp_path / "copy.sqlite"
    shutil.copy(migrated_template, path)
    db = open_database(path, readonly=True)
    failures: list[BaseException] = []
    started = threading.Barrier(12)

    def read() -> None:
        try:
            with db.reading() as s:
                started.wait(timeout=10)  # all twelve hold a connection at once
                for _ in range(20):
                    s.execute(text("SELECT count(*) FROM client")).scalar_one()
        except BaseException as exc:  # reported by the test
            failures.append(exc)

    try:
        for _round in range(3):  # new threads each round, as workers are replaced
            threads = [threading.Thread(target=read) for _ in range(12)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        db.close()
    assert failures == []
