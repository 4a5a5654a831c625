"""The layout rules every window and dialog follows (issue 18), in one place:

- a name, an address, a subject (anything a user typed) shows on one line, shortened with "…"
  and whole in its tooltip, and never widens its window: `title_label`, `elided_label`,
  `Heading`, elided_label.ElidedButton; a combo box listing data shrinks: `shrinking`;
- a form taller than the screen scrolls, with its buttons fixed below it: `scrolling`;
- the mouse wheel over a form scrolls it: a spin box, date edit or combo box changes with the
  wheel only when it has the focus (`guard_wheel`, applied by `scroll_area` and FieldForm);
- an error message wraps onto as many lines as it needs: `error_label`, `WrappingLabel`;
- a side panel goes under the main part in a narrow window: `stack_when_narrow`;
- a table's rows are as tall as its font needs (rows.fit_rows); a name column stays readable
  (columns.readable_name_column).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.elided_label import ElidedLabel
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

SHORT = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
TITLE_SCALE = 1.5  # a window's title (a client's, an order's name) against the body text


def elided_label(text: str = "", name: str = "", *, bold: bool = False) -> ElidedLabel:
    """One line of data (a name, an address), shortened where the row has no room."""
    label = ElidedLabel(text)
    if name:
        label.setObjectName(name)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def title_label(text: str = "", name: str = "") -> ElidedLabel:
    """A window's heading (the client's name above its dossier): large and bold, on one line,
    shortened with the whole name in its tooltip; selectable, to be copied."""
    label = elided_label(text, name)
    font = QFont(label.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * TITLE_SCALE)
    else:
        font.setPixelSize(round(font.pixelSize() * TITLE_SCALE))
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Heading(QWidget):
    """A window's heading of two parts on one line: the title (a client's name) large and
    bold, the detail (the order, the subject) muted after it; each shortened with "…" and
    whole in its tooltip where the window has no room."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.title = title_label()
        self.detail = elided_label()
        self.detail.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.title, 3)
        row.addWidget(self.detail, 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_text(self, title: str, detail: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def text(self) -> str:
        """What it says, both parts."""
        return " ".join(t for t in (self.title.text(), self.detail.text()) if t)


def error_label(name: str = "") -> QLabel:
    """A message in the error colour that wraps onto as many lines as it needs (never clipped,
    never over the field below it); hidden until it has something to say."""
    label = WrappingLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    return label


class WrappingLabel(QLabel):
    """A label that wraps and is as tall as its lines at its width, in any layout (a form
    row in a group box in a scrolling page gave it one line's height: the rest was cut off
    and ran over the field below)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        wrapping(self)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        tall = self.heightForWidth(self.width()) if self.text() else 0
        if tall > 0 and tall != self.minimumHeight():
            self.setMinimumHeight(tall)


def wrapping(label: QLabel) -> QLabel:
    """`label` wrapped at its width, growing in height as its text needs."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # its text never widens the window
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


# --- the wheel ----------------------------------------------------------------------------------


class WheelGuard(QObject):
    """A wheel turned over an unfocused spin box, date edit or combo box scrolls the page it
    is on instead of changing its value (a user scrolling a form changed a date by doing so)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scrolling_ancestor(watched)
        if area is not None:  # the page under the mouse scrolls
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def _scrolling_ancestor(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: list[WheelGuard] = []


def _guard() -> WheelGuard:
    if not _GUARD:
        _GUARD.append(WheelGuard())
    return _GUARD[0]


def guard_wheel(root: QWidget) -> None:
    """Every spin box, date edit and combo box under `root` takes the wheel only when focused
    (and a click, not the wheel, gives it the focus)."""
    for field in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        guard_field(field)


def guard_field(field: QWidget) -> None:
    """`field` (a spin box, date edit, combo box) takes the wheel only when focused."""
    if isinstance(field, QAbstractSpinBox | QComboBox):
        guard = _guard()
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.removeEventFilter(guard)
        field.installEventFilter(guard)


def shrinking(combo: QComboBox, letters: int = 16) -> QComboBox:
    """A combo box listing data (clients, products, people) as wide as `letters` letters at
    least and its row allows at most: a 250-character item never widens its window."""
    combo.setSizeAdjustPolicy(SHORT)
    combo.setMinimumContentsLength(letters)
    policy = combo.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    combo.setSizePolicy(policy)
    return combo


# --- the scrolling form -------------------------------------------------------------------------


def scroll_area(content: QWidget, name: str = "") -> QScrollArea:
    """`content` in a frameless area that scrolls up and down (its width follows the window's;
    sideways only if the window is narrower than the content can be), the wheel guarded over
    its fields."""
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    guard_wheel(content)
    return area


def scrolling(
    content: QWidget | QLayout, buttons: QWidget | QLayout | None = None, name: str = ""
) -> QWidget:
    """A page of `content` that scrolls when the window is shorter than it, `buttons` below
    the scrolling part: always in sight, whatever the height of the screen."""
    if isinstance(content, QLayout):
        inner = QWidget()
        inner.setLayout(content)
        content = inner
    page = QWidget()
    if name:
        page.setObjectName(name)
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(scroll_area(content), 1)
    if isinstance(buttons, QLayout):
        box.addLayout(buttons)
    elif buttons is not None:
        box.addWidget(buttons)
    return page


# --- a side panel in a narrow window ------------------------------------------------------------


class _StackWhenNarrow(QObject):
    def __init__(self, splitter: QSplitter, narrow: int) -> None:
        super().__init__(splitter)
        self.splitter, self.narrow = splitter, narrow
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        side = self.splitter.width() < self.narrow
        wanted = Qt.Orientation.Vertical if side else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            room = self.splitter.height() if side else self.splitter.width()
            self.splitter.setSizes([room * 3 // 4, room // 4] if side else [room - 260, 260])


def stack_when_narrow(splitter: QSplitter, narrow: int = 1000) -> None:
    """A main part and a side panel side by side, the panel under the main part while the
    splitter is narrower than `narrow` (a 1024-pixel screen): the main part keeps the width
    its columns need."""
    _StackWhenNarrow(splitter, narrow).fit()


class _ColumnsWhenWide(QObject):
    def __init__(self, box: QBoxLayout, room: QWidget) -> None:
        super().__init__(room)
        self.box, self.room = box, room
        room.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def side_by_side(self) -> int:
        """The width the columns need beside each other."""
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        margins = self.box.contentsMargins()
        widths = [item.minimumSize().width() for item in items if item is not None]
        gaps = self.box.spacing() * max(0, len(widths) - 1)
        return sum(widths) + gaps + margins.left() + margins.right()

    def fit(self) -> None:
        wide = self.room.width() >= self.side_by_side() + 24  # a scroll bar's room
        wanted = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)


def columns_when_wide(box: QBoxLayout, room: QWidget) -> None:
    """The columns of `box` side by side while `room` (the page's viewport) is wide enough
    for them, one under the other when it is not (a 1024-pixel screen, long Russian labels):
    the page scrolls down, never sideways."""
    _ColumnsWhenWide(box, room).fit()
