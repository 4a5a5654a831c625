"""Start-up as #17 wants it: the window paints first, the client list shows its first rows read
without the database layer, the database opens after, the shares fill in when computed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from datetime import datetime
from datetime import time as dt_time
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.app import run_gui
from kamdesk.db import Database, open_database
from kamdesk.domain.classification import ClientShare
from kamdesk.errors import StorageError
from kamdesk.paths import AppPaths
from kamdesk.services.clients import classification
from kamdesk.services.clients.client_list import list_clients
from kamdesk.ui.clients import client_model
from kamdesk.ui.clients.client_model import COLUMNS
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import Reader, wait_for_reads
from tests.factories import DEMO_AS_OF, add_named_clients
from tests.ui.closing import close_everything
from tests.ui.waiting import settle

SHARE = next(i for i, (field, _) in enumerate(COLUMNS) if field == "share")


def names(window: MainWindow) -> list[str]:
    model = window.clients.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def shares(window: MainWindow) -> list[str]:
    model = window.clients.table.model()
    return [model.index(r, SHARE).data() for r in range(model.rowCount())]


@pytest.fixture
def unopened(qtbot: QtBot, settings: QSettings, paths: AppPaths, demo_db: Database):  # type: ignore[no-untyped-def]
    """The main window as run_gui shows it, started on the Clients list: painted, the
    database not open yet."""
    settings.setValue("main/start", "clients")
    window = MainWindow(demo_db.path, settings, paths=paths)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_everything(window)


def test_the_client_list_shows_its_first_rows_before_the_database_opens(
    unopened: MainWindow, demo_db: Database
) -> None:
    assert unopened.built_section("today") is None  # only the section shown is built
    assert unopened.show_first_screen()
    with demo_db.reading() as s:
        listed = [row.name for row in list_clients(s, limit=100)]
    assert names(unopened) == listed and len(listed) == 40
    assert unopened.clients.count_label.text() == "40 clients"
    # it neither searches nor sorts nor fetches more until the database is open
    assert not unopened.clients.search.isEnabled()
    assert not unopened.clients.table.horizontalHeader().sectionsClickable()
    assert shares(unopened) == [""] * 40


def test_at_start_the_frame_paints_first_and_the_section_after(
    qtbot: QtBot, settings: QSettings, paths: AppPaths, demo_db: Database
) -> None:
    """run_gui's window: its first paint is the frame and the sidebar (nothing of a section,
    no icon font); the section shown first and the icons come right after it."""
    settings.setValue("main/start", "clients")
    window = MainWindow(demo_db.path, settings, paths=paths, shell_first=True)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.current_section() == "clients"
        assert window.built_section("clients") is None
        assert window.nav.item(1).icon().isNull()
        window.finish_shell()
        assert window.built_section("clients") is not None
        assert window.stack.currentWidget() is window.built_section("clients")
        assert not window.nav.item(1).icon().isNull()
        assert window.show_first_screen()
        assert len(names(window)) == 40
        window.finish_shell()  # a second call changes nothing
        assert window.stack.currentWidget() is window.built_section("clients")
    finally:
        close_everything(window)


def test_the_opened_database_reads_the_same_rows_without_resetting_the_view(
    qtbot: QtBot, unopened: MainWindow, demo_db: Database
) -> None:
    unopened.show_first_screen()
    shown = names(unopened)
    model = unopened.clients.model
    assert model is not None
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    unopened.attach(demo_db)
    assert names(unopened) == shown and resets == []  # the user may be looking at it
    assert unopened.clients.search.isEnabled()
    assert unopened.clients.table.horizontalHeader().sectionsClickable()
    qtbot.keyClicks(unopened.clients.search, "kft")
    assert names(unopened) and all("kft" in n.casefold() for n in names(unopened))


def test_the_share_column_fills_when_computed_off_the_gui_thread(
    qtbot: QtBot, unopened: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    computed = classification.key_clients

    def key_clients(*args: object, **kwargs: object) -> classification.KeyClientReport:
        threads.append(threading.current_thread().name)
        return computed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(classification, "key_clients", key_clients)
    unopened.show_first_screen()
    unopened.attach(demo_db)
    model = unopened.clients.model
    assert model is not None and model.loading  # the rows are there, the shares on their way
    assert shares(unopened) == [""] * 40
    settle(qtbot, model)
    assert sum(text.endswith("\u00a0%") for text in shares(unopened)) > 10
    assert threads and threading.main_thread().name not in threads


def test_the_shares_are_read_when_typing_pauses_and_shown_as_rows_are_painted(
    qtbot: QtBot, unopened: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their worker would compete with each keystroke for the interpreter: it starts once
    the list stood still SHARES_DELAY_MS; the share's texts are made for the rows asked for
    only (ShareTexts.of for 10 000 clients held the GUI thread a twentieth of a second)."""
    started: list[float] = []
    computed = classification.key_clients

    def key_clients(*args: object, **kwargs: object) -> classification.KeyClientReport:
        started.append(time.monotonic())
        return computed(*args, **kwargs)  # type: ignore[arg-type]

    made: list[str] = []
    of = client_model.ShareTexts.of

    def texts_of(share: ClientShare) -> client_model.ShareTexts:
        made.append(share.client_id)
        return of(share)

    at_show: list[int] = []  # texts made by the time the shares were shown
    show = client_model.ClientTableModel._show_shares

    def shown_then(self: client_model.ClientTableModel, report: object) -> None:
        show(self, report)  # type: ignore[arg-type]
        at_show.append(len(made))

    monkeypatch.setattr(classification, "key_clients", key_clients)
    monkeypatch.setattr(client_model.ShareTexts, "of", staticmethod(texts_of))
    monkeypatch.setattr(client_model.ClientTableModel, "_show_shares", shown_then)
    monkeypatch.setattr(client_model, "SHARES_DELAY_MS", 1000)  # a loaded machine's waits
    unopened.show_first_screen()
    unopened.attach(demo_db)
    model = unopened.clients.model
    assert model is not None
    for text in ("Z", "Zö", "Zöl", ""):  # keystrokes closer together than the delay
        model.set_search(text)
        qtbot.wait(100)
        assert model.loading and not started
    settle(qtbot, model)
    assert len(started) == 1
    assert at_show == [0]  # none made with the shares: each when its row is painted
    shown = shares(unopened)  # every row of the list asked for
    assert sum(text.endswith("\u00a0%") for text in shown) > 10
    assert 0 < len(made) == len(set(made)) <= len(shown)  # each made once
    assert shares(unopened) == shown and len(made) == len(set(made))


