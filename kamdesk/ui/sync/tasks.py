"""A long export or import: run off the GUI thread behind a progress dialog that can cancel.

The work gets `progress(done, total)` and `cancelled()`; a cancel makes the service raise its
Cancelled (a UserError: nothing was written), which is said like any other UserError.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kamdesk.errors import StorageError, UserError
from kamdesk.ui.crash import say_storage_error

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]
Work = Callable[[Progress, Stop], Any]


class _Thread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = stop

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except BaseException as exc:  # said on the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class LongTask(QObject):
    """One export or import in flight; `running` until its result (or error) was handled."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        work: Work,
        on_success: Callable[[Any], Any],
        on_end: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._title = title
        self._on_success = on_success
        self._on_end = on_end
        self._stop = threading.Event()
        self.running = True
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("syncProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # a quick file shows no dialog at all
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread = _Thread(work, self._stop, self)
        self._thread.progressed.connect(self._progressed)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next check: the service then raises Cancelled and writes nothing."""
        self._stop.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self._thread.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.running = False
        if self._on_end is not None:
            self._on_end()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, StorageError):  # a damaged file: the newest good backup offered
            say_storage_error(self._parent, self._title, exc)
        elif isinstance(exc, UserError):
            QMessageBox.warning(self._parent, self._title, str(exc))
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
