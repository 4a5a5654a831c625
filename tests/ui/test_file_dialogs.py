"""File dialogs open where the KAM last was, for each kind of file, after a restart too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.paths import AppPaths
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.receivables.import_dialog import BankImportDialog
from kamdesk.ui.widgets import file_dialogs
from tests.ui.test_backups_dialog import _open as open_backups


class Laptop(QWidget):
    """A window holding the laptop's settings, as the main window does."""

    def __init__(self, settings_file: Path) -> None:
        super().__init__()
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)


class Answers:
    """Stands for the system's file dialogs: records the folder or path each was opened at and
    answers what the user picks next."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_at: list[str] = []
        self.pick = ""
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent, _caption, where, _filters):  # type: ignore[no-untyped-def]
        self.opened_at.append(where)
        return self.pick, ""

    def _folder(self, _parent, _caption, where):  # type: ignore[no-untyped-def]
        self.opened_at.append(where)
        return self.pick


def folders(tmp_path: Path, *names: str) -> list[Path]:
    made = [tmp_path / n for n in names]
    for f in made:
        f.mkdir()
    return made


def test_each_kind_opens_where_it_was_last_also_after_a_restart(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    prices, bank = folders(tmp_path, "Prices", "Bank")
    documents = str(file_dialogs.documents_folder())
    laptop = Laptop(tmp_path / "settings.ini")
    qtbot.addWidget(laptop)

    answers.pick = str(prices / "spring.xlsx")
    assert file_dialogs.open_file(laptop, "price list", "Open", "*.xlsx") == prices / "spring.xlsx"
    answers.pick = str(bank / "march.csv")
    assert file_dialogs.open_file(laptop, "bank statement", "Open", "*.csv") == bank / "march.csv"
    assert answers.opened_at == [documents, documents]  # never used: the Documents folder

    answers.pick = ""  # cancelled: nothing changes
    file_dialogs.open_file(laptop, "price list", "Open", "*.xlsx")
    file_dialogs.save_file(laptop, "price list", "Save", "Price list VIP.xlsx", "*.xlsx")
    file_dialogs.open_file(laptop, "bank statement", "Open", "*.csv")
    file_dialogs.save_file(laptop, "export", "Save", "Clients.xlsx", "*.xlsx")
    assert answers.opened_at[2:] == [
        str(prices),
        str(prices / "Price list VIP.xlsx"),  # the suggested name in the remembered folder
        str(bank),
        str(Path(documents) / "Clients.xlsx"),
    ]

    restarted = Laptop(tmp_path / "settings.ini")  # the same settings file, a new run
    qtbot.addWidget(restarted)
    answers.opened_at.clear()
    file_dialogs.open_file(restarted, "price list", "Open", "*.xlsx")
    file_dialogs.open_file(restarted, "bank statement", "Open", "*.csv")
    assert answers.opened_at == [str(prices), str(bank)]


def test_a_dialog_of_the_window_uses_the_windows_settings(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    (bank,) = folders(tmp_path, "Bank")
    laptop = Laptop(tmp_path / "settings.ini")
    qtbot.addWidget(laptop)
    dialog = BankImportDialog(db, ChangeHub(), laptop)
    dialog.show()
    qtbot.waitExposed(dialog)
    (bank / "march.csv").write_text("", encoding="utf-8")
    answers.pick = ""
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert answers.opened_at == [str(file_dialogs.documents_folder())]
    file_dialogs.remember(dialog, "bank statement", bank)  # as choosing a file there does
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert answers.opened_at[-1] == str(bank)
    assert laptop.settings.value("folders/bank-statement") == str(bank)
    dialog.close()


def test_a_folder_gone_since_opens_the_documents_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    (stick,) = folders(tmp_path, "stick")
    laptop = Laptop(tmp_path / "settings.ini")
    qtbot.addWidget(laptop)
    answers.pick = str(stick)
    assert file_dialogs.choose_folder(laptop, "backup", "Back up to") == stick
    stick.rmdir()  # the USB stick is out
    file_dialogs.choose_folder(laptop, "backup", "Back up to")
    assert answers.opened_at == [str(file_dialogs.documents_folder())] * 2


def test_a_window_on_its_own_remembers_while_it_lives(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    (pictures,) = folders(tmp_path, "Pictures")
    alone = QWidget()
    qtbot.addWidget(alone)
    answers.pick = str(pictures / "map.png")
    file_dialogs.save_file(alone, "image", "Save", "map.png", "*.png")
    file_dialogs.save_file(alone, "image", "Save", "chart.png", "*.png")
    assert answers.opened_at[-1] == str(pictures / "chart.png")
    with pytest.raises(ValueError):
        file_dialogs.last_folder(alone, "pictures")  # a kind nobody declared: a typo


def test_back_up_now_starts_at_the_folder_backed_up_to_last(
    qtbot: QtBot,
    window: MainWindow,
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch)
    (stick,) = folders(tmp_path, "stick")
    dialog = open_backups(qtbot, window)
    answers.pick = str(stick)
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up and checked"))
    answers.pick = ""
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    assert answers.opened_at == [str(file_dialogs.documents_folder()), str(stick)]
    dialog.reject()
    again = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert again.value("folders/backup") == str(stick)  # in the laptop's settings file
