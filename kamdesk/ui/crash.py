"""Unexpected exceptions: logged with traceback and shown, never a silent exit.

The log file gets the kind of the error and its frames, never its text (kamdesk.app's
PrivateFormatter): the dialog's details show the whole traceback to the user, on screen only.

A known condition that reached here (a StorageError from a read: the file locked by another
program, a full disk, a damaged file; a UserError: a record deleted meanwhile) is no bug: it is
said as it is, like run_op says it, without the crash dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.errors import KamdeskError, StorageError

log = logging.getLogger("kamdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            # a worker thread may not open a dialog: the log has it; the read it served says
            # its own failure on the GUI thread
            log.error("unexpected error off the GUI thread", exc_info=(kind, exc, tb))
            return
        if isinstance(exc, KamdeskError) and app is not None:
            log.warning("said to the user: %s", exc)  # the file gets its kind only (app.py)
            icon = (
                QMessageBox.Icon.Critical
                if isinstance(exc, StorageError)
                else QMessageBox.Icon.Warning
            )
            QMessageBox(icon, "kamdesk", str(exc), parent=QApplication.activeWindow()).exec()
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "kamdesk", tr("Something went wrong."))
        box.setInformativeText(
            tr("Your saved data is safe. The details were written to the log:\n{path}").format(
                path=log_file
            )
        )
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()

    sys.excepthook = hook
