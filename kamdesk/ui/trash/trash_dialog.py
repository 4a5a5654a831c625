"""Edit > Trash…: the deleted clients, contacts, products and meetings, searched and restored.

A restore is an ordinary edit (services.trash.restore through run_op): every view refreshes
from the change it announces, and sync carries it to the other laptops. The list says until
when each record is kept for sure: after that sync may remove it for good, once every laptop
has seen the delete.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, read_now, run_op
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.style import MUTED_STYLE
from kamdesk.ui.widgets.table_state import SortItem, filling, remember_table

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.trash import TrashEntry

KIND_WORDS = {
    "client": QT_TRANSLATE_NOOP("TrashDialog", "Client"),
    "contact": QT_TRANSLATE_NOOP("TrashDialog", "Contact"),
    "product": QT_TRANSLATE_NOOP("TrashDialog", "Product"),
    "meeting": QT_TRANSLATE_NOOP("TrashDialog", "Meeting"),
    "call": QT_TRANSLATE_NOOP("TrashDialog", "Call"),
    "task": QT_TRANSLATE_NOOP("TrashDialog", "Task"),
}
WATCHED = frozenset({Change.CLIENTS, Change.CONTACTS, Change.PRODUCTS, Change.SCHEDULE})
KIND, NAME, DETAIL, DELETED, BY, KEPT = range(6)


class TrashDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.db, self.hub = db, hub
        self.entries: list[TrashEntry] = []

        self.search = QLineEdit()
        self.search.setObjectName("trashSearch")
        self.search.setPlaceholderText(self.tr("Search by name, client or SKU"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Name"),
                self.tr("Details"),
                self.tr("Deleted on"),
                self.tr("Laptop"),
                self.tr("Kept until"),
            ]
        )
        for column, tip in (
            (DETAIL, self.tr("A contact's or meeting's client, a product's SKU, a client's city")),
            (BY, self.tr("The laptop it was deleted on, when sync has told")),
            (KEPT, self.tr("After this day the next sync may remove it for good")),
        ):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (KIND, DELETED, BY, KEPT):  # short words and days: as wide as they are
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (NAME, DETAIL):  # the names share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        remember_table(
            self.table,
            "trashTable",
            sort=(DELETED, Qt.SortOrder.DescendingOrder),
            descending=(DELETED, KEPT),
        )
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.table.doubleClicked.connect(lambda _i: self.restore())

        self.count = QLabel()
        self.count.setObjectName("trashCount")
        self.count.setStyleSheet(MUTED_STYLE)
        self.count.setWordWrap(True)
        self.restore_button = QPushButton(icon("undelete"), self.tr("Restore"))
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("trashClose")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 520)
        self.hub.changed.connect(self._on_changed)
        self.reload()

    # --- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        from kamdesk.services.trash import list_trash

        search = self.search.text()
        found = read_now(self, self.db, lambda s: list_trash(s, search=search))
        self.entries = found or []
        self._fill()

    def _fill(self) -> None:
        from kamdesk.services.sync.purge import RETENTION_DAYS

        selected = {(e.kind, e.id) for e in self.selected()}
        self.table.clearSelection()
        with filling(self.table) as table:
            table.setRowCount(len(self.entries))
            for row, entry in enumerate(self.entries):
                kind = SortItem(self.tr(KIND_WORDS.get(entry.label_kind, entry.label_kind)))
                kind.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
                deleted = entry.deleted_at.astimezone()
                cells = (
                    kind,
                    SortItem(entry.name),
                    SortItem(entry.detail),
                    SortItem(short_date(deleted.date()), deleted.isoformat()),
                    SortItem(entry.deleted_by),
                    SortItem(short_date(entry.kept_until), entry.kept_until.isoformat()),
                )
                for column, item in enumerate(cells):
                    item.setToolTip(item.text())
                    table.setItem(row, column, item)
                cells[DELETED].setToolTip(_moment(deleted))
                if entry.may_go:
                    cells[KEPT].setToolTip(self.tr("Past it: the next sync may remove it"))
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, KIND)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) in selected:
                self.table.selectRow(row)
        self.count.setText(
            self.tr(
                "%n deleted record(s). Each is kept at least {days} days; after that sync may "
                "remove it for good.",
                "",
                len(self.entries),
            ).format(days=RETENTION_DAYS)
        )
        self._on_selected()

    def selected(self) -> list[TrashEntry]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        keys = set()
        for row in rows:
            item = self.table.item(row, KIND)
            if item is not None:
                keys.add(item.data(Qt.ItemDataRole.UserRole))
        return [e for e in self.entries if (e.kind, e.id) in keys]

    def _on_selected(self) -> None:
        self.restore_button.setEnabled(bool(self.selected()))

    def _on_changed(self, changes: Changes) -> None:
        if changes & WATCHED:
            self.reload()

    # --- restoring ----------------------------------------------------------------------------
    def restore(self) -> int | None:
        """The selected records back (a client first: its contacts and meetings come with it);
        how many records came back in all, None when nothing was (the user was told why).
        Edit > Undo puts them back in the trash."""
        from kamdesk.services.trash import restore_chosen
        from kamdesk.ui.undo import commands as undo_commands

        chosen = self.selected()
        if not chosen:
            return None
        by_kind: dict[str, list[str]] = {}
        for entry in chosen:
            by_kind.setdefault(entry.kind, []).append(entry.id)
        done = run_op(self, self.db, self.hub, lambda s: restore_chosen(s, by_kind))
        if done is None:
            return None
        count, came_back = done
        names = ", ".join(e.name for e in chosen[:3])
        more = len(chosen) - 3
        text = self.tr("Restored: {names}").format(names=names)
        if more > 0:
            text += " " + self.tr("and %n more", "", more)
        self.count.setText(text)
        undo_commands.restored(self.db, self.hub, [e.name for e in chosen], came_back)
        return count


def _moment(when: datetime) -> str:
    return f"{short_date(when.date())} {when:%H:%M}"


def open_trash(db: Database, hub: ChangeHub, parent: QWidget | None) -> TrashDialog:
    dialog = TrashDialog(db, hub, parent)
    dialog.open()
    return dialog
