"""Start-up as the user meets it: --smoke, a bad file, an unexpected error."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kamdesk.app import run_gui
from kamdesk.db import open_database
from kamdesk.errors import StorageError
from kamdesk.paths import AppPaths
from kamdesk.ui import crash
from tests.factories import add_named_clients


def test_smoke_paints_the_window_and_shows_today(
    qapp,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    db = open_database(paths.database)
    with db.unit_of_work() as s:
        add_named_clients(s)
    db.close()
    assert run_gui(paths, paths.database, smoke=True) == 0
    out = capsys.readouterr().out
    assert "main window painted in" in out and "today shown in" in out


def test_a_garbage_file_is_refused_at_start_and_left_alone(
    qapp,
    paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 200)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run_gui(paths, path, smoke=True) == 2
    assert "not a kamdesk database" in capsys.readouterr().err
    # and the log says why, as a warning (not a crash)
    [warning] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.levelname == "WARNING" and "not a kamdesk database" in warning.getMessage()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_unexpected_error_is_logged_and_shown(
    qapp,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    log_file = paths.logs / "kamdesk.log"
    saved = sys.excepthook
    try:
        crash.install(log_file)
        try:
            raise ZeroDivisionError("a bug")
        except ZeroDivisionError:
            with caplog.at_level(logging.ERROR, logger="kamdesk"):
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = saved
    assert shown and str(log_file) in shown[0]
    assert "ZeroDivisionError: a bug" in caplog.text


def test_a_storage_error_from_a_read_is_said_plainly_not_as_a_crash(
    qapp,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText()))
    )
    saved = sys.excepthook
    try:
        crash.install(paths.logs / "kamdesk.log")
        try:
            raise StorageError("kamdesk.sqlite is in use by another program.")
        except StorageError:
            with caplog.at_level(logging.WARNING, logger="kamdesk"):
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = saved
    assert shown == [("kamdesk.sqlite is in use by another program.", "")]
    assert "Traceback" not in caplog.text and "in use by another program" in caplog.text
