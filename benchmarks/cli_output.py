"""`kamdesk list orders --json` on the scale database (issue 17, item 5): the whole command,
written to a file, as it is and with PYTHONUNBUFFERED set, against its floor measured in the
same run: the same query with the plain sqlite3 module, rows as dicts, json.dumps (indent=1)
to a file, in a process of its own too. Target: <= 1.2x the floor, either way."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# the floor: what a script of a dozen lines does with the same SQL
FLOOR = """
import json, sqlite3, sys
db, sql, out = sys.argv[1:4]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
cur = con.execute(sql)
names = [d[0] for d in cur.description]
rows = [dict(zip(names, r)) for r in cur]
with open(out, "w", encoding="utf-8") as f:
    f.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\\n")
"""


def orders_sql() -> str:
    """The SQL `kamdesk list orders` runs (kamdesk.services.listing), as SQLite gets it."""
    from sqlalchemy.dialects import sqlite

    from kamdesk.models import SalesOrder
    from kamdesk.services.listing import ENTITIES, live

    build, _model = ENTITIES["orders"]
    return str(build().where(live(SalesOrder)).compile(dialect=sqlite.dialect()))


def _run(args: list[str], out: Path, env: dict[str, str]) -> float:
    with out.open("wb") as stdout:
        t = time.perf_counter()
        subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, env=env, check=True)
        return time.perf_counter() - t


def cli_output_bench(db: Path, runs: int) -> list[tuple[str, str, str]]:
    sql = orders_sql()
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    unbuffered = dict(env, PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "kamdesk", "list", "orders", "--db", str(db), "--json"]
    floor, plain, raw = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        for _ in range(max(1, runs)):  # interleaved: the machine's load falls on all three
            floor.append(_run([sys.executable, "-c", FLOOR, str(db), sql, str(out)], out, env))
            plain.append(_run(command, out, env))
            size = out.stat().st_size
            raw.append(_run(command, out, unbuffered))
    base = statistics.median(floor)

    def row(name: str, samples: list[float], note: str) -> tuple[str, str, str]:
        ratio = statistics.median(samples) / base
        return (name, f"{statistics.median(samples):8.2f} s", f"{ratio:.2f}x floor {note}")

    return [
        ("list orders --json: sqlite3 + json.dumps", f"{base:8.2f} s", f"floor, {size} bytes"),
        row("kamdesk list orders --json", plain, "(target <= 1.2x)"),
        row("kamdesk list orders --json, unbuffered", raw, "PYTHONUNBUFFERED=1 (target <= 1.2x)"),
    ]


if __name__ == "__main__":
    for line in cli_output_bench(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        print(*line, sep="  |  ")
