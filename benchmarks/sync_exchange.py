"""Benchmark: sync exchanges on the 10 000-client database.

- Incremental: a copy of the database with its own replica ("a"), a second copy forked to
  another replica ("b", the peer, seeded: same baseline, same rows), b's acknowledgement
  imported on a (a small real bundle), then 1 000 clients edited on a through a unit of work;
  timed: a's incremental export to b, and its import on b.
- Full: a's full export, its import into an empty file, and a raw sqlite3 copy of the same
  rows (ATTACH, then `INSERT INTO main.t SELECT * FROM old.t` per synced table, in one
  transaction, into the same tables and indexes without the sync triggers) for the ratio.

Bundles are encrypted (scrypt at the default cost): the key derivation is timed apart and not
counted in the export or import figure; the import's backup copy of the database is timed
apart too (the figure is the merge alone). Each step runs in its own process, so its peak
memory (ru_maxrss) is its own; "idle" is a process that only imported kamdesk.

python -m benchmarks.sync_exchange                  # on the cached 10 000-client database
python -m benchmarks.sync_exchange STEP WORK [...]  # one step (what the benchmark runs)
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase"
EDITED = 1_000

Row = tuple[str, str, str]


# --- the steps, each in its own process ---------------------------------------------------------


class _Kdf:
    """Time spent deriving keys (scrypt), kept apart from the step's figure."""

    seconds = 0.0

    @classmethod
    def install(cls) -> None:
        from kamdesk.sync import reader, writer

        def timed(original: Callable[..., bytes]) -> Callable[..., bytes]:
            def derive(*args: Any) -> bytes:
                t = time.perf_counter()
                try:
                    return original(*args)
                finally:
                    cls.seconds += time.perf_counter() - t

            return derive

        writer.derive_key = timed(writer.derive_key)  # type: ignore[attr-defined]
        reader.derive_key = timed(reader.derive_key)  # type: ignore[attr-defined]


def _open(path: Path, registry: Path):  # type: ignore[no-untyped-def]
    from kamdesk.db import open_database
    from kamdesk.services.replica import open_replica

    db = open_database(path)
    with db.unit_of_work() as session:
        open_replica(session, path, registry, machine="bench")
    return db


def _replica(db) -> tuple[str, Any]:  # type: ignore[no-untyped-def]
    from kamdesk.services.replica import current_replica
    from kamdesk.services.sync.store import load_local

    with db.reading() as session:
        info = current_replica(session)
        assert info is not None
        return info.id, load_local(session).vector


def step_prepare(work: Path, scale: Path) -> dict[str, Any]:
    """a and b: two copies of the scale database, each its own replica, b acknowledged on a."""
    from kamdesk.services.sync.files import export_file, import_file
    from kamdesk.services.sync.peers import heard_from

    for name in ("a", "b"):
        copy = sqlite3.connect(work / f"{name}.sqlite")
        source = sqlite3.connect(f"file:{scale}?mode=ro", uri=True)
        source.backup(copy)
        source.close()
        copy.close()
    a = _open(work / "a.sqlite", work / "reg-a.json")
    b = _open(work / "b.sqlite", work / "reg-b.json")
    a_id, a_vector = _replica(a)
    with b.unit_of_work() as session:  # b knows a as a laptop seeded from the same file
        heard_from(session, a_id, "a", a_vector)
    export_file(b, work / "ack.kamsync", peer=a_id, passphrase=PASSPHRASE)
    import_file(a, work / "ack.kamsync", passphrase=PASSPHRASE)
    b_id, _ = _replica(b)
    a.close()
    b.close()
    return {"peer": b_id}


