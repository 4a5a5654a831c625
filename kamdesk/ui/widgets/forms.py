"""Form building blocks: a labelled field with its error message underneath."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import AmountError
from kamdesk.domain.spreadsheet import control_characters
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.layout_rules import error_label, guard_field, shrinking
from kamdesk.ui.widgets.text_limits import limit_problems, limit_text

NO_DATE = QDate(1900, 1, 1)


def domain_text(message: str) -> str:
    """domain/ has no Qt: its messages are translated here, under their own context."""
    return QCoreApplication.translate("kamdesk.domain", message)


class FieldForm(QFormLayout):
    """A QFormLayout whose rows carry an error label; show(problems) marks the bad ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}  # field name -> its label, as a person reads it

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        if isinstance(widget, QComboBox):
            shrinking(widget)  # a long client or product name never widens the form
        guard_field(widget)  # the wheel scrolls the form unless the field has the focus
        error = error_label(f"error_{name}")
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.addRow(label, box)
        self.widgets[name] = widget
        self.errors[name] = error
        self.labels[name] = label.rstrip(" *:")  # "Name *" reads "Name"
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            # NUL, ESC... (pasted from a terminal or a PDF) are refused as they are typed
            widget.textChanged.connect(lambda *_a, n=name: self._mark_controls(n))
            limit_text(widget)  # a counter near the documented length; never a silent cut
        return widget

    def control_problems(self) -> dict[str, str]:
        """The text fields holding control characters (tab and line breaks are not): the
        message beside each. A save refuses them too (the models check every write)."""
        problems = {}
        for name in self.widgets:
            if message := self._control_problem(name):
                problems[name] = message
        return problems

    def _control_problem(self, name: str) -> str:
        """The message for one field's control characters; "" when it has none."""
        widget = self.widgets[name]
        if not isinstance(widget, QLineEdit | QPlainTextEdit):
            return ""
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        found = control_characters(text)
        if not found:
            return ""
        return QCoreApplication.translate(
            "FieldForm", "Remove the control characters (%1): they cannot be saved."
        ).replace("%1", ", ".join(found))

    def _mark_controls(self, name: str) -> None:
        message = self._control_problem(name)  # this field only: it runs at every keystroke
        label = self.errors[name]
        if message or label.property("controls"):
            label.setText(message)
            label.setVisible(bool(message))
            label.setProperty("controls", bool(message))

    def line(self, name: str, label: str, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        self.add(name, label, edit)
        return edit

    def text(self, name: str, label: str, text: str = "", height: int = 60) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        self.add(name, label, edit)
        return edit

    def choice(
        self, name: str, label: str, items: list[tuple[str, str]], current: str
    ) -> QComboBox:
        """items: (stored value, shown label)."""
        combo = QComboBox()
        for value, shown in items:
            combo.addItem(shown, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        self.add(name, label, combo)
        return combo

    def check(self, name: str, label: str, checked: bool) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(checked)
        self.add(name, "", box)
        return box

    def day(self, name: str, label: str, value: date | None) -> QDateEdit:
        edit = numbers.date_edit(QDateEdit())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("FieldForm", "not set"))
        edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        self.add(name, label, edit)
        return edit

    def show(self, problems: dict[str, str]) -> None:
        """Mark the fields in `problems`, and the text fields holding control characters or
        typed past their limit: those are added to `problems` itself, so the caller's
        `if problems: return` keeps a NUL, an ESC or a 10 MB paste from being saved, with the
        message at its field."""
        controls = self.control_problems()
        for name, message in {**limit_problems(self.widgets), **controls}.items():
            problems.setdefault(name, message)
        for name, label in self.errors.items():
            message = problems.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            label.setProperty("controls", bool(message) and message == controls.get(name))
        first = next((n for n in problems if n in self.widgets), None)
        if first is not None:
            self.widgets[first].setFocus()


def widget_state(root: QWidget) -> tuple[object, ...]:
    """What the user can have typed or chosen below `root`: compared to know if a page has
    unsaved edits."""
    state: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append(w.currentText())
        elif isinstance(w, QCheckBox):
            state.append(w.isChecked())
        elif isinstance(w, QDateEdit):
            state.append(w.date().toString("yyyy-MM-dd"))
    return tuple(state)


def read_day(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def read_money(edit: QLineEdit, name: str, problems: dict[str, str]) -> Decimal | None:
    """An optional amount typed by a person; a problem is noted under `name` if unreadable."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return numbers.read_money(text)
    except AmountError:
        problems[name] = amount_message()
        return None


def amount_message() -> str:
    """What an amount field expects, in the locale's own notation: "Type an amount such as
    125000 or 1 250 000,50." (Hungarian), "…or 1.250.000,50." (Italian)."""
    return QCoreApplication.translate("FieldForm", "Type an amount such as 125000 or %1.").replace(
        "%1", numbers.amount_example()
    )


def read_int(edit: QLineEdit, name: str, problems: dict[str, str]) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    try:
        value = numbers.read_number(text)
    except AmountError:
        value = Decimal("0.5")
    if value != value.to_integral_value():
        problems[name] = QCoreApplication.translate("FieldForm", "Type a whole number.")
        return None
    return int(value)


def money_text(value: Decimal | None) -> str:
    """An amount in an edit field, as the locale writes it ("1 234,50"): every digit kept,
    so a value loaded and saved unchanged reads back equal."""
    return numbers.money_edit_text(value)
