"""One way to run a change from the UI (after Anki's aqt.operations).

run_op opens a unit of work, runs the service, commits, tells every view what changed (the
session knows: services.changes tracks every row written), shows a UserError as a message and
hands anything else to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.errors import StorageError, UserError
from kamdesk.services.changes import Change, Changes, changes_of, track

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database

T = TypeVar("T")


class ChangeHub(QObject):
    """Views refresh from this: `changed` carries the `Changes` (a frozenset of `Change`) of one
    unit of work, never empty.

    It also keeps figures that are costly to compute and shared by several views (the
    key-client shares): cached until the next change.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[object, object] = {}
        # connected first, so the cache is clear before any view refreshes
        self.changed.connect(lambda _changes: self._cache.clear())

    def cached(self, key: object, compute: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]  # type: ignore[return-value]


def run_op(
    parent: QWidget | None,
    db: Database,
    hub: ChangeHub,
    fn: Callable[[Session], T],
    *,
    changes: Iterable[Change] = (),
    on_success: Callable[[T], Any] | None = None,
    handle: Callable[[UserError], bool] | None = None,
) -> T | None:
    """`handle` may take a UserError itself (mark the lines at fault, open a dialog): when it
    returns True no message is shown. Nothing was written either way.

    What changed is what the unit of work wrote; `changes` adds to it what the database cannot
    tell (rarely needed)."""
    try:
        with db.unit_of_work() as session:
            result = fn(track(session))
            written: Changes = changes_of(session) | frozenset(changes)
    except UserError as exc:
        if handle is not None and handle(exc):
            return None
        QMessageBox.warning(parent, parent.tr("Not saved") if parent else "kamdesk", str(exc))
        return None
    except StorageError as exc:
        QMessageBox.critical(parent, parent.tr("Database") if parent else "kamdesk", str(exc))
        return None
    if written:
        hub.changed.emit(written)
    if on_success is not None:
        on_success(result)
    return result
