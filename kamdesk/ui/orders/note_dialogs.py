"""Small questions an order asks: who approved a discount and why; why an order is cancelled
or revised. Each dialog is opened with open() and answers through `answered`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE
from kamdesk.ui.widgets.text_limits import limit_text


class ApprovalDialog(QDialog):
    """A discount past the client's allowed maximum: who approved it, and why."""

    answered = Signal(str, str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Discount approval"))
        intro = QLabel(what)
        intro.setWordWrap(True)
        form = FieldForm()
        self.form = form
        self.approved_by = form.line("approved_by", self.tr("Approved by"), "", self.tr("Name"))
        self.note = form.text("note", self.tr("Why"), "", height=70)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the approval"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 240)

    def _accept(self) -> None:
        problems: dict[str, str] = {}
        if not self.approved_by.text().strip():
            problems["approved_by"] = self.tr("Say who approved the discount.")
        if not self.note.toPlainText().strip():
            problems["note"] = self.tr("Say why it was approved.")
        self.form.show(problems)
        if problems:
            return
        self.answered.emit(self.approved_by.text().strip(), self.note.toPlainText().strip())
        self.accept()


class ReasonDialog(QDialog):
    """Why an order is cancelled, or why it needs a new revision."""

    answered = Signal(str)

    def __init__(
        self, title: str, question: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        label = QLabel(question)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        limit_text(self.reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.error = WrappingLabel()  # wraps, as tall as its lines
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            action, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, 200)

    def _accept(self) -> None:
        text = self.reason.toPlainText().strip()
        if len(text) < 3:
            self.error.setText(self.tr("Give the reason: it goes into the order's history."))
            self.error.show()
            return
        self.answered.emit(text)
        self.accept()
