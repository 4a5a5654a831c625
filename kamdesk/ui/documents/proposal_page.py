"""The proposal's page of the document dialog: the addressee, the validity and the terms on the
left, the opening letter on the right, as the templates have them (fields in double braces
are filled in when the PDF is made)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.templates import PLACEHOLDERS
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.numbers import date_edit
from kamdesk.ui.widgets.style import MUTED_STYLE
from kamdesk.ui.widgets.text_limits import limit_text

TEXTS = ("opening", "delivery_terms", "payment_terms")  # the KAM's texts, templates themselves
HINT_STYLE = MUTED_STYLE


class ProposalPage(QWidget):
    """`texts_changed` when the KAM types in a text; `restore_asked` for the templates' texts."""

    texts_changed = Signal()
    restore_asked = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.form = self._terms_form(today)
        self.opening_form = self._opening_form()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(self.form, 1)
        layout.addLayout(self.opening_form, 1)

    def _terms_form(self, today: date) -> FieldForm:
        form = FieldForm()
        self.addressee = QComboBox()
        self.addressee.setMinimumContentsLength(28)
        self.addressee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        form.add("addressee", self.tr("Addressed to"), self.addressee)
        self.valid_until = date_edit(QDateEdit())
        self.valid_until.setMinimumDate(QDate(today.year, today.month, today.day))
        self.valid_until.setMinimumWidth(130)
        form.add("valid_until", self.tr("Valid until"), self.valid_until)
        self.valid_until.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.delivery_terms = self._text_edit("delivery_terms", 100)
        form.add("delivery_terms", self.tr("Delivery terms"), self.delivery_terms)
        self.payment_terms = self._text_edit("payment_terms", 72)
        form.add("payment_terms", self.tr("Payment terms"), self.payment_terms)
        return form

    def _opening_form(self) -> FieldForm:
        form = FieldForm()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        self.opening = self._text_edit("opening", 0)
        self.opening.setMinimumHeight(150)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.opening, 1)
        tools = QHBoxLayout()
        hint = QLabel(self.tr("Names in {{ double braces }} are filled in from the data."))
        hint.setStyleSheet(HINT_STYLE)
        tools.addWidget(hint, 1)
        tools.addWidget(self._insert_button())
        tools.addWidget(self._restore_button())
        column.addLayout(tools)
        form.add("opening", self.tr("Opening text"), box)
        form.widgets["opening"] = self.opening
        box.setObjectName("openingBox")
        return form

    def _insert_button(self) -> QToolButton:
        insert = QToolButton()
        insert.setObjectName("insertField")
        insert.setText(self.tr("Insert field"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        for name, meaning in PLACEHOLDERS.items():
            action = menu.addAction(f"{name} — {meaning}")
            action.triggered.connect(lambda _c=False, n=name: self.insert_field(n))
        insert.setMenu(menu)
        return insert

    def _restore_button(self) -> QToolButton:
        restore = QToolButton()
        restore.setObjectName("restoreTexts")
        restore.setText(self.tr("Template text"))
        restore.setToolTip(self.tr("Put back the opening and the terms as the templates have them"))
        restore.clicked.connect(lambda _c=False: self.restore_asked.emit())
        return restore

    def _text_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        limit_text(edit)
        edit.setTabChangesFocus(True)
        if height:
            edit.setFixedHeight(height)
        edit.textChanged.connect(self.texts_changed)
        self.texts[name] = edit
        return edit

    def insert_field(self, name: str) -> None:
        self.opening.insertPlainText("{{ " + name + " }}")
        self.opening.setFocus()

    def current_texts(self) -> tuple[str, ...]:
        return tuple(self.texts[name].toPlainText() for name in TEXTS)

    def mark(self, problems: dict[str, str]) -> None:
        """A message under each field at fault; the focus stays where the KAM types."""
        for form in (self.form, self.opening_form):
            for name, label in form.errors.items():
                label.setText(problems.get(name, ""))
                label.setVisible(name in problems)
