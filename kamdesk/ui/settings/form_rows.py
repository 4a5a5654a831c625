"""Rows of a QFormLayout that follow a country: relabelled, shown or hidden; grey hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kamdesk.ui.widgets.style import TEXT_MUTED

HINT_STYLE = f"color: {TEXT_MUTED};"


def row_of(form: QFormLayout, widget: QWidget) -> int:
    """The row of `form` whose field is `widget` or a layout holding it (-1 if none)."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        layout = item.layout()
        if item.widget() is widget or (layout is not None and layout.indexOf(widget) >= 0):
            return row
    return -1


def row_label(form: QFormLayout, widget: QWidget) -> QLabel | None:
    item = form.itemAt(row_of(form, widget), QFormLayout.ItemRole.LabelRole)
    shown = item.widget() if item is not None else None
    return shown if isinstance(shown, QLabel) else None


def set_row(form: QFormLayout, widget: QWidget, *, label: str | None = None, visible: bool) -> None:
    """Relabel and show or hide the row whose field holds `widget`."""
    row = row_of(form, widget)
    if row < 0:
        return
    shown = row_label(form, widget)
    if label is not None and shown is not None:
        shown.setText(label)
    form.setRowVisible(row, visible)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    # a wrapped label in a form row may get more height than it needs: keep the text at the top
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
