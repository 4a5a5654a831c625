"""Issue 15, case 3: a second writer waits for the first (BEGIN IMMEDIATE) instead of failing
at once, so a GUI save and a command-line import run together lose nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.models import Client, ExchangeRate
from tests.db.writers import FIRST_DAY

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 100


def test_a_gui_saver_and_a_cli_importer_together_lose_nothing(db: Database) -> None:
    db.close()  # the two writers are other processes
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.db.writers", kind, str(db.path), str(ROUNDS)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for kind in ("gui", "cli")
    ]
    outputs = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
        assert out == "", out  # every failed round prints a line
    with db.reading() as session:
        saved = set(session.scalars(select(Client.name).where(Client.name.like("gui %"))))
        days = set(
            session.scalars(select(ExchangeRate.rate_date).where(ExchangeRate.currency == "USD"))
        )
        cities = session.scalar(select(func.count()).where(Client.city == f"city {ROUNDS - 1}"))
    assert saved == {f"gui {n}" for n in range(ROUNDS)}
    assert {str(d) for d in days} >= {str(FIRST_DAY + timedelta(days=n)) for n in range(ROUNDS)}
    assert cities == 1
