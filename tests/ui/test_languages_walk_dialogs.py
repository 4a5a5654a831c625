"""Issue 16: the meeting preparation and the Settings dialogs in each of the five languages, on
the demo portfolio: every visible text on every page in the language (none left in English where
the language has its own words) and none clipped by its widget."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import exists, select

from kamdesk.db import Database
from kamdesk.models import Activity, Client, MeetingQuestion, Objection
from kamdesk.paths import AppPaths
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import DEMO_AS_OF
from tests.ui.closing import close_everything
from tests.ui.waiting import settled
from tests.ui.walker import LANGUAGES, Catalogue, in_language, walk, walk_pages

SCREEN = (1280, 800)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp) -> Iterator[Catalogue]:  # type: ignore[no-untyped-def]
    with in_language(qapp, request.param) as catalogue:
        yield catalogue


@pytest.fixture
def main(
    qtbot: QtBot, language: Catalogue, demo_db: Database, settings: QSettings, paths: AppPaths
) -> Iterator[MainWindow]:
    window = MainWindow(demo_db.path, settings, paths=paths)
    window.resize(*SCREEN)
    window.attach(demo_db)
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_everything(window, QMessageBox.StandardButton.Discard)


def walked(qtbot: QtBot, window: QWidget, language: Catalogue) -> list[str]:
    """The window at its own size, or the screen's where it is larger, walked on every page."""
    window.resize(min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1]))
    window.show()
    qtbot.waitExposed(window)
    return walk_pages(window, language, lambda: settled(qtbot, window))


def a_meeting(db: Database, status: str) -> str:
    """The demo's next planned meeting, or its last one held, with questions planned and a
    client who raised objections (its preparation lists them, its outcome answers them)."""
    with db.reading() as s:
        query = select(Activity.id).where(
            Activity.kind == "meeting",
            Activity.status == status,
            exists().where(MeetingQuestion.activity_id == Activity.id),
            exists().where(Objection.client_id == Activity.client_id),
        )
        order = Activity.starts_at if status == "planned" else Activity.starts_at.desc()
        return s.scalars(query.order_by(order).limit(1)).one()


@pytest.mark.parametrize("status", ["planned", "done"])
def test_the_meeting_window_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue, demo_db: Database, status: str
) -> None:
    meeting = windows.open_meeting(
        demo_db, main.hub, a_meeting(demo_db, status), parent=main, today=DEMO_AS_OF
    )
    found = walked(qtbot, meeting, language)
    assert found == [], "\n".join(found)


def test_a_new_call_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue, demo_db: Database
) -> None:
    with demo_db.reading() as s:
        client_id = s.scalars(select(Client.id).order_by(Client.name).limit(1)).one()
    meeting = windows.open_meeting(
        demo_db, main.hub, None, parent=main, client_id=client_id, kind="call", today=DEMO_AS_OF
    )
    found = walked(qtbot, meeting, language)
    assert found == [], "\n".join(found)


def backups_with_one(main: MainWindow) -> QDialog | None:
    """The backups dialog listing a backup (its schema column says something)."""
    assert main.db is not None
    main.db.back_up()
    return main.open_backups()


def encryption_when_encrypted(main: MainWindow) -> QDialog | None:
    """The encryption dialog as an encrypted database shows it (its passphrase to change, a
    copy made before it was encrypted to delete): its words, not its workings."""
    assert main.db is not None
    main.db.back_up()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Database, "encrypted", property(lambda _db: True))
        return main.open_encryption_settings()


DIALOGS: dict[str, Callable[[MainWindow], QDialog | None]] = {
    "company": MainWindow.open_company_settings,
    "rules": MainWindow.open_sales_rules,
    "rates": MainWindow.open_exchange_rates,
    "laptop": MainWindow.open_laptop_settings,
    "backups": backups_with_one,
    "encryption": MainWindow.open_encryption_settings,
    "encryption, encrypted": encryption_when_encrypted,
    "price columns": lambda main: main.products.open_price_columns(),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_settings_dialog_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue, name: str
) -> None:
    dialog = DIALOGS[name](main)
    assert dialog is not None
    found = walked(qtbot, dialog, language)
    assert found == [], "\n".join(found)


def test_a_vat_registration_in_the_company_settings_reads_in_the_language(
    qtbot: QtBot, main: MainWindow, language: Catalogue
) -> None:
    dialog = main.open_company_settings()
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(2)  # Tax and VAT
    qtbot.mouseClick(dialog.registrations.add_button, Qt.MouseButton.LeftButton)
    found = walked(qtbot, dialog, language)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    "buttons",
    [
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Close,
    ],
    ids=["save-discard-cancel", "yes-no", "ok-cancel", "open-close", "apply-close"],
)
def test_the_standard_buttons_read_in_the_language(
    qtbot: QtBot, language: Catalogue, buttons: QMessageBox.StandardButton
) -> None:
    """Qt's own words on the buttons kamdesk's questions show (Qt has none for Azerbaijani)."""
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    found = walk(box, language)
    assert found == [], "\n".join(found)
