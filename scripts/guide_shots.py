"""The guide's screenshots (Help > Guide): one per page and language, taken offscreen on a demo
database built for the language's country, into resources/guide/<lang>/<page>.png.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python scripts/guide_shots.py [LANG ...]

Without a language it takes every shipped one, each in a process of its own (a language is
installed once per process). The pictures are scaled to WIDTH pixels at most and reduced to a
palette of COLOURS colours: the fifty files stay small enough to ship (Pillow, which
reportlab brings, does it).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "guide"
WIDTH = 900
COLOURS = 128
# each language on the demo of a company of its country (English on the Hungarian one)
COUNTRY = {"en": "HU", "ru": "RU", "hu": "HU", "it": "IT", "az": "AZ"}
# the SQL that picks the record a page shows: the richest of its kind in the demo
CLIENT = (
    "SELECT client_id FROM activity WHERE kind = 'meeting' AND deleted_at IS NULL "
    "GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"
)
PLANNED = (
    "SELECT a.id FROM activity a WHERE a.kind = 'meeting' AND a.status = 'planned' "
    "AND a.deleted_at IS NULL ORDER BY (SELECT count(*) FROM meeting_question q "
    "WHERE q.activity_id = a.id) + (SELECT count(*) FROM activity_contact c "
    "WHERE c.activity_id = a.id) DESC, a.starts_at LIMIT 1"
)
HELD = (
    "SELECT a.id FROM activity a WHERE a.kind = 'meeting' AND a.status = 'done' "
    "AND a.deleted_at IS NULL AND length(a.outcome) > 0 ORDER BY (SELECT count(*) "
    "FROM activity f WHERE f.follow_up_of_id = a.id) DESC, a.starts_at DESC LIMIT 1"
)
STARTS = "SELECT starts_at FROM activity WHERE id = '{id}'"
ORDER = (
    "SELECT o.id FROM sales_order o WHERE o.deleted_at IS NULL ORDER BY o.status <> 'draft', "
    "o.status <> 'shipped', abs((SELECT count(*) FROM order_line l WHERE l.order_id = o.id) - 8)"
    " LIMIT 1"
)


def pick(path: Path, sql: str) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(sql).fetchone()
    if row is None:
        raise SystemExit(f"the demo has no record for: {sql}")
    return str(row[0])


def save(picture: object, page: str, language: str) -> Path:
    """The grab, scaled and reduced, as the page's picture in the language."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPixmap

    assert isinstance(picture, QPixmap)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    with tempfile.SpooledTemporaryFile() as raw:
        raw.write(bytes(buffer.data().data()))
        raw.seek(0)
        image = Image.open(raw).convert("RGB")
        if image.width > WIDTH:
            height = round(image.height * WIDTH / image.width)
            image = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
        reduced = image.quantize(COLOURS, method=Image.Quantize.MEDIANCUT, dither=0)
        target = OUT / language / f"{page}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        reduced.save(target, optimize=True)
    return target


def settle(view: object, at_least: int = 300) -> None:
    """Until a view that reads off the GUI thread shows what it read."""
    from PySide6.QtTest import QTest

    QTest.qWait(at_least)
    for _ in range(100):
        if not getattr(view, "loading", False):
            break
        QTest.qWait(50)
    QTest.qWait(100)


def shots(db_path: Path, language: str) -> None:
    """Every page's picture in `language` (installed already) on the demo at `db_path`."""
    from PySide6.QtCore import QSettings

    from kamdesk.db import open_database
    from kamdesk.ui import windows
    from kamdesk.ui.documents.document_dialog import DocumentDialog
    from kamdesk.ui.mainwindow import MainWindow

    db = open_database(db_path)
    settings = QSettings(str(db_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(db_path, settings)
    window.attach(db)
    window.status_db.clear()  # the demo's temporary path is nobody's
    window.resize(1280, 800)
    window.show()

    def take(page: str, widget: object, wait: int = 300) -> None:
        settle(widget, wait)
        print(save(widget.grab(), page, language))  # type: ignore[attr-defined]

    def dialog(page: str, opened: Callable[[], object], size: tuple[int, int] | None) -> None:
        shown = opened()
        if size is not None:
            shown.resize(*size)  # type: ignore[attr-defined]
        take(page, shown)
        shown.close()  # type: ignore[attr-defined]

    dialog("start", window.open_company_settings, None)
    dossier = windows.open_dossier(db, window.hub, pick(db_path, CLIENT), parent=window)
    dossier.resize(1180, 800)
    take("clients", dossier, 800)
    dossier.close()
    planned = pick(db_path, PLANNED)
    window.show_section("schedule")
    settle(window.schedule)
    day = date.fromisoformat(pick(db_path, STARTS.format(id=planned))[:10])
    window.schedule.go_to(day - timedelta(days=day.weekday()))  # the week of that meeting
    settle(window.schedule, 600)
    window.schedule.view.select_day(day.weekday())  # its day listed under the week
    window.schedule.view.select(planned)
    take("week", window, 300)
    meeting = windows.open_meeting(db, window.hub, planned, parent=window)
    meeting.resize(1180, 800)
    meeting.tabs.setCurrentWidget(meeting.prep)  # type: ignore[attr-defined]
    take("prepare", meeting)
    meeting.close()
    held = windows.open_meeting(db, window.hub, pick(db_path, HELD), parent=window)
    held.resize(1180, 800)
    held.tabs.setCurrentWidget(held.after)  # type: ignore[attr-defined]
    take("outcome", held)
    held.close()
    order_id = pick(db_path, ORDER)
    order = windows.open_order(db, window.hub, order_id, parent=window)
    order.resize(1240, 800)
    take("order", order, 600)
    dialog("documents", lambda: _documents(DocumentDialog, db, window, order_id), (1180, 800))
    order.close()
    window.show_section("receivables")
    settle(window.receivables, 600)
    table = window.receivables.table
    if table.model().rowCount() > 6:
        table.selectRow(6)  # a client with debts of several ages
    take("receivables", window, 600)
    window.show_section("sync")
    take("sync", window)
    dialog("protect", window.open_encryption_settings, None)
    window.close()
    db.close()


def _documents(kind: type, db: object, window: object, order_id: str) -> object:
    shown = kind(db, window.hub, order_id, kind="proposal", parent=window)  # type: ignore[attr-defined]
    shown.show()
    return shown


def one_language(language: str) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from kamdesk.cli import build_demo_file
    from kamdesk.ui import window_kinds
    from kamdesk.ui.fonts import install_fonts
    from kamdesk.ui.i18n import LOCALES, install_translations

    app = QApplication([])
    install_translations(app, QLocale(LOCALES[language]))
    install_fonts()
    window_kinds.install()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.sqlite"
        build_demo_file(db_path, seed=1, clients=40, as_of=date.today(), country=COUNTRY[language])
        shots(db_path, language)
    app.quit()


def main(argv: list[str]) -> int:
    if len(argv) == 1:
        one_language(argv[0])
        return 0
    for language in argv or list(COUNTRY):
        done = subprocess.run([sys.executable, __file__, language], check=False)
        if done.returncode != 0:
            return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
