"""Wires the GUI: logging, crash handler, main window, then the database.

The window is shown before SQLAlchemy is even imported (that import alone costs more than
painting the window); the database opens right after the first paint and fills the sections.
"""

from __future__ import annotations

import logging
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kamdesk.errors import StorageError
from kamdesk.paths import AppPaths

log = logging.getLogger("kamdesk")


def setup_logging(paths: AppPaths) -> Path:
    log_file = paths.logs / "kamdesk.log"
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)  # a second window in the same process logs to its own folder
        old.close()
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def run_gui(paths: AppPaths, db_path: Path, *, smoke: bool = False, t0: float | None = None) -> int:
    started = time.perf_counter() if t0 is None else t0
    log_file = setup_logging(paths)
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kamdesk.ui import crash
    from kamdesk.ui.i18n import install_translations
    from kamdesk.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kamdesk")
    app.setOrganizationName("kamdesk")
    crash.install(log_file)
    install_translations(app)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(db_path, settings, paths=paths)
    times: dict[str, float] = {}
    opened: list[object] = []

    def open_db() -> None:
        from kamdesk.db import open_database

        log.info("opening %s", db_path)
        try:
            db = open_database(db_path, backups=paths.backups)
        except StorageError as exc:
            log.warning("cannot open %s: %s", db_path, exc)
            if smoke:
                print(f"kamdesk: {exc}", file=sys.stderr)
            else:
                QMessageBox.critical(window, "kamdesk", str(exc))
            app.exit(2)
            return
        opened.append(db)
        window.attach(db)
        times["ready"] = time.perf_counter() - started
        if smoke:
            QTimer.singleShot(0, app.quit)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in times:
                times["painted"] = time.perf_counter() - started
                QTimer.singleShot(0, open_db)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    code = int(app.exec())
    if smoke and code == 0:
        print(
            f"kamdesk: main window painted in {times['painted'] * 1000:.0f} ms, "
            f"clients shown in {times['ready'] * 1000:.0f} ms"
        )
        window.close()
    from kamdesk.ui.operations import wait_for_reads

    wait_for_reads()  # a read still running would find its database closed
    for db in opened:
        db.close()  # type: ignore[attr-defined]
    return code
