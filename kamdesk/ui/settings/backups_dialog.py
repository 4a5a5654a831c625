"""File > Backups: the backups kamdesk made (before every upgrade and bulk import), newest
first with date, size and schema; one restored (the current file saved aside first); the
folder opened; and "Back up now…" to a folder of the user's choice (#15 items 4 and 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.settings.restore import RestoreHost, restore
from kamdesk.ui.sync.tasks import LongTask, Progress, Stop
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import date_time
from kamdesk.ui.widgets.style import MUTED_STYLE
from kamdesk.ui.widgets.table_state import SortItem, filling, key_of_row, remember_table, row_of_key

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.backups import Backup


class BackupsDialog(QDialog):
    def __init__(self, db: Database, host: RestoreHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.db, self.host = db, host
        self.backups: list[Backup] = []
        self.task: LongTask | None = None
        intro = QLabel(
            self.tr(
                "kamdesk backs this file up before every upgrade and bulk import and keeps the "
                "newest ten, in {folder}."
            ).format(folder=db.backups_folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Schema")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        remember_table(self.table, "backupsTable", descending=(0, 1))  # as read: newest first
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty = QLabel(self.tr("No backup has been made yet."))
        self.empty.setObjectName("noBackups")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setStyleSheet(MUTED_STYLE)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.setObjectName("openBackupsFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.now_button = QPushButton(icon("backup"), self.tr("Back up &now…"))
        self.now_button.setObjectName("backUpNow")
        self.now_button.clicked.connect(self.back_up_now)
        row = QHBoxLayout()
        for button in (self.restore_button, self.folder_button, self.now_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        """The folder's backups, newest first (a handful of small reads: at once)."""
        from kamdesk.services.backups import backups_of

        self.backups = backups_of(self.db)
        with filling(self.table):
            self._fill()
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.table.selectRow(row_of_key(self.table, 0))  # the newest
        self.folder_button.setEnabled(self.db.backups_folder.is_dir())
        self._selection_changed()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            size = SortItem(locale.formattedDataSize(backup.size), backup.size)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # to the second: an import and an upgrade may back up within the same minute
            taken = SortItem(date_time(backup.taken_at, seconds=True), backup.taken_at.timestamp())
            taken.setData(Qt.ItemDataRole.UserRole, row)  # its place in self.backups: the key
            items = (taken, size, self._schema_item(backup))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)

    def _schema_item(self, backup: Backup) -> QTableWidgetItem:
        from kamdesk.services.backups import Schema

        words = {
            Schema.CURRENT: self.tr("{revision}, this version"),
            Schema.OLDER: self.tr("{revision}, older: upgraded when restored"),
            Schema.NEWER: self.tr("{revision}, a newer kamdesk's: cannot be restored"),
            Schema.UNREADABLE: self.tr("unreadable: cannot be restored"),
            Schema.OTHER_PASSPHRASE: self.tr("encrypted with another passphrase"),
        }
        item = QTableWidgetItem(words[backup.schema].format(revision=backup.revision))
        if not backup.restorable:
            item.setForeground(self.palette().placeholderText())
        return item

    def selected(self) -> Backup | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        key = key_of_row(self.table, min(rows)) if rows else None
        return self.backups[key] if isinstance(key, int) else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        busy = self.task is not None and self.task.running
        self.restore_button.setEnabled(backup is not None and backup.restorable and not busy)
        self.now_button.setEnabled(not busy)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or not backup.restorable:
            return
        self.task = restore(self, self.host, backup, on_end=self._task_ended)
        self._selection_changed()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.backups_folder)))

    def back_up_now(self) -> None:
        """A verified backup into a folder the user chooses (a USB stick, a shared drive)."""
        chosen = file_dialogs.choose_folder(self, "backup", self.tr("Back up to"))
        if chosen is None:
            return
        folder, db = chosen, self.db

        def work(progress: Progress, _stop: Stop) -> object:
            from kamdesk.services.backups import back_up_to

            return back_up_to(db, folder, progress)

        self.task = LongTask(
            self,
            self.tr("Back up now"),
            self.tr("Backing up to {folder}…").format(folder=folder),
            work,
            lambda made: self.status.setText(
                self.tr("Backed up and checked: {path}").format(path=made)
            ),
            self._task_ended,
        )
        self.task.dialog.setObjectName("backUpProgress")
        self.task.dialog.setCancelButton(None)  # SQLite's backup runs to its end
        self.status.setText(self.tr("Backing up to {folder}…").format(folder=folder))
        self._selection_changed()

    def _task_ended(self) -> None:
        self.task = None
        self.status.setText("")  # a success says itself next; a failure was said
        self.refresh()
