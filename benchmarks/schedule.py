"""Benchmarks of the schedule on the 10 000-client database.

- the week: every meeting and call of a week with conflicts and readiness, what the week view
  and `report week` load (target < 300 ms);
- one meeting's preparation: what its panel shows (target < 150 ms);
- the brief: preparation and the PDF (target < 500 ms).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

WEEK = date(2026, 11, 2)  # the Monday after the database's as-of day


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def schedule_bench(db_path: Path, runs: int = 5) -> list[tuple[str, str, str]]:
    from io import BytesIO

    from kamdesk.db import open_database
    from kamdesk.reports.brief import render_brief
    from kamdesk.services.schedule.brief import meeting_brief
    from kamdesk.services.schedule.meetings import week
    from kamdesk.services.schedule.preparation import preparation

    db = open_database(db_path)
    rows: list[tuple[str, str, str]] = []
    try:
        samples: list[float] = []
        items = []
        for _ in range(runs):
            with db.reading() as s:
                t = time.perf_counter()
                items = week(s, WEEK, today=WEEK)
                samples.append((time.perf_counter() - t) * 1000)
        rows.append(
            (
                f"week with readiness ({len(items)} meetings and calls)",
                _ms(samples),
                f"max {max(samples):.0f} ms (target < 300 ms)",
            )
        )
        meetings = [i for i in items if i.kind == "meeting" and i.status == "planned"][:20]
        samples = []
        for item in meetings:
            with db.reading() as s:
                t = time.perf_counter()
                preparation(s, item.id, today=WEEK)
                samples.append((time.perf_counter() - t) * 1000)
        if samples:
            rows.append(
                (
                    "one meeting's preparation",
                    _ms(samples),
                    f"max {max(samples):.0f} ms (target < 150 ms)",
                )
            )
        samples = []
        for item in meetings[:10]:
            with db.reading() as s:
                t = time.perf_counter()
                render_brief(meeting_brief(s, item.id, today=WEEK), BytesIO())
                samples.append((time.perf_counter() - t) * 1000)
        if samples:
            rows.append(
                ("meeting brief PDF", _ms(samples), f"max {max(samples):.0f} ms (target < 500 ms)")
            )
    finally:
        db.close()
    return rows
