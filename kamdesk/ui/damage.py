"""A damaged database file, as the GUI meets it (#15 item 4): SQLite's quick_check runs in the
background once the window has opened, on a thread of its own: it never holds the window up
(3-7 s on the 1.9 GB 10 000-client demo on a busy 2-core machine, the event loop still at its
20 ms ticks; `python -m benchmarks.damage_check`). A damaged page found then, or while working,
is said in one clear message that offers the newest good backup: restoring it saves the
damaged file aside first.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from shiboken6 import isValid

from kamdesk.errors import KamdeskError
from kamdesk.ui import crash
from kamdesk.ui.operations import collect_on_gui_thread
from kamdesk.ui.settings.restore import RestoreHost, restore
from kamdesk.ui.sync.tasks import LongTask, Progress, Stop
from kamdesk.ui.sync.words import when
from kamdesk.ui.widgets.icons import icon

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.backups import Backup, DamageCheck

log = logging.getLogger("kamdesk")


class _Relay(QObject):
    """Carries a worker's finding to the GUI thread; it lives as long as the application, so a
    finding whose window was closed meanwhile is dropped there (after operations._Relay)."""

    returned = Signal(object, object)  # the watch, its finding

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.returned.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, watch: DamageWatch, finding: object) -> None:
        if isValid(watch):
            watch._found(finding)


_RELAY: _Relay | None = None


def _relay() -> _Relay:
    global _RELAY
    if _RELAY is None:
        app = QCoreApplication.instance()
        assert app is not None, "the damage check runs in an application"
        _RELAY = _Relay(app)
    return _RELAY


def background_priority() -> None:
    """The calling thread gets the CPU only when nothing else wants it (Linux: a thread's own
    nice value; elsewhere nothing changes). The check runs in SQLite's C code, without the
    interpreter's lock: beside it a keystroke in the client search waited three to four times
    as long on a busy machine (10 000 clients), for the cores, not the lock."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except OSError as exc:  # not allowed here: the check runs as it is
            log.info("the damage check keeps its priority: %s", exc)


class DamageWatch(QObject):
    """Owned by the main window: `start(db)` checks the file in the background; `say_damage`
    (from crash.say_storage_error, for a damaged page found while working) says it the same
    way. `stop()` before the database closes."""

    said = Signal()  # the message was put on screen (tests wait for it)

    def __init__(self, window: QWidget) -> None:
        """`window` is the main window: a RestoreHost."""
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.box: QMessageBox | None = None
        self.seconds: float | None = None  # how long the last check at start took
        self._check: DamageCheck | None = None
        self._thread: threading.Thread | None = None
        self._pending: str | None = None  # met while the check at start was running
        self._restore_button: QPushButton | None = None
        crash.add_damage_sayer(self)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, db: Database) -> None:
        """quick_check the open file on a thread of its own (the readers' pool stays free)."""
        from kamdesk.services.backups import damage_check

        self.stop()
        self.db = db
        check = self._check = damage_check(db)

        def look() -> object:
            background_priority()  # the whole file read: the KAM's typing goes first
            return self._look(db, check)

        self._work(look)

    def say_damage(self, detail: str) -> None:
        """A damaged page met while working: said once, with the newest good backup."""
        db = self.db
        if db is None or (self.box is not None and self.box.isVisible()):
            return  # already said (one damaged page fails many reads)
        if self.busy:
            self._pending = detail  # said when the check running now returns
            return
        self._work(lambda: ([detail], _newest(db)))

    def stop(self) -> None:
        """Interrupt a check still running and wait for it (the file is about to close)."""
        if self._check is not None:
            self._check.cancel()
        if self._thread is not None:
            self._thread.join()
        self._check = self._thread = None

    def _work(self, job: Callable[[], object]) -> None:
        relay = _relay()
        collect_on_gui_thread()  # the thread must never collect the GUI's Qt objects

        def run() -> None:
            try:
                finding = job()
            except BaseException as exc:  # said on the GUI thread
                finding = exc
            relay.returned.emit(self, finding)

        self._thread = threading.Thread(target=run, name="kamdesk-damage-check", daemon=True)
        self._thread.start()

    def _look(self, db: Database, check: DamageCheck) -> object:
        from kamdesk.services.backups import Cancelled

        started = time.perf_counter()
        try:
            problems = check.run()
        except Cancelled:
            return None
        self.seconds = time.perf_counter() - started
        log.info("quick_check of the open file took %.1f s", self.seconds)
        return (problems, _newest(db)) if problems else None

    def _found(self, finding: object) -> None:
        if self._thread is not None:
            self._thread.join()  # it has said its finding: it is ending
        self._thread = None
        pending, self._pending = self._pending, None
        if finding is None:  # the file is whole (or the check was stopped)
            if pending is not None:
                self.say_damage(pending)
            return
        if isinstance(finding, BaseException):
            crash_hook(finding)
            return
        problems, newest = cast("tuple[list[str], Backup | None]", finding)
        self._say(problems, newest)

    def _say(self, problems: list[str], newest: Backup | None) -> None:
        db = self.db
        if db is None or (self.box is not None and self.box.isVisible()):
            return
        log.warning("the database file is damaged: %d finding(s) said", len(problems))
        box = self.box = QMessageBox(QMessageBox.Icon.Critical, "kamdesk", "", parent=self.window)
        box.setObjectName("damageMessage")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setText(self.tr("The file is damaged: {path}").format(path=db.path))
        found = "; ".join(problems[:3])
        if newest is None:
            box.setInformativeText(
                self.tr(
                    "SQLite found: {found}.\n\nNo good backup was found in {folder}. Copy the "
                    "file somewhere safe before working on, and restore a backup from another "
                    "folder if you have one."
                ).format(found=found, folder=db.backups_folder)
            )
            box.addButton(QMessageBox.StandardButton.Close)
        else:
            box.setInformativeText(
                self.tr(
                    "SQLite found: {found}.\n\nRestore the newest good backup, of {when}? The "
                    "damaged file is saved aside first, beside it, named with today's date; "
                    "what was entered after {when} is not in the backup."
                ).format(found=found, when=when(newest.taken_at))
            )
            # kept: PySide would delete a button only the box holds
            button = self._restore_button = QPushButton(
                icon("restore"), self.tr("Restore the backup"), box
            )
            button.setObjectName("restoreNewest")
            box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(button)
            button.clicked.connect(lambda: self.restore(newest))
        box.open()
        self.said.emit()

    def restore(self, backup: Backup) -> None:
        """The user chose to restore it in the message: asked once is enough."""
        restore(self.window, cast(RestoreHost, self.window), backup, confirm=False)


