"""Sync with the server…: the team server's address, checked before anything is sent.

The address is remembered in this laptop's file (services.server.run.saved_url) after a sync
that worked; the password never: PostgreSQL's password file or service file gives it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import UserError
from kamdesk.ui.widgets.style import MUTED_STYLE, WARNING_STYLE


class ServerSyncDialog(QDialog):
    """The server's URL; Sync is pressed only with one the connection would accept."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverSyncDialog")
        self.setWindowTitle(self.tr("Sync with the server"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Sends the team server this laptop's changes and brings the team's. Give the "
                "server's address as your administrator wrote it."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("postgresql://anna@db.example.com/kamdesk")
        self.url.textChanged.connect(self._check)
        hint = QLabel(
            self.tr(
                "The password is not part of the address: PostgreSQL's password file "
                "(pgpass) or service file gives it, and kamdesk never stores it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        self.problem = QLabel()
        self.problem.setObjectName("serverUrlProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARNING_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sync_button = self.buttons.addButton(
            self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sync_button.setObjectName("serverSyncButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.url)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def address(self) -> str:
        return self.url.text().strip()

    def _check(self) -> None:
        """Say at once what is wrong with the address (a password in it, weak TLS)."""
        from kamdesk.services.server.connect import sync_url

        text = self.address()
        problem = ""
        if text:
            try:
                sync_url(text)
            except UserError as exc:
                problem = str(exc)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.sync_button.setEnabled(bool(text) and not problem)
