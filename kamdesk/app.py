"""Wires the GUI: logging, crash handler, main window, then the database.

The window is shown before SQLAlchemy is even imported (that import alone costs more than
painting the window); the database opens right after the first paint and fills the sections.

The log file never holds client data (issue 15): it says what kamdesk did and, for an error, its
kind and the code lines it came through, never the error's text (a SQL error carries the row's
values, a UserError the client's name), nor local values. The log records themselves keep the
text (pytest's caplog, stderr); only what is written to the file is stripped (PrivateFormatter).
"""

from __future__ import annotations

import errno
import logging
import sys
import time
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from kamdesk.errors import DamagedFile, StorageError
from kamdesk.paths import AppPaths

log = logging.getLogger("kamdesk")
TEXT_NOT_LOGGED = "(its text is not logged)"


def describe(exc: BaseException) -> str:
    """An exception's kind, with the driver's or the system's error code, without its text."""
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    details: list[str] = []
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    if isinstance(orig, BaseException):
        details.append(f"{type(orig).__module__}.{type(orig).__qualname__}")
    for err in (exc, orig):
        code = getattr(err, "sqlite_errorname", None)
        if isinstance(code, str):
            details.append(code)
        if isinstance(err, OSError) and err.errno is not None:
            details.append(errno.errorcode.get(err.errno, str(err.errno)))
    codes = f" [{', '.join(details)}]" if details else ""
    return f"{name}{codes} {TEXT_NOT_LOGGED}"


def private_traceback(exc: BaseException, seen: set[int] | None = None) -> list[str]:
    """A traceback as Python prints it, chained exceptions included, each exception said by
    `describe`: file, line, function and code of every frame, but no message, no values."""
    seen = set() if seen is None else seen
    seen.add(id(exc))
    lines: list[str] = []
    cause, context = exc.__cause__, None if exc.__suppress_context__ else exc.__context__
    if cause is not None and id(cause) not in seen:
        lines += private_traceback(cause, seen)
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif context is not None and id(context) not in seen:
        lines += private_traceback(context, seen)
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if exc.__traceback__ is not None:
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_list(traceback.extract_tb(exc.__traceback__))
    lines.append(describe(exc) + "\n")
    return lines


class PrivateFormatter(logging.Formatter):
    """Writes a record without client data: an exception, given as exc_info or as an argument
    of the message, is written as its kind and frames only (`private_traceback`)."""

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)  # the record itself stays whole
        safe.exc_text = None
        if isinstance(safe.msg, BaseException):
            safe.msg = describe(safe.msg)
        if isinstance(safe.args, tuple):
            safe.args = tuple(describe(a) if isinstance(a, BaseException) else a for a in safe.args)
        elif isinstance(safe.args, dict):
            safe.args = {
                k: describe(v) if isinstance(v, BaseException) else v for k, v in safe.args.items()
            }
        return super().format(safe)

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        exc = ei[1]
        return "".join(private_traceback(exc)).rstrip("\n") if exc is not None else ""


def setup_logging(paths: AppPaths) -> Path:
    log_file = paths.logs / "kamdesk.log"
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)  # a second window in the same process logs to its own folder
        old.close()
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def open_asking(window: Any, db_path: Path, paths: AppPaths, *, ask: bool = True) -> Any:
    """Open the database; an encrypted one with the passphrase the command line gave, the one
    the keyring remembers, or one the user types (#15 item 7). None when the user cancels;
    StorageError when the file cannot be used."""
    from kamdesk.db import open_database
    from kamdesk.db.cipher import use_passphrase
    from kamdesk.errors import PassphraseNeeded, WrongPassphrase

    def attempt(passphrase: str | None) -> Any:
        try:
            return open_database(db_path, backups=paths.backups, passphrase=passphrase)
        except DamagedFile:
            if passphrase is not None:  # the right one: the backup restored opens with it
                use_passphrase(db_path, passphrase)
            raise

    try:
        return attempt(None)  # a plain file, or the passphrase of --passphrase-file
    except (PassphraseNeeded, WrongPassphrase):
        if not ask:
            raise
    from kamdesk.ui.settings import keychain

    remembered = keychain.remembered(db_path)
    if remembered is not None:
        try:
            return attempt(remembered)
        except WrongPassphrase:
            log.info("the remembered passphrase no longer opens the file: asking")
    from kamdesk.ui.settings.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(db_path, attempt, window)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        if dialog.failure is not None:
            raise dialog.failure
        return None
    return dialog.opened


