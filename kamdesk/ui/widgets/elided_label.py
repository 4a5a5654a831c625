"""A line of text that gives way: shortened with "…" where its row has no room for all of it
(a client named with 250 characters, a long meeting subject after a task, in a language whose
words run long), the whole text in its tooltip. It never widens its window: its minimum width
is small, whatever the text. For names and other data shown on one line: what a user must read
in full (a message, an error) wraps instead (layout_rules.error_label)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

SHORTEST = 60  # it shrinks to this, then the row has to make room
LONGEST = 480  # the room it asks for at most: a dialog sized to its contents stays on screen


class ElidedLabel(QLabel):
    elides = True  # tests/ui/walker.py: shortened on purpose, not clipped

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._own_tip = ""  # a tooltip set by the caller, shown when the text is whole
        self._update_tip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), SHORTEST), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), LONGEST), hint.height())

    def shown_text(self) -> str:
        """The text as it reads at the present width (one line: line breaks read as spaces)."""
        width = self.contentsRect().width()
        text = " ".join(self.text().split("\n"))
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def is_elided(self) -> bool:
        return self.shown_text() != " ".join(self.text().split("\n"))

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def set_tip(self, tip: str) -> None:
        """A tooltip of the caller's own; the whole text takes its place while shortened."""
        self._own_tip = tip
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else self._own_tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class ElidedButton(QPushButton):
    """A button whose text is data (a client's name that opens its dossier): shortened with
    "…" where its row has no room, the whole text in its tooltip; `text()` stays whole."""

    elides = True  # tests/ui/walker.py: shortened on purpose, not clipped

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), SHORTEST), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), LONGEST), hint.height())

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, self)
        icon = self.iconSize().width() + 4 if not self.icon().isNull() else 0
        return max(0, self.contentsRect().width() - margin - icon)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self._room())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
