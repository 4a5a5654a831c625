"""Render windows offscreen to PNG for the README and for looking at changes.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py DEMO.sqlite OUT_DIR [LANG]

With a language (ru, hu, it, az) the windows speak it and each file is named NAME.LANG.png
(docs/main-window.ru.png in the README).
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kamdesk.db import open_database
from kamdesk.ui import windows
from kamdesk.ui.i18n import install_translations
from kamdesk.ui.mainwindow import MainWindow


def settle(view: object) -> None:
    """Until a view that reads off the GUI thread shows what it read."""
    for _ in range(100):
        QTest.qWait(50)
        if not getattr(view, "loading", False):
            return


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    install_translations(app, QLocale("en_GB" if language == "en" else language))
    suffix = "" if language == "en" else f".{language}"

    def named(name: str) -> str:
        return str(out / f"{name}{suffix}.png")

    db = open_database(db_path, readonly=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "k.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db_path, settings)
        window.attach(db)
        window.resize(1280, 760)
        window.show()
        QTest.qWait(400)  # the dossier scores of the rows on screen follow the paint
        window.grab().save(named("main-window"))
        window.clients.search.setText("kft")
        app.processEvents()
        window.grab().save(named("main-window-search"))
        window.clients.search.clear()
        dialog = window.open_company_settings()
        assert dialog is not None
        app.processEvents()
        dialog.grab().save(named("settings-company"))
        dialog.fields["tax_id"].setText("12345")
        dialog.fields["email"].setText("sales at example")
        dialog.save()
        app.processEvents()
        dialog.grab().save(named("settings-company-errors"))
        dialog.reject()
        window.show_section("schedule")
        settle(window.schedule)
        window.grab().save(named("schedule"))
        window.show_section("today")
        settle(window.today)
        window.grab().save(named("today"))
        window.show_section("receivables")
        settle(window.receivables)
        QTest.qWait(600)
        if window.receivables.table.model().rowCount() > 6:
            window.receivables.table.selectRow(6)  # a client with debts of every age
            settle(window.receivables)
            QTest.qWait(600)
        window.grab().save(named("receivables"))
        window.show_section("reports")
        window.reports.pages.setCurrentIndex(0)  # the dashboard
        window.resize(1280, 900)
        QTest.qWait(2500)
        window.grab().save(named("dashboard"))
        window.resize(1280, 760)
        planned = [
            i for i in window.schedule.items if i.kind == "meeting" and i.status == "planned"
        ]
        if planned:
            from kamdesk.ui.meetings.meeting_window import MeetingWindow

            busiest = max(planned, key=lambda i: len(i.attendees))
            meeting = windows.open_meeting(db, window.hub, busiest.id, parent=window)
            assert isinstance(meeting, MeetingWindow)
            meeting.resize(1100, 820)
            meeting.tabs.setCurrentWidget(meeting.prep)
            QTest.qWait(200)
            meeting.grab().save(named("meeting-preparation"))
            meeting.tabs.setCurrentWidget(meeting.details)
            QTest.qWait(100)
            meeting.grab().save(named("meeting-details"))
            meeting.close()
        window.close()
    db.close()


if __name__ == "__main__":
    main()
