"""Small layouts of the meeting's details page: a row of widgets, a titled text box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.layout_rules import shrinking
from kamdesk.ui.widgets.text_limits import limit_text

if TYPE_CHECKING:
    pass


def field_row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    box.setFocusProxy(widgets[0])
    return box


def data_combo(name: str, own_words: str) -> QComboBox:
    """A combo box listing data (orders with a client's long name): it never widens its
    window, and is as wide as `own_words` (its own item, "No offer prepared yet") whole."""
    combo = QComboBox()
    combo.setObjectName(name)
    shrinking(combo, 20)
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(own_words) + 48)  # the arrow
    return combo


def field_column(field: QWidget, button: QWidget) -> QWidget:
    """A field with its button under it (not beside it: a row two long words wide)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    box.setFocusProxy(field)
    return box


def form_row_of(form: FieldForm, name: str) -> int:
    """The row of a FieldForm field (its widget sits in a box with its error label)."""
    widget = form.widgets[name]
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        box = item.layout() if item is not None else None
        if box is not None and box.indexOf(widget) >= 0:
            return row
    raise KeyError(name)


def text_box(title: str, placeholder: str, name: str) -> tuple[QWidget, QPlainTextEdit]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    limit_text(edit)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(70)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(edit, 1)
    return box, edit


def address_within(address: str, field: QLineEdit) -> str:
    """The client's address as a new meeting's place, if the field takes it whole: a longer
    one (a 250-character address and city) is left for the KAM to type, never cut."""
    return address if len(address) <= limit_text(field).limit else ""
