"""What every window of one record (a dossier, an order, a meeting) tells the window registry
and its action classes: whether it is closing, and a `busy()` span while one of its own steps
runs, so the change that step announces is not news to it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class RecordWindowState:
    """Mixed into a record's window (before its Qt base class)."""

    _busy = False
    _closing = False

    @property
    def closing(self) -> bool:
        """True from the moment the window decided to close: it ignores changes from then."""
        return self._closing

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """While one of its own steps runs: the change it makes is not news to this window."""
        self._busy = True
        try:
            yield
        finally:
            self._busy = False
