"""One way to run a change from the UI (after Anki's aqt.operations).

run_op opens a unit of work, runs the service, commits, tells every view what changed, shows a
UserError as a message and hands anything else to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.errors import StorageError, UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.paths import AppPaths

T = TypeVar("T")


class ChangeHub(QObject):
    """Views refresh from this: `changed` carries the names of the entities that changed.

    It also keeps figures that are costly to compute and shared by several views (the
    key-client shares): cached until the next change; and the app's folders (`paths`, None
    when the caller has none to give), for what a view reads from them: the user's templates.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
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
    changes: set[str],
    on_success: Callable[[T], Any] | None = None,
    handle: Callable[[UserError], bool] | None = None,
) -> T | None:
    """`handle` may take a UserError itself (mark the lines at fault, open a dialog): when it
    returns True no message is shown. Nothing was written either way."""
    try:
        with db.unit_of_work() as session:
            result = fn(session)
    except UserError as exc:
        if handle is not None and handle(exc):
            return None
        QMessageBox.warning(parent, parent.tr("Not saved") if parent else "kamdesk", str(exc))
        return None
    except StorageError as exc:
        QMessageBox.critical(parent, parent.tr("Database") if parent else "kamdesk", str(exc))
        return None
    hub.changed.emit(frozenset(changes))
    if on_success is not None:
        on_success(result)
    return result
