"""Issue 18, layout rules: every top-level window and dialog, opened on a client whose every
typed text is 250 characters long, fits a 1024×768 screen, and every button it shows is in
sight, whole, on every one of its pages (tabs)."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import kamdesk.ui
from kamdesk.db import Database, open_database
from kamdesk.paths import AppPaths
from kamdesk.ui.mainwindow import MainWindow
from tests.ui.layout_windows import SHOWN, WINDOWS, Records
from tests.ui.long_texts import lengthen_client
from tests.ui.waiting import settled

SCREEN = QSize(1024, 768)
LANGUAGES = ("en", "ru")
SHOWN_IN = {"language": "en"}  # the language the windows are opened in now (for the shots)
SHOTS = os.environ.get("KAMDESK_LAYOUT_SHOTS", "")  # a folder: screenshots of each window


@pytest.fixture(scope="module")
def long_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("long-texts")
    paths = AppPaths.from_data_dir(folder / "data").ensure()
    shutil.copyfile(demo_template, paths.database)
    database = open_database(paths.database, backups=paths.backups)
    yield database
    from kamdesk.ui import operations

    assert operations.wait_for_reads(10_000)
    database.close()


@pytest.fixture(scope="module")
def records(long_db: Database) -> Records:
    return Records.of(long_db, lengthen_client(long_db))


@pytest.fixture(scope="module", params=LANGUAGES)
def main(
    request: pytest.FixtureRequest, qapp: QApplication, long_db: Database, records: Records
) -> Iterator[MainWindow]:
    """The main window in English and in Russian (long words: a form's labels, a button)."""
    from tests.ui.walker import in_language

    with in_language(qapp, request.param):
        SHOWN_IN["language"] = request.param
        yield from _main(long_db)


def _main(long_db: Database) -> Iterator[MainWindow]:
    paths = AppPaths.from_data_dir(long_db.path.parent.parent / "main").ensure()
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(long_db.path, settings, paths=paths)
    window.resize(SCREEN)
    window.attach(long_db)
    window.show()
    yield window
    from tests.ui.closing import close_everything

    close_everything(window, QMessageBox.StandardButton.Discard)


def _at_most(window: QWidget, screen: QSize) -> None:
    """As a window manager places a window: no larger than the screen, frame included."""
    frame = window.frameGeometry().size() - window.geometry().size()
    room = screen - frame
    window.resize(min(window.width(), room.width()), min(window.height(), room.height()))


def _widest(window: QWidget) -> str:
    """The innermost widgets that ask for more than the screen's width: what to fix."""
    wide = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.minimumSizeHint().width() > SCREEN.width()
    ]
    inner = [w for w in wide if not any(o is not w and w.isAncestorOf(o) for o in wide)]
    return ", ".join(f"{_named(w)} of {_named(w.parentWidget())}: {_parts(w)}" for w in inner)


def _named(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    return f"{type(w).__name__} {w.objectName()!r} ({w.minimumSizeHint().width()} px)"


def _parts(w: QWidget) -> str:
    """What a too-wide widget is made of, the widest first, and the widest of each down."""
    children = [c for c in w.findChildren(QWidget) if c.parentWidget() is w and c.isVisible()]
    children.sort(key=lambda c: -c.minimumSizeHint().width())
    said = "; ".join(_named(c) for c in children[:4])
    if children and children[0].minimumSizeHint().width() > SCREEN.width() // 2:
        said += f" [{_parts(children[0])}]"
    return said


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a page that scrolls or a list's cell: in reach by scrolling, not out of sight."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _button_problems(window: QWidget) -> list[str]:
    problems = []
    room = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton) or not button.isVisible():
            continue
        place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        shown = button.visibleRegion().boundingRect()
        name = f"{button.text()!r} ({button.objectName() or type(button.parentWidget()).__name__})"
        if _scrolled(button, window):
            if shown.width() < button.width() and not shown.isEmpty():
                problems.append(f"button {name} cut sideways: {shown.width()} of {button.width()}")
        elif not room.contains(place):
            problems.append(f"button {name} at {place.getRect()} outside {room.getRect()}")
        elif shown.size() != button.size():
            problems.append(f"button {name} clipped: {shown.size().toTuple()} shown")
    return problems


def _problems(qtbot: QtBot, window: QWidget) -> list[str]:
    settled(qtbot, window)
    _at_most(window, SCREEN)
    settled(qtbot, window)
    problems = []
    frame = window.frameGeometry()
    if frame.width() > SCREEN.width() or frame.height() > SCREEN.height():
        problems.append(f"{frame.width()}×{frame.height()} > 1024×768: {_widest(window)}")
    return problems + _button_problems(window) + _sideways(window)


