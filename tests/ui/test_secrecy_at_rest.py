"""Secrecy at rest (issue 15) as the GUI lives it: the log file never holds client data, the
files the app starts with are owner-only, and so is the outbox in the shared temporary folder."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kamdesk.app import TEXT_NOT_LOGGED, PrivateFormatter, setup_logging
from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.errors import StorageError, UserError
from kamdesk.paths import AppPaths, private_folder
from kamdesk.services.clients.contacts import save_contact
from kamdesk.ui import crash
from kamdesk.ui.documents import document_actions
from kamdesk.ui.operations import ChangeHub, run_op
from tests.factories import add_client

MARKER = "SECRET-MARKER-7781"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def log_file(paths: AppPaths) -> Iterator[Path]:
    """The app's log file, as run_gui sets it up; the crash handler installed, both undone."""
    saved = sys.excepthook
    path = setup_logging(paths)
    crash.install(path)
    yield path
    sys.excepthook = saved
    for handler in list(logging.getLogger("kamdesk").handlers):
        logging.getLogger("kamdesk").removeHandler(handler)
        handler.close()


@pytest.fixture
def restore_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _crash(exc: BaseException) -> None:
    """What Qt does with an exception a slot let through: the crash handler gets it."""
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_the_log_file_never_holds_what_the_user_typed(
    qapp,  # type: ignore[no-untyped-def]
    db: Database,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    today = date(2026, 3, 2)
    with db.unit_of_work() as s:
        client_id = add_client(s, f"Kft. {MARKER}").id
        save_contact(s, ContactData(client_id, "Anna", notes=f"{MARKER} collects stamps"),
                     today=today)  # fmt: skip
    caplog.set_level(logging.INFO, logger="kamdesk")

    # a service call that fails in its unit of work: the SQL error's text holds the row's values
    def orphan(s):  # type: ignore[no-untyped-def]
        return save_contact(s, ContactData("gone", "Bob", notes=f"{MARKER} 1 200 000 HUF"),
                            today=today)  # fmt: skip

    try:
        run_op(None, db, ChangeHub(), orphan)
    except Exception:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and MARKER in shown[0], "the dialog's details show the user everything"
    # a known condition said to the user: its text names the client
    _crash(UserError(f"The client {MARKER} was deleted meanwhile."))
    # a storage error raised from the SQL error (as db.translate does), said and logged
    session = db.sessions()
    try:
        orphan(session)
    except Exception as exc:
        chained = _chained(exc)
        _crash(chained)
        logging.getLogger("kamdesk.test").error("failed: %s", chained, exc_info=chained)
    finally:
        session.close()
    # an unexpected error off the GUI thread; an error given as the message itself
    worker = threading.Thread(target=_crash, args=(ValueError(f"bad amount {MARKER}"),))
    worker.start()
    worker.join()
    logging.getLogger("kamdesk.test").warning(KeyError(MARKER))

    text = log_file.read_text(encoding="utf-8")
    assert MARKER in caplog.text, "the records carried the data: the file alone is stripped"
    assert MARKER not in text
    # and the log still says what happened, and where
    assert text.count("Traceback (most recent call last)") >= 4
    assert "sqlalchemy.exc.IntegrityError [sqlite3.IntegrityError" in text
    assert "in save_contact" in text and "in orphan" in text
    assert f"said to the user: kamdesk.errors.UserError {TEXT_NOT_LOGGED}" in text
    assert "The above exception was the direct cause of the following exception" in text
    assert "unexpected error off the GUI thread" in text


def _chained(exc: BaseException) -> StorageError:
    try:
        raise StorageError(f"Database error: {exc}") from exc
    except StorageError as storage:
        return storage


def test_the_formatter_keeps_the_record_whole_and_says_system_errors_by_code() -> None:
    error = FileNotFoundError(2, "No such file", f"/home/anna/{MARKER}.xlsx")
    record = logging.LogRecord("kamdesk", logging.ERROR, __file__, 1, "cannot read: %s",
                               (error,), None)  # fmt: skip
    line = PrivateFormatter("%(message)s").format(record)
    assert line == f"cannot read: FileNotFoundError [ENOENT] {TEXT_NOT_LOGGED}"
    assert MARKER in record.getMessage()


@posix_only
def test_the_app_starts_with_owner_only_files(
    qapp,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    migrated_template: Path,
    restore_umask: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for folder in (paths.data, paths.config, paths.logs, paths.cache, paths.backups):
        folder.chmod(0o755)
    shutil.copyfile(migrated_template, paths.database)  # as an older version left it
    paths.database.chmod(0o644)
    backup = paths.backups / "kamdesk-20250101-000000-000000.sqlite"
    shutil.copyfile(migrated_template, backup)
    backup.chmod(0o644)
    paths.settings_file.write_text("[window]\n", encoding="utf-8")
    paths.settings_file.chmod(0o644)
    # in a process of its own, as a user starts it: the GUI's start-up installs what a test
    # process must not keep (the crash handler, the file log, a quit application)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kamdesk", "--data-dir", str(paths.data), "--smoke"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (paths.logs / "kamdesk.log").exists()
    found = [paths.data, *paths.data.rglob("*")]
    assert {p.name: oct(mode(p)) for p in found if mode(p) & 0o077} == {}
    assert mode(paths.database) == mode(backup) == mode(paths.logs / "kamdesk.log") == 0o600
    assert mode(paths.settings_file) == 0o600 and mode(paths.data) == 0o700


@posix_only
def test_the_outbox_is_the_users_own_in_the_shared_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    shared = tmp_path / "kamdesk-documents"
    shared.mkdir()
    shared.chmod(0o755)  # left by an older version
    assert document_actions.outbox() == shared and mode(shared) == 0o700
    # another account (or a trap) holds the name: here a link to a folder anyone can read
    shared.rmdir()
    trap = tmp_path / "trap"
    trap.mkdir()
    trap.chmod(0o755)
    shared.symlink_to(trap)
    with pytest.raises(OSError, match="another user"):
        private_folder(shared)
    own = document_actions.outbox()
    assert own.parent == tmp_path and own.name.startswith("kamdesk-documents-")
    assert mode(own) == 0o700 and mode(trap) == 0o755
