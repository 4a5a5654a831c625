"""The automatic lock of an encrypted database (#15 item 7), like KeePassXC's: after N minutes
without mouse or keyboard input to the application, the main window hides its data behind a
lock page (record windows and dialogs hidden too, every action off) until the passphrase is
given again. A dialog that is modal (in exec(): a question, the conflict dialog) is not hidden,
since hiding it would end exec() as if cancelled: the lock page is laid over it instead, it and
the windows under it, and they work again as they were once unlocked.

The lock knows nothing of encryption: it is given `verify(text) -> bool` (the encrypted
Database's `passphrase_matches`). The minutes are this laptop's own setting, kept with the
window's (QSettings, "This laptop…"): LOCK_MINUTES_DEFAULT unless set, 0 = never.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamdesk.ui import windows
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

LOCK_MINUTES_KEY = "laptop/lock_minutes"
LOCK_MINUTES_DEFAULT = 10
LOCK_MINUTES_MAX = 24 * 60
BOX_WIDTH = 400
COVER_MIN = (460, 240)  # a covered dialog is made at least this big while locked

# what counts as the user being there: input, not a repaint or a timer
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# what a covered window does not get while locked
HELD_EVENTS = INPUT_EVENTS | {
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Wheel,
}


def lock_minutes(settings: QSettings) -> int:
    """This laptop's idle minutes before the lock; 0 = never."""
    value = settings.value(LOCK_MINUTES_KEY, LOCK_MINUTES_DEFAULT)
    try:
        minutes = int(str(value))
    except ValueError:
        return LOCK_MINUTES_DEFAULT  # an unreadable setting: the safe default
    return min(max(minutes, 0), LOCK_MINUTES_MAX)


def set_lock_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue(LOCK_MINUTES_KEY, min(max(minutes, 0), LOCK_MINUTES_MAX))


