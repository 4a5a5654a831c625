"""Help > Keyboard shortcuts (Ctrl+/) and Help > About: the versions, and the folders where
kamdesk keeps the database, its backups, the log and the settings, each openable."""

from __future__ import annotations

import platform
import sqlite3
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import __version__
from kamdesk.paths import AppPaths
from kamdesk.ui.help.shortcuts import listed
from kamdesk.ui.widgets.table_state import remember_table


class ShortcutsDialog(QDialog):
    """Every shortcut, by where it works; a filter narrows the list as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Find a shortcut: a word or a key"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows = listed()
        self.table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        remember_table(self.table, "shortcutsTable")
        self.filter.textChanged.connect(self._narrow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _narrow(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, c) for c in range(3))
            seen = " ".join(item.text() for item in cells if item is not None).casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in seen)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """What a person sees: the rows the filter leaves."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc, union-attr]
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]


class AboutDialog(QDialog):
    """kamdesk's version and those of what it runs on (for a support request), and where its
    files are, each folder one click from the file manager."""

    def __init__(self, db_path: Path, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About kamdesk"))
        title = QLabel(
            self.tr(
                "<b>kamdesk</b> {version}<br>The key account manager's offline workbench."
            ).format(version=__version__)
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        versions = QLabel(
            self.tr("Python {python} · Qt {qt} · PySide6 {pyside} · SQLite {sqlite}").format(
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
                sqlite=sqlite3.sqlite_version,
            )
        )
        versions.setObjectName("versions")
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        self.folders: dict[str, Path] = {
            "database": db_path.parent,
            "backups": paths.backups,
            "log": paths.logs,
            "settings": paths.config,
        }
        names = {
            "database": self.tr("Database"),
            "backups": self.tr("Backups"),
            "log": self.tr("Log"),
            "settings": self.tr("Settings"),
        }
        self.open_buttons: dict[str, QPushButton] = {}
        for row, (key, folder) in enumerate(self.folders.items()):
            where = QLabel(str(db_path) if key == "database" else str(folder))
            where.setObjectName(f"folder_{key}")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            button = QPushButton(self.tr("Open folder"))
            button.setObjectName(f"open_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.open_folder(k))
            self.open_buttons[key] = button
            grid.addWidget(QLabel(names[key]), row, 0)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(versions)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(640, 260)

    def open_folder(self, key: str) -> bool:
        """The folder in the system's file manager (made first if it is not there yet)."""
        folder = self.folders[key]
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
