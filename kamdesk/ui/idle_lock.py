"""The automatic lock of an encrypted database (#15 item 7), like KeePassXC's: after N minutes
without mouse or keyboard input to the application, the main window hides its data behind a
lock page (record windows and dialogs hidden too, every action off) until the passphrase is
given again.

The lock knows nothing of encryption: it is given `verify(text) -> bool` (the encrypted
Database's `passphrase_matches`). The minutes are this laptop's own setting, kept with the
window's (QSettings, "This laptop…"): LOCK_MINUTES_DEFAULT unless set, 0 = never.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

LOCK_MINUTES_KEY = "laptop/lock_minutes"
LOCK_MINUTES_DEFAULT = 10
LOCK_MINUTES_MAX = 24 * 60

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
        note = QLabel(
            self.tr("It was left alone for a while. Enter the database's passphrase to go on.")
        )
        note.setStyleSheet(MUTED_STYLE)
        note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        box = QWidget()
        box.setFixedWidth(400)  # a wrapped note then gets the height it needs
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
        self._disabled: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.minutes = 0
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

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
        if event.type() in INPUT_EVENTS and self.minutes > 0 and not self.locked:
            self.timer.start()  # the idle time counts again from now
        return False

    def lock(self) -> None:
        if self.locked or not isValid(self.window):
            return
        window = self.window
        # other windows first: a dialog or a record window shows data too (a modal one would
        # also keep the passphrase field from being typed into)
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and w.windowType() != Qt.WindowType.Popup
        ]
        for widget in self._hidden:
            widget.hide()
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
        self.page.passphrase.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self) -> bool:
        page = self.page
        if page is None:
            return True
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
        self._disabled, self._hidden = [], []
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
