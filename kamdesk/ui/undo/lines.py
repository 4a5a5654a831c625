"""A line removed from a draft order, put back in its place by Ctrl+Z in the order window.

The draft's lines are not saved until Save: their undo stack is the order window's own
(history.own_stack), emptied whenever the window reads the order again (after a save, or a
change made elsewhere): the rows it remembers are then no longer the ones shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from kamdesk.ui.orders.order_line_edit import EditLine
from kamdesk.ui.orders.order_lines_model import OrderLinesModel
from kamdesk.ui.orders.order_lines_view import OrderLinesView


class LinesWindow(Protocol):
    lines: OrderLinesModel
    view: OrderLinesView
    undo_stack: QUndoStack


_BUSY = "lineUndoBusy"  # the lines model's property while a command below changes them


def watch_lines(window: LinesWindow) -> None:
    """Any other change of the lines (a line added, edited, an empty one removed) empties the
    window's stack: the rows its commands remember would no longer be the ones shown, and a
    redo could take away another line."""

    def changed() -> None:
        if not window.lines.property(_BUSY):
            window.undo_stack.clear()

    window.lines.changed.connect(changed)


def _busy(window: LinesWindow, busy: bool) -> None:
    window.lines.setProperty(_BUSY, busy)


def remove_line(window: LinesWindow, row: int) -> None:
    """Remove the draft's line at `row`; Edit > Undo (Ctrl+Z) in the window puts it back."""
    model = window.lines
    if not model.editable or not 0 <= row < len(model.lines):
        return
    line = model.lines[row]
    _busy(window, True)
    try:
        model.remove_row(row)
    finally:
        _busy(window, False)
    window.undo_stack.push(LineRemoved(window, row, line))


class LineRemoved(QUndoCommand):
    def __init__(self, window: LinesWindow, row: int, line: EditLine) -> None:
        text = QCoreApplication.translate("Undo", "removal of line {n}, {product}")
        super().__init__(text.format(n=row + 1, product=line.label))
        self.window, self.row, self.line = window, row, line
        self._pushed = True

    def undo(self) -> None:
        model = self.window.lines
        if not model.editable or self.row > len(model.lines):
            self.setObsolete(True)  # the order was confirmed meanwhile
            return
        lines = list(model.lines)
        lines.insert(self.row, self.line)
        _busy(self.window, True)
        try:
            model.load(lines, editable=True)
            model.dirty = True  # as the removal left it: not saved
            model.changed.emit()
        finally:
            _busy(self.window, False)
        self.window.view.go_to(self.row, "product", edit=False)

    def redo(self) -> None:
        if self._pushed:  # push() calls redo(): the line is gone already
            self._pushed = False
            return
        model = self.window.lines
        if not model.editable or self.row >= len(model.lines):
            self.setObsolete(True)
            return
        _busy(self.window, True)
        try:
            model.remove_row(self.row)
        finally:
            _busy(self.window, False)
