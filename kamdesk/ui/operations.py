"""One way to run a change, and one way to read, from the UI (after Anki's aqt.operations).

run_op opens a unit of work, runs the service, commits, tells every view what changed (the
session knows: services.changes tracks every row written), shows a UserError as a message and
hands anything else to the crash handler.

read_now runs a quick read on the GUI thread with the same handling of errors; a Reader runs a
view's slow read (the week, Today, a report) on a worker thread and applies the newest result
on the GUI thread when it returns, so no click waits for the database.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from kamdesk.errors import StorageError, UserError
from kamdesk.services.changes import Change, Changes, changes_of, track
from kamdesk.ui.crash import say_storage_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.paths import AppPaths

T = TypeVar("T")


class ChangeHub(QObject):
    """Views refresh from this: `changed` carries the `Changes` (a frozenset of `Change`) of one
    unit of work, never empty.

    It also keeps figures that are costly to compute and shared by several views (the
    key-client shares): cached until the next change; and the app's folders (`paths`, None
    when the caller has none to give), for what a view reads from them: the user's templates.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._cache: dict[object, object] = {}
        self.epoch = 0  # counts changes: a figure computed in an older epoch is not kept
        # connected first, so the cache is clear before any view refreshes
        self.changed.connect(self._forget)

    def _forget(self, _changes: object) -> None:
        self._cache.clear()
        self.epoch += 1

    def cached(self, key: object, compute: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]  # type: ignore[return-value]

    def peek(self, key: object) -> Any:
        """The cached figure, or None: for a read that computes it off the GUI thread."""
        return self._cache.get(key)

    def remember(self, key: object, value: object, epoch: int) -> None:
        """Keep a figure computed off the GUI thread, unless data changed since `epoch`."""
        if epoch == self.epoch:
            self._cache[key] = value


def run_op(
    parent: QWidget | None,
    db: Database,
    hub: ChangeHub,
    fn: Callable[[Session], T],
    *,
    changes: Iterable[Change] = (),
    on_success: Callable[[T], Any] | None = None,
    handle: Callable[[UserError], bool] | None = None,
    backup: bool = False,
) -> T | None:
    """`handle` may take a UserError itself (mark the lines at fault, open a dialog): when it
    returns True no message is shown. Nothing was written either way. `backup` makes a
    verified copy of the file first (a bulk import); when it fails nothing is run.

    What changed is what the unit of work wrote; `changes` adds to it what the database cannot
    tell (rarely needed)."""
    try:
        if backup:
            db.back_up()
        with db.unit_of_work() as session:
            result = fn(track(session))
            written: Changes = changes_of(session) | frozenset(changes)
    except UserError as exc:
        if handle is not None and handle(exc):
            return None
        QMessageBox.warning(parent, parent.tr("Not saved") if parent else "kamdesk", str(exc))
        return None
    except StorageError as exc:  # a damaged file: the newest good backup is offered
        say_storage_error(parent, parent.tr("Database") if parent else "kamdesk", exc)
        return None
    if written:
        hub.changed.emit(written)
    if on_success is not None:
        on_success(result)
    return result


# --- reads ------------------------------------------------------------------------------------


def _say(parent: QWidget | None, exc: BaseException) -> None:
    title = parent.tr("Database") if parent is not None else "kamdesk"
    if isinstance(exc, StorageError):
        say_storage_error(parent, title, exc)
    else:
        QMessageBox.warning(parent, title, str(exc))


def read_now(parent: QWidget | None, db: Database, fn: Callable[[Session], T]) -> T | None:
    """A quick read on the GUI thread: the result, or None after the user was told why not
    (a locked or damaged file, a record gone meanwhile). Anything else is a bug: raised."""
    try:
        with db.reading() as session:
            return fn(session)
    except (StorageError, UserError) as exc:
        _say(parent, exc)
        return None


