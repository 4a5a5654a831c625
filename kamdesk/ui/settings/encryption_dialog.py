"""File > Encryption: the database file encrypted with a passphrase, or not (#15 item 7).

A plain database gets a new passphrase (typed twice, with a strength hint) and is encrypted; an
encrypted one gets a new passphrase, or is turned back into a plain file; both need the current
passphrase. The conversion runs off the GUI thread behind a progress dialog, backs the file up
first and opens it again in place (kamdesk.services.encryption), so every view goes on working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.passphrase import Strength, new_passphrase_problems, strength
from kamdesk.ui.operations import ChangeHub, hold_reads, release_reads, wait_for_reads
from kamdesk.ui.settings import keychain
from kamdesk.ui.sync.tasks import LongTask
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.style import (
    BOLD_STYLE,
    ERROR_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    WARNING_STYLE,
)

if TYPE_CHECKING:
    from kamdesk.db import Database

_STRENGTH_STYLE = {
    Strength.TOO_SHORT: ERROR_STYLE,
    Strength.WEAK: ERROR_STYLE,
    Strength.FAIR: WARNING_STYLE,
    Strength.STRONG: OK_STYLE,
}


class EncryptionDialog(QDialog):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Encryption"))
        self.db, self.hub = db, hub
        self.task: LongTask | None = None
        encrypted = db.encrypted
        self.status = QLabel()
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(BOLD_STYLE)
        about = QLabel(self._about_text())
        about.setWordWrap(True)
        about.setStyleSheet(MUTED_STYLE)
        self.form = FieldForm()
        self._current_row = self.form.rowCount()  # shown for an encrypted database only
        self.current = self._secret("current", self.tr("Current passphrase"))
        self.new = self._secret("new", self.tr("New passphrase"))
        self.repeat = self._secret("repeat", self.tr("Repeat it"))
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.form.addRow("", self.strength)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setObjectName("rememberPassphrase")
        self.remember.setChecked(encrypted and keychain.remembered(db.path) is not None)
        self.form.addRow("", self.remember)
        self.new.textChanged.connect(self._show_strength)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.encrypt_button = self._button(
            buttons, "encryptButton", self.tr("Encrypt"), self.encrypt
        )
        self.change_button = self._button(
            buttons, "changeButton", self.tr("Change passphrase"), self.change
        )
        self.decrypt_button = self._button(
            buttons, "decryptButton", self.tr("Turn encryption off"), self.decrypt
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(about)
        layout.addLayout(self.form)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deletePlainCopies")
        self.delete_button.setToolTip(
            self.tr(
                "Backups made before the database was encrypted, and files restores set aside "
                "beside it: anyone who gets them can read them."
            )
        )
        self.delete_button.clicked.connect(self.delete_plain)
        self.plain_copies: list[Path] = []
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._show_state()
        self.resize(560, 320)

    def _about_text(self) -> str:
        return self.tr(
            "Encrypted, the database file and its backups cannot be read without the passphrase "
            "by anyone who gets them: a lost laptop, a copied file. Documents and exports you "
            "save are not encrypted. Nobody can open the file without the passphrase, kamdesk "
            "included: keep it somewhere safe."
        )

    def _secret(self, name: str, label: str) -> QLineEdit:
        edit = self.form.line(name, label)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _button(
        self, box: QDialogButtonBox, name: str, text: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _show_state(self) -> None:
        encrypted = self.db.encrypted
        self.status.setText(
            self.tr("This database is encrypted.")
            if encrypted
            else self.tr("This database is not encrypted.")
        )
        self.form.setRowVisible(self._current_row, encrypted)
        self._count_plain()
        self.encrypt_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.decrypt_button.setVisible(encrypted)
        self._show_strength()

    def _show_strength(self) -> None:
        text = self.new.text()
        if not text:
            self.strength.setText(self.tr("Use at least eight characters; a few words are best."))
            self.strength.setStyleSheet(MUTED_STYLE)
            return
        found = strength(text)
        shown = {
            Strength.TOO_SHORT: self.tr("Too short: use at least eight characters."),
            Strength.WEAK: self.tr("Weak: easy to guess. Add words or characters."),
            Strength.FAIR: self.tr("Fair. A few more words make it strong."),
            Strength.STRONG: self.tr("Strong."),
        }
        self.strength.setText(shown[found])
        self.strength.setStyleSheet(_STRENGTH_STYLE[found])

    # --- the three changes --------------------------------------------------------------------
    def _current_problem(self) -> dict[str, str]:
        if not self.db.passphrase_matches(self.current.text()):
            return {"current": self.tr("This is not the database's passphrase.")}
        return {}

    def encrypt(self) -> bool:
        from kamdesk.services.encryption import encrypt_database

        new = self.new.text()
        problems = new_passphrase_problems(new, self.repeat.text())
        self.form.show(problems)
        if problems:
            return False
        return self._start(
            self.tr("Encrypting the database…"), lambda: encrypt_database(self.db, new), new
        )

    def change(self) -> bool:
        from kamdesk.services.encryption import change_database_passphrase

        old, new = self.current.text(), self.new.text()
        problems = self._current_problem() or new_passphrase_problems(new, self.repeat.text())
        self.form.show(problems)
        if problems:
            return False
        return self._start(
            self.tr("Changing the passphrase…"),
            lambda: change_database_passphrase(self.db, old, new),
            new,
        )

    def decrypt(self) -> bool:
        from kamdesk.services.encryption import decrypt_database

        current = self.current.text()
        problems = self._current_problem()
        self.form.show(problems)
        if problems:
            return False
        return self._start(
            self.tr("Turning encryption off…"), lambda: decrypt_database(self.db, current), None
        )

    def _start(self, label: str, work: Callable[[], object], passphrase: str | None) -> bool:
        from kamdesk.services.encryption import suspend

        hold_reads()  # no read may open the file while it is converted
        wait_for_reads()
        suspend(self.db)  # what reads on this thread meanwhile waits for the reopening
        remember = self.remember.isChecked()
        self.setEnabled(False)

        def done(result: object) -> None:
            self._done(passphrase, remember, result)

        self.task = LongTask(
            self, self.tr("Encryption"), label, lambda _p, _s: work(), done, self._ended
        )
        self.task.dialog.setCancelButton(None)  # a conversion runs to its end (or fails whole)
        return True

    def _ended(self) -> None:
        self.setEnabled(True)
        release_reads()

    def _done(self, passphrase: str | None, remember: bool, result: object = None) -> None:
        path = self.db.path
        if passphrase is not None and remember:
            keychain.remember(path, passphrase)
        else:
            keychain.forget(path)
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        follow = getattr(self.parent(), "follow_encryption", None)
        if follow is not None:  # the main window: its idle lock now guards the file, or not
            follow()
        self._show_state()
        note = self._backups_note(passphrase is not None) + self._rekeyed_note(result)
        self.status.setText(self.status.text() + " " + note)

    def _backups_note(self, encrypted: bool) -> str:
        if not encrypted:
            return self.tr("Backups made from now on are not encrypted either.")
        if not self.plain_copies:
            return self.tr("Its backups are encrypted too.")
        return self.tr(
            "Backups made from now on are encrypted too. Copies made before are not ({count} in "
            "all): delete them if the laptop may be lost."
        ).format(count=len(self.plain_copies))

    def _rekeyed_note(self, result: object) -> str:
        from kamdesk.services.encryption import Rekeyed

        if not isinstance(result, Rekeyed):
            return ""
        if not result.left:
            return " " + self.tr("Its backups open with the new passphrase too.")
        return " " + self.tr(
            "%n backup(s) could not be given the new passphrase: still needing the old one "
            "({names}).",
            "",
            len(result.left),
        ).format(names=", ".join(p.name for p in result.left))

    # --- plain copies left from before encryption -------------------------------------------
    def _count_plain(self) -> None:
        from kamdesk.services.encryption import unencrypted_copies

        self.plain_copies = unencrypted_copies(self.db)
        count = len(self.plain_copies)
        self.delete_button.setText(
            self.tr("Delete the unencrypted copy…")
            if count == 1
            else self.tr("Delete %n unencrypted copies…", "", count)
        )
        self.delete_button.setVisible(bool(self.plain_copies))

    def delete_plain(self) -> bool:
        """Delete, once the user agrees, the plain backups and files set aside by restores."""
        from kamdesk.services.encryption import delete_backups

        self._count_plain()
        found = self.plain_copies
        if not found:
            return False
        names = "\n".join(str(p) for p in found[:12]) + ("\n…" if len(found) > 12 else "")
        asked = QMessageBox.question(
            self,
            self.tr("Delete unencrypted copies"),
            self.tr(
                "Delete %n unencrypted file(s) of the database, made before it was encrypted? "
                "Anyone who gets one can read it. None can be restored afterwards.\n\n{names}",
                "",
                len(found),
            ).format(names=names),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_backups(found)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Delete unencrypted copies"),
                self.tr("Could not delete every copy: {error}.").format(error=exc.strerror or exc),
            )
        self._count_plain()
        self.status.setText(
            self.tr("This database is encrypted.")
            + " "
            + self.tr("Its unencrypted copies were deleted.")
        )
        return True
