"""Benchmarks of the schedule on the 10 000-client database (issue 17, item 4).

Each timing stands beside its floor, measured in the same run: the very statements the service
ran (caught as SQLAlchemy sent them, parameters and all) replayed through plain sqlite3 with
every row fetched, so the ratio says what the Python above the SQL costs.

- the week: every meeting and call of a week with conflicts and readiness, what the week view
  and `report week` load (target < 300 ms; 881 ms before issue 17);
- one meeting's preparation, what its panel shows (target: the slowest under 150 ms; 148 ms,
  max 386 before): the week's first 20 planned meetings and the one of the client with the most
  orders, each read `runs` times; beside it, the meeting's whole day read as the preparation
  did before to find its conflicts;
- Today's meetings on the week's busiest day (Today reads what the week reads, for a day);
- the brief: preparation and the PDF (target < 500 ms).
"""

from __future__ import annotations

import gc
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

WEEK = date(2026, 11, 2)  # the Monday after the database's as-of day
MEETINGS = 20

Statement = tuple[str, Any]


def _ms(value: float) -> str:
    return f"{value:8.0f} ms"


@contextmanager
def _caught(engine: Any) -> Iterator[list[Statement]]:
    """The statements sent through `engine` meanwhile, with their parameters."""
    from sqlalchemy import event

    out: list[Statement] = []

    def keep(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().split(None, 1)[0].upper() in ("SELECT", "WITH"):  # not BEGIN
            out.append((sql, params))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield out
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def _raw(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 on the same file, read-only, with the app's cache and memory map."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA mmap_size=1073741824")
    conn.execute("PRAGMA cache_size=-65536")
    return conn


def _replay(conn: sqlite3.Connection, statements: list[Statement]) -> float:
    """Milliseconds to run these statements and fetch all their rows."""
    t = time.perf_counter()
    for sql, params in statements:
        conn.execute(sql, params or ()).fetchall()
    return (time.perf_counter() - t) * 1000


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one call (on a busy machine the wall clock also
    counts the waits for a core)."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000


def _against(value: float, floor: float, target: float) -> str:
    return f"{value / floor:.1f}x its SQL in sqlite3 ({floor:.0f} ms); {value / target:.2f}x target"


@contextmanager
def _collector(automatic: bool) -> Iterator[None]:
    """The cycle collector as kamdesk runs it: what exists before the read (modules, classes,
    the open database) frozen out of its walks, and automatic collection off in the app (its
    reads run on workers; the GUI thread collects between events, kamdesk.ui.operations) or
    on, as in the command line."""
    gc.freeze()
    was = gc.isenabled()
    if not automatic:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        gc.unfreeze()


def _week_row(db: Any, raw: sqlite3.Connection, runs: int) -> tuple[tuple[str, str, str], Any]:
    from kamdesk.services.schedule.week import week

    with db.reading() as s:
        week(s, WEEK, today=WEEK)  # the page cache warm, as in an app that has the file open
    app: list[float] = []
    cpu: list[float] = []
    cli: list[float] = []
    for _ in range(runs):  # alternated: the same noise for both
        for automatic, into in ((False, app), (True, cli)):
            with db.reading() as s, _collector(automatic):
                w, c = _timed(lambda s=s: week(s, WEEK, today=WEEK))
            into.append(w)
            if not automatic:
                cpu.append(c)
    with db.reading() as s, _caught(db.engine) as statements:
        items = week(s, WEEK, today=WEEK)
    floor = statistics.median(_replay(raw, statements) for _ in range(runs))
    median = statistics.median(app)
    note = (
        f"max {max(app):.0f}, CPU {statistics.median(cpu):.0f} ms; {len(statements)} queries; "
        + _against(median, floor, 300)
        + f" (< 300 ms); `report week` (collector on) {statistics.median(cli):.0f} ms"
    )
    name = f"week with readiness ({len(items)} meetings and calls), as the app reads it"
    return (name, _ms(median), note), items


def _biggest_client_meeting(db: Any, ids: list[str]) -> str | None:
    """Of these meetings, the one whose client has the most orders: the longest history."""
    from sqlalchemy import func, select

    from kamdesk.models import Activity, SalesOrder

    with db.reading() as s:
        orders = (
            select(func.count())
            .where(SalesOrder.client_id == Activity.client_id)
            .correlate(Activity)
            .scalar_subquery()
        )
        return s.execute(
            select(Activity.id).where(Activity.id.in_(ids)).order_by(orders.desc()).limit(1)
        ).scalar()


def _preparation_rows(
    db: Any, raw: sqlite3.Connection, meeting_ids: list[str], runs: int
) -> list[tuple[str, str, str]]:
    from kamdesk.services.schedule.preparation import preparation
    from kamdesk.services.schedule.week import scheduled_between

    per_meeting: list[list[float]] = []
    floors: list[float] = []
    whole_days: list[float] = []
    for mid in meeting_ids:
        samples = []
        for _ in range(runs):
            with db.reading() as s:
                samples.append(_timed(lambda s=s, m=mid: preparation(s, m, today=WEEK))[0])
        per_meeting.append(samples)
        with db.reading() as s, _caught(db.engine) as statements:
            p = preparation(s, mid, today=WEEK)
        floors.append(_replay(raw, statements))
        with db.reading() as s:
            day = p.meeting.start.date()
            whole_days.append(
                _timed(lambda s=s, d=day: scheduled_between(s, d, 1, with_readiness=False))[0]
            )
    every = [x for samples in per_meeting for x in samples]
    slowest = max(statistics.median(samples) for samples in per_meeting)
    median, floor = statistics.median(every), statistics.median(floors)
    note = (
        f"slowest meeting {slowest:.0f} ms (its median of {runs}), slowest run {max(every):.0f}; "
        f"{median / floor:.1f}x its SQL in sqlite3 ({floor:.0f} ms); its day read whole, as "
        f"before, {statistics.median(whole_days):.0f} ms; {slowest / 150:.2f}x target (max < 150)"
    )
    return [(f"one meeting's preparation ({len(meeting_ids)} meetings)", _ms(median), note)]


def _today_row(
    db: Any, raw: sqlite3.Connection, items: list[Any], runs: int
) -> tuple[str, str, str]:
    from collections import Counter

    from kamdesk.services.schedule.today import todays_meetings

    busiest = Counter(i.start.date() for i in items).most_common(1)[0][0]
    wall = []
    for _ in range(runs):
        with db.reading() as s:
            wall.append(_timed(lambda s=s: todays_meetings(s, busiest, None))[0])
    with db.reading() as s, _caught(db.engine) as statements:
        shown = todays_meetings(s, busiest, None)
    floor = statistics.median(_replay(raw, statements) for _ in range(runs))
    median = statistics.median(wall)
    note = f"{busiest:%a %d %b}; {median / floor:.1f}x its SQL in sqlite3 ({floor:.0f} ms)"
    return (f"Today's meetings ({len(shown)} on the busiest day)", _ms(median), note)


def _brief_row(db: Any, meeting_ids: list[str]) -> tuple[str, str, str]:
    from io import BytesIO

    from kamdesk.reports.brief import render_brief
    from kamdesk.services.schedule.brief import meeting_brief
    from kamdesk.services.schedule.preparation import preparation

    def brief(s: Any, mid: str) -> None:
        render_brief(meeting_brief(s, mid, today=WEEK), BytesIO())

    whole, prep = [], []
    for mid in meeting_ids:
        with db.reading() as s:
            whole.append(_timed(lambda s=s, m=mid: brief(s, m))[0])
        with db.reading() as s:
            prep.append(_timed(lambda s=s, m=mid: preparation(s, m, today=WEEK))[0])
    note = (
        f"max {max(whole):.0f} ms, of which the preparation {statistics.median(prep):.0f} ms; "
        f"{max(whole) / 500:.2f}x target (< 500 ms)"
    )
    return ("meeting brief PDF", _ms(statistics.median(whole)), note)


def schedule_bench(db_path: Path, runs: int = 5) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database

    db = open_database(db_path, readonly=True)
    raw = _raw(db_path)
    rows: list[tuple[str, str, str]] = []
    try:
        row, items = _week_row(db, raw, runs)
        rows.append(row)
        planned = [i.id for i in items if i.kind == "meeting" and i.status == "planned"]
        chosen = planned[:MEETINGS]
        biggest = _biggest_client_meeting(db, planned)
        if biggest is not None and biggest not in chosen:
            chosen.append(biggest)
        if chosen:
            rows += _preparation_rows(db, raw, chosen, runs)
        if items:
            rows.append(_today_row(db, raw, items, runs))
        if chosen:
            rows.append(_brief_row(db, chosen[:10]))
    finally:
        raw.close()
        db.close()
    return rows
