"""Export to file…: for which laptop, the team's passphrase, and where the file goes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.sync.status import PeerStatus
from kamdesk.ui.sync.words import waiting_text
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

SUFFIX = ".kamsync"


@dataclass(frozen=True)
class ExportChoice:
    peer: str | None  # the laptop's name; None: a new laptop, everything
    path: Path
    passphrase: str


def slug(name: str) -> str:
    """A name as a piece of a file name: letters, digits and dashes."""
    bare = re.sub(r"['’]", "", name.strip())  # Anna's laptop -> annas-laptop
    return re.sub(r"[^\w]+", "-", bare).strip("-").lower() or "laptop"


def suggested_name(laptop: str, peer: str | None, day: date) -> str:
    to = slug(peer) if peer else "new-laptop"
    return f"kamdesk-{slug(laptop)}-to-{to}-{day.isoformat()}{SUFFIX}"


class PassphraseFields(QWidget):
    """The passphrase, typed twice, or once with Show on (then the repeat is not needed)."""

    def __init__(self, *, twice: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.twice = twice
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.toggled.connect(self._show)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_box)
        form.addRow(self.tr("Passphrase:"), row)
        self.again_label = QLabel(self.tr("Again:"))
        if twice:
            form.addRow(self.again_label, self.again)
        else:
            self.again.hide()
            self.again_label.hide()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        if self.twice:
            self.again.setVisible(not shown)
            self.again_label.setVisible(not shown)

    def problem(self) -> str:
        if not self.passphrase.text():
            return self.tr("Type the team's passphrase: the file is encrypted with it.")
        shown = self.show_box.isChecked()
        if self.twice and not shown and self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ: type it again, or tick Show.")
        return ""


class ExportDialog(QDialog):
    def __init__(
        self,
        laptop: str,
        peers: list[PeerStatus],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncExportDialog")
        self.setWindowTitle(self.tr("Export to file"))
        self.setMinimumWidth(560)
        self._laptop = laptop
        self._today = today or date.today()
        self._folder = file_dialogs.last_folder(parent, "sync bundle")
        self._named_by_hand = False
        self.peer = QComboBox()
        self.peer.setObjectName("peer")
        self.peer.addItem(self.tr("A new laptop (everything)"), None)
        for p in peers:
            label = self.tr("{name}: {what}").format(name=p.name, what=waiting_text(p.waiting))
            self.peer.addItem(label, p.name)
        self.peer.currentIndexChanged.connect(self._suggest)
        self.passphrase = PassphraseFields(twice=True)
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.textEdited.connect(self._by_hand)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("For:"), self.peer)
        form.addRow(self.passphrase)
        form.addRow(self.tr("File:"), file_row)
        hint = QLabel(
            self.tr(
                "The file holds what that laptop has not received yet. Carry it on a USB "
                "stick or send it by e-mail; the colleague imports it with the same passphrase."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.error = WrappingLabel()  # wraps, as tall as its lines
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._suggest()

    def _by_hand(self, _text: str) -> None:
        self._named_by_hand = True

    def _suggest(self) -> None:
        if self._named_by_hand:
            return
        name = suggested_name(self._laptop, self.peer.currentData(), self._today)
        self.file.setText(str(self._folder / name))

    def _browse(self) -> None:
        path = file_dialogs.save_file(
            self, "sync bundle", self.tr("Export to file"), self.file.text(),
            self.tr("kamdesk sync files (*.kamsync)"),
        )  # fmt: skip
        if path is not None:
            name = str(path)
            if not name.endswith(SUFFIX):
                name += SUFFIX
            self.file.setText(name)
            self._named_by_hand = True

    def _try_accept(self) -> None:
        problem = self.passphrase.problem()
        if not problem and not self.file.text().strip():
            problem = self.tr("Say where the file goes.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        file_dialogs.remember(self, "sync bundle", self.choice().path.parent)
        self.accept()

    def choice(self) -> ExportChoice:
        path = Path(self.file.text().strip()).expanduser()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return ExportChoice(self.peer.currentData(), path, self.passphrase.passphrase.text())
