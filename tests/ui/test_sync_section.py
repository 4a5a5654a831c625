"""The Sync section (issue 12): export from one laptop's window, import in another's with the
preview, and resolve a conflict with both values side by side.

Two real database files, two main windows; the files travel through the section's own
dialogs (only the system's file chooser is answered by the test). Set KAMDESK_SHOTS to a
folder to keep screenshots of the section, the preview and the conflicts.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database, open_database
from kamdesk.models import Client
from kamdesk.paths import AppPaths
from kamdesk.services.replica import rename_replica
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.sync.export_dialog import ExportDialog
from kamdesk.ui.sync.import_dialogs import PassphraseDialog, PreviewDialog
from kamdesk.ui.sync.section import SyncSection
from tests.factories import add_named_clients
from tests.ui.typing import type_text
from tests.ui.waiting import settle

PASSPHRASE = "blue heron over the Danube"


@dataclass
class Laptop:
    name: str
    db: Database
    paths: AppPaths
    window: MainWindow

    @property
    def sync(self) -> SyncSection:
        return self.window.sync


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KAMDESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"syncui-{name}.png"))


@pytest.fixture
def laptops(
    qtbot: QtBot, tmp_path: Path, migrated_template: Path
) -> Iterator[tuple[Laptop, Laptop]]:
    """Anna's laptop with ten clients, Bela's still empty: each its own file and folders."""
    made: list[Laptop] = []
    for name in ("Anna", "Bela"):
        paths = AppPaths.from_data_dir(tmp_path / name).ensure()
        shutil.copyfile(migrated_template, paths.database)
        db = open_database(paths.database, backups=paths.backups)
        if name == "Anna":
            with db.unit_of_work() as s:
                add_named_clients(s)
        settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        window = MainWindow(db.path, settings, paths=paths)
        window.attach(db)  # gives the file its identity
        with db.unit_of_work() as s:
            rename_replica(s, f"{name}'s laptop")
        window.show_section("sync")
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot, window.sync)
        made.append(Laptop(name, db, paths, window))
    yield made[0], made[1]
    for laptop in made:
        qtbot.waitUntil(lambda laptop=laptop: not laptop.sync.busy)  # type: ignore[misc]
        settle(qtbot, laptop.sync)
        for top in QApplication.topLevelWidgets():
            if top is not laptop.window and top.isVisible() and top.window() is top:
                top.close()
        laptop.window.close()
        laptop.window.deleteLater()
        from kamdesk.ui.operations import wait_for_reads

        wait_for_reads(10_000)
        laptop.db.close()


def export_through_ui(qtbot: QtBot, laptop: Laptop, out: Path, peer: str | None) -> str:
    """Export to file… with the passphrase typed twice; returns what the section then says."""
    laptop.window.activateWindow()
    qtbot.mouseClick(laptop.sync.export_button, Qt.MouseButton.LeftButton)
    dialog = laptop.sync.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    index = dialog.peer.findData(peer)
    assert index >= 0, [dialog.peer.itemText(i) for i in range(dialog.peer.count())]
    dialog.peer.setCurrentIndex(index)
    to = "new-laptop" if peer is None else peer.lower().replace("'", "").replace(" ", "-")
    suggested = Path(dialog.file.text())
    assert suggested.name.startswith(f"kamdesk-{laptop.name.lower()}s-laptop-to-{to}-")
    assert suggested.suffix == ".kamsync"
    dialog.file.clear()
    type_text(dialog.file, str(out))
    type_text(dialog.passphrase.passphrase, PASSPHRASE)
    type_text(dialog.passphrase.again, PASSPHRASE[:-1])  # a slip of the finger
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.error.text()
    _shot(dialog, f"export-{laptop.name.lower()}")
    type_text(dialog.passphrase.again, PASSPHRASE[-1])
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not laptop.sync.busy)
    message = laptop.sync.message
    assert message is not None and out.exists()
    text = message.text()
    message.close()
    return text


def preview_through_ui(
    qtbot: QtBot, laptop: Laptop, file: Path, monkeypatch: pytest.MonkeyPatch
) -> PreviewDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    laptop.window.activateWindow()
    qtbot.mouseClick(laptop.sync.import_button, Qt.MouseButton.LeftButton)
    asked = laptop.sync.dialog
    assert isinstance(asked, PassphraseDialog)
    type_text(asked.fields.passphrase, PASSPHRASE)
    qtbot.mouseClick(asked.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(laptop.sync.dialog, PreviewDialog))
    preview = laptop.sync.dialog
    assert isinstance(preview, PreviewDialog)
    qtbot.waitExposed(preview)
    return preview


def import_through_ui(qtbot: QtBot, laptop: Laptop, preview: PreviewDialog) -> str:
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not laptop.sync.busy)
    settle(qtbot, laptop.sync)
    message = laptop.sync.message
    assert message is not None
    text = message.text()
    message.close()
    return text


def table_texts(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [
        [(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def client_count(db: Database) -> int:
    with db.reading() as s:
        return s.query(Client).filter(Client.deleted_at.is_(None)).count()


def test_export_from_one_laptop_and_import_in_another_with_the_preview(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, bela = laptops
    # never synced: the section says what to do first
    assert anna.sync.laptop.text() == "This laptop: <b>Anna's laptop</b>"
    assert anna.sync.peers_empty.isVisible() and not anna.sync.peers.isVisible()
    assert "Export a full file" in anna.sync.peers_empty.text()
    _shot(anna.window, "empty")
    said = export_through_ui(qtbot, anna, tmp_path / "to-bela.kamsync", None)
    # ten clients, their assignments and their KAM's record
    assert "21 records" in said and "to-bela.kamsync" in said
    settle(qtbot, anna.sync)
    anna.sync.tabs.setCurrentIndex(2)
    history = table_texts(anna.sync.history)
    _shot(anna.window, "history")
    assert [row[1:] for row in history] == [
        ["Sent", "a new laptop", "to-bela.kamsync", "Clients (10), KAM assignments (10), KAM (1)"]
    ]

    # a wrong passphrase is refused plainly, and nothing is read into Bela's file
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "to-bela.kamsync"), "")
    )
    qtbot.mouseClick(bela.sync.import_button, Qt.MouseButton.LeftButton)
    asked = bela.sync.dialog
    assert isinstance(asked, PassphraseDialog)
    type_text(asked.fields.passphrase, "not the passphrase")
    qtbot.mouseClick(asked.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned))
    assert "passphrase" in warned[0].lower()
    assert client_count(bela.db) == 0

    preview = preview_through_ui(qtbot, bela, tmp_path / "to-bela.kamsync", monkeypatch)
    assert preview.rows() == {
        "Clients": ("10", "", ""),
        "KAM assignments": ("10", "", ""),
        "KAMs": ("1", "", ""),
    }
    assert "From Anna's laptop." in preview.head.text()
    assert "No conflicts" in preview.conflicts.text()
    _shot(preview, "preview")
    assert client_count(bela.db) == 0  # a preview writes nothing
    said = import_through_ui(qtbot, bela, preview)
    assert "Added: Clients (10), KAM assignments (10), KAM (1)." in said
    assert client_count(bela.db) == 10
    assert any(bela.paths.backups.iterdir())  # a copy was made before the import
    bela.sync.tabs.setCurrentIndex(0)
    peers = table_texts(bela.sync.peers)
    assert len(peers) == 1 and peers[0][0] == "Anna's laptop" and peers[0][1] == "never"
    assert peers[0][3] == "nothing: up to date"
    _shot(bela.window, "section-peers")


def set_city(db: Database, client_id: str, city: str) -> None:
    with db.unit_of_work() as s:
        client = s.get(Client, client_id)
        assert client is not None
        client.city = city


def city_of(db: Database, client_id: str) -> str:
    with db.reading() as s:
        client = s.get(Client, client_id)
        assert client is not None
        return client.city


def test_an_edit_made_on_both_laptops_is_resolved_side_by_side(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, bela = laptops
    export_through_ui(qtbot, anna, tmp_path / "seed.kamsync", None)
    import_through_ui(
        qtbot, bela, preview_through_ui(qtbot, bela, tmp_path / "seed.kamsync", monkeypatch)
    )
    with anna.db.reading() as s:
        client = s.query(Client).order_by(Client.name).first()
        assert client is not None
        client_id, client_name = client.id, client.name
    # both change the same field of the same client before the next exchange
    set_city(anna.db, client_id, "Eger, Dobó tér")
    set_city(bela.db, client_id, "Győr, Baross út")
    assert anna.window.sync_badge() == 0

    # Bela now knows Anna's laptop: the file holds only what Anna has not seen
    said = export_through_ui(qtbot, bela, tmp_path / "to-anna.kamsync", "Anna's laptop")
    assert "1 records" in said or "1 record" in said
    preview = preview_through_ui(qtbot, anna, tmp_path / "to-anna.kamsync", monkeypatch)
    assert preview.rows() == {"Clients": ("", "1", "")}
    assert "1 conflict to resolve" in preview.conflicts.text()
    import_through_ui(qtbot, anna, preview)
    qtbot.waitUntil(lambda: anna.window.sync_badge() == 1)
    assert anna.sync.tabs.currentIndex() == anna.sync.conflicts_tab
    assert anna.sync.tabs.tabText(anna.sync.conflicts_tab) == "Conflicts to resolve (1)"

    view = anna.sync.conflicts
    rows = table_texts(view.table)
    assert len(rows) == 1
    record, what, shown, shown_by, other, other_by, decision = rows[0]
    assert record == f"Client: {client_name}" and what == "City" and decision == ""
    assert {shown, other} == {"Eger, Dobó tér", "Győr, Baross út"}
    assert {shown_by, other_by} == {"Anna's laptop", "Bela's laptop"}
    assert city_of(anna.db, client_id) == shown  # the provisional winner, as every laptop shows
    assert view.winner.value.text() == f"“{shown}”" and view.other.value.text() == f"“{other}”"
    assert view.other.button.text() == f"Keep “{other}”"
    assert view.explained.text() == "Changed on two laptops at once to different values."
    _shot(anna.window, "conflicts")

    qtbot.mouseClick(view.other.button, Qt.MouseButton.LeftButton)
    settle(qtbot, anna.sync)
    qtbot.waitUntil(lambda: anna.window.sync_badge() == 0)
    assert city_of(anna.db, client_id) == other
    assert view.empty.isVisible() and not view.table.isVisible()
    assert anna.sync.resolved.text() == f"Done: kept “{other}”."
    assert anna.sync.tabs.tabText(anna.sync.conflicts_tab) == "Conflicts to resolve"

    # the decision travels: Bela's next import takes it and shows no conflict
    export_through_ui(qtbot, anna, tmp_path / "to-bela.kamsync", "Bela's laptop")
    preview = preview_through_ui(qtbot, bela, tmp_path / "to-bela.kamsync", monkeypatch)
    assert "No conflicts" in preview.conflicts.text()
    import_through_ui(qtbot, bela, preview)
    assert city_of(bela.db, client_id) == other
    assert bela.window.sync_badge() == 0


def test_a_value_typed_by_hand_settles_a_conflict(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, bela = laptops
    export_through_ui(qtbot, anna, tmp_path / "seed.kamsync", None)
    import_through_ui(
        qtbot, bela, preview_through_ui(qtbot, bela, tmp_path / "seed.kamsync", monkeypatch)
    )
    with anna.db.reading() as s:
        client_id = s.query(Client).order_by(Client.name).first().id  # type: ignore[union-attr]
    set_city(anna.db, client_id, "Eger, Dobó tér")
    set_city(bela.db, client_id, "Győr, Baross út")
    export_through_ui(qtbot, bela, tmp_path / "to-anna.kamsync", "Anna's laptop")
    import_through_ui(
        qtbot, anna, preview_through_ui(qtbot, anna, tmp_path / "to-anna.kamsync", monkeypatch)
    )
    qtbot.waitUntil(lambda: anna.window.sync_badge() == 1)
    view = anna.sync.conflicts
    assert view.value_edit.isVisible()
    type_text(view.value_edit, "Pécs")
    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: anna.window.sync_badge() == 0)
    assert city_of(anna.db, client_id) == "Pécs"
    assert anna.sync.resolved.text() == "Done: the value is now “Pécs”."


def test_cancel_stops_a_long_task_and_says_nothing_was_written(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    from kamdesk.services.sync.export import Cancelled
    from kamdesk.ui.sync.tasks import LongTask, Progress, Stop

    parent = QWidget()
    qtbot.addWidget(parent)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    started, stop_seen = threading.Event(), threading.Event()
    succeeded: list[object] = []

    def work(progress: Progress, cancelled: Stop) -> None:
        progress(1, 10)
        started.set()
        while not cancelled():  # as the services poll it between records
            stop_seen.wait(0.005)
        raise Cancelled()

    task = LongTask(parent, "Export to file", "Writing…", work, succeeded.append)
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: task.dialog.maximum() == 10)  # the progress reached the dialog
    button = task.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: not task.running)
    assert warned == ["Stopped: nothing was written."] and succeeded == []