def _sideways(window: QWidget) -> list[str]:
    """A page that scrolls sideways is wider than its window: what is on its right is out of
    sight (a table scrolling its columns is another matter)."""
    return [
        f"page {_named(area.widget())} scrolls sideways: {area.widget().width()} > "
        f"{area.viewport().width()} px [{_parts(area.widget())}]"
        for area in window.findChildren(QScrollArea)
        if area.isVisible() and area.widget() is not None and area.horizontalScrollBar().isVisible()
    ]


def _shots(qtbot: QtBot, window: QWidget, page: str) -> None:
    """The window as it looks at 1024×768 and at 1440×900 (its own size if smaller)."""
    size = window.size()
    stem = Path(SHOTS) / f"{SHOWN_IN['language']} {page.replace('/', '-')}"
    window.grab().save(f"{stem} 1024.png")
    if isinstance(window, QMainWindow):
        window.resize(1440 - 4, 900 - 30)
    _at_most(window, QSize(1440, 900))
    settled(qtbot, window)
    window.grab().save(f"{stem} 1440.png")
    window.resize(size)
    settled(qtbot, window)


def _pages(qtbot: QtBot, window: QWidget, name: str) -> list[str]:
    """The problems on each page of each tab widget the window shows (tabs in tabs too)."""
    found: list[str] = []
    seen: set[int] = set()

    def visit(page: str) -> None:
        found.extend(
            f"{page}: {p}" for p in _problems(qtbot, window) if f"{page}: {p}" not in found
        )
        if SHOTS:
            _shots(qtbot, window, page)
        for tabs in window.findChildren(QTabWidget):
            if id(tabs) in seen or not tabs.isVisible():
                continue
            seen.add(id(tabs))
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != first and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    visit(f"{page} · {tabs.tabText(index).replace('&', '')}")
            tabs.setCurrentIndex(first)

    visit(name)
    return found


def _close(window: QWidget, main: MainWindow) -> None:
    if window is main:
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        if isinstance(window, QDialog):
            window.reject()
        window.close()
        for top in QApplication.topLevelWidgets():
            if top is not main and top.isVisible():
                top.close()
    window.deleteLater()


@pytest.mark.parametrize("name", list(WINDOWS))
def test_the_window_fits_1024_by_768_with_its_buttons_in_sight(
    qtbot: QtBot, main: MainWindow, records: Records, name: str
) -> None:
    window = WINDOWS[name](main, records)
    assert window is not None, f"{name} did not open"
    try:
        window.show()
        qtbot.waitExposed(window)
        if name == "main window":
            found = []
            for key in main.sections:
                main.show_section(key)
                found += _pages(qtbot, main, f"main window · {key}")
        else:
            found = _pages(qtbot, window, name)
        assert found == [], "\n".join(found)
    finally:
        _close(window, main)


def _window_classes() -> set[str]:
    """Every dialog and main window class kamdesk's interface defines."""
    for info in pkgutil.walk_packages(kamdesk.ui.__path__, "kamdesk.ui."):
        importlib.import_module(info.name)
    found = set()
    stack: list[type] = [QDialog, QMainWindow]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("kamdesk.ui.") and not inspect.isabstract(sub):
                found.add(f"{sub.__module__.removeprefix('kamdesk.ui.')}.{sub.__qualname__}")
    return found


# shown elsewhere or not a window of its own: why each is left out of WINDOWS
NOT_LISTED = {
    "receivables.payment_dialog._LedgerDialog": "the base of PaymentDialog and AllocateDialog",
    "orders.fulfilment_dialogs.LinesDialog": "the base of the Ship, Deliver, Return dialogs",
    "documents.document_output.DocumentOutput": "the base of DocumentDialog",
    "receivables.payment_dialog.AllocateDialog": "PaymentDialog's table, a payment recorded",
    "plans.import_dialog.PlanImportDialog": "after a plan file is read: test_plans_page.py",
    "sync.import_dialogs.PreviewDialog": "after a sync file is read: test_sync_section.py",
    "widgets.conflicts.ConflictDialog": "on a stale edit: test_stale_edits.py",
    "widgets.pdf_preview.PdfPreview": "a document's preview, sized to the screen it opens on",
    "reports.dashboard_tiles.FigureClients": "a figure's clients: test_dashboard.py",
    "schedule.reminders.LeaveNotice": "a reminder's small notice: test_reminders.py",
}


def test_every_kind_of_window_is_in_the_list() -> None:
    """A new window or dialog joins WINDOWS (or NOT_LISTED, saying why)."""
    missing = _window_classes() - SHOWN - set(NOT_LISTED)
    assert missing == set(), f"add to tests/ui/layout_windows.py: {sorted(missing)}"
