"""Sections not built yet: they say plainly what they will hold, and pretend nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlannedSection(QWidget):
    def __init__(self, title: str, holds: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(holds)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(self.tr("<i>This section is not built yet.</i>"))
        note.setObjectName("plannedNote")
        for w in (heading, note, body):
            layout.addWidget(w)
        layout.addStretch(1)
        self.body = body
