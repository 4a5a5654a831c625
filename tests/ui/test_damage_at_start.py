"""A damaged database file in the GUI (#15 item 4): found in the background after the window
opens, and said, like a damaged page met while working, in one clear message that offers the
newest good backup; restoring it saves the damaged file aside and shows the backup's data."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from kamdesk.db import Database, open_database
from kamdesk.paths import AppPaths
from kamdesk.ui import crash
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import run_op
from tests.factories import order_line_pages

PAGE = 4096
MALFORMED = "database disk image is malformed"


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes a test would otherwise have to answer: what they said."""
    messages: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: messages.append(text))
    return messages


def _damage(path: Path, page: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(3 * PAGE)))


def _names(window: MainWindow, qtbot: QtBot) -> list[str]:
    model = window.clients.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


@pytest.fixture
def damaged_window(
    qtbot: QtBot,
    paths: AppPaths,
    settings,
    demo_template: Path,  # type: ignore[no-untyped-def]
) -> Iterator[tuple[MainWindow, Database, Path]]:
    """The demo with a good backup of it, then three of its pages overwritten, opened."""
    shutil.copyfile(demo_template, paths.database)
    db = open_database(paths.database, backups=paths.backups)
    backup = db.back_up()
    db.close()
    _damage(paths.database, order_line_pages(paths.database))  # order lines, not the clients
    db = open_database(paths.database, backups=paths.backups)
    window = MainWindow(db.path, settings, paths=paths)
    window.attach(db)
    window.show()
    qtbot.waitExposed(window)
    yield window, db, backup
    window.close()
    window.deleteLater()
    db.close()


def _message(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.damage_watch is not None and window.damage_watch.box is not None)
    assert window.damage_watch is not None and window.damage_watch.box is not None
    box = window.damage_watch.box
    qtbot.waitUntil(box.isVisible)
    return box


def test_damage_found_at_start_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot,
    damaged_window: tuple[MainWindow, Database, Path],
    said: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    window, db, backup = damaged_window
    assert window.isVisible()  # the check never held the window up
    box = _message(qtbot, window)
    assert box.text() == f"The file is damaged: {db.path}"
    assert "SQLite found:" in box.informativeText()
    assert "Restore the newest good backup" in box.informativeText()
    before = sorted(db.path.parent.glob("*before-restore*"))
    assert before == []

    restore = box.findChild(QPushButton, "restoreNewest")
    assert isinstance(restore, QPushButton)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("is restored" in text for text in said), timeout=20_000)

    (aside,) = db.path.parent.glob("kamdesk-before-restore-*.sqlite")
    assert any(str(aside) in text for text in said)
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert len(_names(window, qtbot)) == 40  # the window shows the backup's data
    assert backup.exists()
    assert "the database file is damaged" in caplog.text  # said, and logged as a warning


def test_a_damaged_page_met_while_working_is_the_same_message(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    said: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    db.back_up()
    watch = window.damage_watch
    assert watch is not None
    qtbot.waitUntil(lambda: not watch.busy)  # the check at start: the file is whole

    def fails(_session: Session) -> None:
        raise DatabaseError("SELECT 1", {}, sqlite3.DatabaseError(MALFORMED))

    with qtbot.waitSignal(watch.said, timeout=10_000):
        run_op(window, db, window.hub, fails)
    assert said == []  # no plain error box, no traceback
    box = watch.box
    assert box is not None and box.text() == f"The file is damaged: {db.path}"
    assert MALFORMED in box.informativeText()
    assert box.findChild(QPushButton, "restoreNewest") is not None
    assert "the database file is damaged" in caplog.text
    box.reject()


def test_an_sqlite_error_reaching_the_crash_handler_is_the_same_message(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    paths: AppPaths,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    watch = window.damage_watch
    assert watch is not None
    qtbot.waitUntil(lambda: not watch.busy)
    saved = sys.excepthook
    try:
        crash.install(paths.logs / "kamdesk.log")
        with qtbot.waitSignal(watch.said, timeout=10_000):
            try:
                raise sqlite3.DatabaseError(MALFORMED)
            except sqlite3.DatabaseError:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = saved
    assert shown == [] and said == []  # not the crash dialog
    box = watch.box
    assert box is not None and MALFORMED in box.informativeText()
    assert "No good backup was found" in box.informativeText()  # none was made
    assert "Traceback" not in caplog.text
    box.reject()


def _truncated(paths: AppPaths, demo_template: Path) -> Path:
    """The demo with a good backup of it, then cut to half its size (a copy cut short)."""
    shutil.copyfile(demo_template, paths.database)
    db = open_database(paths.database, backups=paths.backups)
    db.back_up()
    db.close()
    with paths.database.open("r+b") as fh:
        fh.truncate(paths.database.stat().st_size // 2)
    return paths.database


def test_a_file_too_damaged_to_open_is_offered_the_newest_good_backup_at_start(
    qapp,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    demo_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from PySide6.QtCore import QTimer

    from kamdesk.app import run_gui

    path = _truncated(paths, demo_template)
    offered: list[str] = []
    told: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.append(box.informativeText())
        button = box.findChild(QPushButton, "restoreNewest")
        assert isinstance(button, QPushButton)
        button.click()
        return 0

    def restored(_parent: object, _title: str, text: str, *_a: object) -> None:
        told.append(text)
        QTimer.singleShot(0, qapp.quit)  # once the window shows the data again

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    monkeypatch.setattr(QMessageBox, "information", restored)
    assert run_gui(paths, path) == 0
    assert len(offered) == 1 and "Restore the newest good backup" in offered[0]
    assert "cut short" in offered[0]
    (aside,) = path.parent.glob("kamdesk-before-restore-*.sqlite")
    assert len(told) == 1 and str(aside) in told[0]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM client").fetchone() == (40,)
    finally:
        conn.close()
    assert "cannot open" in caplog.text


def test_quitting_instead_leaves_the_damaged_file_as_it_was(
    qapp,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    demo_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from kamdesk.app import run_gui

    path = _truncated(paths, demo_template)
    before = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.reject() or 0)
    assert run_gui(paths, path) == 2
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*before-restore*"))