def test_a_failed_read_of_the_shares_is_said_and_the_rows_stay(
    qtbot: QtBot, unopened: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: said.append(text))

    def locked(*_args: object, **_kwargs: object) -> None:
        raise StorageError("kamdesk.sqlite is in use by another program.")

    monkeypatch.setattr(classification, "key_clients", locked)
    unopened.show_first_screen()
    shown = names(unopened)
    unopened.attach(demo_db)
    assert unopened.clients.model is not None
    settle(qtbot, unopened.clients.model)
    assert said == ["kamdesk.sqlite is in use by another program."]
    assert names(unopened) == shown and shares(unopened) == [""] * 40


def test_it_opens_on_today_with_todays_meetings_before_the_database_opens(
    qtbot: QtBot, settings: QSettings, paths: AppPaths, demo_db: Database
) -> None:
    """Today is the KAM's day: the window opens on it, whatever section it was closed on;
    its meetings show before the database layer loads, their readiness once it has."""
    at_seven = datetime.combine(DEMO_AS_OF, dt_time(7)).astimezone()
    window = MainWindow(demo_db.path, settings, paths=paths)
    window.show_section("orders")
    close_everything(window)
    window = MainWindow(demo_db.path, settings, paths=paths)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.current_section() == "today"
        assert window.built_section("clients") is None
        today = window.today  # the demo's day, early in the morning: its meetings to come
        today._today, today._now = lambda: DEMO_AS_OF, lambda: at_seven
        blocks = today.meetings_block
        assert window.show_first_screen()
        first = [(row.meeting_id, row.subject.text()) for row in blocks.rows]
        assert first, "the demo has meetings today"
        assert not any(row.badge.isVisibleTo(row) for row in blocks.rows)  # no scores yet
        window.attach(demo_db)
        assert window.page_loading()  # the whole page is read off the GUI thread
        settle(qtbot, window.today)
        assert not window.page_loading() and window.today.overview is not None
        assert [(row.meeting_id, row.subject.text()) for row in blocks.rows] == first
        assert any(row.badge.isVisibleTo(row) for row in blocks.rows)
    finally:
        close_everything(window)


SMOKE = re.compile(
    r"painted in (\d+) ms, (\w+) shown in (\d+) ms, database open in (\d+) ms; "
    r"process CPU (\d+) ms when shown"
)


def test_smoke_says_when_the_first_rows_showed_before_the_database_opened(
    qapp,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    paths: AppPaths,
    db: Database,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with db.unit_of_work() as s:
        add_named_clients(s)
    db.close()
    assert run_gui(paths, paths.database, smoke=True) == 0
    found = SMOKE.search(capsys.readouterr().out)
    assert found is not None
    painted, section, shown, opened, _cpu = found.groups()
    assert section == "today" and int(painted) <= int(shown) <= int(opened)
    # and it left no Quit behind to end the process's next event loops at once (a test's)
    reopened = open_database(paths.database)
    try:
        got: list[int] = []
        Reader(qapp).run(reopened, lambda _session: 42, got.append)
        qtbot.waitUntil(lambda: got == [42], timeout=3000)
        loop, started = QEventLoop(), time.perf_counter()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        assert time.perf_counter() - started >= 0.04
    finally:
        wait_for_reads()
        reopened.close()


def test_smoke_waits_for_the_data_of_the_section_shown_first(
    qapp,  # type: ignore[no-untyped-def]
    paths: AppPaths,
    demo_db: Database,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("main/start", "schedule")
    demo_db.close()
    assert run_gui(paths, paths.database, smoke=True) == 0
    found = SMOKE.search(capsys.readouterr().out)
    assert found is not None
    _painted, section, shown, opened, _cpu = found.groups()
    assert section == "schedule" and int(shown) >= int(opened)


@pytest.mark.parametrize(
    ("start", "shown"), [("clients", "window.clients.model.rowCount()"), ("today", "'today'")]
)
def test_the_first_screen_needs_neither_sqlalchemy_nor_the_models(
    demo_db: Database, start: str, shown: str
) -> None:
    """What the window's first paint and first rows import (a fresh process): no database
    layer, which takes longer to load than the window takes to paint."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kamdesk.ui.i18n import install_translations\n"
        "from kamdesk.ui.mainwindow import MainWindow\n"
        "app = QApplication([])\n"
        "settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)\n"
        f"settings.setValue('main/start', '{start}')\n"
        "install_translations(app, settings=settings)\n"
        "window = MainWindow(Path(sys.argv[1]), settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.show_first_screen()\n"
        "app.processEvents()\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(\n"
        "    ('sqlalchemy', 'alembic', 'kamdesk.models', 'kamdesk.db', 'sqlcipher3')))\n"
        f"print({shown}, heavy)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ini = str(demo_db.path.with_name("first.ini"))
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_db.path), ini],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(None, 1) == ["40" if start == "clients" else start, "[]\n"]
