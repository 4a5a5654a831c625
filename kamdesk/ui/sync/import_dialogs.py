"""Import file…: the passphrase the file was written with, then a preview of what it does."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.server.exchange import Exchange
from kamdesk.services.sync.importer import ImportSummary
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.sync.export_dialog import PassphraseFields
from kamdesk.ui.sync.words import entity_name
from kamdesk.ui.widgets.columns import fit_column
from kamdesk.ui.widgets.style import MUTED_STYLE, WARNING_STYLE
from kamdesk.ui.widgets.table_state import keep_order


class PassphraseDialog(QDialog):
    """The passphrase a received file was encrypted with (left empty for a plain file)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPassphraseDialog")
        self.setWindowTitle(self.tr("Import file"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr("Type the passphrase {file} was exported with.").format(file=file_name)
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields(twice=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str | None:
        return self.fields.passphrase.text() or None


class PreviewDialog(QDialog):
    """What importing the file would add, change and delete, per kind of record: Import or
    Cancel (nothing has been written yet)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PreviewDialog", "Records"),
        QT_TRANSLATE_NOOP("PreviewDialog", "Added"),
        QT_TRANSLATE_NOOP("PreviewDialog", "Changed"),
        QT_TRANSLATE_NOOP("PreviewDialog", "Deleted"),
    )

    def __init__(
        self, file_name: str, sender: str, summary: ImportSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncPreviewDialog")
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self.setMinimumSize(560, 380)
        self.summary = summary
        head = QLabel(
            self.tr("<b>From {sender}.</b> Importing this file would make these changes here:")
            .format(sender=sender) if sender
            else self.tr("<b>From another laptop.</b> Importing this file would make these "
                         "changes here:")
        )  # fmt: skip
        head.setWordWrap(True)
        head.setObjectName("previewFrom")
        self.head = head
        self.table = QTableWidget(0, len(self.COLUMNS))
        keep_order(self.table, "what the file brings, in the order the preview groups it")
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            fit_column(self.table, column, 80)
        self._fill(summary)
        self.conflicts = QLabel(self._conflicts_text(summary))
        self.conflicts.setObjectName("previewConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet(WARNING_STYLE if summary.conflicts else MUTED_STYLE)
        note = QLabel(self.tr("A backup copy of this database is made before the import."))
        note.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if summary.nothing:
            empty = QLabel(self.tr("Nothing new: this laptop already has all this file holds."))
            empty.setObjectName("previewNothing")
            layout.addWidget(empty)
            self.table.hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflicts)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _fill(self, s: ImportSummary) -> None:
        kinds = sorted(
            set(s.added) | set(s.changed) | set(s.deleted), key=lambda e: entity_name(e, many=True)
        )
        self.table.setRowCount(len(kinds))
        for row, entity in enumerate(kinds):
            cells = [entity_name(entity, many=True)] + [
                str(counter.get(entity, 0) or "") for counter in (s.added, s.changed, s.deleted)
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def _conflicts_text(self, s: ImportSummary) -> str:
        if not s.conflicts:
            return self.tr("No conflicts: nothing was changed on both laptops at once.")
        return self.tr(
            "%n conflict(s) to resolve afterwards (in Conflicts to resolve).", "", s.conflicts
        )

    def rows(self) -> dict[str, tuple[str, str, str]]:
        """What the table says, by its first column (for tests and a screen reader)."""
        out = {}
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(len(self.COLUMNS))]
            texts = [c.text() if c is not None else "" for c in cells]
            out[texts[0]] = (texts[1], texts[2], texts[3])
        return out


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ImportSummary", text, disambiguation, n)


def summary_text(summary: ImportSummary) -> str:
    """After an import: what it did, in a few lines ("Added: Clients (10)."): the count beside
    the kind's name, so no language has to make the name agree with the number."""
    lines = _counted(((_tr("Added: {kinds}."), summary.added),
                      (_tr("Changed: {kinds}."), summary.changed),
                      (_tr("Deleted: {kinds}."), summary.deleted)))  # fmt: skip
    if not lines:
        lines.append(_tr("Nothing new: this laptop already had all the file holds."))
    if summary.conflicts:
        lines.append(
            _tr("%n conflict(s) to resolve: see Conflicts to resolve.", "", summary.conflicts)
        )
    return "\n".join(lines)


def server_summary_text(result: Exchange) -> str:
    """After a sync with the team server: what reached this laptop, and what the server took."""
    lines = _counted(((_tr("Added here: {kinds}."), result.pulled.added),
                      (_tr("Changed here: {kinds}."), result.pulled.changed),
                      (_tr("Deleted here: {kinds}."), result.pulled.deleted)))  # fmt: skip
    if not lines:
        lines.append(_tr("Nothing new from the team."))
    lines.append(_tr("%n change(s) sent to the server.", "", result.sent))
    if result.stranded:
        lines.append(
            _tr(
                "%n change(s) could not be sent: they are your manager's to apply (a client "
                "no longer yours, or the catalogue, prices or people).",
                "",
                result.stranded,
            )
        )
    if result.pulled.conflicts:
        lines.append(
            _tr("%n conflict(s) to resolve: see Conflicts to resolve.", "", result.pulled.conflicts)
        )
    return "\n".join(lines)


def _counted(said: Iterable[tuple[str, Mapping[str, int]]]) -> list[str]:
    """A line per non-empty count ("Added: Clients (10)."): the count beside the kind's name."""
    lines = []
    for text, counter in said:
        if counter:
            kinds = ", ".join(
                f"{entity_name(e, many=n != 1)} ({n})" for e, n in sorted(counter.items())
            )
            lines.append(text.format(kinds=kinds))
    return lines
