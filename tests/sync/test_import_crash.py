"""An import killed at any moment leaves the database as it was, or as a whole import leaves
it (issue 12, "Done means"): `kamdesk import` in a subprocess, SIGKILLed 32 times at moments
spread over its run, then `check` is OK and the digest is the one before or the one after.

The bundle is a demo portfolio's full export (3 400 records, about a second to import); the
database it goes into holds clients of its own. Kills run two at a time to keep the test short.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kamdesk.db import open_database
from kamdesk.services.check import check
from kamdesk.services.digest import digest
from kamdesk.services.replica import open_replica
from kamdesk.services.sync import files
from tests.factories import build_demo_copy
from tests.sync.proof_laptops import Laptop

KILLS = 32
AT_ONCE = 2


def _settle(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _state(path: Path) -> tuple[list[str], list[str]]:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return [d.line() for d in digest(conn)], check(conn)
    finally:
        db.close()


def _start(db: Path, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kamdesk", "import", "--db", str(db), str(bundle)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _fresh_copy(source: Path, target: Path) -> Path:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def _bundle(tmp_path: Path, template: Path) -> Path:
    demo = build_demo_copy(template, tmp_path / "demo.sqlite", clients=1)
    db = open_database(demo)
    try:
        with db.unit_of_work() as session:
            open_replica(session, demo, tmp_path / "replicas.json", name="anna")
        return files.export_file(db, tmp_path / "demo.kamsync", encrypt=False).path
    finally:
        db.close()


def _target(tmp_path: Path, template: Path) -> Path:
    boris = Laptop(tmp_path, "boris", template, tmp_path / "replicas.json", durable=True)
    try:
        for i in range(3):
            client = boris.create_client({"name": f"Boris client {i}", "city": "Tartu"})
            boris.add_contact(client, f"Boris contact {i}")
    finally:
        boris.close()
    _settle(boris.path)
    return boris.path


def test_an_import_killed_at_any_moment_is_all_or_nothing(
    tmp_path: Path, migrated_template: Path
) -> None:
    bundle = _bundle(tmp_path, migrated_template)
    original = _target(tmp_path, migrated_template)
    before = _state(original)
    assert before[1] == []
    whole = _fresh_copy(original, tmp_path / "whole.sqlite")
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kamdesk", "import", "--db", str(whole), str(bundle)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    duration = time.monotonic() - began
    after = _state(whole)
    assert after[1] == [] and after[0] != before[0]
    rng = random.Random(12)
    moments = sorted(rng.uniform(0.05, duration * 2.2) for _ in range(KILLS))
    outcomes = {"before": 0, "after": 0}  # with 2 cores, about 24 and 8
    for batch in range(0, KILLS, AT_ONCE):
        running = []
        for i, moment in enumerate(moments[batch : batch + AT_ONCE], start=batch):
            work = _fresh_copy(original, tmp_path / f"work{i % AT_ONCE}.sqlite")
            running.append((work, moment, time.monotonic(), _start(work, bundle)))
        for work, moment, started, process in running:
            time.sleep(max(0.0, started + moment - time.monotonic()))
            os.kill(process.pid, signal.SIGKILL)
            process.wait(30)
            state = _state(work)
            assert state[1] == [], (moment, state[1])
            assert state[0] in (before[0], after[0]), f"killed at {moment:.2f} s: half written"
            outcomes["before" if state[0] == before[0] else "after"] += 1
    # some kills landed before the commit (the after state is what a finished import leaves)
    assert outcomes["before"] > 0, outcomes