def step_edit(work: Path, count: int) -> dict[str, Any]:
    """Edit `count` clients on a (one unit of work; the capture runs at its commit)."""
    from sqlalchemy import text

    db = _open(work / "a.sqlite", work / "reg-a.json")
    t = time.perf_counter()
    with db.unit_of_work() as session:
        ids = session.execute(text("SELECT id FROM client ORDER BY id LIMIT :n"), {"n": count})
        for i, (client_id,) in enumerate(ids.all()):
            session.execute(
                text("UPDATE client SET city = :city WHERE id = :id"),
                {"city": f"Benchmark city {i}", "id": client_id},
            )
    seconds = time.perf_counter() - t
    db.close()
    return {"seconds": seconds}


@contextmanager
def _clock(out: dict[str, Any]) -> Iterator[None]:
    """Wall and CPU seconds of the block (the machine may be busy: CPU is the steadier one)."""
    t, cpu = time.perf_counter(), time.process_time()
    yield
    out["seconds"] = time.perf_counter() - t
    out["cpu"] = time.process_time() - cpu


def step_export(work: Path, peer: str, out: str) -> dict[str, Any]:
    from kamdesk.services.sync.files import export_file

    db = _open(work / "a.sqlite", work / "reg-a.json")
    figures: dict[str, Any] = {}
    with _clock(figures):
        result = export_file(db, work / out, peer=peer or None, passphrase=PASSPHRASE)
    db.close()
    return {**figures, "records": result.total, "mb": (work / out).stat().st_size / 1e6}


def step_import(work: Path, target: str, bundle: str) -> dict[str, Any]:
    from kamdesk.db import backup_file
    from kamdesk.services.sync.files import import_file

    db = _open(work / target, work / f"reg-{Path(target).stem}.json")
    t = time.perf_counter()
    if (work / target).stat().st_size > 1_000_000:
        backup_file(db.engine, work / "backups", keep=1)
    backup = time.perf_counter() - t
    figures: dict[str, Any] = {}
    with _clock(figures):
        summary = import_file(db, work / bundle, passphrase=PASSPHRASE)
    db.close()
    shutil.rmtree(work / "backups", ignore_errors=True)
    return {**figures, "backup": backup, "records": summary.records}


def step_raw_copy(work: Path) -> dict[str, Any]:
    """The same rows copied by SQLite alone: every synced table, with its indexes."""
    from kamdesk.services.sync.tables import entities

    target = work / "raw.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS old", (f"file:{work / 'a.sqlite'}?mode=ro",))
    names = list(entities())
    marks = ", ".join("?" * len(names))
    ddl = conn.execute(
        f"SELECT sql FROM old.sqlite_master WHERE type IN ('table', 'index') "
        f"AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY type DESC",
        names,
    ).fetchall()
    for (sql,) in ddl:
        conn.execute(sql)
    figures: dict[str, Any] = {}
    rows = 0
    with _clock(figures):
        conn.execute("BEGIN")
        for name in names:
            rows += conn.execute(f"INSERT INTO main.{name} SELECT * FROM old.{name}").rowcount
        conn.execute("COMMIT")
    conn.close()
    target.unlink()
    return {**figures, "records": rows}


def step_idle(work: Path) -> dict[str, Any]:
    import kamdesk.services.sync.files  # noqa: F401  (what every step imports)

    return {"seconds": 0.0}


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "prepare": step_prepare,
    "edit": lambda work, n: step_edit(work, int(n)),
    "export": step_export,
    "import": step_import,
    "raw_copy": step_raw_copy,
    "idle": step_idle,
}


class _HeapPeak:
    """The peak of the process's own memory (RssAnon, sampled): ru_maxrss also counts the
    pages of the database file SQLite maps into memory (mmap_size, up to 1 GB), which the
    kernel may drop at any time."""

    peak_kb = 0

    @classmethod
    def start(cls) -> None:
        import threading

        def sample() -> None:
            while True:
                cls.peak_kb = max(cls.peak_kb, cls.now_kb())
                time.sleep(0.2)

        threading.Thread(target=sample, daemon=True).start()

    @staticmethod
    def now_kb() -> int:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0