def _newest(db: Database) -> Any:
    from kamdesk.services.backups import newest_good_backup

    return newest_good_backup(db)


def crash_hook(exc: BaseException) -> None:
    sys.excepthook(type(exc), exc, exc.__traceback__)


def offer_restore_at_open(
    window: QWidget,
    path: Path,
    folder: Path,
    detail: str,
    *,
    opened: Callable[[], Any],
    give_up: Callable[[], Any],
) -> None:
    """A file too damaged to open at all: the newest good backup in `folder` is offered; once
    restored (the damaged file saved aside) `opened` opens it; otherwise `give_up`."""
    from kamdesk.services.backups import newest_good_backup_in

    newest = newest_good_backup_in(folder)
    box = QMessageBox(QMessageBox.Icon.Critical, "kamdesk", "", parent=window)
    box.setObjectName("damageMessage")
    box.setText(_tr("The file is damaged: {path}").format(path=path))
    if newest is None:
        box.setInformativeText(
            _tr("SQLite found: {found}.\n\nNo good backup was found in {folder}.").format(
                found=detail, folder=folder
            )
        )
        box.exec()
        give_up()
        return
    box.setInformativeText(
        _tr(
            "SQLite found: {found}.\n\nRestore the newest good backup, of {when}? The damaged "
            "file is saved aside first, beside it, named with today's date."
        ).format(found=detail, when=when(newest.taken_at))
    )
    restore_button = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    restore_button.setObjectName("restoreNewest")
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        give_up()
        return

    def work(progress: Progress, _stop: Stop) -> object:
        from kamdesk.services.backups import restore_unopened

        try:
            return restore_unopened(path, newest.path, progress)
        except KamdeskError as exc:  # said below, then kamdesk quits
            return exc

    def done(result: object) -> None:
        if isinstance(result, KamdeskError):
            QMessageBox.critical(window, "kamdesk", str(result))
            give_up()
            return
        QMessageBox.information(
            window,
            _tr("Backup restored"),
            _tr("The backup of {when} is restored. The damaged file was saved as {aside}.").format(
                when=when(newest.taken_at), aside=result
            ),
        )
        opened()

    title = _tr("Restore a backup")
    task = LongTask(window, title, title, work, done)
    task.dialog.setCancelButton(None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamageWatch", text)
