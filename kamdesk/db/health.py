"""Is the file damaged? SQLite's quick_check, on a connection that another thread may interrupt
(the GUI checks the file in the background after it opens and stops the check when it
closes)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kamdesk.db.cipher import database_errors
from kamdesk.db.readonly import connect_read_only


def quick_check_problems(conn: Any, limit: int = 3) -> list[str]:
    """What SQLite's quick_check finds (at most `limit` findings), as readable lines; [] when
    the file is whole. A page too damaged to be read at all is one such line."""
    try:
        lines = [str(line) for (line,) in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except database_errors() as exc:  # "database disk image is malformed"
        if "interrupt" in str(exc).lower():
            raise
        return [str(exc)]
    if lines == ["ok"]:
        return []
    # SQLite heads a finding with "*** in database main ***": the lines after it say it
    return [ln for text in lines for ln in text.splitlines() if not ln.startswith("***")]


class Cancelled(Exception):
    """The check was stopped before it finished (the window closed)."""


class DamageCheck:
    """One quick_check on a connection `connect` gives (the open database's own: an encrypted
    file reads only through it), given back with its `close()`; `run` on a worker thread,
    `cancel` from any other."""

    def __init__(self, connect: Callable[[], Any]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> list[str]:
        """The damage found ([] for a whole file); Cancelled when stopped."""
        try:
            handle = self._connect()
        except database_errors() as exc:
            return [str(exc)]
        # SQLAlchemy's pooled connection holds the driver's; a plain one is its own
        conn = getattr(handle, "driver_connection", handle)
        try:
            with self._lock:
                if self._cancelled:
                    raise Cancelled
                self._conn = conn
            try:
                return quick_check_problems(conn)
            except database_errors() as exc:  # interrupted
                raise Cancelled from exc
        finally:
            with self._lock:
                self._conn = None
            handle.close()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def check_file(path: Path) -> DamageCheck:
    """A check of a database file no one has open: read-only, leaving no files behind."""
    return DamageCheck(lambda: connect_read_only(path))
