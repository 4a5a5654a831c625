"""The passphrase of an encrypted database, asked when kamdesk opens it (#15 item 7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import StorageError, WrongPassphrase
from kamdesk.ui.settings import keychain
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.style import MUTED_STYLE


class PassphraseDialog(QDialog):
    """Asks until the passphrase opens the file (`try_open` raises WrongPassphrase while it
    does not) or the user cancels; `opened` is then what `try_open` returned. Another
    StorageError ends the dialog too (rejected), kept in `failure` for the caller to say."""

    def __init__(
        self, path: Path, try_open: Callable[[str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted database"))
        self.path = path
        self._try_open = try_open
        self.opened: Any = None
        self.failure: StorageError | None = None
        intro = QLabel(
            self.tr("{name} is encrypted. Type its passphrase to open it.").format(name=path.name)
        )
        intro.setWordWrap(True)
        where = QLabel(str(path))
        where.setStyleSheet(MUTED_STYLE)
        where.setWordWrap(True)
        self.form = FieldForm()
        self.passphrase: QLineEdit = self.form.line("passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setObjectName("rememberPassphrase")
        self.form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(460, 180)

    def try_passphrase(self) -> bool:
        text = self.passphrase.text()
        if not text:
            self.form.show({"passphrase": self.tr("Type the passphrase.")})
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # deriving the key takes a while
        try:
            self.opened = self._try_open(text)
        except WrongPassphrase:
            self.form.show(
                {
                    "passphrase": self.tr(
                        "This passphrase does not open the file, or the file is damaged."
                    )
                }
            )
            self.passphrase.selectAll()
            return False
        except StorageError as exc:
            self.failure = exc
            self.reject()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if self.remember.isChecked():
            keychain.remember(self.path, text)
        self.accept()
        return True
