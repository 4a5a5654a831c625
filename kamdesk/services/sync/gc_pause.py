"""Fewer garbage collections while sync merges: a process-wide setting, held for a while.

A merge makes many small objects that live until it ends (a state per record, a version per
field) and few reference cycles: CPython's collector, run every 700 allocations, would walk
them again and again (measured: over a third of the laptop's time in a sync of 1 000 changed
clients with the team server). Meanwhile the young generation is collected every 20 000
allocations; the thresholds are restored when the outermost of nested holders leaves. Memory
is still freed as ever by reference counting; only cycles wait a little longer.

Where automatic collection is off, someone else runs the collector (the window collects on the
GUI thread only, kamdesk.ui.operations: a collection on a worker thread may destroy Qt objects
of the GUI thread): nothing is changed then. Nothing is frozen or unfrozen here: the window and
the command line freeze what lives as long as the process (`gc.freeze`), which must stay so.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 20_000  # allocations between two collections of the young generation (700 by default)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if gc.isenabled():
                gc.set_threshold(max(YOUNG, _saved[0]), _saved[1], _saved[2])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
