"""Throwaway: screenshots in Italian (rv-it review). Deleted after use."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings, QTranslator

from kamdesk import messages
from kamdesk.db import Database
from kamdesk.paths import AppPaths
from kamdesk.ui import windows
from kamdesk.ui.i18n import TRANSLATIONS
from kamdesk.ui.mainwindow import MainWindow

OUT = "/tmp/rv-it-shots"


def test_shots(qtbot, qapp, demo_db: Database, settings: QSettings, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    it = QTranslator()
    assert it.load(str(TRANSLATIONS / "kamdesk_it.qm"))
    qapp.installTranslator(it)
    messages.use("it")
    try:
        c = sqlite3.connect(demo_db.path)
        client_id = c.execute(
            "SELECT id FROM client WHERE document_language='it' AND deleted_at IS NULL ORDER BY name LIMIT 1"
        ).fetchone()[0]
        order_id = c.execute(
            "SELECT id FROM sales_order WHERE client_id=? AND status='draft' AND deleted_at IS NULL LIMIT 1",
            (client_id,),
        ).fetchone()
        if order_id is None:
            order_id = c.execute(
                "SELECT id FROM sales_order WHERE client_id=? AND deleted_at IS NULL ORDER BY order_date DESC LIMIT 1",
                (client_id,),
            ).fetchone()
        meeting_id = c.execute(
            "SELECT id FROM activity WHERE client_id=? AND kind='meeting' AND deleted_at IS NULL ORDER BY starts_at DESC LIMIT 1",
            (client_id,),
        ).fetchone()
        c.close()
        w = MainWindow(demo_db.path, settings, paths=paths)
        qtbot.addWidget(w)
        w.attach(demo_db)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        for key in list(w.sections):
            w.show_section(key)
            qtbot.wait(1500)
            w.grab().save(f"{OUT}/main-{key}.png")
        d = windows.open_dossier(demo_db, w.hub, client_id, parent=w)
        d.resize(1280, 800)
        qtbot.wait(1500)
        d.grab().save(f"{OUT}/dossier.png")
        for page in ("terms", "contacts", "strategy", "history"):
            try:
                d.show_page(page)  # type: ignore[attr-defined]
                qtbot.wait(800)
                d.grab().save(f"{OUT}/dossier-{page}.png")
            except Exception as e:  # noqa: BLE001
                print("page", page, e)
        o = windows.open_order(demo_db, w.hub, order_id[0], parent=w)
        o.resize(1280, 800)
        qtbot.wait(1500)
        o.grab().save(f"{OUT}/order.png")
        if meeting_id:
            m = windows.open_meeting(demo_db, w.hub, meeting_id[0], parent=w)
            m.resize(1100, 800)
            qtbot.wait(1200)
            m.grab().save(f"{OUT}/meeting.png")
            for i in range(1, 3):
                tabs = m.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QTabWidget)
                if tabs:
                    tabs[0].setCurrentIndex(i)
                    qtbot.wait(800)
                    m.grab().save(f"{OUT}/meeting-{i}.png")
        dlg = w.open_company_settings()
        qtbot.wait(1000)
        dlg.grab().save(f"{OUT}/company.png")
        from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: F401
        for top in QApplication.topLevelWidgets():
            if top is not w and top.isVisible():
                top.close()
    finally:
        qapp.removeTranslator(it)
        messages.use("en")
