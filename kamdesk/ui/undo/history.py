"""One undo stack per main window, reached through its ChangeHub (every view has it).

The main window's Edit > Undo and Redo act on it, and so do Ctrl+Z and Ctrl+Shift+Z (or
Ctrl+Y) in the dossier and meeting windows, whose edits go there too. A record window with
edits of its own that are not saved yet (the order window's draft lines) keeps its own stack,
and its keys act on that one: each window undoes what was done in it.

A command is pushed after its edit was made and committed (run_op), so its first redo() does
nothing; an undo or redo is a new edit through run_op, which sync carries like any other. When
one cannot be done any more (the record was deleted on another laptop meanwhile) the user is
told why and the command leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


def main_stack(hub: QObject) -> QUndoStack:
    """The main window's undo stack (made on first use), a child of its ChangeHub."""
    stack = hub.findChild(QUndoStack, "mainUndoStack", Qt.FindChildOption.FindDirectChildrenOnly)
    if stack is None:
        stack = QUndoStack(hub)
        stack.setObjectName("mainUndoStack")
        stack.setUndoLimit(100)
    return stack


def own_stack(window: QWidget) -> QUndoStack:
    """A stack of the window's own (its edits not saved yet), with the window's keys on it."""
    stack = QUndoStack(window)
    stack.setObjectName("ownUndoStack")
    add_actions(window, stack)
    return stack


def redo_keys() -> list[QKeySequence]:
    """The system's Redo keys, and Ctrl+Shift+Z wherever the system has it not (Windows)."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    extra = QKeySequence("Ctrl+Shift+Z")
    return keys if extra in keys else [*keys, extra]


def add_actions(window: QWidget, stack: QUndoStack, menu: QMenu | None = None) -> list[QAction]:
    """Undo and Redo for `stack`, their keys working anywhere in `window` (a text field being
    typed in keeps Ctrl+Z for its own text), and in `menu` when given. Their texts name the
    command: "Undo move of “Review”" (a whole sentence to translate, not a prefix: the words
    go in another order in Hungarian and Azerbaijani)."""
    undo = QAction(_tr("Undo"), window)
    undo.setObjectName("undoAction")
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    undo.triggered.connect(lambda: _step(window, stack, back=True))
    stack.canUndoChanged.connect(undo.setEnabled)
    undo_texts = _Texts(undo, _tr("Undo"), _tr("Undo {what}"))
    stack.undoTextChanged.connect(undo_texts.show)
    redo = QAction(_tr("Redo"), window)
    redo.setObjectName("redoAction")
    redo.setShortcuts(redo_keys())
    redo.triggered.connect(lambda: _step(window, stack, back=False))
    stack.canRedoChanged.connect(redo.setEnabled)
    redo_texts = _Texts(redo, _tr("Redo"), _tr("Redo {what}"))
    stack.redoTextChanged.connect(redo_texts.show)
    for action, can in ((undo, stack.canUndo()), (redo, stack.canRedo())):
        action.setEnabled(can)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)
        if menu is not None:
            menu.addAction(action)
    undo_texts.show(stack.undoText())
    redo_texts.show(stack.redoText())
    return [undo, redo]


def _step(window: QWidget, stack: QUndoStack, *, back: bool) -> None:
    """Undo or redo, and say what was done in the window's status bar (a command that could
    not be done any more leaves the stack, and its failure was said already)."""
    what = stack.undoText() if back else stack.redoText()
    count = stack.count()
    if back:
        stack.undo()
    else:
        stack.redo()
    if what and stack.count() == count and isinstance(window, QMainWindow):
        said = _tr("Undone: {what}") if back else _tr("Redone: {what}")
        window.statusBar().showMessage(said.format(what=what), 10_000)


class _Texts(QObject):
    """An action's text from its command's: a child of the action, so the stack (which may
    outlive the window) stops telling it once the action is gone."""

    def __init__(self, action: QAction, bare: str, named: str) -> None:
        super().__init__(action)
        self.action, self.bare, self.named = action, bare, named

    def show(self, what: str) -> None:
        self.action.setText(self.named.format(what=what) if what else self.bare)


def add_main_actions(window: QWidget, hub: QObject) -> list[QAction]:
    """A record window's keys on the main window's stack (the dossier, the meeting)."""
    return add_actions(window, main_stack(hub))


class DoneCommand(QUndoCommand):
    """An edit already made when pushed. `back()` undoes it, `again()` makes it again: each
    True when done, False when it could not be (the user was told; the command is dropped)."""

    def __init__(self, text: str, back: Callable[[], bool], again: Callable[[], bool]) -> None:
        super().__init__(text)
        self._back, self._again = back, again
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # QUndoStack.push() calls redo(): the edit is made already
            self._pushed = False
            return
        if not self._again():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._back():
            self.setObsolete(True)