def run_step(argv: list[str]) -> None:
    from kamdesk.services.sync.capture import install

    install()
    _Kdf.install()
    _HeapPeak.start()
    name, work, *rest = argv
    out = STEPS[name](Path(work), *rest)
    out["heap_mb"] = max(_HeapPeak.peak_kb, _HeapPeak.now_kb()) / 1024
    out["kdf"] = _Kdf.seconds  # inside the timed block: taken out of its figures
    for key in ("seconds", "cpu"):
        if key in out:
            out[key] = max(0.0, out[key] - _Kdf.seconds)
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


# --- the benchmark: the steps in order, and the table's rows ------------------------------------


def _step(work: Path, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.sync_exchange", args[0], str(work), *args[1:]],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"sync step {args[0]} failed:\n{done.stdout}{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@contextmanager
def _workdir(cache: Path) -> Iterator[Path]:
    work = cache / "tmp" / "sync_exchange"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def incremental_rows(work: Path, scale: Path) -> list[Row]:
    peer = _step(work, "prepare", str(scale))["peer"]
    edit = _step(work, "edit", str(EDITED))
    out = _step(work, "export", peer, "incr.kamsync")
    into = _step(work, "import", "b.sqlite", "incr.kamsync")
    return [
        (f"sync: edit {EDITED} clients (unit of work)", _ms(edit["seconds"]),
         "capture at commit"),
        (f"sync export, {EDITED} changed, incremental", _ms(out["seconds"]),
         f"{out['records']} records, target < 1 s; cpu {out['cpu'] * 1000:.0f} ms; "
         f"scrypt {out['kdf'] * 1000:.0f} ms apart"),
        ("sync import of it on the peer", _ms(into["seconds"]),
         f"target < 2 s; cpu {into['cpu'] * 1000:.0f} ms; scrypt {into['kdf'] * 1000:.0f} ms "
         f"and backup copy "
         f"{into['backup'] * 1000:.0f} ms apart"),
    ]  # fmt: skip


def full_rows(work: Path) -> list[Row]:
    idle = _step(work, "idle")
    raw = _step(work, "raw_copy")
    out = _step(work, "export", "", "full.kamsync")
    into = _step(work, "import", "full.sqlite", "full.kamsync")
    rows, mb = raw["records"], out["mb"]

    def note(step: dict[str, Any]) -> str:
        ratio = step["seconds"] / raw["seconds"]
        return (
            f"{ratio:.1f}x raw copy, cpu {step['cpu']:.0f} s, peak {step['heap_mb']:.0f} MB "
            f"heap ({step['rss_mb']:.0f} MB rss), scrypt {step['kdf'] * 1000:.0f} ms apart"
        )

    return [
        (f"sync full export ({out['records']} records)", _ms(out["seconds"]),
         f"{note(out)}, {mb:.0f} MB"),
        ("sync full import into an empty file", _ms(into["seconds"]), note(into)),
        (f"raw sqlite3 copy ({rows} rows)", _ms(raw["seconds"]),
         f"ATTACH + INSERT..SELECT per table, peak {raw['heap_mb']:.0f} MB heap "
         f"({raw['rss_mb']:.0f} MB rss; an idle process {idle['rss_mb']:.0f} MB)"),
    ]  # fmt: skip


def exchange_bench(scale: Path, cache: Path, *, full: bool = True) -> list[Row]:
    with _workdir(cache) as work:
        rows = incremental_rows(work, scale)
        if full:
            rows += full_rows(work)
    return rows


if __name__ == "__main__":
    if len(sys.argv) > 2:
        run_step(sys.argv[1:])
    else:
        from benchmarks.__main__ import CACHE, scale_db

        full = "--no-full" not in sys.argv
        for name, value, note in exchange_bench(scale_db(10_000), CACHE, full=full):
            print(f"{name:<44}  {value:>11}  {note}")
