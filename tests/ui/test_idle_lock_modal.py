"""Issue 15 review, finding 6: the idle lock does not end a dialog that is in exec() (hiding it
would return Rejected and show it again later with no loop behind it). The lock page covers it
instead: nothing of it can be read or pressed while locked, and after the unlock it works."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.services.prices.price_list import add_price_column, column_fields, set_column_percent
from kamdesk.ui.idle_lock import IdleLock, LockCover
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.products.price_columns import PriceColumnsDialog
from kamdesk.ui.widgets.conflicts import ConflictDialog
from tests.ui.test_idle_lock import PASSPHRASE, _armed
from tests.ui.typing import type_text


def when_locked(lock: IdleLock, steps: Callable[[], None], seen: list[str]) -> None:
    """Run `steps` inside the dialog's exec() once the lock is on (an error is kept in `seen`:
    an exception cannot leave a slot)."""

    def poll() -> None:
        if not lock.locked:
            QTimer.singleShot(20, poll)
            return
        try:
            steps()
        except AssertionError as exc:  # pragma: no cover - reported by the test
            seen.append(f"failed: {exc}")

    QTimer.singleShot(20, poll)


def hidden_by(cover: LockCover, dialog: QWidget, widget: QWidget) -> bool:
    """`widget`'s middle is under the cover: what is drawn there is the lock page."""
    at = dialog.childAt(widget.mapTo(dialog, QPoint(widget.width() // 2, widget.height() // 2)))
    return at is not None and (at is cover or cover.isAncestorOf(at))


def test_a_dialog_in_exec_is_covered_and_works_after_the_unlock(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle("Changed while you were editing")
    secret = QLabel("Tisza Pékség Kft. — credit limit 4 000 000 HUF", dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(secret)
    layout.addWidget(buttons)
    lock = _armed(window, 100)
    seen: list[str] = []

    def steps() -> None:
        cover = dialog.findChild(LockCover)
        assert dialog.isVisible() and cover is not None and cover.isVisible()
        assert cover.geometry() == dialog.rect()
        assert dialog.windowTitle() == "kamdesk is locked"  # a title may name a client
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert hidden_by(cover, dialog, secret) and hidden_by(cover, dialog, ok)
        # nothing typed into the cover reaches the dialog: not Escape, not Return
        qtbot.keyClick(cover.passphrase, Qt.Key.Key_Escape)
        qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)  # an empty passphrase: wrong
        qtbot.keyClick(ok, Qt.Key.Key_Space)  # a key sent to what is under: held
        assert not dialog.close()  # and the window's close button does not end it
        assert dialog.isVisible() and lock.locked
        assert cover.error.text() == "That is not the passphrase."
        type_text(cover.passphrase, PASSPHRASE)
        qtbot.keyClick(cover.passphrase, Qt.Key.Key_Return)
        assert not lock.locked and not cover.isVisible() and dialog.isVisible()
        assert dialog.windowTitle() == "Changed while you were editing"
        seen.append("unlocked")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # the dialog works again

    when_locked(lock, steps, seen)
    result = dialog.exec()
    assert seen == ["unlocked"]
    assert result == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_conflict_chosen_after_the_unlock_is_saved(
    qtbot: QtBot, window: MainWindow, db: Database, keep: str
) -> None:
    with db.unit_of_work() as s:
        column = add_price_column(s, "Retail", Decimal(10))
    editor = PriceColumnsDialog(db, window.hub, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.table.selectRow(editor.table.rowCount() - 1)
    with db.unit_of_work() as s:  # set elsewhere meanwhile (no hub: the editor keeps 10 %)
        set_column_percent(s, column, Decimal(25))
    editor.percent.clear()
    type_text(editor.percent, "15")
    lock = _armed(window, 100)
    seen: list[str] = []

    def steps() -> None:
        conflict = next(w for w in window.findChildren(ConflictDialog) if w.isVisible())
        cover = conflict.findChild(LockCover)
        assert cover is not None and cover.isVisible()
        mine, theirs = conflict.groups["discount_percent"]
        assert hidden_by(cover, conflict, mine) and hidden_by(cover, conflict, theirs)
        editor_cover = editor.findChild(LockCover)  # the editor under it: covered too
        assert editor_cover is not None and hidden_by(editor_cover, editor, editor.table)
        type_text(cover.passphrase, PASSPHRASE)
        qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
        assert not lock.locked and conflict.isVisible()
        seen.append("unlocked")
        (theirs if keep == "theirs" else mine).click()
        save = conflict.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_locked(lock, steps, seen)
    assert editor.change()
    assert seen == ["unlocked"]
    with db.reading() as s:
        stored = column_fields(s, column).discount_percent
    assert stored == (Decimal(15) if keep == "mine" else Decimal(25))