class _CollectOnGuiThread(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate past its
    threshold. Run by a read's worker, it may destroy widgets and other Qt objects of the GUI
    thread, and PySide crashes. Once reads run on workers, automatic collection is off and this
    collects on the GUI thread instead, as often as the thresholds would have; a full
    collection at most once per FULL_EVERY_S and never more than 2 % of the time (CPython
    itself spaces full collections out by how many objects survive them).

    What exists when the first read starts (the modules, SQLAlchemy's and the models' classes,
    the main window: the start) lives as long as the application: it is frozen out of the
    collector's walks (gc.freeze), so that a full collection takes milliseconds, not the 0.2 s
    a keystroke would wait for at 10 000 clients."""

    INTERVAL_MS = 250
    FULL_EVERY_S = 10.0

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self._next_full = 0.0
        gc.disable()
        gc.freeze()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        if counts[2] > self.thresholds[2] and time.monotonic() >= self._next_full:
            started = time.monotonic()
            gc.collect(2)
            took = time.monotonic() - started
            self._next_full = started + max(self.FULL_EVERY_S, 50 * took)
            return
        for generation in (1, 0):  # the older generation due takes the younger along
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


class _Relay(QObject):
    """Carries a worker's result to the GUI thread. It lives as long as the application, so a
    read whose view was closed meanwhile still has somewhere to send its result (dropped there,
    on the GUI thread, instead of failing on the worker)."""

    returned = Signal(object, int, object, object)  # reader, generation, result, exception

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.returned.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, reader: Reader, generation: int, result: Any, exc: Any) -> None:
        if isValid(reader):  # its view may have been closed and deleted since the read began
            reader._deliver(generation, result, exc)


_POOL: QThreadPool | None = None
SWITCH_INTERVAL_S = 0.001
_COLLECTOR: _CollectOnGuiThread | None = None
_RELAY: _Relay | None = None


def _pool() -> QThreadPool:
    global _POOL, _COLLECTOR, _RELAY
    app = QCoreApplication.instance()
    if _COLLECTOR is None and app is not None:
        _COLLECTOR = _CollectOnGuiThread(app)
    if _RELAY is None and app is not None:
        _RELAY = _Relay(app)
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)  # a laptop's database is one file: more threads only queue
        # a worker running Python holds the interpreter for 5 ms at a time by default: each
        # event of the GUI thread (a keystroke's) could wait that long, several times over;
        # at 1 ms the worst keystroke beside a busy worker fell from ~530 ms to ~140 ms
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    return _POOL


def collect_on_gui_thread() -> None:
    """Before a thread of one's own runs Python code: cycle collection moves to the GUI
    thread first (_CollectOnGuiThread says why)."""
    _pool()


# reads asked for while the database file is converted (hold_reads), run on release_reads
_HELD: list[Callable[[], object]] | None = None


def hold_reads() -> None:
    """Start no read on a worker until release_reads(): they are run then (the database is
    being encrypted, say). Call wait_for_reads() after it for those already running."""
    global _HELD
    if _HELD is None:
        _HELD = []


def release_reads() -> None:
    global _HELD
    held, _HELD = _HELD or [], None
    for start in held:
        start()


def wait_for_reads(msecs: int = -1) -> bool:
    """Block until no read runs (before the database closes, and after each test)."""
    return _POOL.waitForDone(msecs) if _POOL is not None else True


class _Job(QRunnable):
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        self._run()


class Reader(QObject):
    """One view's slow read, run again whenever the view is stale: on a worker thread, with
    only the newest result applied (on the GUI thread) and older ones dropped."""

    applied = Signal()  # a result was applied (or the read failed and the user was told)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # the widget a failure is said over (a model has none: the active window then)
        self._owner = parent if isinstance(parent, QWidget) else None
        self._apply: Callable[[Any], Any] = lambda _result: None
        self._generation = 0
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def cancel(self) -> None:
        """What a read still running returns is no longer wanted (the view was filled another
        way meanwhile: a cached figure, an error in the form, a change that makes it stale)."""
        self._generation += 1

    def run(self, db: Database, fn: Callable[[Session], T], apply: Callable[[T], Any]) -> None:
        """Read with `fn` on a worker; `apply` gets the result on the GUI thread, unless
        another run was started meanwhile (then only that one's result is applied)."""
        if _HELD is not None:  # the file is being converted: run it when that is done
            _HELD.append(lambda: self.run(db, fn, apply) if isValid(self) else None)
            return
        self._apply = apply
        self._generation += 1
        self._running += 1
        pool = _pool()
        relay, generation = _RELAY, self._generation
        assert relay is not None, "reads run in an application"

        def work() -> None:
            try:
                with db.reading() as session:
                    result = fn(session)
            except BaseException as exc:
                relay.returned.emit(self, generation, None, exc)
            else:
                relay.returned.emit(self, generation, result, None)

        pool.start(_Job(work))

    def run_now(self, db: Database, fn: Callable[[Session], T], apply: Callable[[T], Any]) -> bool:
        """The same read on the GUI thread, for the rare step that must see its result at once
        (a drag that reports the clash it made); a read still running is superseded, unless
        this one fails (the user was told why): then that read still fills the view."""
        result = read_now(self._owner, db, fn)
        if result is None:
            return False
        self._generation += 1
        apply(result)
        self.applied.emit()
        return True

    def _deliver(self, generation: int, result: Any, exc: BaseException | None) -> None:
        self._running -= 1
        if generation != self._generation:
            return  # a newer read is on its way
        if exc is not None:
            if not isinstance(exc, (StorageError, UserError)):
                sys.excepthook(type(exc), exc, exc.__traceback__)
            else:
                _say(self._owner, exc)
        else:
            self._apply(result)
        self.applied.emit()


def read_op(
    parent: QWidget, db: Database, fn: Callable[[Session], T], on_success: Callable[[T], Any]
) -> Reader:
    """A one-off slow read off the GUI thread; `on_success` gets its result on return."""
    reader = Reader(parent)
    reader.run(db, fn, on_success)
    return reader