class LockPage(QWidget):
    """What the window shows while locked: the passphrase field and nothing of the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        title = QLabel(self.tr("kamdesk is locked"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.note = note = QLabel(
            self.tr("It was left alone for a while. Enter the database's passphrase to go on.")
        )
        note.setStyleSheet(MUTED_STYLE)
        note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = WrappingLabel()  # wraps, as tall as its lines
        self.error.setObjectName("lockError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.unlock_button = QPushButton(icon("lock"), self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.box = box = QWidget()
        box.setFixedWidth(BOX_WIDTH)  # a wrapped note then gets the height it needs
        column = QVBoxLayout(box)
        for widget in (title, note, self.passphrase, self.error, self.unlock_button):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class LockCover(LockPage):
    """The lock page laid over a window that is not hidden (a modal dialog, or a window under
    one): opaque, the window's size, and no key goes past it (Return or Escape would reach the
    dialog: its default button, or Cancel)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.covered = window
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = self.layout()
        assert layout is not None
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # may be squeezed
        self._size, self._title = window.size(), window.windowTitle()
        window.setWindowTitle(self.tr("kamdesk is locked"))  # a title may name a client
        window.resize(max(window.width(), COVER_MIN[0]), max(window.height(), COVER_MIN[1]))
        self._fit(window)
        window.installEventFilter(self)
        self.show()

    def _fit(self, window: QWidget) -> None:
        self.box.setFixedWidth(min(BOX_WIDTH, max(window.width() - 40, 160)))
        self.note.setVisible(window.height() >= COVER_MIN[1])  # a small box: the field first
        self.setGeometry(window.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.covered and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit(self.covered)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()

    def remove(self) -> None:
        window = self.covered
        window.removeEventFilter(self)
        self.hide()
        window.resize(self._size)
        window.setWindowTitle(self._title)
        self.deleteLater()


def _modal_chain(widgets: list[QWidget]) -> set[QWidget]:
    """The modal windows among `widgets` and every window they stand over (their parents')."""
    kept: set[QWidget] = set()
    for widget in widgets:
        if widget.isModal():
            node: QWidget | None = widget
            while node is not None:
                kept.add(node.window())
                node = node.window().parentWidget()
    return kept


class IdleLock(QObject):
    """Locks `window` after `minutes` without input (0 = never); `verify` unlocks."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, verify: Callable[[str], bool], minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.verify = verify
        self.page: LockPage | None = None
        self._data: QWidget | None = None  # the window's own central widget, kept while locked
        self._hidden: list[QWidget] = []
        self._covers: list[LockCover] = []
        self._disabled: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.minutes = 0
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        windows.guard(self)  # no record window opens while locked

    @property
    def locked(self) -> bool:
        return self.page is not None

    def set_minutes(self, minutes: int) -> None:
        """From now on (0 = never); the idle time counts again from now."""
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.locked and self._covers and isinstance(watched, QWidget):
            return self._held(watched, event)
        if event.type() in INPUT_EVENTS and self.minutes > 0 and not self.locked:
            self.timer.start()  # the idle time counts again from now
        return False

    def _held(self, widget: QWidget, event: QEvent) -> bool:
        """While locked, a covered window gets no input but its cover's, and is not closed
        (its typing is kept for after the unlock)."""
        kind = event.type()
        for cover in self._covers:
            window = cover.covered
            if widget is window and kind == QEvent.Type.Close:
                event.ignore()
                return True
            if kind not in HELD_EVENTS or not window.isAncestorOf(widget):
                continue
            if widget is cover or cover.isAncestorOf(widget):
                return False
            if kind == QEvent.Type.KeyPress:
                cover.passphrase.setFocus()
            return True
        return False

    def lock(self) -> None:
        if self.locked or not isValid(self.window) or not self.window.isVisible():
            return  # a closed window (the app quitting; a test's) has nothing to hide
        window = self.window
        # other windows first: a dialog or a record window shows data too. A modal dialog and
        # the windows under it are covered, not hidden: hiding would end its exec() (a modal
        # one would also keep the main window's passphrase field from being typed into)
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and w.windowType() != Qt.WindowType.Popup
        ]
        kept = _modal_chain(shown)
        self._hidden = [w for w in shown if w not in kept]
        for widget in self._hidden:
            widget.hide()
        self._covers = [self._cover(w) for w in shown if w in kept]
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        window.menuBar().setEnabled(False)
        self._data = window.takeCentralWidget()
        self.page = LockPage()
        self.page.unlock_button.clicked.connect(self.try_unlock)
        self.page.passphrase.returnPressed.connect(self.try_unlock)
        window.setCentralWidget(self.page)
        self.page.show()  # at once, not when the layout gets to it
        top = QApplication.activeModalWidget()
        on_top = next((c for c in self._covers if c.covered is top), None)
        (on_top or self.page).passphrase.setFocus()
        self.locked_changed.emit(True)

    def _cover(self, widget: QWidget) -> LockCover:
        cover = LockCover(widget)
        cover.unlock_button.clicked.connect(lambda: self.try_unlock(cover))
        cover.passphrase.returnPressed.connect(lambda: self.try_unlock(cover))
        return cover

    def try_unlock(self, page: LockPage | None = None) -> bool:
        """The passphrase typed into `page` (the window's lock page unless given)."""
        if self.page is None:
            return True
        page = page or self.page
        if not self.verify(page.passphrase.text()):
            page.passphrase.clear()
            page.error.setText(self.tr("That is not the passphrase."))
            page.error.show()
            page.passphrase.setFocus()
            return False
        self.unlock()
        return True

    def refuse_close(self) -> None:
        """Quitting while locked: the windows hidden may hold unsaved edits, and asking about
        them would show them."""
        if self.page is not None:
            self.page.error.setText(self.tr("Unlock first: a window may hold unsaved changes."))
            self.page.error.show()
            self.page.passphrase.setFocus()

    def unlock(self) -> None:
        window = self.window
        window.takeCentralWidget()  # the lock page, deleted below
        if self._data is not None:
            window.setCentralWidget(self._data)
            self._data.show()
        if self.page is not None:
            self.page.deleteLater()
        self.page, self._data = None, None
        window.menuBar().setEnabled(True)
        for action in self._disabled:
            if isValid(action):
                action.setEnabled(True)
        for widget in self._hidden:
            if isValid(widget):
                widget.show()
        for cover in self._covers:
            if isValid(cover):
                cover.remove()
        self._disabled, self._hidden, self._covers = [], [], []
        if self.minutes > 0:
            self.timer.start()
        self.locked_changed.emit(False)

    def remove(self) -> None:
        """The lock is off for good (encryption turned off): unlocked, and no longer watching."""
        if self.locked:
            self.unlock()
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
