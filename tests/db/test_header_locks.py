"""Reading a database's header while this process has it open must not drop SQLite's locks:
on POSIX closing any descriptor of a file releases all of the process's locks on it, and
another process closing its connection would then delete the -wal under ours."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kamdesk.db import Database, inspect_file, open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks")


def test_a_header_read_keeps_the_open_connection_s_locks(db: Database) -> None:
    with db.unit_of_work() as s:
        s.execute(text("CREATE TABLE scratch (n INTEGER)"))
        s.execute(text("INSERT INTO scratch VALUES (1)"))
    wal = Path(f"{db.path}-wal")
    assert wal.exists()
    with db.engine.connect() as held:  # this process keeps the file open, as the app does
        held.execute(text("SELECT count(*) FROM scratch")).scalar_one()
        for _ in range(3):
            inspect_file(db.path)  # a second open in this process reads the header
        other = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('select count(*) from scratch').fetchall(); c.close()"
        )
        subprocess.run([sys.executable, "-c", other, str(db.path)], check=True)
        assert wal.exists()  # the other process saw the file in use and left the -wal
        backup = db.back_up()
    assert backup.exists()


def test_descriptors_kept_for_header_reads_are_closed_with_the_database(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    first = open_database(path)
    before = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else None
    inspect_file(path)
    first.close()
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) <= before
    first.close()  # twice is harmless
