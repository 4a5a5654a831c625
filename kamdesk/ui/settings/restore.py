"""Restoring a backup from the GUI (#15 item 4), from the Backups dialog or from the message
about a damaged file: asked first, the record windows closed, the current file saved aside,
the backup copied in behind a progress dialog, then every view shows the backup's data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.ui.operations import wait_for_reads
from kamdesk.ui.sync.tasks import LongTask, Progress, Stop
from kamdesk.ui.sync.words import when

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.backups import Backup


class RestoreHost(Protocol):
    """The main window, as a restore needs it."""

    db: Database | None

    def before_restore(self) -> bool:
        """Close what holds records and stop background work; False when the user keeps a
        window with unsaved edits open."""
        ...

    def after_restore(self) -> None:
        """The file is another one now: bind its identity and refresh every view."""
        ...


def tr(text: str) -> str:
    return QCoreApplication.translate("restore", text)


def confirmed(parent: QWidget, backup: Backup, *, encrypts: bool = False) -> bool:
    question = tr(
        "Restore the backup of {when}?\n\nThe current file is saved aside first, beside "
        "it, named with today's date. What was entered after {when} is not in the backup."
    ).format(when=when(backup.taken_at))
    if encrypts:  # a plain backup, an encrypted database (fixenc, #15 finding 2)
        question += "\n\n" + tr(
            "This backup was made before the database was encrypted: it is encrypted with the "
            "current passphrase as it is restored."
        )
    answer = QMessageBox.question(parent, tr("Restore a backup"), question)
    return answer == QMessageBox.StandardButton.Yes


def restore(
    parent: QWidget,
    host: RestoreHost,
    backup: Backup,
    *,
    confirm: bool = True,
    on_end: Callable[[], Any] | None = None,
) -> LongTask | None:
    """Restore `backup` in place of the open file, with progress; None when not started (the
    user said no, or kept a window open). Failures are said; the file is then as it was."""
    db = host.db
    if db is None or (confirm and not confirmed(parent, backup, encrypts=_encrypts(db, backup))):
        return None
    if not host.before_restore():
        return None
    wait_for_reads()  # a read still running would hold the file being replaced

    def work(progress: Progress, _stop: Stop) -> object:
        from kamdesk.services.backups import restore_backup

        return restore_backup(db, backup.path, progress)

    def done(aside: object) -> None:
        host.after_restore()
        QMessageBox.information(
            parent,
            tr("Backup restored"),
            tr(
                "The backup of {when} is restored.\n\nThe file it replaced was saved as {aside}."
            ).format(when=when(backup.taken_at), aside=aside),
        )

    task = LongTask(
        parent,
        tr("Restore a backup"),
        tr("Restoring the backup of {when}…").format(when=when(backup.taken_at)),
        work,
        done,
        on_end,
    )
    task.dialog.setObjectName("restoreProgress")
    task.dialog.setCancelButton(None)  # a file half replaced is no state to stop in
    return task


def _encrypts(db: Database, backup: Backup) -> bool:
    from kamdesk.services.backups import restores_plain_encrypted

    return restores_plain_encrypted(db, backup.path)
