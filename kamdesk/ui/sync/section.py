"""The Sync section: this laptop, the other laptops and what waits for each, Export and
Import, the conflicts to resolve, and the history of files exchanged.

The page is read off the GUI thread (one `status.overview`), again whenever it is shown after
a change; the count of open conflicts (the sidebar's badge) is read again on every change of
the sync tables, shown or not. Exports and imports run on a worker behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Change, Changes
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, Reader, read_now, run_op
from kamdesk.ui.sync.conflicts_view import ConflictsView, Decision
from kamdesk.ui.sync.export_dialog import ExportChoice, ExportDialog
from kamdesk.ui.sync.import_dialogs import (
    PassphraseDialog,
    PreviewDialog,
    server_summary_text,
    summary_text,
)
from kamdesk.ui.sync.server_dialog import ServerSyncDialog
from kamdesk.ui.sync.tasks import LongTask, Progress, Stop, Work
from kamdesk.ui.sync.words import exchange_counts, waiting_text, when
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.columns import COLUMN_AT_MOST
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.style import MUTED_STYLE
from kamdesk.ui.widgets.table_state import SortItem, filling, remember_table

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.server.exchange import Exchange
    from kamdesk.services.sync.export import ExportResult
    from kamdesk.services.sync.importer import ImportSummary
    from kamdesk.services.sync.status import SyncOverview

# The badge follows the conflicts; the page also shows what waits to be sent, which any edit
# changes: it is read again (when shown) after every change.
WATCHED = frozenset(Change)
BADGE_WATCHED = frozenset({Change.SYNC})
FILE_FILTER = QT_TRANSLATE_NOOP("SyncSection", "kamdesk sync files (*.kamsync);;All files (*)")


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(COLUMN_AT_MOST)  # a long name shortened
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setMinimumSectionSize(90)
    return table


def _moment(at: datetime | None) -> float | None:
    return None if at is None else at.timestamp()


def _count(waiting: int | None) -> int:
    return EVERYTHING if waiting is None else waiting  # None: a full file, the most


EVERYTHING = 2**62


def _set_row(table: QTableWidget, row: int, cells: list[str], values: Sequence[Any] = ()) -> None:
    """`values`: what the first cells sort by (a moment, a count), not their text."""
    for column, text in enumerate(cells):
        item = SortItem(text, values[column] if column < len(values) else None)
        item.setToolTip(text)
        table.setItem(row, column, item)


class SyncSection(QWidget):
    conflicts_counted = Signal(int)  # open conflicts, for the sidebar's badge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSection")
        self._db: Database | None = None
        self._hub: ChangeHub | None = None
        self._backups: Path | None = None
        self._stale = True
        self.overview: SyncOverview | None = None
        self.open_count = 0
        self.task: LongTask | None = None
        self.dialog: QWidget | None = None  # the export, passphrase or preview dialog open
        self.message: QMessageBox | None = None  # the last export or import said
        self._reader = Reader(self)
        self._count_reader = Reader(self)
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("<h2>Sync</h2>"))
        self.laptop = QLabel()
        self.laptop.setObjectName("laptopName")
        intro = QLabel(
            self.tr(
                "The team's laptops share their data through the team server (Sync with the "
                "server…) or through files: export one for a colleague, import the ones you "
                "receive. Files use the team's passphrase."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self.export_button = QPushButton(icon("export"), self.tr("Export to file…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(icon("import"), self.tr("Import file…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_file)
        self.server_button = QPushButton(icon("sync"), self.tr("Sync with the server…"))
        self.server_button.setObjectName("serverButton")
        self.server_button.clicked.connect(self.sync_with_server)
        buttons = QHBoxLayout()
        buttons.addWidget(self.laptop)
        buttons.addStretch(1)
        buttons.addWidget(self.server_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_peers(), self.tr("Other laptops"))
        self.conflicts = ConflictsView()
        self.conflicts.decided.connect(self.resolve)
        self.resolved = QLabel()
        self.resolved.setObjectName("resolvedNote")
        self.resolved.setWordWrap(True)
        self.resolved.hide()  # until a conflict was resolved
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.resolved)
        column.addWidget(self.conflicts, 1)
        self.conflicts_tab = self.tabs.addTab(page, self.tr("Conflicts to resolve"))
        self.tabs.addTab(self._build_history(), self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self._enable()

    def _build_peers(self) -> QWidget:
        page = QWidget()
        self.peers_empty = QLabel(
            self.tr(
                "No other laptop yet. Export a full file to set up a colleague's laptop: "
                "choose “A new laptop (everything)”."
            )
        )
        self.peers_empty.setObjectName("peersEmpty")
        self.peers_empty.setWordWrap(True)
        self.peers = _table(
            [self.tr("Laptop"), self.tr("Last sent to it"), self.tr("Last received from it"),
             self.tr("Waiting to be sent")], "peersTable",
        )  # fmt: skip
        remember_table(self.peers, "peersTable", descending=(1, 2, 3))
        layout = QVBoxLayout(page)
        layout.addWidget(self.peers_empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.peers, 1)
        return page

    def _build_history(self) -> QWidget:
        page = QWidget()
        self.history_empty = QLabel(self.tr("No file exported or imported yet."))
        self.history_empty.setObjectName("historyEmpty")
        self.history = _table(
            [self.tr("When"), self.tr("Sent or received"), self.tr("Laptop"), self.tr("File"),
             self.tr("What")], "historyTable",
        )  # fmt: skip
        remember_table(self.history, "historyTable", descending=(0,))  # as read: newest first
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.history, 1)
        return page

    # --- data ---------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub, *, backups: Path | None = None) -> None:
        self._db = db
        self._hub = hub
        self._backups = backups
        hub.changed.connect(self._on_changed)
        self._enable()
        self.count_conflicts()
        if self.isVisible():
            self.refresh()

    @property
    def loading(self) -> bool:
        """True while the page or the badge is being read."""
        return self._reader.busy or self._count_reader.busy

    @property
    def busy(self) -> bool:
        """True while an export or import runs."""
        return self.task is not None and self.task.running

    def _on_changed(self, changes: Changes) -> None:
        if changes & BADGE_WATCHED:
            self.count_conflicts()
        if changes & WATCHED:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._db is not None:
            self.refresh()

    def refresh(self) -> None:
        if self._db is None:
            return
        from kamdesk.services.sync.status import overview

        self._stale = False
        self._reader.run(self._db, overview, self._fill)

    def count_conflicts(self) -> None:
        if self._db is None:
            return
        from kamdesk.services.sync.conflicts import open_count

        self._count_reader.run(self._db, open_count, self._counted)

    def _counted(self, count: int) -> None:
        self.open_count = count
        label = self.tr("Conflicts to resolve")
        self.tabs.setTabText(self.conflicts_tab, f"{label} ({count})" if count else label)
        self.conflicts_counted.emit(count)

    def _fill(self, o: SyncOverview) -> None:
        self.overview = o
        self.laptop.setText(
            self.tr("This laptop: <b>{name}</b>").format(name=o.laptop or self.tr("unnamed"))
        )
        self.peers_empty.setVisible(not o.peers)
        self.peers.setVisible(bool(o.peers))
        with filling(self.peers):
            self.peers.setRowCount(len(o.peers))
            for row, p in enumerate(o.peers):
                out, back = p.last_sent, p.last_received
                _set_row(self.peers, row, [p.name, when(out), when(back), waiting_text(p.waiting)],
                         [None, _moment(out), _moment(back), _count(p.waiting)])  # fmt: skip
        self.history_empty.setVisible(not o.exchanges)
        self.history.setVisible(bool(o.exchanges))
        with filling(self.history):
            self.history.setRowCount(len(o.exchanges))
            for row, x in enumerate(o.exchanges):
                sent = x.direction == "out"
                _set_row(self.history, row, [
                    when(x.at), self.tr("Sent") if sent else self.tr("Received"),
                    x.peer_name or (self.tr("a new laptop") if sent else self.tr("another laptop")),
                    x.file_name, exchange_counts(x.direction, x.counts),
                ], [_moment(x.at)])  # fmt: skip
        self.conflicts.fill(o.conflicts)
        self._counted(o.open_conflicts)

    def _enable(self) -> None:
        ready = self._db is not None and not self.busy
        self.export_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.server_button.setEnabled(ready)

    # --- export -------------------------------------------------------------------------------
    def export_file(self) -> ExportDialog | None:
        if self._db is None or self.busy:
            return None
        o = self.overview
        dialog = ExportDialog(o.laptop if o else "", o.peers if o else [], self)
        dialog.accepted.connect(lambda: self.start_export(dialog.choice()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start_export(self, choice: ExportChoice) -> None:
        from kamdesk.services.sync.files import export_file

        db = self._db
        assert db is not None

        def work(progress: Progress, cancelled: Stop) -> ExportResult:
            choice.path.parent.mkdir(parents=True, exist_ok=True)
            return export_file(
                db, choice.path, peer=choice.peer, full=choice.peer is None,
                passphrase=choice.passphrase, progress=progress, cancelled=cancelled,
            )  # fmt: skip

        self._run(self.tr("Export to file"), self.tr("Writing {file}…").format(
            file=choice.path.name), work, self._exported)  # fmt: skip

    def _exported(self, result: ExportResult) -> None:
        self._changed(frozenset({Change.SYNC}))
        to = result.peer or self.tr("the new laptop")
        self._say(
            self.tr("Exported"),
            self.tr("%n record(s) written to {path}.\n\nGive this file to {to}: it is imported "
                    "there with Import file… and the same passphrase.", "", result.total).format(
                path=result.path, to=to),
        )  # fmt: skip

    # --- import -------------------------------------------------------------------------------
    def import_file(self) -> PassphraseDialog | None:
        if self._db is None or self.busy:
            return None
        path = file_dialogs.open_file(
            self, "sync bundle", self.tr("Import file"), self.tr(FILE_FILTER)
        )
        if path is None:
            return None
        dialog = PassphraseDialog(path.name, self)
        dialog.accepted.connect(lambda: self.preview_import(path, dialog.passphrase()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview_import(self, path: Path, passphrase: str | None) -> None:
        """Merge the file in a transaction rolled back: what it would do, for the preview."""
        from kamdesk.services.sync.files import import_file

        db = self._db
        assert db is not None

        def work(progress: Progress, cancelled: Stop) -> ImportSummary:
            return import_file(db, path, passphrase=passphrase, dry_run=True,
                               progress=progress, cancelled=cancelled)  # fmt: skip

        def previewed(summary: ImportSummary) -> None:
            dialog = PreviewDialog(path.name, summary.sender, summary, self)
            dialog.accepted.connect(lambda: self.run_import(path, passphrase))
            self.dialog = dialog
            dialog.open()

        self._run(self.tr("Import file"), self.tr("Reading {file}…").format(file=path.name),
                  work, previewed)  # fmt: skip

    def run_import(self, path: Path, passphrase: str | None) -> None:
        from kamdesk.services.sync.files import import_file

        db, backups = self._db, self._backups
        assert db is not None

        def work(progress: Progress, cancelled: Stop) -> ImportSummary:
            return import_file(db, path, passphrase=passphrase, backups=backups,
                               progress=progress, cancelled=cancelled)  # fmt: skip

        self._run(self.tr("Import file"), self.tr("Importing {file}…").format(file=path.name),
                  work, self._imported)  # fmt: skip

    def _imported(self, summary: ImportSummary) -> None:
        self._changed(frozenset(Change))  # any kind of record may have come in
        if summary.conflicts:
            self.tabs.setCurrentIndex(self.conflicts_tab)
        self._say(self.tr("Imported"), summary_text(summary))

    # --- the team server ----------------------------------------------------------------------
    def sync_with_server(self) -> ServerSyncDialog | None:
        from kamdesk.services.server.run import saved_url

        if self._db is None or self.busy:
            return None
        url = read_now(self, self._db, saved_url)
        if url is None:
            return None
        dialog = ServerSyncDialog(url, self)
        dialog.accepted.connect(lambda: self.run_server_sync(dialog.address()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def run_server_sync(self, url: str) -> None:
        from kamdesk.services.server.run import sync_with_server

        db, backups = self._db, self._backups
        assert db is not None

        def work(_progress: Progress, _cancelled: Stop) -> Exchange:
            return sync_with_server(db, url, backups=backups)

        self._run(self.tr("Sync with the server"), self.tr("Exchanging changes with the team "
                  "server…"), work, self._server_synced)  # fmt: skip

    def _server_synced(self, result: Exchange) -> None:
        self._changed(frozenset(Change))
        if result.pulled.conflicts:
            self.tabs.setCurrentIndex(self.conflicts_tab)
        self._say(self.tr("Synced with the server"), server_summary_text(result))

    # --- conflicts ----------------------------------------------------------------------------
    def resolve(self, decision: Decision) -> str | None:
        from kamdesk.services.sync.resolve import resolve

        if self._db is None or self._hub is None:
            return None
        chosen = next((c for c in self.conflicts.conflicts if c.id == decision.conflict_id), None)
        done = run_op(
            self, self._db, self._hub,
            lambda s: resolve(s, decision.conflict_id, take=decision.take, value=decision.value),
        )  # fmt: skip
        if done is not None and chosen is not None:
            self.resolved.setText(self._resolved_text(decision, chosen))
            self.resolved.show()
        return done

    def _resolved_text(self, decision: Decision, c: object) -> str:
        from kamdesk.services.sync.status import ConflictView

        assert isinstance(c, ConflictView)
        if decision.value is not None:
            return self.tr("Done: the value is now “{v}”.").format(v=decision.value)
        side = c.winner_text if decision.take == "winner" else c.other_text
        if c.conflict.kind in ("deleted_while_edited", "revived_by_child"):
            return self.tr("Done: the record is kept.") if decision.take == "winner" else (
                self.tr("Done: the record is deleted."))  # fmt: skip
        return self.tr("Done: kept “{v}”.").format(v=side) if side else self.tr("Done.")

    # --- helpers ------------------------------------------------------------------------------
    def _run(self, title: str, label: str, work: Work, on_success: Callable[[Any], Any]) -> None:
        self.task = LongTask(self, title, label, work, on_success, on_end=self._enable)
        self._enable()

    def _changed(self, changes: Changes) -> None:
        if self._hub is not None:
            self._hub.changed.emit(changes)

    def _say(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setObjectName("syncMessage")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = box
        box.open()