def run_gui(paths: AppPaths, db_path: Path, *, smoke: bool = False, t0: float | None = None) -> int:
    """The window first; after its first paint the first screen's rows where they can be read
    without the database layer (MainWindow.show_first_screen), then the database opened as
    ever. `smoke` quits once the section shown first shows its data with the database open,
    and says how long each step took."""
    started = time.perf_counter() if t0 is None else t0
    paths.keep_private()  # owner-only files: before the log, the settings or the database open
    app, settings = _application(paths)
    from PySide6.QtCore import QTimer

    from kamdesk.ui.mainwindow import MainWindow

    window = MainWindow(db_path, settings, paths=paths, shell_first=True)
    times = StartTimes(started)
    opened: list[object] = []

    def first_screen() -> None:
        from kamdesk.ui import fonts
        from kamdesk.ui.widgets.icons import app_icon

        app.setWindowIcon(app_icon())  # every window's, dialogs' too: once the frame is shown
        window.finish_shell()  # the first section and the icons, once the frame is on screen
        # the symbol font in Qt's fallback (no emoji boxes on a bare Linux) before any data
        # shows: the first paint shows none
        fonts.install_fonts()
        if window.show_first_screen():
            window.repaint()  # on screen before the database layer loads
            times.mark("shown")
        QTimer.singleShot(0, open_db)

    def open_db() -> None:
        log.info("opening %s", db_path)
        try:
            db = open_asking(window, db_path, paths, ask=not smoke)
        except StorageError as exc:
            log.warning("cannot open %s: %s", db_path, exc)
            say_refused(exc, window, paths, smoke=smoke, retry=open_db)
            return
        if db is None:  # the passphrase was not given
            log.info("not opened: no passphrase")
            app.exit(2)
            return
        opened.append(db)
        window.attach(db)
        times.mark("open")
        if smoke:
            wait_for_page()
            return
        from kamdesk.ui.first_run import offer_first_run

        offer_first_run(window)  # a new database: where to begin

    def wait_for_page() -> None:
        """The section shown first read its data (a worker's read, for some): smoke ends."""
        if window.page_loading():
            QTimer.singleShot(5, wait_for_page)
            return
        times.mark("shown")
        # closed (its settings saved) without the Quit event closing the last window posts:
        # left for later, it would end this process's next event loop (a test's) at once
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        window.close()
        app.setQuitOnLastWindowClosed(quits)
        app.quit()

    _watch_first_paint(window, times, first_screen)
    window.show()
    code = int(app.exec())
    if smoke and code == 0:
        print(times.said(window.current_section()))
    from kamdesk.ui.operations import wait_for_reads

    wait_for_reads()  # a read still running would find its database closed
    for db in opened:
        db.close()  # type: ignore[attr-defined]
    return code


def _watch_first_paint(window: Any, times: StartTimes, then: Callable[[], None]) -> Any:
    """An event filter on `window` that marks its first paint and runs `then` right after."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in times.at:
                times.mark("painted")
                QTimer.singleShot(0, then)
            return False

    watcher = FirstPaint(window)  # the window keeps it
    window.installEventFilter(watcher)
    return watcher


def _application(paths: AppPaths) -> tuple[Any, Any]:
    """The QApplication with the log, the crash handler and the translations; the settings."""
    log_file = setup_logging(paths)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kamdesk.ui import crash
    from kamdesk.ui.i18n import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kamdesk")
    app.setOrganizationName("kamdesk")
    from kamdesk.ui.widgets import scheme

    crash.install(log_file)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    scheme.apply(app, settings)  # light or dark: before any screen reads a colour
    if scheme.needs_own_palette(app):
        from kamdesk.ui.widgets.style import use_palette

        use_palette(app)
    install_translations(app, settings=settings)
    return app, settings


def say_refused(
    exc: StorageError, window: Any, paths: AppPaths, *, smoke: bool, retry: Callable[[], None]
) -> None:
    """The file cannot be opened at start: said (on stderr for --smoke), and the application
    ends with code 2; a damaged file is offered its newest good backup first (`retry` opens
    the restored file)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def give_up() -> None:
        QApplication.exit(2)

    if smoke:
        print(f"kamdesk: {exc}", file=sys.stderr)
    elif isinstance(exc, DamagedFile):
        from kamdesk.ui.damage import offer_restore_at_open

        offer_restore_at_open(
            window, window.db_path, paths.backups, exc.detail, opened=retry, give_up=give_up
        )
        return
    else:
        QMessageBox.critical(window, "kamdesk", str(exc))
    give_up()


class StartTimes:
    """When each step of the start was done (from `started`), and the process's CPU time by
    then, for --smoke and the start-up benchmark (benchmarks/startup.py reads its line)."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.at: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def mark(self, step: str) -> None:
        if step not in self.at:  # the first time only: "shown" before the database opened
            self.at[step] = time.perf_counter() - self.started
            self.cpu[step] = time.process_time()

    def said(self, section: str) -> str:
        ms = {step: f"{seconds * 1000:.0f}" for step, seconds in self.at.items()}
        return (
            f"kamdesk: main window painted in {ms['painted']} ms, {section} shown in "
            f"{ms['shown']} ms, database open in {ms['open']} ms; process CPU "
            f"{self.cpu['shown'] * 1000:.0f} ms when shown"
        )
