"""Unexpected exceptions: logged with traceback and shown, never a silent exit.

The log file gets the kind of the error and its frames, never its text (kamdesk.app's
PrivateFormatter): the dialog's details show the whole traceback to the user, on screen only.

A known condition that reached here (a StorageError from a read: the file locked by another
program, a full disk, a damaged file; a UserError: a record deleted meanwhile) is no bug: it is
said as it is, like run_op says it, without the crash dialog. A damaged file, whether a
StorageError says it or SQLite's own error got this far, goes to whoever offers the newest good
backup (the main window registers with `add_damage_sayer`).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from kamdesk.errors import DamagedFile, KamdeskError, StorageError, says_damaged

log = logging.getLogger("kamdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


class DamageSayer(Protocol):
    def say_damage(self, detail: str) -> None: ...


_SAYERS: list[QObject] = []  # newest last; a deleted one is skipped


def add_damage_sayer(sayer: QObject) -> None:
    """`sayer.say_damage(detail)` tells the user of a damaged file from now on (while it lives)."""
    _SAYERS.append(sayer)


def _is_database_error(exc: BaseException) -> bool:
    """sqlite3's DatabaseError or sqlcipher3's (not a subclass of it), without loading the
    database layer into the GUI's first import."""
    return isinstance(exc, sqlite3.DatabaseError) or any(
        kind.__name__ == "DatabaseError" and kind.__module__.startswith("sqlcipher3")
        for kind in type(exc).__mro__
    )


def damage_detail(exc: BaseException) -> str | None:
    """What SQLite said, when `exc` says the database file is damaged; None otherwise."""
    if isinstance(exc, DamagedFile):
        return exc.detail or str(exc)
    orig = getattr(exc, "orig", exc)  # SQLAlchemy's DBAPIError keeps SQLite's own as .orig
    if _is_database_error(orig) and says_damaged(str(orig)):
        return str(orig)
    return None


def say_damage(exc: BaseException) -> bool:
    """Hand a damaged file to the sayer; False when `exc` is something else or none lives."""
    detail = damage_detail(exc)
    _SAYERS[:] = [s for s in _SAYERS if isValid(s)]
    if detail is None or not _SAYERS:
        return False
    sayer: DamageSayer = _SAYERS[-1]  # type: ignore[assignment]
    sayer.say_damage(detail)
    return True


def say_storage_error(parent: QWidget | None, title: str, exc: StorageError) -> None:
    """A StorageError as the user reads it: a damaged file with the backup to restore, anything
    else (locked, full, read-only) as its message."""
    if not say_damage(exc):
        QMessageBox.critical(parent, title, str(exc))


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            # a worker thread may not open a dialog: the log has it; the read it served says
            # its own failure on the GUI thread
            log.error("unexpected error off the GUI thread", exc_info=(kind, exc, tb))
            return
        if say_damage(exc):
            log.warning("the database file is damaged: %s", exc)  # the file gets its kind only
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
