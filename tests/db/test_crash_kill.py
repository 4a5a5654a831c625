"""Issue 15, the crash test: the app's own writes (a price-list import from CSV and from XLSX, as
`kamdesk import-sheet` runs it, and an order window's Save) killed with SIGKILL at random
moments, 30 times; after each kill `kamdesk check` says OK and `kamdesk digest` prints what
it printed before the write or what the same write gives when it finishes: never half of it.

Each kill lands in a child forked by tests/db/crash_writes.py the moment it starts writing, on
its own copy of a small demo; the delays are drawn from a seeded generator, so a run is
repeatable (where the kill lands still depends on the machine's speed)."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.db import open_database
from tests.db.crash_writes import draft_order_id, price_sheet, write_xlsx
from tests.factories import build_demo_copy

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30
ATTEMPTS = 60  # a kill that comes after the child has exited is no kill: draw again
SEED = 15
KILLED = -signal.SIGKILL


@dataclass(frozen=True)
class Write:
    kind: str  # crash_writes.WRITES
    arg: str  # the sheet, or the order to save
    before: str  # kamdesk digest's output before the write ...
    after: str  # ... and after it, when it runs to its end
    seconds: float  # how long it runs, from "ready" to the exit


@dataclass(frozen=True)
class Outcome:
    code: int  # the child's exit code; KILLED when the SIGKILL took it
    done: bool  # the write had returned (the kill, if any, came after it)
    seconds: float  # from "ready" to "done" (or to the kill)

    @property
    def cut_short(self) -> bool:
        return self.code == KILLED and not self.done


class Writer:
    """The fork server: one child per write, killed or left to finish."""

    def __init__(self) -> None:
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.db.crash_writes"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self.line() == "up"

    def line(self) -> str:
        assert self.server.stdout is not None
        text = self.server.stdout.readline()
        assert text, f"the writer server stopped (exit {self.server.poll()})"
        return text.strip()

    def run(self, kind: str, db: Path, arg: str, *, kill_after: float | None) -> Outcome:
        """Run one write in a child; with `kill_after`, SIGKILL it that many seconds after it
        said "ready"."""
        assert self.server.stdin is not None
        self.server.stdin.write(json.dumps({"kind": kind, "db": str(db), "arg": arg}) + "\n")
        self.server.stdin.flush()
        word, pid = self.line().split()
        assert word == "ready", word
        start = time.perf_counter()
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):  # it is gone already
                os.kill(int(pid), signal.SIGKILL)
        said = self.line().split()
        seconds = time.perf_counter() - start
        done = said == ["done", pid]
        if done:
            said = self.line().split()
        assert said[:2] == ["exit", pid], said
        return Outcome(int(said[2]), done, seconds)

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        assert self.server.wait(timeout=30) == 0
        assert self.server.stdout is not None
        self.server.stdout.close()


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A small demo portfolio (3 clients, the whole catalogue, a draft order), its WAL folded
    in, so a plain copy of the file is the whole database."""
    path = build_demo_copy(
        migrated_template, tmp_path_factory.mktemp("crash") / "kamdesk.sqlite", clients=3
    )
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


@pytest.fixture
def writer() -> Iterator[Writer]:
    w = Writer()
    yield w
    w.close()


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copyfile(template, folder / "kamdesk.sqlite"))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert err == "", err
    return code, out


def checked_digest(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    """`kamdesk check` says OK (exit 0); then `kamdesk digest`'s output."""
    assert run_cli(capsys, "check", "--db", str(db)) == (0, "OK\n")
    code, out = run_cli(capsys, "digest", "--db", str(db))
    assert code == 0
    return out


def kept_backups_read_back(db: Path) -> None:
    """A backup the kill cut short never counts among the kept ones: each kept one is whole."""
    for backup in (db.parent / "backups").glob("kamdesk-*.sqlite"):
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], backup
        finally:
            conn.close()


def prepare(
    writer: Writer, template: Path, tmp: Path, capsys: pytest.CaptureFixture[str]
) -> list[Write]:
    """The three writes, each run once to its end on a copy: what "after" is, and how long."""
    database = open_database(template, readonly=True)
    try:
        with database.reading() as session:
            rows = price_sheet(session)
            order_id = draft_order_id(session)
    finally:
        database.close()
    with (tmp / "prices.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    xlsx = str(write_xlsx(rows, tmp / "prices.xlsx"))
    before = checked_digest(capsys, template)
    writes: list[Write] = []
    for kind, arg in (("import", str(tmp / "prices.csv")), ("import", xlsx), ("order", order_id)):
        db = copy_of(template, tmp / f"after-{len(writes)}")
        outcome = writer.run(kind, db, arg, kill_after=None)
        assert (outcome.code, outcome.done) == (0, True)
        after = checked_digest(capsys, db)
        assert after != before, f"{kind} {arg} changed nothing"
        writes.append(Write(kind, arg, before, after, outcome.seconds))
        shutil.rmtree(db.parent)
    return writes


def test_the_apps_writes_killed_30_times_leave_the_file_before_or_after(
    writer: Writer, small_demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    writes = prepare(writer, small_demo, tmp_path, capsys)
    rng = random.Random(SEED)
    landed = {"before": 0, "after": 0}
    kills = 0
    for attempt in range(ATTEMPTS):
        if kills == KILLS:
            break
        write = writes[attempt % len(writes)]
        db = copy_of(small_demo, tmp_path / f"kill-{attempt}")
        outcome = writer.run(write.kind, db, write.arg, kill_after=rng.uniform(0, write.seconds))
        assert outcome.code in (0, KILLED), f"{write.kind} exited {outcome.code}"
        kills += outcome.cut_short
        found = checked_digest(capsys, db)
        assert found in (write.before, write.after), f"{write.kind} killed: half written"
        landed["before" if found == write.before else "after"] += 1
        kept_backups_read_back(db)
        shutil.rmtree(db.parent)
    assert kills == KILLS, f"only {kills} of {ATTEMPTS} kills landed inside a write"
    assert landed["before"] > 0, landed  # kills did cut writes short
